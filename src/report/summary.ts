import { countBySeverity, type Finding, reportedBy, sortFindings } from '../findings/finding.js';
import { type AnnotationResult, totalOf } from './annotations.js';
import {
  byteLength,
  clip,
  code,
  details,
  escapeCell,
  escapeHtml,
  escapeInline,
  formatDuration,
  link,
  plural,
  table,
  tableRow,
} from './markdown.js';
import type { Report, ToolRun, Verdict } from './report.js';

/**
 * GitHub caps a step's summary at 1 MiB ("each step is restricted to a maximum size of 1MiB ... If more
 * than 1MiB of content is added for a step, then the upload for the step will fail", docs.github.com,
 * workflow commands, "Step isolation and limits"). 1,000,000 bytes leaves room for anything else the
 * step appends.
 */
export const SUMMARY_BUDGET_BYTES = 1_000_000;
/** Findings shown in the open table; the rest go into a collapsed block. */
export const OPEN_ROWS = 10;
/** A message longer than this is cut in the table (the JSON report and SARIF keep it whole). */
export const MESSAGE_CELL_CHARS = 300;

export const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', fail: '❌', warn: '⚠️' };
const SEVERITY_LABEL = { error: '❌ error', warning: '⚠️ warning', note: 'ℹ️ note' } as const;

export interface SummaryOptions {
  /** Byte budget for the whole summary (default SUMMARY_BUDGET_BYTES). */
  budgetBytes?: number;
  /** What annotations were emitted, so the summary can say how many findings got none. */
  annotations?: AnnotationResult;
  /** Fingerprints accepted by the baseline: those rows are marked "known". */
  known?: ReadonlySet<string>;
}

export interface RenderedSummary {
  markdown: string;
  bytes: number;
  rowsShown: number;
  rowsOmitted: number;
  /** Titles of sections left out because they did not fit. */
  sectionsOmitted: string[];
}

export function location(f: Finding): string {
  if (!f.file) return '';
  return `${f.file}${f.line ? `:${f.line}` : ''}${f.line && f.column ? `:${f.column}` : ''}`;
}

export function findingRow(f: Finding, known?: ReadonlySet<string>): string {
  const severity = SEVERITY_LABEL[f.severity] + (known?.has(f.fingerprint) ? ' (known)' : '');
  return tableRow([
    severity,
    f.file ? code(location(f)) : '—',
    link(code(f.rule), f.helpUri),
    escapeCell(clip(f.message, MESSAGE_CELL_CHARS)),
    escapeCell(reportedBy(f)),
  ]);
}

export const FINDING_HEADERS = ['Severity', 'Location', 'Rule', 'Message', 'Tool'];

export function omittedLine(n: number): string {
  return `${plural(n, 'more finding')} not shown (see the JSON report / SARIF).`;
}

function countsLine(report: Report, opts: SummaryOptions): string {
  const c = countBySeverity(report.findings);
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning'), plural(c.note, 'note')];
  let line = parts.map((p) => p.replace(/^(\d+)/, '**$1**')).join(' · ');
  if (opts.known) {
    const known = report.findings.filter((f) => opts.known?.has(f.fingerprint)).length;
    line += ` — ${report.findings.length - known} new, ${known} known (in the baseline)`;
  }
  return line;
}

function annotationNote(a: AnnotationResult | undefined): string | undefined {
  if (!a || totalOf(a.notAnnotated) === 0) return undefined;
  const per = (['error', 'warning', 'notice'] as const)
    .filter((l) => a.notAnnotated[l] > 0)
    .map((l) => plural(a.notAnnotated[l], l))
    .join(', ');
  return (
    `${plural(totalOf(a.notAnnotated), 'finding')} not annotated (${per}): only the ${a.perLevel} most ` +
    'severe of each level are annotated, as GitHub shows at most 10 per level in a step; ' +
    'the findings below, the JSON report and SARIF have them all.'
  );
}

