import { compare, valid } from '@renovatebot/pep440';
import { normalizePackageName } from '../../core/python-names.js';
import type { OsvAffected, OsvEvent, OsvRecord } from './osv.js';

/**
 * Whether an OSV record affects one PyPI package at one version, and which versions fix it, as the OSV
 * schema defines it (https://ossf.github.io/osv-schema/#evaluation): a version is affected when the
 * record's `versions` list names it or one of its ECOSYSTEM ranges contains it, the events of a range
 * ordered by PEP 440. GIT and SEMVER ranges say nothing about PyPI versions and are not read.
 */

const ECOSYSTEM = 'PyPI';

/** PEP 440 order; undefined when either side is not a PEP 440 version (nothing can be said). */
function cmp(a: string, b: string): number | undefined {
  if (!valid(a) || !valid(b)) return undefined;
  return compare(a, b);
}

/** The record's `affected` entries for the package (name compared PEP 503 normalised). */
export function affectedEntries(record: OsvRecord, name: string): OsvAffected[] {
  const want = normalizePackageName(name);
  return (record.affected ?? []).filter(
    (a) =>
      a.package?.ecosystem === ECOSYSTEM &&
      typeof a.package.name === 'string' &&
      normalizePackageName(a.package.name) === want,
  );
}

/** The version an event names, `introduced: "0"` included. */
const eventVersion = (e: OsvEvent): string | undefined =>
  e.introduced ?? e.fixed ?? e.last_affected ?? e.limit;

/**
 * The events ordered as the schema's evaluation needs them: `introduced: "0"` first, then by PEP 440.
 * Events whose version is not PEP 440 cannot be placed and are left out.
 */
function orderedEvents(events: readonly OsvEvent[]): OsvEvent[] {
  const zero = events.filter((e) => e.introduced === '0');
  const rest = events.filter((e) => e.introduced !== '0' && valid(eventVersion(e) ?? '') !== null);
  rest.sort((a, b) => compare(eventVersion(a)!, eventVersion(b)!));
  return [...zero, ...rest];
}

/** The schema's evaluation of one ECOSYSTEM range for one (PEP 440) version. */
function inRange(version: string, events: readonly OsvEvent[]): boolean {
  // `limit` bounds the whole range: nothing at or above it is affected ("*" is no bound).
  for (const e of events) {
    if (e.limit !== undefined && e.limit !== '*' && (cmp(version, e.limit) ?? -1) >= 0) return false;
  }
  let affected = false;
  for (const e of orderedEvents(events)) {
    if (e.introduced !== undefined) {
      if (e.introduced === '0' || compare(version, e.introduced) >= 0) affected = true;
    } else if (e.fixed !== undefined) {
      if (compare(version, e.fixed) >= 0) affected = false;
    } else if (e.last_affected !== undefined) {
      if (compare(version, e.last_affected) > 0) affected = false;
    }
  }
  return affected;
}

/** Whether the `versions` list of an entry names the version (PEP 440 equality, else the exact string). */
function listed(entry: OsvAffected, version: string): boolean {
  return (entry.versions ?? []).some((v) => v === version || cmp(v, version) === 0);
}

/**
 * Whether `record` affects PyPI package `name` at `version`. A withdrawn record affects nothing. A version
 * that is not PEP 440 can only be matched by the `versions` list.
 */
export function affects(record: OsvRecord, name: string, version: string): boolean {
  if (record.withdrawn) return false;
  const pep440 = valid(version) !== null;
  return affectedEntries(record, name).some(
    (entry) =>
      listed(entry, version) ||
      (pep440 &&
        (entry.ranges ?? []).some(
          (r) => r.type === 'ECOSYSTEM' && Array.isArray(r.events) && inRange(version, r.events),
        )),
  );
}

/** PEP 440 ascending, duplicates (`70.0` and `70.0.0`) kept once, non-PEP 440 versions left out. */
function sortedUnique(versions: Iterable<string>): string[] {
  const out: string[] = [];
  for (const v of [...new Set(versions)].filter((x) => valid(x) !== null).sort(compare)) {
    if (out.length === 0 || compare(out[out.length - 1]!, v) !== 0) out.push(v);
  }
  return out;
}

/** Every `fixed` version the record's ECOSYSTEM ranges give for the package, PEP 440 ascending. */
export function fixedVersions(record: OsvRecord, name: string): string[] {
  const fixed = affectedEntries(record, name).flatMap((entry) =>
    (entry.ranges ?? [])
      .filter((r) => r.type === 'ECOSYSTEM' && Array.isArray(r.events))
      .flatMap((r) => r.events.map((e) => e.fixed).filter((f): f is string => typeof f === 'string')),
  );
  return sortedUnique(fixed);
}

/**
 * The smallest `fixed` version above `version` that the record does not itself list as affected (a
 * `versions` entry can contradict a range: PYSEC-2023-177 lists gevent 23.9.0, its own fix). Undefined: no
 * fix released above it (only `last_affected`, or `introduced` alone, or every fix is below it).
 */
export function smallestFixAbove(record: OsvRecord, name: string, version: string): string | undefined {
  if (valid(version) === null) return undefined;
  return fixedVersions(record, name).find((f) => compare(f, version) > 0 && !affects(record, name, f));
}
