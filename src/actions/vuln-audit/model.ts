import type { OsvRecord, PackageVersion } from './osv.js';

/** What vuln-audit found, source-independent: the contract between the analysis and the reporters. */

export type Severity = 'low' | 'medium' | 'high' | 'critical';
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

/** Where a severity came from: a computed CVSS base score, the record's own word, or nothing. */
export interface SeverityInfo {
  /** undefined: unknown (no vector, no word). */
  level?: Severity;
  /** Base score computed from the vector (0.0-10.0), when there is one. */
  score?: number;
  /** The vector the score was computed from (`CVSS:3.1/AV:N/...`). */
  vector?: string;
  /** 'CVSS_V4' | 'CVSS_V3' | 'CVSS_V2' | 'database' (the record's own severity word) */
  from?: string;
}

/** A package the audit covers: pinned in uv.lock, from a package index, selected by groups and markers. */
export interface AuditedPackage extends PackageVersion {
  /** The chain that brings it in, from the project: `['myapp', 'flask', 'jinja2']`. */
  chain: string[];
  /** The direct dependency responsible (chain[1]) and the project (or member) that declares it. */
  direct: string;
  declaredBy: string;
  /** The group when only a dependency group brings it in (`dev`); undefined for runtime (and extras). */
  group?: string;
  /** The project's extra when the chain starts in one (`[project.optional-dependencies] color`). */
  extra?: string;
  /** The project's own requirement on the package when it is direct (`>=2.0,<3`), from uv.lock's metadata. */
  requirement?: string;
}

/** A package in the lock that is not audited, and why (sdist/git/path source, excluded by a marker, ...). */
export interface SkippedPackage extends PackageVersion {
  reason: string;
}

export interface Remedy {
  /** The command that applies the fix: `uv lock --upgrade-package jinja2==3.1.6`. */
  command: string;
  /** The version the command upgrades to: the smallest that fixes every fixable vulnerability of the package. */
  version?: string;
  /**
   * Where to run it when that is not the project's directory: the workspace root holding uv.lock (uv finds the
   * workspace from a member's directory too, so this is where the lock is, not a requirement).
   */
  directory?: string;
  /**
   * Set when the fix is outside the project's own requirement: the requirement to change, and to what.
   * `section`: where it is declared (`project.dependencies`, `project.optional-dependencies.color`,
   * `dependency-groups.dev`).
   */
  requirement?: { file: string; current: string; suggested: string; section?: string };
}

export interface Vulnerability {
  id: string;
  /** CVE, GHSA, PYSEC ids other than `id`, sorted. */
  aliases: string[];
  summary: string;
  severity: SeverityInfo;
  /** Human readable affected range, e.g. `>=2.0, <2.11.3`. */
  affected: string;
  /** The smallest fixed version above the installed one; undefined: no fix released. */
  fixedIn?: string;
  /** Whether fixedIn satisfies the project's requirement (true when the package is not direct). */
  fixAllowed?: boolean;
  /** https://osv.dev/vulnerability/<id> (or the record's advisory reference). */
  url: string;
  /** Set when an `ignore` entry covers it: its reason. */
  ignored?: { reason: string; until?: string };
  record: OsvRecord;
}

export interface VulnerablePackage {
  pkg: AuditedPackage;
  vulnerabilities: Vulnerability[];
  remedy?: Remedy;
}

export interface AuditResult {
  audited: AuditedPackage[];
  skipped: SkippedPackage[];
  vulnerable: VulnerablePackage[];
  /** `ignore` entries that matched no vulnerability (reported), and expired ones (fail the step). */
  unusedIgnores: string[];
  expiredIgnores: string[];
  source: string;
}
