import * as fs from 'node:fs';
import { findDependencyLines } from '../../core/pyproject-lines.js';
import { normalizePackageName } from '../../core/python-names.js';
import { toRepoPath } from '../../findings/finding.js';
import type { AuditedPackage } from './model.js';

/** Where a vulnerable package is fixed: the pyproject.toml (repository-relative) and line declaring it. */
export interface DeclarationSite {
  file?: string;
  line?: number;
}

/** A pyproject.toml's dependency lines; an unreadable file declares nothing (no annotation line). */
function readLines(file: string): Map<string, { line: number }> | undefined {
  try {
    return findDependencyLines(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export interface SiteOptions {
  /** Each workspace member's pyproject.toml (absolute) by normalised name, as uv.lock places them. */
  pyprojects: ReadonlyMap<string, string>;
  /** The working directory's project's pyproject.toml: for a package whose declaring member is not placed. */
  fallback: string;
  workspace: string;
}

/**
 * For each audited package, the pyproject.toml line that declares the direct dependency bringing it in, in
 * the pyproject of the project (or workspace member) that declares it. Each file is read once.
 */
export function declarationSites(o: SiteOptions): (pkg: AuditedPackage) => DeclarationSite {
  const cache = new Map<string, Map<string, { line: number }> | undefined>();
  return (pkg) => {
    const file = o.pyprojects.get(normalizePackageName(pkg.declaredBy)) ?? o.fallback;
    if (!cache.has(file)) cache.set(file, readLines(file));
    const lines = cache.get(file);
    if (!lines) return {};
    const line = lines.get(normalizePackageName(pkg.direct))?.line;
    return { file: toRepoPath(file, o.workspace), ...(line ? { line } : {}) };
  };
}
