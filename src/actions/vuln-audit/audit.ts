import { normalizePackageName } from '../../core/python-names.js';
import { allowedBy, describeAffected, fixOf, type RemedyContext, remedyFor } from './fixes.js';
import { describeIgnore, type IgnoreEntry, isExpired, matchIgnore } from './ignore.js';
import type {
  AuditedPackage,
  AuditResult,
  Severity,
  SeverityInfo,
  Vulnerability,
  VulnerablePackage,
} from './model.js';
import { type OsvRecord, packageKey, SourceError } from './osv.js';
import type { PackageSelection } from './packages.js';
import { meetsSeverity, severityOf, severityRank } from './severity.js';

/**
 * The audit proper, source-independent: the records a source returned for each selected package become
 * vulnerabilities (records that name each other through their aliases, a PYSEC entry and a GHSA advisory for
 * one CVE, are one vulnerability), each with its severity, fix and ignore entry, and one remedy per package.
 */

export interface AuditOptions {
  ignore: readonly IgnoreEntry[];
  /** The day expiry is judged on (`until` is inclusive). */
  today: Date | string;
  /** The source's description (VulnSource.description), for the result. */
  source?: string;
}

export type AuditSelection = Pick<PackageSelection, 'audited' | 'skipped' | 'pyprojects' | 'root'> & {
  project?: { projectDir: string };
};

