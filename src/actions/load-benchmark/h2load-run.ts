import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { childEnv } from '../../core/child-env.js';
import { ToolError } from '../../core/errors.js';
import { displayCommand, execTool, lastLines } from '../../core/exec.js';
import { effectiveClients, h2loadArgs, type LoadShape, warmupArgs } from './h2load-args.js';
import { parseH2loadLog } from './h2load-log.js';
import { type H2loadReport, parseH2loadOutput, parseH2loadVersion } from './h2load-output.js';
import { signalGroup, trackGroup, untrackGroup } from './process-group.js';
import { type ScenarioResult, type ServiceRole, scenarioFigures } from './results.js';
import { scenarioKey } from './urls.js';

/**
 * A hard limit on each h2load run: h2load can hang after a timing-based run over HTTP/1.1, and a service
 * that stops answering must not hold the job for hours. The run is killed (its whole process group) then.
 */
export function hardTimeoutMs(shape: Pick<LoadShape, 'requests' | 'durationMs'>): number {
  if (shape.durationMs !== undefined) return shape.durationMs + 30_000;
  return Math.min(600_000, Math.max(60_000, shape.requests * 10));
}

/** The threads h2load runs with: -t, capped at the clients as the argv builder does. */
function threadsOf(shape: LoadShape, clients: number): number {
  return Math.min(shape.threads ?? 1, clients);
}

export async function h2loadVersion(h2load: string, env: NodeJS.ProcessEnv): Promise<string> {
  const r = await execTool(h2load, ['--version'], { env, timeoutMs: 10_000 });
  return parseH2loadVersion(r.stdout) ?? 'unknown';
}

export interface ScenarioRun {
  h2load: string;
  url: string;
  role: ServiceRole;
  shape: LoadShape;
  warmup: number;
  /** A directory for the per-request log. */
  workDir: string;
  env: NodeJS.ProcessEnv;
  onLine?: (line: string) => void;
  /** Overrides the hard limit of the measured run (tests). */
  timeoutMs?: number;
}

/**
 * h2load 1.52 can hang after a timing-based run over HTTP/1.1, when the server closes connections (gunicorn's
 * sync workers do): it prints "Stopped all clients for thread #N" and never its report. Its per-request
 * log is complete by then, so it is stopped this long after every thread said so.
 */
const AFTER_RUN_GRACE_MS = 3000;
const MAX_OUTPUT = 4 * 1024 * 1024;

interface Bounded {
  stdout: string;
  durationMs: number;
  /** Killed by the hard time limit. */
  timedOut: boolean;
  /** Killed after it reported the end of a timing-based run without printing its report. */
  stoppedAfterRun: boolean;
}

/**
 * Runs h2load in its own process group (killed with this process too), under the hard time limit; a run
 * cut short still yields what it printed. Any other failure (bad arguments) throws with its output.
 */
function runBounded(
  h2load: string,
  args: string[],
  opts: { timeoutMs: number; env: NodeJS.ProcessEnv; threads: number; onLine?: (line: string) => void },
): Promise<Bounded> {
  const command = displayCommand('h2load', args);
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(h2load, args, {
      env: childEnv(opts.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const pid = child.pid;
    if (pid !== undefined) trackGroup(pid);
    let stdout = '';
    let tail = '';
    let partial = '';
    let stoppedThreads = 0;
    let timedOut = false;
    let stoppedAfterRun = false;
    let afterRun: NodeJS.Timeout | undefined;
    const kill = () => pid !== undefined && signalGroup(pid, 'SIGKILL');
    const hard = setTimeout(() => {
      timedOut = true;
      kill();
    }, opts.timeoutMs);
    const onText = (text: string, isStdout: boolean) => {
      if (isStdout && stdout.length < MAX_OUTPUT) stdout += text;
      tail = (tail + text).slice(-4096);
      const lines = (partial + text).split(/\r?\n/);
      partial = lines.pop() ?? '';
      for (const line of lines) {
        opts.onLine?.(line);
        if (
          /^Stopped all clients for thread #\d+/.test(line) &&
          ++stoppedThreads >= opts.threads &&
          !afterRun
        ) {
          afterRun = setTimeout(() => {
            stoppedAfterRun = true;
            kill();
          }, AFTER_RUN_GRACE_MS);
        }
      }
    };
    child.stdout?.setEncoding('utf8').on('data', (t: string) => onText(t, true));
    child.stderr?.setEncoding('utf8').on('data', (t: string) => onText(t, false));
    child.once('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(hard);
      clearTimeout(afterRun);
      if (pid !== undefined) untrackGroup(pid);
      const why = e.code === 'ENOENT' ? 'was not found' : `could not be started: ${e.message}`;
      reject(new ToolError(command, null, '', why));
    });
    child.once('close', (code, signal) => {
      clearTimeout(hard);
      clearTimeout(afterRun);
      if (pid !== undefined) untrackGroup(pid);
      if (partial) opts.onLine?.(partial);
      const durationMs = Math.round(performance.now() - t0);
      if (timedOut || stoppedAfterRun) {
        resolve({ stdout, durationMs, timedOut, stoppedAfterRun });
      } else if (code !== 0) {
        reject(
          new ToolError(
            command,
            code,
            lastLines(tail, 30),
            code === null ? `was killed by ${signal}` : `exited with code ${code}`,
          ),
        );
      } else {
        resolve({ stdout, durationMs, timedOut: false, stoppedAfterRun: false });
      }
    });
  });
}

