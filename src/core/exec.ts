import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { childEnv, type RunnerCredential } from './child-env.js';
import { ToolError } from './errors.js';
import { trackGroup, untrackGroup } from './process-groups.js';
import { redactArgv, scrubText } from './redact.js';

export interface ExecOptions {
  cwd?: string;
  /**
   * Replaces the environment when given; merge with process.env yourself to extend it. Either way the
   * runner's credentials are taken out (see child-env.ts) unless named in `keepCredentials`.
   */
  env?: NodeJS.ProcessEnv;
  /** Credentials this one tool needs (buildx's gha cache); every other tool gets none. */
  keepCredentials?: readonly RunnerCredential[];
  /** Text written to the tool's standard input, then closed. Standard input is otherwise closed at once. */
  input?: string;
  /** Kills the whole process group after this many milliseconds. */
  timeoutMs?: number;
  /** Bytes of stdout and of stderr each kept in memory; beyond it the output is dropped and `truncated` set. */
  maxOutputBytes?: number;
  /** Exit codes that are not failures (default [0]). Any other code throws a ToolError. */
  okExitCodes?: readonly number[];
  /** Called with each chunk of stdout and stderr as it arrives. */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /** Called with each complete line of stdout and stderr (without its newline), for live logs. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

export interface ExecResult {
  /** The argv as a display string (quoted where needed). */
  command: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  truncated: boolean;
  timedOut: boolean;
  durationMs: number;
  /** The last lines of stdout and stderr interleaved, for error messages. */
  tail: string;
}

const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024;
const TAIL_BYTES = 4096;
const KILL_GRACE_MS = 2000;

/** One argument as a log line shows it (see displayCommand). */
export function quote(a: string): string {
  // `***` (a redacted value) is shown bare: the line is for reading, never run.
  return /^[\w@%+=:,./-]+$/.test(a.replaceAll('***', 'x')) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

/**
 * Renders argv for a log line, with secrets redacted (build-arg values, token flags, URL user-info: see
 * redact.ts); never used to run anything. Every command line shown anywhere comes from here.
 */
export function displayCommand(file: string, args: readonly string[]): string {
  return [file, ...redactArgv(file, args).args].map(quote).join(' ');
}

class Capture {
  private chunks: Buffer[] = [];
  private size = 0;
  truncated = false;
  constructor(private readonly max: number) {}
  push(b: Buffer): void {
    if (this.size >= this.max) {
      this.truncated = true;
      return;
    }
    const room = this.max - this.size;
    const kept = b.length > room ? b.subarray(0, room) : b;
    if (kept.length < b.length) this.truncated = true;
    this.chunks.push(kept);
    this.size += kept.length;
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/**
 * Runs one program with an argv array (never through a shell). The child leads its own process group on
 * POSIX so that a timeout ends it and everything it started.
 */
export function execTool(file: string, args: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
  const command = displayCommand(file, args);
  const { secrets } = redactArgv(file, args);
  const scrub = (t: string) => scrubText(t, secrets);
  const ok = opts.okExitCodes ?? [0];
  const max = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  const out = new Capture(max);
  const err = new Capture(max);
  let tail = '';
  const started = performance.now();

  return new Promise((resolve, reject) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(file, args, {
        cwd: opts.cwd,
        env: childEnv(opts.env ?? process.env, opts.keepCredentials),
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: process.platform !== 'win32',
        windowsHide: true,
      });
    } catch (e) {
      reject(new ToolError(command, null, '', `could not be started: ${(e as Error).message}`));
      return;
    }
    const pgid = process.platform !== 'win32' ? child.pid : undefined;
    if (pgid !== undefined) trackGroup(pgid);
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    if (opts.timeoutMs && opts.timeoutMs > 0) {
      timer = setTimeout(() => {
        timedOut = true;
        killTree(child.pid, 'SIGTERM');
        killTimer = setTimeout(() => killTree(child.pid, 'SIGKILL'), KILL_GRACE_MS);
      }, opts.timeoutMs);
    }
    const partial = { stdout: '', stderr: '' };
    const onData = (stream: 'stdout' | 'stderr', cap: Capture) => (b: Buffer) => {
      cap.push(b);
      const s = b.toString('utf8');
      tail = (tail + s).slice(-TAIL_BYTES);
      opts.onOutput?.(s, stream);
      if (opts.onLine) {
        const lines = (partial[stream] + s).split(/\r?\n/);
        partial[stream] = lines.pop() ?? '';
        for (const line of lines) opts.onLine(scrub(line), stream);
      }
    };
    const flushLines = () => {
      for (const stream of ['stdout', 'stderr'] as const) {
        if (partial[stream]) opts.onLine?.(scrub(partial[stream]), stream);
        partial[stream] = '';
      }
    };
    child.stdout?.on('data', onData('stdout', out));
    child.stderr?.on('data', onData('stderr', err));
    child.stdin?.on('error', () => {
      /* the tool may exit before reading its input */
    });
    child.stdin?.end(opts.input ?? '');

    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      if (pgid !== undefined) untrackGroup(pgid);
      reject(new ToolError(command, null, scrub(tail), startFailure(e, opts.cwd)));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      if (pgid !== undefined) untrackGroup(pgid);
      flushLines();
      const result: ExecResult = {
        command,
        exitCode: code,
        signal,
        stdout: out.text(),
        stderr: err.text(),
        truncated: out.truncated || err.truncated,
        timedOut,
        durationMs: Math.round(performance.now() - started),
        tail: scrub(lastLines(tail, 30)),
      };
      if (timedOut) {
        reject(
          new ToolError(command, code, result.tail, `timed out after ${opts.timeoutMs} ms and was stopped`),
        );
      } else if (code === null || !ok.includes(code)) {
        const why = code === null ? `was killed by ${signal}` : `exited with code ${code}`;
        reject(Object.assign(new ToolError(command, code, result.tail, why), { result }));
      } else {
        resolve(result);
      }
    });
  });
}

/** Why a program could not start: spawn says ENOENT both for a missing program and a missing cwd. */
function startFailure(e: NodeJS.ErrnoException, cwd: string | undefined): string {
  if (e.code !== 'ENOENT') return `failed: ${e.message}`;
  if (cwd !== undefined) {
    let isDir = false;
    try {
      isDir = fs.statSync(cwd).isDirectory();
    } catch {
      /* missing */
    }
    if (!isDir)
      return `could not be started: its working directory ${cwd} does not exist or is not a directory`;
  }
  return `was not found (is it installed and on PATH?)`;
}

/** Ends a process and its group (POSIX) or its tree (Windows). Safe to call on a process that is gone. */
export function killTree(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    if (process.platform === 'win32') {
      spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    } else {
      process.kill(-pid, signal);
    }
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

export function lastLines(text: string, n: number): string {
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.slice(-n).join('\n');
}
