import * as path from 'node:path';
import { compare, satisfies, valid } from '@renovatebot/pep440';
import { parse as parseSpecifier } from '@renovatebot/pep440/lib/specifier.js';
import { affectedEntries, affects, fixedVersions, smallestFixAbove } from './affected.js';
import type { AuditedPackage, Remedy } from './model.js';
import type { OsvRecord } from './osv.js';

/**
 * What fixes a vulnerable package: the smallest fixed release above the installed one (PEP 440 over the
 * records' ranges, affected.ts), whether the project's own requirement allows it, and the one remedy per
 * package (the smallest release that fixes all its fixable vulnerabilities): `uv lock --upgrade-package`, and
 * the pyproject requirement to change first when the release is outside it.
 */

/**
 * The smallest version above `version` that fixes every record: at least each record's own smallest fix, and
 * affected by none of them (two advisories on two release branches can each fix where the other is open).
 * Undefined when some record has no fix above `version`.
 */
export function smallestCommonFix(
  records: readonly OsvRecord[],
  name: string,
  version: string,
): string | undefined {
  const own = records.map((r) => smallestFixAbove(r, name, version));
  if (own.length === 0 || own.some((f) => f === undefined)) return undefined;
  const floor = (own as string[]).reduce((a, b) => (compare(a, b) >= 0 ? a : b));
  const candidates = [...new Set(records.flatMap((r) => fixedVersions(r, name)))]
    .filter((v) => compare(v, floor) >= 0)
    .sort(compare);
  return candidates.find((c) => records.every((r) => !affects(r, name, c))) ?? floor;
}

/** The fix of one vulnerability known by several records (aliases): the smallest release all of them call fixed. */
export function fixOf(records: readonly OsvRecord[], name: string, version: string): string | undefined {
  // A record without a fix (an older PYSEC entry with `last_affected` only) does not veto another's fix.
  const withFix = records.filter((r) => smallestFixAbove(r, name, version) !== undefined);
  return withFix.length ? smallestCommonFix(withFix, name, version) : undefined;
}

/** Whether `version` satisfies the project's requirement; true without one (a transitive package). */
export function allowedBy(version: string, requirement: string | undefined): boolean {
  if (!requirement) return true;
  return satisfies(version, requirement, { prereleases: true });
}

const MAX_TEXT = 300;

