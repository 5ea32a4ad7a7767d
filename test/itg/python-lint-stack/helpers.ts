import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type ActionRunResult, type RunActionOptions, runAction } from '../../support/action-runner.js';
import { machineEnv } from '../../support/python.js';
import { requireTool } from '../../support/tools.js';

export const ACTION = path.resolve('actions/python-lint-stack');
export const BUNDLE = path.resolve('dist/python-lint-stack/index.js');
export const FIXTURES = path.resolve('test/fixtures/python-lint-stack');

/** uv (which brings every linter from PyPI) and the bundle, or why the tests cannot run here. */
export function prerequisites(): { uv?: string; reason?: string } {
  const uv = requireTool('uv');
  if (!uv) return { reason: 'uv is not installed (.ci/install-tools.sh)' };
  if (!fs.existsSync(BUNDLE)) {
    // A missing bundle is a build step not taken, in CI as anywhere: fail rather than skip.
    throw new Error(`${BUNDLE} is missing: run node scripts/bundle.mjs python-lint-stack`);
  }
  return { uv };
}

const made: string[] = [];

/** A fresh copy of a fixture project, outside the repository (no parent configuration applies). */
export function copyFixture(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lint-${name}-`));
  made.push(dir);
  fs.cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export function cleanup(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** The environment of a runner: this machine's (TLS, proxies), uv on PATH, no interpreter downloads. */
export function lintEnv(uv: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return machineEnv({
    PATH: `${path.dirname(uv)}${path.delimiter}${process.env.PATH ?? ''}`,
    UV_PYTHON_DOWNLOADS: 'never',
    UV_NO_PROGRESS: '1',
    ...extra,
  });
}

/** Runs the built bundle on the runner harness. */
export async function lint(
  uv: string,
  workspace: string,
  inputs: Record<string, string>,
  opts: Omit<RunActionOptions, 'workspace' | 'inputs'> = {},
): Promise<ActionRunResult> {
  const r = await runAction(ACTION, {
    workspace,
    // The uv put on PATH above, outside the workspace (the actions default to verified copies only).
    inputs: { 'tool-source': 'path', ...inputs },
    baseEnv: lintEnv(uv),
    timeoutMs: 300_000,
    ...opts,
  });
  made.push(r.runnerTemp);
  return r;
}

export const errors = (r: ActionRunResult) =>
  r.annotations.filter((a) => a.level === 'error' && !a.file).map((a) => a.message);
export const log = (r: ActionRunResult) =>
  r.steps.map((s) => `${s.phase}: ${s.stdout}${s.stderr}`).join('\n');

export interface JsonReport {
  findings: {
    tool: string;
    rule: string;
    message: string;
    file?: string;
    line?: number;
    alsoReportedBy?: string[];
    reports?: {
      tool: string;
      rule: string;
      line?: number;
      endLine?: number;
      data?: Record<string, unknown>;
    }[];
    data?: Record<string, unknown>;
    severity: string;
  }[];
  counts: { error: number; warning: number; note: number; total: number };
  meta: {
    toolRuns: { tool: string; version?: string; findings: number; exitCode: number | null }[];
    /** A changed run's files per tool and why. */
    scope?: { reason: string; tools: string[]; files: string[]; note?: string }[];
    cache?: { text: string };
    pylintIndex?: 'read' | 'write';
  };
}

export function readJson(file: string): JsonReport {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as JsonReport;
}
