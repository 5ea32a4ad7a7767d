import { performance } from 'node:perf_hooks';
import { errorMessage, ToolError } from '../../core/errors.js';
import { displayCommand, type ExecResult, lastLines } from '../../core/exec.js';
import type { UnfingerprintedFinding } from '../../findings/fingerprint.js';
import { execOfflineFirst } from '../../provision/python-tools.js';
import { type PathContext, parseMypy, parsePylint, parseRuff } from './parse-json.js';
import { parseAutoflake, parseFlake8, parseHunks } from './parse-text.js';
import type { ToolId } from './tools.js';

/** Every exit code reaches classifyExit: a tool's codes mean different things. */
export const ANY_EXIT = Array.from({ length: 256 }, (_, n) => n);
/** A cold uv may first install the tool; pylint on a large codebase takes minutes. */
export const TOOL_TIMEOUT_MS = 60 * 60_000;

/** The codes that mean "ran and reported"; anything else is a crash. With `--exit-zero` that is only 0. */
const OK_EXIT: Record<ToolId, readonly number[]> = {
  ruff: [0],
  'ruff-format': [0, 1],
  flake8: [0],
  pylint: [0],
  mypy: [0, 1],
  isort: [0, 1],
  autoflake: [0],
  autopep8: [0],
};

/** Reads a tool's stdout into findings; throws OutputError when it is not the tool's format. */
export function parseOutput(tool: ToolId, stdout: string, ctx: PathContext): UnfingerprintedFinding[] {
  switch (tool) {
    case 'ruff':
      return parseRuff(stdout, ctx);
    case 'pylint':
      return parsePylint(stdout, ctx);
    case 'mypy':
      return parseMypy(stdout, ctx);
    case 'flake8':
      return parseFlake8(stdout, ctx);
    case 'autoflake':
      return parseAutoflake(stdout, ctx);
    case 'isort':
    case 'autopep8':
    case 'ruff-format':
      return parseHunks(tool, stdout, ctx);
  }
}

/**
 * Why a finished run is a crash, or undefined when it reported normally. A code that also means "found
 * something" (mypy, isort, ruff format: 1) only counts as findings when findings were read: uv failing to
 * install the tool exits 1 too, and must never pass as clean.
 */
export function crashReason(
  tool: ToolId,
  exitCode: number | null,
  findings: number,
  stderr: string,
): string | undefined {
  if (exitCode === null) return 'was killed';
  if (!OK_EXIT[tool].includes(exitCode)) return `exited with code ${exitCode}`;
  if (exitCode !== 0 && findings === 0) return `exited with code ${exitCode} without reporting a finding`;
  if (/^Traceback \(most recent call last\):/m.test(stderr))
    return `raised an exception (exit code ${exitCode})`;
  return undefined;
}

export interface ToolRunResult {
  tool: ToolId;
  command: string;
  exitCode: number | null;
  durationMs: number;
  findings: UnfingerprintedFinding[];
  /** Set when the tool crashed: its exit code and the tail of its output. */
  crash?: string;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  workspace: string;
  timeoutMs?: number;
}

/** Runs one tool to completion and reads its report; a crash is returned, never thrown. */
export function runTool(tool: ToolId, argv: readonly string[], opts: RunOptions): Promise<ToolRunResult> {
  return runToolParts(tool, [argv], opts, (stdouts) => stdouts[0] ?? '');
}

type PartRun = { r: ExecResult; command: string } | { error: unknown; command: string };

async function runPart(argv: readonly string[], opts: RunOptions): Promise<PartRun> {
  const [file, ...args] = argv as [string, ...string[]];
  try {
    return await execOfflineFirst(argv, {
      cwd: opts.cwd,
      env: opts.env,
      okExitCodes: ANY_EXIT,
      timeoutMs: opts.timeoutMs ?? TOOL_TIMEOUT_MS,
    });
  } catch (error) {
    return { error, command: displayCommand(file, args) };
  }
}

/**
 * Runs the processes of one tool at the same time (pylint's parts, see pylint-split.ts; usually just one)
 * and reads them as one report: `merge` joins their outputs into the tool's format. Any part that crashes
 * makes the whole run a crash: a report with a part missing would pass for a clean one.
 */
export async function runToolParts(
  tool: ToolId,
  argvs: readonly (readonly string[])[],
  opts: RunOptions,
  merge: (stdouts: string[]) => string,
): Promise<ToolRunResult> {
  const started = performance.now();
  const runs = await Promise.all(argvs.map((argv) => runPart(argv, opts)));
  const base = {
    tool,
    command: runs.map((p) => p.command).join('\n'),
    durationMs: performance.now() - started,
  };
  const done: { r: ExecResult; command: string }[] = [];
  for (const p of runs) {
    if ('error' in p) {
      const e = p.error as ToolError & { result?: ExecResult };
      const exitCode = e instanceof ToolError ? e.exitCode : null;
      return { ...base, exitCode, findings: [], crash: errorMessage(p.error) };
    }
    done.push(p);
  }
  const tail = (r: ExecResult) => {
    const t = lastLines(`${r.stdout.slice(-8192)}\n${r.stderr.slice(-8192)}`.trim(), 30);
    return t ? `; last output:\n${t}` : ' (no output)';
  };
  const exitCode = done.find((p) => p.r.exitCode !== 0)?.r.exitCode ?? done[0]?.r.exitCode ?? null;
  let findings: UnfingerprintedFinding[];
  try {
    const stdout = merge(done.map((p) => p.r.stdout));
    findings = parseOutput(tool, stdout, { cwd: opts.cwd, workspace: opts.workspace });
  } catch (err) {
    const tails = done.map((p) => tail(p.r)).join('');
    const crash = `${base.command} exited with code ${exitCode}: ${errorMessage(err)}${tails}`;
    return { ...base, exitCode, findings: [], crash };
  }
  for (const { r, command } of done) {
    const why = crashReason(tool, r.exitCode, findings.length, r.stderr);
    if (why) return { ...base, exitCode: r.exitCode, findings: [], crash: `${command} ${why}${tail(r)}` };
  }
  return { ...base, exitCode, findings };
}

/** Runs `fn` over the items with at most `limit` at a time, results in input order. */
export async function runPool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const n = next++;
      results[n] = await fn(items[n] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
