import * as path from 'node:path';

/** How bad a finding is; the same three levels as SARIF's `error`/`warning`/`note`. */
export type Severity = 'error' | 'warning' | 'note';

/** Most severe first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];

/** One problem reported by one tool (or, after merging, by several), in the shape every reporter reads. */
export interface Finding {
  /** The tool that reported it: `ruff`, `pylint`, `gitleaks`, ... */
  tool: string;
  /** The tool's rule or check id: `F401`, `W0611`, `aws-access-token`, ... */
  rule: string;
  severity: Severity;
  /** What is wrong, as one line of plain text. Never a secret value. */
  message: string;
  /** Repository-relative path with forward slashes. */
  file?: string;
  /** 1-based line and column of the start; end positions as the tool reports them. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Stable identity across runs (see fingerprint.ts); the baseline and SARIF use it. */
  fingerprint: string;
  /** Where the rule is documented. */
  helpUri?: string;
  /** Other tools that reported the same problem (set by mergeDuplicates). */
  alsoReportedBy?: string[];
  /**
   * On a merged finding, each tool's own report, the kept one first (set by mergeDuplicates): its rule id,
   * wording, lines and data (e.g. autoflake's diff), none of which the kept finding's own fields carry.
   */
  reports?: ToolReport[];
  /** Tool-specific extra facts, e.g. a package name and its license. */
  data?: Record<string, string | number>;
}

/** One tool's report of a problem that several tools reported. */
export interface ToolReport {
  tool: string;
  rule: string;
  message: string;
  line?: number;
  endLine?: number;
  helpUri?: string;
  data?: Record<string, string | number>;
}

function toolReport(f: Finding): ToolReport {
  const r: ToolReport = { tool: f.tool, rule: f.rule, message: f.message };
  if (f.line !== undefined) r.line = f.line;
  if (f.endLine !== undefined && f.endLine !== f.line) r.endLine = f.endLine;
  if (f.helpUri) r.helpUri = f.helpUri;
  if (f.data && Object.keys(f.data).length > 0) r.data = f.data;
  return r;
}

/**
 * The tools that reported a finding, each with its own rule id where it differs from the finding's:
 * `ruff, autoflake unused-import, flake8, pylint W0611`.
 */
export function reportedBy(f: Finding): string {
  if (!f.reports) return [f.tool, ...(f.alsoReportedBy ?? [])].join(', ');
  const [kept, ...others] = f.reports;
  const named = [kept, ...[...others].sort((a, b) => (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0))];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of named) {
    if (!r) continue;
    const text = r.rule === f.rule ? r.tool : `${r.tool} ${r.rule}`;
    if (!seen.has(text)) out.push(text);
    seen.add(text);
  }
  return out.join(', ');
}

export type SeverityCounts = Record<Severity, number> & { total: number };

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** The more severe of two severities. */
export function maxSeverity(a: Severity, b: Severity): Severity {
  return severityRank(a) <= severityRank(b) ? a : b;
}

function cmp<T extends string | number>(a: T | undefined, b: T | undefined): number {
  // A finding without a location sorts after the located ones of the same severity.
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/** Orders most severe first, then by file, line, column, tool, rule, message: a total, stable order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    cmp(a.file, b.file) ||
    cmp(a.line, b.line) ||
    cmp(a.column, b.column) ||
    cmp(a.tool, b.tool) ||
    cmp(a.rule, b.rule) ||
    cmp(a.message, b.message)
  );
}

/** A sorted copy; the input is left as it was. */
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(compareFindings);
}

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, note: 0, total: 0 };
  for (const f of findings) {
    counts[f.severity] += 1;
    counts.total += 1;
  }
  return counts;
}

/** Lower case, collapsed whitespace, no trailing period: for comparing two tools' wording of one problem. */
export function normaliseMessage(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}

/**
 * Folds findings that `keyOf` calls the same into one: the first one (in input order) stays, takes the
 * most severe severity of the group, names the other tools in `alsoReportedBy`, keeps every tool's own
 * report in `reports` and takes the others' data it lacks (autoflake's `diff` onto ruff's F401). A key of `undefined`
 * means "never merge this one". Each action decides what "same" means, e.g. ruff's F401 and pylint's
 * W0611 on one line are one unused import.
 */
export function mergeDuplicates<T extends Finding>(
  findings: readonly T[],
  keyOf: (f: T) => string | undefined,
): T[] {
  const out: T[] = [];
  const byKey = new Map<string, T>();
  for (const f of findings) {
    const key = keyOf(f);
    const kept = key === undefined ? undefined : byKey.get(key);
    if (!kept) {
      const copy = { ...f };
      out.push(copy);
      if (key !== undefined) byKey.set(key, copy);
      continue;
    }
    kept.severity = maxSeverity(kept.severity, f.severity);
    const others = new Set(kept.alsoReportedBy ?? []);
    for (const t of [f.tool, ...(f.alsoReportedBy ?? [])]) if (t !== kept.tool) others.add(t);
    kept.alsoReportedBy = [...others].sort();
    kept.helpUri ??= f.helpUri;
    kept.reports = [...(kept.reports ?? [toolReport(kept)]), ...(f.reports ?? [toolReport(f)])];
    if (f.data) kept.data = { ...f.data, ...kept.data };
  }
  return out;
}

/**
 * A tool's path as a repository-relative path with forward slashes (absolute paths inside the
 * workspace are made relative; `./` and Windows separators are normalised). Paths outside the
 * workspace are returned as given, with forward slashes, so nothing is silently dropped.
 */
export function toRepoPath(file: string, workspace: string): string {
  const slashed = file.replace(/\\/g, '/');
  if (path.isAbsolute(file) || /^[A-Za-z]:\//.test(slashed)) {
    const rel = path.relative(workspace, file).replace(/\\/g, '/');
    if (rel && !rel.startsWith('../') && !path.isAbsolute(rel)) return rel;
    return slashed;
  }
  return path.posix.normalize(slashed).replace(/^\.\//, '');
}
