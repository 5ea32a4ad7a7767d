import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { countBySeverity, type Finding, type SeverityCounts, sortFindings } from '../findings/finding.js';
import type { Report, Verdict } from './report.js';

/** The version written into reports; the bundler may replace it with package.json's. */
export const PYPROD_ACTIONS_VERSION = '0.1.0';

export interface JsonFinding extends Finding {
  /** Present when a baseline was used. */
  baseline?: 'new' | 'known';
}

/** The workflow run that wrote a report, so that a merged report can link its job. */
export interface JsonReportRun {
  /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT: digits. */
  id: string;
  attempt?: string;
  /** GITHUB_JOB: the job's key in the workflow (the same for every job of a matrix). */
  job?: string;
  /** RUNNER_NAME: tells the jobs of one matrix apart (one runner runs one job at a time). */
  runner?: string;
}

export interface JsonReport {
  tool: 'pyprod-actions';
  action: string;
  version: string;
  /**
   * The project the action ran on: its working-directory relative to the workspace, forward slashes, `.`
   * for the workspace itself. actions/merge-reports groups reports by it.
   */
  project?: string;
  run?: JsonReportRun;
  verdict: Verdict;
  counts: SeverityCounts;
  findings: JsonFinding[];
  meta: Record<string, unknown>;
}

export interface JsonReportOptions {
  version?: string;
  /** The project directory (see JsonReport.project); projectOf makes it from a working directory. */
  project?: string;
  run?: JsonReportRun;
  /** Fingerprints accepted by the baseline. */
  known?: ReadonlySet<string>;
  /** Extra facts (annotation counts, file paths, ...); merged into `meta`. */
  meta?: Record<string, unknown>;
}

const FINDING_KEYS = [
  'tool',
  'rule',
  'severity',
  'message',
  'file',
  'line',
  'column',
  'endLine',
  'endColumn',
  'fingerprint',
  'helpUri',
  'alsoReportedBy',
  'reports',
  'data',
  'baseline',
] as const;

/** Sorts object keys recursively (arrays keep their order), so equal data always serialises alike. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}

function orderedFinding(f: Finding, known: ReadonlySet<string> | undefined): JsonFinding {
  const src: Record<string, unknown> = { ...f };
  if (known) src.baseline = known.has(f.fingerprint) ? 'known' : 'new';
  const out: Record<string, unknown> = {};
  for (const k of FINDING_KEYS) {
    const v = src[k];
    if (v !== undefined) out[k] = k === 'data' || k === 'reports' ? sortKeys(v) : v;
  }
  return out as unknown as JsonFinding;
}

/** The machine-readable report: fixed top-level key order, findings most severe first. */
export function buildJsonReport(report: Report, opts: JsonReportOptions = {}): JsonReport {
  const meta = sortKeys({
    title: report.title,
    headline: report.headline,
    toolRuns: report.toolRuns ?? [],
    sections: report.sections.map((s) => s.title),
    ...opts.meta,
  }) as Record<string, unknown>;
  return {
    tool: 'pyprod-actions',
    action: report.action,
    version: opts.version ?? PYPROD_ACTIONS_VERSION,
    ...(opts.project !== undefined ? { project: opts.project } : {}),
    ...(opts.run ? { run: opts.run } : {}),
    verdict: report.verdict,
    counts: countBySeverity(report.findings),
    findings: sortFindings(report.findings).map((f) => orderedFinding(f, opts.known)),
    meta,
  };
}

/** A working directory as JsonReport.project: relative to the workspace, forward slashes, `.` for the workspace. */
export function projectOf(workspace: string, workingDirectory: string): string {
  const rel = path.relative(workspace, path.resolve(workspace, workingDirectory));
  return rel.split(path.sep).join('/') || '.';
}

/** The run writing the report, from the runner's variables; undefined outside a workflow run. */
export function runOf(env: NodeJS.ProcessEnv): JsonReportRun | undefined {
  const digits = (v: string | undefined) => (v && /^\d{1,20}$/.test(v) ? v : undefined);
  const id = digits(env.GITHUB_RUN_ID);
  if (!id) return undefined;
  const run: JsonReportRun = { id };
  const attempt = digits(env.GITHUB_RUN_ATTEMPT);
  if (attempt) run.attempt = attempt;
  if (env.GITHUB_JOB) run.job = env.GITHUB_JOB;
  if (env.RUNNER_NAME) run.runner = env.RUNNER_NAME;
  return run;
}

export function serialiseJsonReport(r: JsonReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

/** Writes the report, creating parent directories. */
export async function writeJsonReport(file: string, r: JsonReport): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.writeFile(file, serialiseJsonReport(r));
}
