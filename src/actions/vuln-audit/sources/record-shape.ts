import type { OsvRecord } from '../osv.js';

/**
 * What a source accepts as an OSV record before the audit reads it: the fields vuln-audit uses have the
 * schema's types (a mirror or an export could hand anything). Returns the first problem, or undefined.
 */

const isStr = (v: unknown): v is string => typeof v === 'string';
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown) => v === undefined || (Array.isArray(v) && v.every(isStr));

/** OSV ids: `PYSEC-2024-60`, `GHSA-jjg7-2v4v-x38h`, `CVE-2024-3651`, `MAL-2024-1`, ... */
export const OSV_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

function affectedProblem(a: unknown): string | undefined {
  if (!isObj(a)) return 'an affected entry is not an object';
  if (a.package !== undefined && !(isObj(a.package) && isStr(a.package.ecosystem) && isStr(a.package.name)))
    return 'affected[].package needs a string ecosystem and name';
  if (!strings(a.versions)) return 'affected[].versions is not a list of strings';
  if (a.ranges === undefined) return undefined;
  if (!Array.isArray(a.ranges)) return 'affected[].ranges is not a list';
  for (const r of a.ranges) {
    if (!isObj(r) || !isStr(r.type) || !Array.isArray(r.events))
      return 'a range needs a type and a list of events';
    if (!r.events.every((e) => isObj(e) && Object.values(e).every(isStr)))
      return 'a range event is not an object of strings';
  }
  return undefined;
}

export function recordProblem(value: unknown): string | undefined {
  if (!isObj(value)) return 'not a JSON object';
  if (!isStr(value.id) || !OSV_ID.test(value.id)) return 'no valid id';
  for (const k of ['modified', 'published', 'withdrawn', 'summary', 'details'] as const) {
    if (value[k] !== undefined && !isStr(value[k])) return `${k} is not a string`;
  }
  if (!strings(value.aliases) || !strings(value.related))
    return 'aliases or related is not a list of strings';
  const sev = value.severity;
  if (
    sev !== undefined &&
    !(Array.isArray(sev) && sev.every((s) => isObj(s) && isStr(s.type) && isStr(s.score)))
  )
    return 'severity is not a list of {type, score}';
  if (value.affected !== undefined) {
    if (!Array.isArray(value.affected)) return 'affected is not a list';
    for (const a of value.affected) {
      const p = affectedProblem(a);
      if (p) return p;
    }
  }
  return undefined;
}

/** The record, or an Error naming what is wrong with it and where it came from. */
export function checkedRecord(value: unknown, where: string): OsvRecord {
  const problem = recordProblem(value);
  if (problem) throw new Error(`${where} is not a usable OSV record: ${problem}`);
  return value as OsvRecord;
}

/** Records in id order (code-unit order, the same in every source). */
export const byRecordId = (a: OsvRecord, b: OsvRecord): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
