// The package is a webpack UMD bundle that marks itself `__esModule`: Node's ESM loader sees only a default
// export (module.exports), while ncc's webpack gives the namespace the classes themselves and no default.
import * as cvssModule from 'ae-cvss-calculator';
import type { Severity, SeverityInfo } from './model.js';
import type { OsvRecord, OsvSeverity } from './osv.js';

/**
 * A record's severity: the base score computed from its CVSS vector (v4 before v3.x), else the database's own
 * word (GHSA's LOW / MODERATE / HIGH / CRITICAL), else a CVSS v2 vector, else unknown. Vectors are read from
 * the record's `severity` and from the `affected[].severity` of the package's entries.
 */

/** The CVSS v3.x / v4.0 qualitative scale: 0.1-3.9 low, 4.0-6.9 medium, 7.0-8.9 high, 9.0-10.0 critical. */
export function levelOf(score: number): Severity {
  // 0.0 is "None" in the specification; the lowest level here, rather than unknown (which counts as any).
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9) return 'high';
  return 'critical';
}

/** CVSS v2 has no critical (NVD's scale: 0-3.9 low, 4.0-6.9 medium, 7.0-10.0 high). */
function levelOfV2(score: number): Severity {
  return score < 4 ? 'low' : score < 7 ? 'medium' : 'high';
}

const cvss = (
  'Cvss3P1' in cvssModule ? cvssModule : (cvssModule as { default: typeof cvssModule }).default
) as typeof cvssModule;
const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = cvss;

const WORDS: Record<string, Severity> = {
  low: 'low',
  moderate: 'medium',
  medium: 'medium',
  high: 'high',
  important: 'high',
  critical: 'critical',
};

/** The base score of a vector, or undefined when it is not a complete vector of the type it claims. */
export function baseScore(type: string, vector: string): number | undefined {
  if (vector.length > 512) return undefined;
  try {
    if (type === 'CVSS_V4') {
      if (!vector.startsWith('CVSS:4.0/')) return undefined;
      const v = new Cvss4P0(vector);
      if (!v.isBaseFullyDefined()) return undefined;
      // CVSS-B: the score of the base metrics alone, whatever threat or environmental metrics the vector adds.
      const s = v.calculateScores();
      return s.baseMetricsOnly ?? s.base;
    }
    if (type === 'CVSS_V3') {
      const v = vector.startsWith('CVSS:3.0/')
        ? new Cvss3P0(vector)
        : vector.startsWith('CVSS:3.1/')
          ? new Cvss3P1(vector)
          : undefined;
      return v?.isBaseFullyDefined() ? v.calculateScores().base : undefined;
    }
    if (type === 'CVSS_V2') {
      const v = new Cvss2(vector.replace(/^\(|\)$/g, ''));
      return v.isBaseFullyDefined() ? v.calculateScores().base : undefined;
    }
  } catch {
    // An unknown metric or value: not a vector this type can score.
  }
  return undefined;
}

/** `severity` entries of the record and of its affected entries for `name` (any entry when name is undefined). */
function severities(record: OsvRecord, matches: (pkgName: string) => boolean): OsvSeverity[] {
  const own = Array.isArray(record.severity) ? record.severity : [];
  const affected = (Array.isArray(record.affected) ? record.affected : [])
    .filter((a) => !a.package || matches(a.package.name))
    .flatMap((a) => (Array.isArray(a.severity) ? a.severity : []));
  return [...own, ...affected].filter(
    (s): s is OsvSeverity => !!s && typeof s.type === 'string' && typeof s.score === 'string',
  );
}

function fromVector(list: OsvSeverity[], type: string): SeverityInfo | undefined {
  for (const s of list.filter((x) => x.type === type)) {
    const score = baseScore(type, s.score.trim());
    if (score === undefined) continue;
    const level = type === 'CVSS_V2' ? levelOfV2(score) : levelOf(score);
    return { level, score, vector: s.score.trim(), from: type };
  }
  return undefined;
}

/** The database's word: `database_specific.severity` of the record or of an affected entry. */
function fromWord(record: OsvRecord, matches: (pkgName: string) => boolean): SeverityInfo | undefined {
  const tables = [
    record.database_specific,
    ...(Array.isArray(record.affected) ? record.affected : [])
      .filter((a) => !a.package || matches(a.package.name))
      .map((a) => a.database_specific),
  ];
  for (const t of tables) {
    const word = t && typeof t === 'object' ? (t as Record<string, unknown>).severity : undefined;
    const level = typeof word === 'string' ? WORDS[word.trim().toLowerCase()] : undefined;
    if (level) return { level, from: 'database' };
  }
  return undefined;
}

/**
 * The severity of `record` for the package `name` (PEP 503 normalised; `normalize` maps a record's package
 * name the same way). Unknown (`{}`) when the record has no vector and no word.
 */
export function severityOf(record: OsvRecord, name?: string, normalize = (n: string) => n): SeverityInfo {
  const matches = (pkgName: string) => name === undefined || normalize(pkgName) === name;
  const list = severities(record, matches);
  return (
    fromVector(list, 'CVSS_V4') ??
    fromVector(list, 'CVSS_V3') ??
    fromWord(record, matches) ??
    fromVector(list, 'CVSS_V2') ??
    {}
  );
}

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

/** Orders levels; unknown ranks above critical here, since it counts against every threshold (audit.ts). */
export function severityRank(s: SeverityInfo): number {
  return s.level ? RANK[s.level] : 4;
}

/** Whether a severity meets `min`: unknown always does (a vulnerability nobody scored is not assumed minor). */
export function meetsSeverity(s: SeverityInfo, min: Severity): boolean {
  return s.level === undefined || RANK[s.level] >= RANK[min];
}
