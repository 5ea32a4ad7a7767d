import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { errorMessage } from '../../core/errors.js';
import { pool } from '../../core/pool.js';
import { type Finding, SEVERITIES, type Severity } from '../../findings/finding.js';
import type { JsonReportRun } from '../../report/json-report.js';
import type { Verdict } from '../../report/report.js';

/**
 * The JSON reports of a directory (the downloaded artifacts of a matrix), as the actions write them
 * (src/report/json-report.ts). A matrix job runs the checked repository's code (its build backend, its tests,
 * its service), which can rewrite the report before it is uploaded, so every report is untrusted input here:
 * the file count and sizes are bounded, every field is checked for its type and cut to a sane length, and
 * counts are recomputed from the findings rather than believed.
 */

export const MAX_REPORT_FILES = 20_000;
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;
export const MAX_FINDINGS_PER_REPORT = 200_000;
const MAX_TEXT = 20_000;
const MAX_NAME = 200;
const MAX_PATH = 4_096;

export interface MergedFinding extends Finding {
  /** Accepted by the job's baseline: shown, marked known, never annotated. */
  known?: boolean;
}

export interface ReadReport {
  /** The file, relative to the reports directory, forward slashes. */
  file: string;
  action: string;
  version: string;
  /** The project directory, relative to the workspace (JsonReport.project). */
  project: string;
  verdict: Verdict;
  title: string;
  headline: string;
  findings: MergedFinding[];
  /** The tools that ran (for SARIF runs of tools that found nothing). */
  toolRuns: { tool: string; version?: string }[];
  run?: JsonReportRun;
}

export interface Unreadable {
  file: string;
  error: string;
}

export interface ReadResult {
  reports: ReadReport[];
  unreadable: Unreadable[];
  /** JSON files that are not pyprod-actions reports (a baseline, another tool's output): left alone. */
  ignored: string[];
  /** Limits reached. */
  notes: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Invalid extends Error {}

function text(v: unknown, what: string, max = MAX_TEXT): string {
  if (typeof v !== 'string') throw new Invalid(`${what} is not a string`);
  return v.length > max ? `${v.slice(0, max)}…` : v;
}

function optText(v: unknown, what: string, max = MAX_TEXT): string | undefined {
  return v === undefined ? undefined : text(v, what, max);
}

function position(v: unknown, what: string): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
    throw new Invalid(`${what} is not a line number`);
  return v;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A project directory as projects/ writes it: relative, forward slashes, no `..`, no control characters. */
export function validProjectDir(v: unknown): string | undefined {
  if (typeof v !== 'string' || v.length === 0 || v.length > 500 || CONTROL.test(v)) return undefined;
  if (v === '.') return v;
  if (v.startsWith('/') || v.includes('\\') || v.split('/').some((s) => s === '' || s === '.' || s === '..'))
    return undefined;
  return v;
}

function finding(v: unknown, n: number): MergedFinding {
  const at = `findings[${n}]`;
  if (!isObj(v)) throw new Invalid(`${at} is not an object`);
  const severity = v.severity as Severity;
  if (!SEVERITIES.includes(severity)) throw new Invalid(`${at}.severity is not error, warning or note`);
  const f: MergedFinding = {
    tool: text(v.tool, `${at}.tool`, MAX_NAME),
    rule: text(v.rule, `${at}.rule`, MAX_NAME),
    severity,
    message: text(v.message, `${at}.message`),
    fingerprint: text(v.fingerprint, `${at}.fingerprint`, MAX_NAME),
  };
  const file = optText(v.file, `${at}.file`, MAX_PATH);
  if (file !== undefined) f.file = file;
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    const p = position(v[key], `${at}.${key}`);
    if (p !== undefined) f[key] = p;
  }
  const help = optText(v.helpUri, `${at}.helpUri`, 2_000);
  if (help !== undefined) f.helpUri = help;
  if (Array.isArray(v.alsoReportedBy)) {
    f.alsoReportedBy = v.alsoReportedBy
      .slice(0, 20)
      .map((t, i) => text(t, `${at}.alsoReportedBy[${i}]`, MAX_NAME));
  }
  if (isObj(v.data)) {
    const data: Record<string, string | number> = {};
    for (const [k, d] of Object.entries(v.data).slice(0, 50)) {
      if (typeof d === 'number' && Number.isFinite(d)) data[k.slice(0, MAX_NAME)] = d;
      else if (typeof d === 'string')
        data[k.slice(0, MAX_NAME)] = d.length > MAX_TEXT ? `${d.slice(0, MAX_TEXT)}…` : d;
    }
    if (Object.keys(data).length > 0) f.data = data;
  }
  if (v.baseline === 'known') f.known = true;
  return f;
}