/** Groups records that share an id or alias (union-find over the ids). */
function groupByAlias(records: readonly OsvRecord[]): OsvRecord[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(x, root);
    return root;
  };
  const idsOf = (r: OsvRecord) =>
    [r.id, ...(Array.isArray(r.aliases) ? r.aliases : [])].map((i) => String(i).toUpperCase());
  for (const r of records) {
    const ids = idsOf(r);
    for (const id of ids) if (!parent.has(id)) parent.set(id, id);
    for (const id of ids.slice(1)) parent.set(find(id), find(ids[0] as string));
  }
  const groups = new Map<string, OsvRecord[]>();
  for (const r of records) {
    const key = find(r.id.toUpperCase());
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

const FROM_RANK: Record<string, number> = { CVSS_V4: 4, CVSS_V3: 3, database: 2, CVSS_V2: 1 };
const ID_RANK = (id: string) => (id.startsWith('GHSA-') ? 0 : id.startsWith('PYSEC-') ? 1 : 2);

/** The record that speaks for a group: the best-founded severity (a vector over a word), then GHSA, then PYSEC. */
function primaryOf(group: readonly OsvRecord[], severities: Map<OsvRecord, SeverityInfo>): OsvRecord {
  return [...group].sort((a, b) => {
    const sa = severities.get(a) as SeverityInfo;
    const sb = severities.get(b) as SeverityInfo;
    return (
      (FROM_RANK[sb.from ?? ''] ?? 0) - (FROM_RANK[sa.from ?? ''] ?? 0) ||
      (sb.score ?? -1) - (sa.score ?? -1) ||
      ID_RANK(a.id) - ID_RANK(b.id) ||
      a.id.localeCompare(b.id)
    );
  })[0] as OsvRecord;
}

function summaryOf(group: readonly OsvRecord[], primary: OsvRecord): string {
  const text =
    [primary, ...group].map((r) => r.summary?.trim()).find(Boolean) ??
    [primary, ...group].map((r) => r.details?.trim().split(/\r?\n/)[0]?.trim()).find(Boolean) ??
    '';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function vulnerabilityOf(
  pkg: AuditedPackage,
  group: readonly OsvRecord[],
  opts: AuditOptions,
  used: Set<IgnoreEntry>,
): Vulnerability {
  const severities = new Map(group.map((r) => [r, severityOf(r, pkg.name, normalizePackageName)] as const));
  const primary = primaryOf(group, severities);
  const ids = [...new Set(group.flatMap((r) => [r.id, ...(Array.isArray(r.aliases) ? r.aliases : [])]))];
  const v: Vulnerability = {
    id: primary.id,
    aliases: ids.filter((i) => i !== primary.id).sort(),
    summary: summaryOf(group, primary),
    severity: severities.get(primary) as SeverityInfo,
    affected:
      describeAffected(primary, pkg.name) ||
      group.map((r) => describeAffected(r, pkg.name)).find(Boolean) ||
      '',
    url: `https://osv.dev/vulnerability/${encodeURIComponent(primary.id)}`,
    record: primary,
  };
  const fixedIn = fixOf(group, pkg.name, pkg.version);
  if (fixedIn) {
    v.fixedIn = fixedIn;
    v.fixAllowed = allowedBy(fixedIn, pkg.requirement);
  }
  const entry = matchIgnore(opts.ignore, ids, opts.today);
  if (entry) {
    used.add(entry);
    v.ignored = { reason: entry.reason, ...(entry.until ? { until: entry.until } : {}) };
  }
  return v;
}

const worst = (vs: readonly Vulnerability[]) => Math.max(...vs.map((v) => severityRank(v.severity)));

/**
 * Audits the selection against the records a source returned (keyed by `packageKey`). A package the source
 * gave no answer for fails the audit (SourceError): it is never reported clean.
 */
export function auditPackages(
  selection: AuditSelection,
  recordsByKey: ReadonlyMap<string, readonly OsvRecord[]>,
  opts: AuditOptions,
): AuditResult {
  const missing = selection.audited.filter((p) => !recordsByKey.has(packageKey(p)));
  if (missing.length) {
    const names = missing.slice(0, 10).map(packageKey).join(', ');
    throw new SourceError(
      `could not audit ${missing.length} packages: the source gave no answer for ${names}${missing.length > 10 ? ', …' : ''}`,
      missing,
    );
  }
  const ctx: RemedyContext = {
    pyprojects: selection.pyprojects,
    root: selection.root,
    ...(selection.project ? { projectDir: selection.project.projectDir } : {}),
  };
  const used = new Set<IgnoreEntry>();
  const vulnerable: VulnerablePackage[] = [];
  for (const pkg of selection.audited) {
    const records = (recordsByKey.get(packageKey(pkg)) ?? []).filter(
      (r) => r && typeof r.id === 'string' && !r.withdrawn,
    );
    if (records.length === 0) continue;
    const groups = groupByAlias(records);
    const vulnerabilities = groups
      .map((g) => vulnerabilityOf(pkg, g, opts, used))
      .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.id.localeCompare(b.id));
    const entry: VulnerablePackage = { pkg, vulnerabilities };
    const remedy = remedyFor(pkg, groups, ctx);
    if (remedy) entry.remedy = remedy;
    vulnerable.push(entry);
  }
  vulnerable.sort(
    (a, b) => worst(b.vulnerabilities) - worst(a.vulnerabilities) || a.pkg.name.localeCompare(b.pkg.name),
  );
  return {
    audited: selection.audited,
    skipped: selection.skipped,
    vulnerable,
    unusedIgnores: opts.ignore.filter((e) => !used.has(e) && !isExpired(e, opts.today)).map(describeIgnore),
    expiredIgnores: opts.ignore.filter((e) => isExpired(e, opts.today)).map(describeIgnore),
    source: opts.source ?? '',
  };
}

export type FailOn = 'any' | 'fixable' | 'none';

export interface VerdictOptions {
  failOn: FailOn;
  minSeverity: Severity;
}

export interface Verdict {
  pass: boolean;
  /** The vulnerabilities that fail the step, with their package. */
  failing: { pkg: AuditedPackage; vulnerability: Vulnerability }[];
  /** Why it fails, one sentence each; empty when it passes. */
  reasons: string[];
}

/**
 * Whether a vulnerability counts against the step: not ignored; at or above `min-severity` (unknown severity
 * always counts: a vulnerability nobody scored is not assumed minor); and, with `fail-on: fixable`, a fixed
 * release exists. `fail-on: none` counts none.
 */
export function counts(v: Vulnerability, opts: VerdictOptions): boolean {
  if (opts.failOn === 'none' || v.ignored) return false;
  if (!meetsSeverity(v.severity, opts.minSeverity)) return false;
  return opts.failOn === 'any' || v.fixedIn !== undefined;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Pass or fail: counted vulnerabilities fail it; expired ignore entries fail it whatever `fail-on` says. */
export function verdict(result: AuditResult, opts: VerdictOptions): Verdict {
  const failing = result.vulnerable.flatMap((vp) =>
    vp.vulnerabilities
      .filter((v) => counts(v, opts))
      .map((vulnerability) => ({ pkg: vp.pkg, vulnerability })),
  );
  const reasons: string[] = [];
  if (failing.length) {
    const level =
      opts.minSeverity === 'low' ? '' : ` at or above ${opts.minSeverity} (or of unknown severity)`;
    const fix = opts.failOn === 'fixable' ? ' with a fix released' : '';
    reasons.push(
      `${plural(failing.length, 'vulnerability', 'vulnerabilities')}${level}${fix} (fail-on: ${opts.failOn})`,
    );
  }
  if (result.expiredIgnores.length)
    reasons.push(
      `expired ignore ${result.expiredIgnores.length === 1 ? 'entry' : 'entries'}: ${result.expiredIgnores.join(', ')}`,
    );
  return { pass: reasons.length === 0, failing, reasons };
}

/** The one-line headline: `Fail: 5 vulnerabilities in 3 of 42 packages (4 fixable, 1 ignored)`. */
export function brief(result: AuditResult, v?: Verdict): string {
  const all = result.vulnerable.flatMap((vp) => vp.vulnerabilities);
  const total = result.audited.length;
  const head = v ? `${v.pass ? 'Pass' : 'Fail'}: ` : '';
  const skipped = result.skipped.length ? `; ${result.skipped.length} not audited` : '';
  const expired = result.expiredIgnores.length
    ? `; ${plural(result.expiredIgnores.length, 'expired ignore')}`
    : '';
  if (all.length === 0)
    return `${head}no known vulnerabilities in ${plural(total, 'package')}${skipped}${expired}`;
  const fixable = all.filter((x) => x.fixedIn !== undefined).length;
  const ignored = all.filter((x) => x.ignored).length;
  const detail = [`${fixable} fixable`, ...(ignored ? [`${ignored} ignored`] : [])].join(', ');
  return `${head}${plural(all.length, 'vulnerability', 'vulnerabilities')} in ${result.vulnerable.length} of ${plural(total, 'package')} (${detail})${skipped}${expired}`;
}
