import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { inputEnvName } from '../../core/inputs.js';
import { GRACE_MS, trackGroup, untrackGroup } from '../../core/process-groups.js';
import { parseKeyValueFile } from '../../core/workflow-commands.js';
import type { CheckSpec } from './checks.js';

/** How a check's process is started: the action's own bundle as the runner would, or `pyprod <command>`. */
export type ChildMode = 'bundle' | 'cli';

export interface CheckResult {
  spec: CheckSpec;
  /** null: killed by a signal, or never started. */
  exitCode: number | null;
  durationMs: number;
  /** The markdown the check wrote as its job summary (bundle) or printed as its report (cli). */
  summary: string;
  /** Its log, stdout and stderr in arrival order (workflow commands included in bundle mode). */
  log: string;
  /** What it wrote to GITHUB_ENV and GITHUB_PATH (bundle mode): applied to the checks after it. */
  exportedEnv: Map<string, string>;
  addedPaths: string[];
  skipped?: string;
}

/** The environment a bundle sees as a step of its own: INPUT_* as the runner sets them, its own GITHUB_* files. */
export function bundleEnv(
  base: NodeJS.ProcessEnv,
  inputs: Record<string, string | undefined>,
  files: { summary: string; output: string; env: string; path: string; state: string },
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // The gate's own inputs must not leak into a check as its inputs.
  for (const [k, v] of Object.entries(base)) if (!k.startsWith('INPUT_')) env[k] = v;
  for (const [name, value] of Object.entries(inputs)) {
    if (value !== undefined && value !== '') env[inputEnvName(name)] = value;
  }
  env.GITHUB_STEP_SUMMARY = files.summary;
  env.GITHUB_OUTPUT = files.output;
  env.GITHUB_ENV = files.env;
  env.GITHUB_PATH = files.path;
  env.GITHUB_STATE = files.state;
  return env;
}

/**
 * `pyprod <command> --name value ...`: the CLI's flags are the action.yml inputs; a boolean input is a bare
 * flag there (`--pr-comment`), so `true` becomes the flag and `false` is left out (every default is false).
 */
export function cliArgs(spec: CheckSpec, inputs: Record<string, string | undefined>): string[] {
  const args = [spec.command];
  for (const [name, value] of Object.entries(inputs)) {
    if (value === undefined || value === '' || value === 'false') continue;
    // A token never goes on a command line (any process listing shows argv): see cliEnv.
    if (name === 'github-token') continue;
    args.push(...(value === 'true' ? [`--${name}`] : [`--${name}`, value]));
  }
  return args;
}

/** The CLI child's environment: the token, when there is one, as GITHUB_TOKEN (which the CLI reads). */
export function cliEnv(
  base: NodeJS.ProcessEnv,
  inputs: Record<string, string | undefined>,
): NodeJS.ProcessEnv {
  const token = inputs['github-token'];
  return token ? { ...base, GITHUB_TOKEN: token } : base;
}

export interface RunCheckOptions {
  mode: ChildMode;
  /** The dist/ directory holding every bundle. */
  distDir: string;
  node: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** A directory of this check's own (GITHUB_* files). */
  workDir: string;
}

const readIf = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');

/** Runs one check to its end; never throws for the check's own failure (its exit code says it). */
export async function runCheck(
  spec: CheckSpec,
  inputs: Record<string, string | undefined>,
  o: RunCheckOptions,
) {
  fs.mkdirSync(o.workDir, { recursive: true });
  const files = {
    summary: path.join(o.workDir, 'summary.md'),
    output: path.join(o.workDir, 'output'),
    env: path.join(o.workDir, 'env'),
    path: path.join(o.workDir, 'path'),
    state: path.join(o.workDir, 'state'),
  };
  for (const f of Object.values(files)) fs.writeFileSync(f, '');
  const [args, env] =
    o.mode === 'bundle'
      ? [[path.join(o.distDir, spec.action, 'index.js')], bundleEnv(o.env, inputs, files)]
      : [[path.join(o.distDir, 'pyprod', 'index.js'), ...cliArgs(spec, inputs)], cliEnv(o.env, inputs)];
  const t0 = performance.now();
  let log = '';
  let stdout = '';
  let stderr = '';
  const exitCode = await new Promise<number | null>((resolve) => {
    // Its own process group, tracked: a cancelled gate stops each check (which stops its tools) first.
    const child = spawn(o.node, args, {
      cwd: o.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    const pgid = process.platform !== 'win32' ? child.pid : undefined;
    // A check stops its own tools within GRACE_MS of the signal; it gets that much more to exit.
    if (pgid !== undefined) trackGroup(pgid, 2 * GRACE_MS);
    child.once('exit', () => pgid !== undefined && untrackGroup(pgid));
    child.stdout.setEncoding('utf8').on('data', (t: string) => {
      log += t;
      stdout += t;
    });
    child.stderr.setEncoding('utf8').on('data', (t: string) => {
      log += t;
      stderr += t;
    });
    child.once('error', (e) => {
      log += `could not start ${o.node}: ${e.message}\n`;
      resolve(null);
    });
    child.once('close', (code) => resolve(code));
  });
  const result: CheckResult = {
    spec,
    exitCode,
    durationMs: performance.now() - t0,
    // In the terminal the report is what the CLI prints on stdout; its log goes to stderr.
    summary: o.mode === 'bundle' ? readIf(files.summary) : stdout,
    log: o.mode === 'bundle' ? log : stderr,
    exportedEnv: parseKeyValueFile(readIf(files.env)),
    addedPaths: readIf(files.path)
      .split(/\r?\n/)
      .filter((l) => l.trim() !== ''),
  };
  return result;
}