/** A parsed report, or why it is not one; undefined when the JSON is not a pyprod-actions report at all. */
export function validateReport(json: unknown, file: string): ReadReport | Unreadable | undefined {
  if (!isObj(json) || json.tool !== 'pyprod-actions') return undefined;
  try {
    const action = text(json.action, 'action', MAX_NAME);
    if (!NAME.test(action))
      throw new Invalid(`action ${JSON.stringify(action.slice(0, 50))} is not an action name`);
    const project = validProjectDir(json.project);
    if (!project) {
      throw new Invalid(
        json.project === undefined
          ? 'it names no project (written before reports carried one? update the action)'
          : 'its project is not a relative directory',
      );
    }
    const verdict = json.verdict as Verdict;
    if (!['pass', 'fail', 'warn'].includes(verdict)) throw new Invalid('verdict is not pass, fail or warn');
    if (!Array.isArray(json.findings)) throw new Invalid('findings is not a list');
    if (json.findings.length > MAX_FINDINGS_PER_REPORT) {
      throw new Invalid(
        `${json.findings.length} findings, over the ${MAX_FINDINGS_PER_REPORT.toLocaleString('en-US')} read`,
      );
    }
    const meta = isObj(json.meta) ? json.meta : {};
    const toolRuns = (Array.isArray(meta.toolRuns) ? meta.toolRuns : [])
      .slice(0, 50)
      .filter(isObj)
      .filter((r) => typeof r.tool === 'string' && NAME.test(r.tool))
      .map((r) => ({
        tool: r.tool as string,
        ...(typeof r.version === 'string' ? { version: r.version.slice(0, 100) } : {}),
      }));
    const report: ReadReport = {
      file,
      action,
      version: typeof json.version === 'string' ? json.version.slice(0, 50) : '',
      project,
      verdict,
      title: typeof meta.title === 'string' ? meta.title.slice(0, MAX_NAME) : action,
      headline: typeof meta.headline === 'string' ? meta.headline.slice(0, 1_000) : '',
      findings: json.findings.map(finding),
      toolRuns,
    };
    const run = json.run;
    if (isObj(run) && typeof run.id === 'string' && /^\d{1,20}$/.test(run.id)) {
      report.run = { id: run.id };
      if (typeof run.attempt === 'string' && /^\d{1,5}$/.test(run.attempt)) report.run.attempt = run.attempt;
      if (typeof run.job === 'string') report.run.job = run.job.slice(0, MAX_NAME);
      if (typeof run.runner === 'string') report.run.runner = run.runner.slice(0, MAX_NAME);
    }
    return report;
  } catch (err) {
    if (err instanceof Invalid) return { file, error: `not a valid report: ${err.message}` };
    throw err;
  }
}

/** The `*.json` files under `dir`, depth first, without following symbolic links. */
async function jsonFiles(dir: string, notes: string[]): Promise<string[]> {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop() as string;
    const entries = await fs.readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && e.name.endsWith('.json')) {
        if (out.length >= MAX_REPORT_FILES) {
          notes.push(`only the first ${MAX_REPORT_FILES.toLocaleString('en-US')} JSON files were read`);
          return out.sort();
        }
        out.push(p);
      }
    }
  }
  return out.sort();
}

/** Reads every report under `dir` (a missing directory holds none), a few files at a time. */
export async function readReports(dir: string): Promise<ReadResult> {
  const result: ReadResult = { reports: [], unreadable: [], ignored: [], notes: [] };
  const files = await jsonFiles(dir, result.notes);
  const rel = (f: string) => path.relative(dir, f).split(path.sep).join('/');
  const readOne = async (abs: string) => {
    const file = rel(abs);
    try {
      const st = await fs.stat(abs);
      if (st.size > MAX_REPORT_BYTES) {
        return {
          file,
          error: `${st.size.toLocaleString('en-US')} bytes, over the ${MAX_REPORT_BYTES / 1024 / 1024} MiB read`,
        };
      }
      let json: unknown;
      try {
        json = JSON.parse(await fs.readFile(abs, 'utf8'));
      } catch (err) {
        return { file, error: `not valid JSON (${errorMessage(err).split('\n')[0]})` };
      }
      return validateReport(json, file) ?? file;
    } catch (err) {
      return { file, error: `cannot be read (${errorMessage(err)})` };
    }
  };
  const outcomes = await pool(
    files.map((f) => () => readOne(f)),
    8,
  );
  for (const o of outcomes) {
    if (typeof o === 'string') result.ignored.push(o);
    else if ('error' in o) result.unreadable.push(o);
    else result.reports.push(o);
  }
  return result;
}
