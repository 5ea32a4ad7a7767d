/**
 * The OSV schema (https://ossf.github.io/osv-schema/), the part vuln-audit reads, and what every source
 * (the OSV API, an offline OSV export, PyPI's JSON API) hands to the audit.
 */

export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvRange {
  type: 'ECOSYSTEM' | 'SEMVER' | 'GIT' | string;
  repo?: string;
  events: OsvEvent[];
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string };
  ranges?: OsvRange[];
  versions?: string[];
  severity?: OsvSeverity[];
  database_specific?: Record<string, unknown>;
  ecosystem_specific?: Record<string, unknown>;
}

export interface OsvSeverity {
  /** CVSS_V2, CVSS_V3, CVSS_V4, Ubuntu, ... */
  type: string;
  /** A CVSS vector for the CVSS types. */
  score: string;
}

export interface OsvRecord {
  id: string;
  modified?: string;
  published?: string;
  withdrawn?: string;
  aliases?: string[];
  related?: string[];
  summary?: string;
  details?: string;
  severity?: OsvSeverity[];
  affected?: OsvAffected[];
  references?: { type: string; url: string }[];
  /** GHSA records carry `{ severity: "HIGH" | "MODERATE" | ... }` here. */
  database_specific?: Record<string, unknown>;
}

/** One package at one version, as uv.lock pins it (name normalised per PEP 503). */
export interface PackageVersion {
  name: string;
  version: string;
}

/** `name==version`: the key sources answer under. */
export const packageKey = (p: PackageVersion): string => `${p.name}==${p.version}`;

/** A source could not answer for some packages: the audit fails rather than call them clean. */
export class SourceError extends Error {
  constructor(
    message: string,
    /** The packages it could not audit. */
    readonly packages: readonly PackageVersion[],
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

/**
 * Where vulnerability records come from. `lookup` returns, for every package asked (by `packageKey`), the
 * full records (not withdrawn) that affect that version: an empty list when none does. It throws SourceError
 * when it cannot answer for some package; never leaves one out.
 */
export interface VulnSource {
  /** For the summary: "OSV API at https://api.osv.dev", "OSV database /path/all.zip (N records)". */
  readonly description: string;
  lookup(packages: readonly PackageVersion[]): Promise<Map<string, OsvRecord[]>>;
}