/** The warm-up run (its figures are dropped), then the measured run with its per-request log. */
export async function runScenario(s: ScenarioRun): Promise<ScenarioResult> {
  let warmupMs = 0;
  let warmupCommand: string | undefined;
  if (s.warmup > 0) {
    const args = warmupArgs(s.url, s.shape, s.warmup);
    warmupCommand = displayCommand('h2load', args);
    const w = await runBounded(s.h2load, args, {
      timeoutMs: hardTimeoutMs({ requests: s.warmup }),
      env: s.env,
      threads: threadsOf(s.shape, Math.min(s.shape.concurrency, s.warmup)),
    });
    warmupMs = w.durationMs;
    if (w.timedOut) throw new Error(`The warm-up \`${warmupCommand}\` did not finish within its time limit.`);
  }
  const logFile = path.join(s.workDir, `h2load-${process.pid}-${Date.now()}.log.tsv`);
  const args = h2loadArgs(s.url, s.shape, logFile);
  const command = displayCommand('h2load', args);
  const limit = s.timeoutMs ?? hardTimeoutMs(s.shape);
  const run = await runBounded(s.h2load, args, {
    timeoutMs: limit,
    env: s.env,
    threads: threadsOf(s.shape, effectiveClients(s.shape)),
    ...(s.onLine ? { onLine: s.onLine } : {}),
  });
  let log = parseH2loadLog('');
  try {
    log = parseH2loadLog(fs.readFileSync(logFile, 'utf8'));
  } catch {
    /* no request got as far as the log */
  } finally {
    fs.rmSync(logFile, { force: true });
  }
  let report: H2loadReport;
  try {
    report = parseH2loadOutput(run.stdout);
  } catch (e) {
    if (!(run.timedOut || run.stoppedAfterRun) || log.responses === 0) {
      const why = run.timedOut
        ? `was stopped after ${limit} ms and`
        : run.stoppedAfterRun
          ? 'hung after the run and'
          : 'finished but';
      throw new Error(`\`${command}\` ${why} printed no report: ${(e as Error).message}`);
    }
    report = reportFromLog(log, s.shape.durationMs ?? log.spanMs);
  }
  return {
    role: s.role,
    url: s.url,
    key: scenarioKey(s.url),
    ...scenarioFigures({
      report,
      log,
      ...(s.shape.durationMs !== undefined ? { durationMs: s.shape.durationMs } : {}),
    }),
    command,
    ...(warmupCommand ? { warmupCommand } : {}),
    h2loadMs: run.durationMs,
    warmupMs,
    timedOut: run.timedOut,
    ...(run.stoppedAfterRun ? { stoppedAfterRun: true } : {}),
  };
}

/** When h2load was killed before printing its report, the per-request log still says what happened. */
function reportFromLog(log: ReturnType<typeof parseH2loadLog>, elapsedMs: number): H2loadReport {
  const byClass = (c: string) =>
    Object.entries(log.statusCodes)
      .filter(([code]) => code.startsWith(c))
      .reduce((n, [, v]) => n + v, 0);
  const ok = byClass('2') + byClass('3');
  const done = log.responses + log.failedStreams;
  return {
    elapsedMs,
    rps: elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0,
    requests: {
      total: done,
      started: done,
      done,
      succeeded: ok,
      failed: done - ok,
      errored: log.failedStreams,
      timeout: 0,
    },
    status: { '2xx': byClass('2'), '3xx': byClass('3'), '4xx': byClass('4'), '5xx': byClass('5') },
    request: {},
    connect: {},
  };
}
