import { countBySeverity, type SeverityCounts, sortFindings } from '../../findings/finding.js';
import type { JsonReportRun } from '../../report/json-report.js';
import { projectId } from '../projects/discover.js';
import { checkInfo, compareChecks } from './checks.js';
import type { MergedFinding, ReadReport, ReadResult, Unreadable } from './read.js';

/**
 * The reports of every matrix job as one result: a projects × checks table, each cell the verdict of that
 * check on that project. Expected projects (the projects matrix) and checks without a report, and reports
 * that could not be read, are failures that name the project: a job that crashed before writing its report
 * must never look like a pass.
 */

export type CellVerdict = 'pass' | 'warn' | 'fail' | 'missing';

export interface Cell {
  action: string;
  verdict: CellVerdict;
  /** The reports behind the cell (one, unless a project ran a check twice). */
  reports: ReadReport[];
  /** Most severe first. */
  findings: MergedFinding[];
  counts: SeverityCounts;
  /** The check's own one-line headline (from its report; untrusted text). */
  headline: string;
  runs: JsonReportRun[];
}

export interface ProjectResult {
  project: string;
  /** In the expected set (or there was none). */
  expected: boolean;
  /** By action, in column order. */
  cells: Map<string, Cell>;
  /** Why the project fails besides a failing check: a missing or unreadable report. Untrusted file names. */
  problems: string[];
  failed: boolean;
}

export interface Merged {
  /** Failed projects first, then by directory. */
  projects: ProjectResult[];
  /** The checks (actions) in column order. */
  actions: string[];
  failed: ProjectResult[];
  passed: ProjectResult[];
  /** Unreadable files that name no project: each fails the merge too. */
  stray: Unreadable[];
  totals: SeverityCounts;
  reports: number;
  /** No report at all and no expected projects: nothing says what should have reported, which fails. */
  empty: boolean;
  notes: string[];
}

export interface MergeOptions {
  /** Project directories that must have reported; undefined: the projects the reports name. */
  expected?: readonly string[];
  /** Actions every expected project must have a report of; empty: at least one report per project. */
  checks?: readonly string[];
}

function worst(a: CellVerdict, b: CellVerdict): CellVerdict {
  const order: CellVerdict[] = ['missing', 'fail', 'warn', 'pass'];
  return order[Math.min(order.indexOf(a), order.indexOf(b))] as CellVerdict;
}

function missingCell(action: string): Cell {
  return {
    action,
    verdict: 'missing',
    reports: [],
    findings: [],
    counts: countBySeverity([]),
    headline: '',
    runs: [],
  };
}

/** The project an unreadable file belongs to: its path names the project's id (the artifact's name). */
function ownerOf(file: string, projects: readonly string[]): string | undefined {
  const segments = file.split('/');
  return projects.find((p) => {
    const id = projectId(p);
    return segments.some((s) => s.includes(id));
  });
}

export function mergeReports(read: ReadResult, opts: MergeOptions = {}): Merged {
  const expected = opts.expected ? new Set(opts.expected) : undefined;
  const byProject = new Map<string, ProjectResult>();
  const projectOf = (dir: string): ProjectResult => {
    let p = byProject.get(dir);
    if (!p) {
      p = {
        project: dir,
        expected: !expected || expected.has(dir),
        cells: new Map(),
        problems: [],
        failed: false,
      };
      byProject.set(dir, p);
    }
    return p;
  };
  for (const dir of opts.expected ?? []) projectOf(dir);

  for (const r of read.reports) {
    const p = projectOf(r.project);
    const cell = p.cells.get(r.action) ?? { ...missingCell(r.action), verdict: 'pass' as CellVerdict };
    cell.verdict = worst(cell.verdict, r.verdict);
    cell.reports.push(r);
    cell.findings.push(...r.findings);
    if (r.run) cell.runs.push(r.run);
    cell.headline = cell.reports.length === 1 ? r.headline : `${cell.reports.length} reports`;
    p.cells.set(r.action, cell);
  }

  const stray: Unreadable[] = [];
  const known = [...byProject.keys()];
  for (const u of read.unreadable) {
    const owner = ownerOf(u.file, known);
    if (owner) projectOf(owner).problems.push(`unreadable report ${u.file}: ${u.error}`);
    else stray.push(u);
  }

  const actions = [...new Set([...(opts.checks ?? []), ...read.reports.map((r) => r.action)])].sort(
    compareChecks,
  );
  for (const p of byProject.values()) {
    // A directory outside the expected set (a repository-wide check's `.`) owes only the reports it has.
    for (const action of p.expected ? (opts.checks ?? []) : []) {
      if (!p.cells.has(action)) {
        p.cells.set(action, missingCell(action));
        p.problems.push(`no ${checkInfo(action).title} report`);
      }
    }
    if (p.cells.size === 0 && p.problems.length === 0) {
      p.problems.push(
        'no report: its job may have failed before writing one, or its artifact was not downloaded',
      );
    }
    for (const cell of p.cells.values()) {
      cell.findings = sortFindings(cell.findings);
      cell.counts = countBySeverity(cell.findings);
    }
    p.cells = new Map([...p.cells].sort(([a], [b]) => compareChecks(a, b)));
    p.failed =
      p.problems.length > 0 ||
      [...p.cells.values()].some((c) => c.verdict === 'fail' || c.verdict === 'missing');
  }
  const projects = [...byProject.values()].sort(
    (a, b) =>
      Number(b.failed) - Number(a.failed) || (a.project < b.project ? -1 : a.project > b.project ? 1 : 0),
  );
  const all = projects.flatMap((p) => [...p.cells.values()].flatMap((c) => c.findings));
  const notes = [...read.notes];
  const unexpected = projects.filter((p) => !p.expected).map((p) => p.project);
  if (unexpected.length > 0) {
    const more = unexpected.length > 20 ? ` and ${unexpected.length - 20} more` : '';
    const list = `${unexpected.slice(0, 20).join(', ')}${more}`;
    notes.push(`reports of directories not in the projects matrix (a repository-wide check, say): ${list}`);
  }
  return {
    projects,
    actions,
    failed: projects.filter((p) => p.failed),
    passed: projects.filter((p) => !p.failed),
    stray,
    totals: countBySeverity(all),
    reports: read.reports.length,
    empty: opts.expected === undefined && read.reports.length === 0 && read.unreadable.length === 0,
    notes,
  };
}
