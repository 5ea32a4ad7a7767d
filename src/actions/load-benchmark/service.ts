import { type ChildProcess, spawn } from 'node:child_process';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import { performance } from 'node:perf_hooks';
import { childEnv } from '../../core/child-env.js';
import { displayCommand } from '../../core/exec.js';
import { isRunning, runningInGroup, signalGroup, trackGroup, untrackGroup } from './process-group.js';
import { LineRing } from './ring-buffer.js';
import type { Endpoint } from './urls.js';

export type ServiceFailure = 'not-found' | 'port-in-use' | 'exited' | 'not-ready';

/** The service could not be brought up; the message carries its last log lines, the summary more of them. */
export class ServiceError extends Error {
  constructor(
    readonly kind: ServiceFailure,
    message: string,
    /** The last lines of its output (up to SUMMARY_TAIL_LINES), for the report. */
    readonly logTail: string,
  ) {
    const short = logTail.split('\n').slice(-MESSAGE_TAIL_LINES).join('\n');
    super(logTail ? `${message}\nLast lines of its output:\n${short}` : message);
    this.name = 'ServiceError';
  }
}

export interface ServiceOptions {
  argv: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  readyUrl: string;
  readyTimeoutMs: number;
  /** Ports that must be free before the service starts (the URLs it will be loaded on). */
  endpoints: readonly Endpoint[];
  /** Each line of the service's output as it arrives. */
  onLine?: (line: string) => void;
  /** How long `stop()` waits after SIGTERM before SIGKILL (default 5 s). */
  stopGraceMs?: number;
}

export interface StopResult {
  /** The group ended on SIGTERM, without SIGKILL. */
  graceful: boolean;
  /** Processes of the group still running after SIGKILL (should be none). */
  leftover: number[];
  durationMs: number;
}

export interface RunningService {
  pid: number;
  command: string;
  log: LineRing;
  /** From spawn to the first 2xx answer of the ready URL. */
  readyMs: number;
  /** Whether the service is still running (it may crash under load). */
  alive(): boolean;
  exitDescription(): string;
  stop(): Promise<StopResult>;
}