function toolsBlock(runs: readonly ToolRun[] | undefined): string | undefined {
  if (!runs || runs.length === 0) return undefined;
  const rows = runs.map((r) => [
    escapeCell(r.tool),
    r.version ? code(r.version) : '—',
    String(r.findings),
    formatDuration(r.durationMs),
    r.exitCode === null ? 'killed' : String(r.exitCode),
  ]);
  return details(`Tools (${runs.length})`, table(['Tool', 'Version', 'Findings', 'Time', 'Exit code'], rows));
}

/**
 * The job summary: the verdict line first, then counts, the findings (most severe first; beyond the
 * first ten in a collapsed block), the action's sections and the tools that ran. It never exceeds the
 * byte budget: rows that do not fit are dropped and counted in an explicit line, a section that does
 * not fit is replaced by a note, and every `<details>` that is opened is closed.
 */
export function renderSummary(report: Report, opts: SummaryOptions = {}): RenderedSummary {
  const budget = opts.budgetBytes ?? SUMMARY_BUDGET_BYTES;
  const findings = sortFindings(report.findings);
  const head = [
    `### ${VERDICT_ICON[report.verdict]} ${escapeInline(clip(report.title, 200))}: ${escapeInline(clip(report.headline, 500))}`,
    countsLine(report, opts),
    annotationNote(opts.annotations),
  ].filter((p): p is string => p !== undefined);
  const tools = toolsBlock(report.toolRuns);

  // Frames around the rows; sized for the worst case so the rows can fill what is left exactly.
  const openHead = `#### Findings\n\n${table(FINDING_HEADERS, [])}`;
  const restHead = (n: number) =>
    `<details><summary>${escapeHtml(plural(n, 'more finding'))}</summary>\n\n${table(FINDING_HEADERS, [])}`;
  const restTail = '\n\n</details>';
  const frameBytes =
    findings.length === 0
      ? 0
      : byteLength(openHead) + 2 + byteLength(restHead(findings.length)) + byteLength(restTail) + 2;
  const omittedReserve = findings.length === 0 ? 0 : byteLength(omittedLine(findings.length)) + 2;
  const fixed = [...head, tools ?? ''].reduce((n, p) => n + byteLength(p) + 2, 0);

  let remaining = budget - fixed - frameBytes - omittedReserve;
  const sections: string[] = [];
  const sectionsOmitted: string[] = [];
  for (const s of report.sections) {
    const block = s.collapsed
      ? details(s.title, s.markdown)
      : `#### ${escapeInline(s.title)}\n\n${s.markdown.trim()}`;
    const cost = byteLength(block) + 2;
    if (cost <= remaining) {
      sections.push(block);
      remaining -= cost;
    } else {
      const note = `#### ${escapeInline(s.title)}\n\n_Left out: ${byteLength(block)} bytes would not fit in the summary._`;
      sectionsOmitted.push(s.title);
      sections.push(note);
      remaining -= byteLength(note) + 2;
    }
  }

  const rows: string[] = [];
  for (const f of findings) {
    const row = findingRow(f, opts.known);
    const cost = byteLength(row) + 1;
    if (cost > remaining) break;
    rows.push(row);
    remaining -= cost;
  }
  const omitted = findings.length - rows.length;

  const blocks = [...head];
  if (rows.length > 0) {
    blocks.push([openHead, ...rows.slice(0, OPEN_ROWS)].join('\n'));
    const rest = rows.slice(OPEN_ROWS);
    if (rest.length > 0) blocks.push(`${restHead(rest.length)}\n${rest.join('\n')}${restTail}`);
  }
  if (omitted > 0) blocks.push(omittedLine(omitted));
  blocks.push(...sections);
  if (tools) blocks.push(tools);
  const markdown = `${blocks.join('\n\n')}\n`;
  return {
    markdown,
    bytes: byteLength(markdown),
    rowsShown: rows.length,
    rowsOmitted: omitted,
    sectionsOmitted,
  };
}
