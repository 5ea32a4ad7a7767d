import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { ToolError } from './errors.js';

export interface ExecOptions {
  cwd?: string;
  /** Replaces the environment when given; merge with process.env yourself to extend it. */
  env?: NodeJS.ProcessEnv;
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

/** Renders argv for a log line; never used to run anything. */
export function displayCommand(file: string, args: readonly string[]): string {
  return [file, ...args]
    .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
    .join(' ');
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
        env: opts.env ?? process.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: process.platform !== 'win32',
        windowsHide: true,
      });
    } catch (e) {
      reject(new ToolError(command, null, '', `could not be started: ${(e as Error).message}`));
      return;
    }
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
        for (const line of lines) opts.onLine(line, stream);
      }
    };
    const flushLines = () => {
      for (const stream of ['stdout', 'stderr'] as const) {
        if (partial[stream]) opts.onLine?.(partial[stream], stream);
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
      const why =
        e.code === 'ENOENT' ? 'was not found (is it installed and on PATH?)' : `failed: ${e.message}`;
      reject(new ToolError(command, null, tail, why));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
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
        tail: lastLines(tail, 30),
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