// gunicorn: "Connection in use: ('127.0.0.1', 8000)" then "[Errno 98] Address already in use";
// uvicorn and most Python servers: "[Errno 98] ..."; Node: EADDRINUSE.
const ADDRESS_IN_USE = /Address already in use|EADDRINUSE|Connection in use/i;
const MESSAGE_TAIL_LINES = 40;
export const SUMMARY_TAIL_LINES = 80;
const STOP_GRACE_MS = 5000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Waits for `p` or `ms`, whichever comes first, leaving no timer behind (a pending one keeps Node alive). */
async function within(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p, new Promise<void>((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/** Whether something already accepts connections on host:port. */
export function portAnswers(ep: Endpoint, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: ep.host, port: ep.port });
    const done = (v: boolean) => {
      socket.destroy();
      resolve(v);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export interface Probe {
  status?: number;
  error?: string;
}

/** One GET of the ready URL: its status, or why there was none. */
export function probe(url: string, timeoutMs: number): Promise<Probe> {
  return new Promise((resolve) => {
    const lib = url.startsWith('https:') ? https : http;
    // Loopback only (checked with the inputs): a test certificate must not stop the wait.
    const req = lib.get(url, { agent: false, timeout: timeoutMs, rejectUnauthorized: false }, (res) => {
      res.resume();
      res.once('end', () => resolve({ status: res.statusCode }));
      res.once('error', (e) => resolve({ error: e.message }));
    });
    req.once('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.once('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
  });
}

/** The service's environment: ours plus its own, without what is meant for the action alone. */
export function serviceEnv(base: NodeJS.ProcessEnv, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) {
    // Inputs (the GitHub token among them), saved state and the runner's tokens stay with the action.
    if (/^(INPUT_|STATE_)/.test(k) || /^ACTIONS_(RUNTIME|ID_TOKEN_REQUEST)_TOKEN$/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

/**
 * Starts the service in its own process group with its output captured, and waits until the ready URL
 * answers 2xx. Fails, with the service's last log lines and the group stopped, when a port it needs is
 * taken, when it exits first, or when the timeout passes.
 */
export async function startService(o: ServiceOptions): Promise<RunningService> {
  const command = displayCommand(o.argv[0] as string, o.argv.slice(1));
  for (const ep of o.endpoints) {
    if (await portAnswers(ep)) {
      throw new ServiceError(
        'port-in-use',
        `Port ${ep.port} on ${ep.host} is already in use by another process, before \`${command}\` was started: ` +
          'stop that process or use another port.',
        '',
      );
    }
  }
  const log = new LineRing();
  const started = performance.now();
  const child: ChildProcess = spawn(o.argv[0] as string, o.argv.slice(1), {
    cwd: o.cwd,
    env: childEnv(o.env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let spawnError: NodeJS.ErrnoException | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve();
    });
    child.once('error', (e: NodeJS.ErrnoException) => {
      spawnError = e;
      resolve();
    });
  });
  // Both pipes at their end: everything the service wrote before it exited has been read.
  const drained = Promise.all(
    [child.stdout, child.stderr].map((s) => (s ? new Promise((r) => s.once('close', r)) : undefined)),
  );
  for (const [stream, name] of [
    [child.stdout, 'out'],
    [child.stderr, 'err'],
  ] as const) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = log.write(chunk, name);
      if (o.onLine) for (const l of lines) o.onLine(l);
    });
  }
  const pid = child.pid;
  if (pid !== undefined) trackGroup(pid);

  const exitDescription = () =>
    exit ? (exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`) : 'is running';
  const stop = async (): Promise<StopResult> => {
    const t0 = performance.now();
    if (pid === undefined) return { graceful: true, leftover: [], durationMs: 0 };
    // Without /proc, the leader stands for its group.
    const groupRuns = () => (runningInGroup(pid)?.length ?? (isRunning(pid) ? 1 : 0)) > 0;
    let graceful = true;
    if (signalGroup(pid, 'SIGTERM')) {
      // The leader (gunicorn's master) reaps its workers on SIGTERM; wait for the whole group to end.
      const grace = o.stopGraceMs ?? STOP_GRACE_MS;
      const deadline = performance.now() + grace;
      await within(exited, grace);
      while (groupRuns() && performance.now() < deadline) await sleep(20);
      if (groupRuns()) {
        graceful = false;
        signalGroup(pid, 'SIGKILL');
        for (let i = 0; i < 50 && groupRuns(); i++) await sleep(20);
      }
    }
    await within(exited, 1000);
    untrackGroup(pid);
    return { graceful, leftover: runningInGroup(pid) ?? [], durationMs: Math.round(performance.now() - t0) };
  };
  const fail = async (kind: ServiceFailure, message: string): Promise<never> => {
    await stop();
    throw new ServiceError(kind, message, log.tail(SUMMARY_TAIL_LINES));
  };

  let last: Probe = { error: 'not tried yet' };
  const deadline = started + o.readyTimeoutMs;
  for (;;) {
    if (spawnError) {
      const why =
        spawnError.code === 'ENOENT'
          ? `\`${o.argv[0]}\` was not found (is it installed, on PATH or relative to working-directory ${o.cwd}?)`
          : `\`${command}\` could not be started: ${spawnError.message}`;
      if (pid !== undefined) untrackGroup(pid);
      throw new ServiceError('not-found', why, '');
    }
    // Its last words explain an early exit: read them before judging (a worker may hold the pipes open).
    if (exit) await within(drained, 500);
    if (log.some(ADDRESS_IN_USE)) {
      await fail(
        'port-in-use',
        `\`${command}\` could not listen: the address is already in use by another process.`,
      );
    }
    if (exit) {
      await fail('exited', `\`${command}\` ${exitDescription()} before ${o.readyUrl} answered 2xx.`);
    }
    const remaining = deadline - performance.now();
    if (remaining <= 0) {
      const got = last.status !== undefined ? `HTTP ${last.status}` : last.error;
      await fail(
        'not-ready',
        `\`${command}\` did not become ready: ${o.readyUrl} gave no 2xx answer within ${o.readyTimeoutMs} ms (last: ${got}).`,
      );
    }
    last = await probe(o.readyUrl, Math.max(50, Math.min(2000, remaining)));
    if (last.status !== undefined && last.status >= 200 && last.status < 300) break;
    await within(exited, Math.min(100, Math.max(0, deadline - performance.now())));
  }
  return {
    pid: pid as number,
    command,
    log,
    readyMs: Math.round(performance.now() - started),
    alive: () => exit === undefined,
    exitDescription,
    stop,
  };
}
