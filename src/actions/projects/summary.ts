import {
  byteLength,
  code,
  details,
  escapeCell,
  escapeInline,
  fitRows,
  plural,
  table,
  tableRow,
} from '../../report/markdown.js';
import { SUMMARY_BUDGET_BYTES } from '../../report/summary.js';
import type { Selection } from './changed.js';
import type { Discovery, Project } from './discover.js';

export interface ProjectsSummaryInput {
  discovery: Discovery;
  /** Projects that passed include/exclude. */
  candidates: readonly Project[];
  selection: Selection;
  /** How the selection was made: `changed-only is off`, the event's change set, ... */
  how: string;
  /** The directory searched, relative to the workspace. */
  searched: string;
  lockNotes: readonly string[];
}

const ROLE: Record<Project['role'], string> = {
  project: '',
  'workspace-root': ' (root)',
  member: ' (member)',
};

/** Lines of a capped list as `<details>`, each escaped; `more` says how many were cut before it. */
function list(title: string, items: readonly string[], budget: number): string {
  const { rows, omitted } = fitRows(
    items.map((i) => `- ${i}`),
    budget,
  );
  const more = omitted > 0 ? `\n- … ${plural(omitted, 'more')} not shown` : '';
  return details(title, `${rows.join('\n')}${more}`);
}

/** The job summary of actions/projects: what was found, what was selected and why, what was left out. */
export function renderProjectsSummary(s: ProjectsSummaryInput, budget = SUMMARY_BUDGET_BYTES): string {
  const { discovery, candidates, selection } = s;
  const n = selection.selected.length;
  const found = `${plural(discovery.projects.length, 'project')} under ${code(s.searched)}`;
  const filtered =
    candidates.length !== discovery.projects.length ? `, ${candidates.length} after include/exclude` : '';
  const head =
    n === 0
      ? `### ⏭️ Projects: none selected (${found}${filtered})`
      : `### ✅ Projects: ${n} of ${candidates.length} selected (${found}${filtered})`;
  const lines = [head, escapeInline(s.how)];
  if (selection.unowned.count > 0) {
    const sample = selection.unowned.sample.map((f) => code(f)).join(', ');
    lines.push(
      `${plural(selection.unowned.count, 'changed file')} in no project: ${sample}${selection.unowned.count > selection.unowned.sample.length ? ', …' : ''}`,
    );
  }
  if (n === 0) {
    lines.push(
      "The matrix is empty: the fan-out job is skipped with `if: needs.<this job>.outputs.count != '0'` " +
        '(GitHub refuses an empty matrix).',
    );
  }
  const tail: string[] = [];
  const chosen = new Set(selection.selected.map((x) => x.project.dir));
  const others = candidates.filter((p) => !chosen.has(p.dir)).map((p) => code(p.dir));
  const leftOut = discovery.leftOut.map((l) => `${code(l.dir)}: ${escapeInline(l.why)}`);
  const notes = [...discovery.notes, ...s.lockNotes].map((x) => escapeInline(x));
  // The selected table gets most of the budget; the lists below share a tenth of it each.
  const share = Math.floor(budget / 10);
  if (others.length > 0) tail.push(list(`Not selected (${others.length})`, others, share));
  if (leftOut.length > 0) tail.push(list(`Left out (${leftOut.length})`, leftOut, share));
  if (discovery.virtualRoots.length > 0) {
    const roots = discovery.virtualRoots.map((d) => code(d));
    tail.push(list(`Workspace roots without [project] (${roots.length})`, roots, share));
  }
  if (notes.length > 0) tail.push(list(`Notes (${notes.length})`, notes, share));
  const headers = ['Project', 'Name', 'Workspace', 'Python', 'Dockerfile', 'Service', 'Selected because'];
  const rows = selection.selected.map(({ project: p, reason }) =>
    tableRow([
      code(p.dir),
      code(p.name),
      `${code(p.workspace)}${ROLE[p.role]}`,
      p.requiresPython ? code(p.requiresPython) : '—',
      p.dockerfile ? 'yes' : '—',
      p.service ? 'yes' : '—',
      escapeCell(reason.text, 500),
    ]),
  );
  const fixed = [...lines, ...tail].reduce((t, x) => t + byteLength(x) + 2, 0) + 1_000;
  const blocks = [...lines];
  if (rows.length > 0) {
    const fit = fitRows(rows, budget - fixed);
    const more =
      fit.omitted > 0
        ? `\n\n${plural(fit.omitted, 'more selected project')} not shown (see the \`projects\` output).`
        : '';
    blocks.push(`${table(headers, [])}\n${fit.rows.join('\n')}${more}`);
  }
  blocks.push(...tail);
  return `${blocks.join('\n\n')}\n`;
}