/** The ranges of one record for one package, for people: `>=2.0, <2.11.3; >=3.0, <3.0.1`. */
export function describeAffected(record: OsvRecord, name: string): string {
  const parts: string[] = [];
  for (const entry of affectedEntries(record, name)) {
    for (const range of entry.ranges ?? []) {
      if (range.type !== 'ECOSYSTEM' || !Array.isArray(range.events)) continue;
      let open: string[] | undefined;
      for (const e of range.events) {
        if (e.introduced !== undefined) {
          if (open) parts.push(open.join(', '));
          open = e.introduced === '0' ? [] : [`>=${e.introduced}`];
        } else if (
          open &&
          (e.fixed !== undefined || e.last_affected !== undefined || e.limit !== undefined)
        ) {
          open.push(
            e.fixed !== undefined
              ? `<${e.fixed}`
              : e.last_affected !== undefined
                ? `<=${e.last_affected}`
                : `<${e.limit}`,
          );
          parts.push(open.join(', ') || 'all versions');
          open = undefined;
        }
      }
      if (open) parts.push(open.join(', ') || 'all versions');
    }
    if (!entry.ranges?.length && entry.versions?.length) {
      const shown = entry.versions.slice(0, 5).join(', ');
      parts.push(entry.versions.length > 5 ? `${shown} (+${entry.versions.length - 5} more)` : shown);
    }
  }
  const text = [...new Set(parts)].join('; ');
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** `release` cut to `n` segments with the last one raised: (3.0.3, 1) → 4; (3.0.3, 2) → 3.1. */
function bump(release: readonly number[], n: number): string {
  const segs = Array.from({ length: Math.max(1, n) }, (_, i) => release[i] ?? 0);
  segs[segs.length - 1] = (segs.at(-1) as number) + 1;
  return segs.join('.');
}

const releaseOf = (v: string) =>
  (valid(v) ?? v)
    .split(/[^0-9.]/)[0]
    ?.split('.')
    .map(Number) ?? [];

/**
 * The project's requirement widened just enough to admit `fix`: each clause that excludes it changes (an upper
 * bound is raised at its own precision, `<3` → `<4`, `<2.4` → `<3.1`; a pin or prefix moves to the fix; an
 * exclusion of it is dropped); the others stay. `>=fix` when the requirement cannot be read.
 */
export function suggestRequirement(current: string, fix: string): string {
  const clauses = parseSpecifier(current);
  if (!clauses) return `>=${fix}`;
  const rel = releaseOf(fix);
  const out: string[] = [];
  for (const c of clauses) {
    const text = `${c.operator}${c.version}${c.prefix ?? ''}`;
    if (satisfies(fix, text, { prereleases: true })) {
      out.push(text);
      continue;
    }
    const n = releaseOf(c.version).length;
    switch (c.operator) {
      case '<':
        out.push(`<${bump(rel, n)}`);
        break;
      case '<=':
        out.push(`<=${fix}`);
        break;
      case '~=':
        out.push(`~=${rel.slice(0, Math.max(2, n)).join('.')}`);
        break;
      case '==':
        out.push(c.prefix ? `==${rel.slice(0, n).join('.')}.*` : `==${fix}`);
        break;
      case '!=':
        break;
      default:
        out.push(`>=${fix}`);
    }
  }
  const suggested = out.join(',');
  return suggested && satisfies(fix, suggested, { prereleases: true }) ? suggested : `>=${fix}`;
}

/** Where the project declares a direct dependency, as a pyproject.toml table path. */
function sectionOf(pkg: AuditedPackage): string {
  if (pkg.group) return `dependency-groups.${pkg.group}`;
  if (pkg.extra) return `project.optional-dependencies.${pkg.extra}`;
  return 'project.dependencies';
}

export interface RemedyContext {
  /** Each workspace member's pyproject.toml, by name (packages.ts). */
  pyprojects: ReadonlyMap<string, string>;
  /** The directory of uv.lock, and the project's own directory. */
  root: string;
  projectDir?: string;
}

/**
 * The one remedy for a package whose vulnerabilities (each given by its records) include fixable ones: the
 * smallest release fixing them all, the `uv lock` command, and the requirement to change when that release
 * is outside it. Undefined when no vulnerability has a fix.
 */
export function remedyFor(
  pkg: AuditedPackage,
  vulnerabilities: readonly (readonly OsvRecord[])[],
  ctx: RemedyContext,
): Remedy | undefined {
  const fixable = vulnerabilities.filter((records) => fixOf(records, pkg.name, pkg.version) !== undefined);
  if (fixable.length === 0) return undefined;
  const records = fixable.map((recs) =>
    recs.filter((r) => smallestFixAbove(r, pkg.name, pkg.version) !== undefined),
  );
  const target = smallestCommonFix(records.flat(), pkg.name, pkg.version);
  if (!target) return undefined;
  const remedy: Remedy = { command: `uv lock --upgrade-package ${pkg.name}==${target}`, version: target };
  if (ctx.projectDir && path.resolve(ctx.root) !== path.resolve(ctx.projectDir)) remedy.directory = ctx.root;
  if (pkg.requirement && !allowedBy(target, pkg.requirement)) {
    const file = ctx.pyprojects.get(pkg.declaredBy) ?? path.join(ctx.root, 'pyproject.toml');
    remedy.requirement = {
      file,
      current: pkg.requirement,
      suggested: suggestRequirement(pkg.requirement, target),
      section: sectionOf(pkg),
    };
  }
  return remedy;
}
