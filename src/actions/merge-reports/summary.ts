import {
  byteLength,
  clip,
  code,
  escapeCell,
  escapeInline,
  fitRows,
  link,
  plural,
  table,
  tableRow,
} from '../../report/markdown.js';
import { FINDING_HEADERS, findingRow, SUMMARY_BUDGET_BYTES } from '../../report/summary.js';
import { checkInfo } from './checks.js';
import type { LinkOf } from './job-links.js';
import type { Cell, CellVerdict, Merged, ProjectResult } from './merge.js';

/**
 * The merged job summary: the verdict, a table of projects × checks (counts, each cell linked to its job),
 * then each failing project's problems and the findings of its failing checks, most severe first. Within
 * the 1 MiB a step summary may hold: the table takes at most half, the failing projects share the rest
 * evenly (what one leaves unused goes to the next), and whatever does not fit is counted in a line that says
 * so. Everything from a report is untrusted and goes through src/report/markdown.ts.
 */

const CELL_ICON: Record<CellVerdict, string> = { pass: '✅', warn: '⚠️', fail: '❌', missing: '⛔' };

export interface MergedSummaryOptions {
  budgetBytes?: number;
  linkOf?: LinkOf;
}

export interface RenderedMergedSummary {
  markdown: string;
  bytes: number;
  rowsShown: number;
  rowsOmitted: number;
}

function countsText(c: Cell['counts']): string {
  const parts = [
    c.error ? plural(c.error, 'error') : '',
    c.warning ? plural(c.warning, 'warning') : '',
    c.note ? plural(c.note, 'note') : '',
  ].filter(Boolean);
  return parts.join(', ');
}

function cellText(cell: Cell | undefined, linkOf: LinkOf | undefined): string {
  if (!cell) return '—';
  if (cell.verdict === 'missing') return `${CELL_ICON.missing} no report`;
  const text = `${CELL_ICON[cell.verdict]}${cell.counts.total ? ` ${countsText(cell.counts)}` : ''}`;
  return link(text, linkOf?.(cell.runs[0]));
}

function headOf(m: Merged): string[] {
  const total = m.projects.length;
  const failing = m.failed.length;
  const head = m.empty
    ? '## ❌ Merged report: no reports found, and no projects were expected'
    : failing > 0 || m.stray.length > 0
      ? `## ❌ Merged report: ${failing} of ${plural(total, 'project')} failed${m.stray.length ? `, ${plural(m.stray.length, 'unreadable report')}` : ''}`
      : total === 0
        ? '## ✅ Merged report: no projects to report on'
        : `## ✅ Merged report: all ${plural(total, 'project')} passed`;
  const t = m.totals;
  const counts = [
    plural(m.reports, 'report'),
    plural(t.error, 'error'),
    plural(t.warning, 'warning'),
    plural(t.note, 'note'),
  ]
    .map((p) => p.replace(/^(\d+)/, '**$1**'))
    .join(' · ');
  const lines = [head, counts];
  if (failing > 0) {
    const names = m.failed.slice(0, 50).map((p) => code(p.project));
    lines.push(`Failed: ${names.join(', ')}${failing > 50 ? `, and ${failing - 50} more` : ''}`);
  }
  if (m.stray.length > 0) {
    const items = m.stray.slice(0, 20).map((u) => `- ${code(u.file)}: ${escapeInline(clip(u.error, 300))}`);
    if (m.stray.length > 20) items.push(`- … ${m.stray.length - 20} more`);
    lines.push(
      `Reports that could not be read and name no project (each fails the merge):\n\n${items.join('\n')}`,
    );
  }
  for (const n of m.notes.slice(0, 10)) lines.push(`_${escapeInline(clip(n, 1_000))}_`);
  return lines;
}

/** A running Markdown document that knows its size: blocks are joined by a blank line. */
class Doc {
  readonly blocks: string[] = [];
  bytes = 0;
  add(block: string): void {
    this.blocks.push(block);
    this.bytes += byteLength(block) + 2;
  }
}

interface Budgeted {
  rowsShown: number;
  rowsOmitted: number;
  /** Failing projects whose section did not fit at all. */
  projectsOmitted: number;
}

/**
 * The cell's finding rows, most severe first, that fit in `budget` bytes: rendered one at a time and no
 * further, as a check may have hundreds of thousands.
 */
function rowsWithin(cell: Cell, known: ReadonlySet<string>, budget: number): string[] {
  const rows: string[] = [];
  let left = budget;
  for (const f of cell.findings) {
    // helpUri is dropped: a report's links could point anywhere; the job's own summary has them.
    const row = findingRow({ ...f, helpUri: undefined }, known);
    const cost = byteLength(row) + 1;
    if (cost > left) break;
    rows.push(row);
    left -= cost;
  }
  return rows;
}

/** One failing project's section within `share` bytes; returns what it wrote into `doc`. */
function projectSection(doc: Doc, p: ProjectResult, share: number, acc: Budgeted): void {
  let left = share;
  const add = (block: string): boolean => {
    const cost = byteLength(block) + 2;
    if (cost > left) return false;
    doc.add(block);
    left -= cost;
    return true;
  };
  const problems = p.problems.slice(0, 20).map((x) => `- ${CELL_ICON.missing} ${escapeInline(clip(x, 500))}`);
  if (p.problems.length > 20) problems.push(`- … ${p.problems.length - 20} more`);
  const heading = [`### ❌ ${code(p.project)}`, ...(problems.length ? ['', ...problems] : [])].join('\n');
  if (!add(heading)) {
    acc.projectsOmitted++;
    for (const c of p.cells.values()) if (c.verdict === 'fail') acc.rowsOmitted += c.findings.length;
    return;
  }
  for (const cell of p.cells.values()) {
    if (cell.verdict !== 'fail') continue;
    const title = escapeInline(checkInfo(cell.action).title);
    const headline = cell.headline ? `: ${escapeInline(clip(cell.headline, 300))}` : '';
    const top = `#### ${CELL_ICON.fail} ${title}${headline}`;
    if (cell.findings.length === 0) {
      if (!add(top)) return;
      continue;
    }
    const known = new Set(cell.findings.filter((f) => f.known).map((f) => f.fingerprint));
    const frame = `${top}\n\n${table(FINDING_HEADERS, [])}`;
    const rows = rowsWithin(cell, known, left - byteLength(frame) - 4 - 120);
    const omitted = cell.findings.length - rows.length;
    if (rows.length === 0) {
      acc.rowsOmitted += omitted;
      add(
        `${top}\n\n_${plural(omitted, 'finding')} not shown: the summary is full (see the JSON reports / SARIF)._`,
      );
      continue;
    }
    const more = omitted > 0 ? `\n\n_${plural(omitted, 'more finding')} of this check not shown._` : '';
    add(`${frame}\n${rows.join('\n')}${more}`);
    acc.rowsShown += rows.length;
    acc.rowsOmitted += omitted;
  }
}

export function renderMergedSummary(m: Merged, opts: MergedSummaryOptions = {}): RenderedMergedSummary {
  const budget = opts.budgetBytes ?? SUMMARY_BUDGET_BYTES;
  const doc = new Doc();
  for (const line of headOf(m)) doc.add(line);
  // The closing lines' room, kept back from the start.
  const reserve = 400;
  if (m.projects.length > 0) {
    const headers = ['Project', ...m.actions.map((a) => escapeCell(checkInfo(a).title))];
    const rows = m.projects.map((p) =>
      tableRow([
        `${p.failed ? '❌' : '✅'} ${code(p.project)}`,
        ...m.actions.map((a) => cellText(p.cells.get(a), opts.linkOf)),
      ]),
    );
    const fit = fitRows(rows, Math.floor((budget - doc.bytes - reserve) / 2));
    const more =
      fit.omitted > 0
        ? `\n\n_${plural(fit.omitted, 'more project')} not shown (failed projects come first)._`
        : '';
    doc.add(`${table(headers, [])}\n${fit.rows.join('\n')}${more}`);
  }
  const acc: Budgeted = { rowsShown: 0, rowsOmitted: 0, projectsOmitted: 0 };
  const failing = m.failed;
  for (const [i, p] of failing.entries()) {
    const left = budget - doc.bytes - reserve;
    projectSection(doc, p, Math.floor(left / (failing.length - i)), acc);
  }
  const closing: string[] = [];
  if (acc.projectsOmitted > 0)
    closing.push(`${plural(acc.projectsOmitted, 'failing project')}' details not shown`);
  if (acc.rowsOmitted > 0) closing.push(`${plural(acc.rowsOmitted, 'more finding')} not shown`);
  if (closing.length > 0)
    doc.add(
      `_${closing.join('; ')}: the summary stays within GitHub's 1 MiB (see the JSON reports / SARIF)._`,
    );
  const markdown = `${doc.blocks.join('\n\n')}\n`;
  return { markdown, bytes: byteLength(markdown), rowsShown: acc.rowsShown, rowsOmitted: acc.rowsOmitted };
}
