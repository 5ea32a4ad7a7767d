import { splitCommandLine } from '../../core/command-line.js';
import { InputError } from '../../core/errors.js';
import type { InputReader } from '../../core/inputs.js';
import type { Runtime } from '../../core/runtime.js';
import { loopbackUrl } from './urls.js';

/** Limits that keep a run bounded in count and time, whatever the inputs say. */
export const LIMITS = {
  requests: 1_000_000,
  concurrency: 1_000,
  threads: 64,
  warmup: 100_000,
  urls: 20,
  durationMs: 10 * 60_000,
  readyTimeoutMs: 10 * 60_000,
} as const;

export const DEFAULTS = {
  readyTimeoutMs: 30_000,
  requests: 1000,
  concurrency: 40,
  warmup: 100,
  maxRegression: 0.1,
} as const;

export interface LoadBenchmarkInputs {
  /** The service's argv, split from `command` without a shell. */
  command: string[];
  /** The command line as written, for the report. */
  commandLine: string;
  compareCommand?: string[];
  compareCommandLine?: string;
  /** Absolute. */
  workingDirectory: string;
  /** Added to the service's environment. */
  env: Record<string, string>;
  /** One scenario per URL, all on loopback. */
  urls: string[];
  readyUrl: string;
  readyTimeoutMs: number;
  requests: number;
  concurrency: number;
  /** When set, h2load runs for this long (-D) instead of a request count. */
  durationMs?: number;
  warmup: number;
  threads?: number;
  http1: boolean;
  /** A JSON result file of an earlier run (absolute). */
  baseline?: string;
  /** Fraction: 0.1 fails on a 10% drop in req/s or a 10% rise in p95. */
  maxRegression: number;
  /** Where to write this run's JSON result (absolute). */
  jsonFile?: string;
  prComment: boolean;
  githubToken?: string;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `NAME=value` lines; the value is kept as written (no expansion, no quotes removed). */
export function parseEnvLines(lines: readonly string[], input = 'env'): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of lines) {
    const eq = line.indexOf('=');
    const name = eq > 0 ? line.slice(0, eq).trim() : '';
    if (!ENV_NAME.test(name)) {
      throw new InputError(input, line, 'expected one NAME=value per line (NAME: letters, digits, _)');
    }
    env[name] = line.slice(eq + 1);
  }
  return env;
}

export function loadInputs(r: InputReader, rt: Runtime): LoadBenchmarkInputs {
  const commandLine = r.required('command');
  const compareCommandLine = r.string('compare-command');
  const urls = r.lines('url').map((u) => loopbackUrl(u, 'url').href);
  if (urls.length === 0) throw new InputError('url', '', 'at least one URL is required (one per line)');
  if (urls.length > LIMITS.urls)
    throw new InputError('url', `${urls.length} URLs`, `at most ${LIMITS.urls} URLs are allowed`);
  const readyRaw = r.string('ready-url');
  const readyTimeoutMs = r.duration('ready-timeout', DEFAULTS.readyTimeoutMs);
  if (readyTimeoutMs <= 0 || readyTimeoutMs > LIMITS.readyTimeoutMs) {
    throw new InputError(
      'ready-timeout',
      r.raw('ready-timeout') ?? '',
      'expected a duration from 1ms to 10m',
    );
  }
  const durationMs = r.duration('duration');
  if (durationMs !== undefined && (durationMs < 1000 || durationMs > LIMITS.durationMs)) {
    throw new InputError('duration', r.raw('duration') ?? '', 'expected a duration from 1s to 10m');
  }
  const threadsRaw = r.raw('threads');
  const maxRegression = r.percent('max-regression', DEFAULTS.maxRegression);
  if (maxRegression >= 1) {
    throw new InputError('max-regression', r.raw('max-regression') ?? '', 'expected a percentage below 100%');
  }
  // Not a directory, named as the input (a missing baseline is reported by loadBenchmarkBaseline).
  const baseline = r.path('baseline', rt.workspace, 'output-file');
  const jsonFile = r.path('json-file', rt.workspace, 'output-file');
  return {
    command: splitCommandLine(commandLine, 'command'),
    commandLine,
    ...(compareCommandLine
      ? { compareCommand: splitCommandLine(compareCommandLine, 'compare-command'), compareCommandLine }
      : {}),
    workingDirectory: r.path('working-directory', rt.workspace, 'directory', '.'),
    env: parseEnvLines(r.lines('env')),
    urls,
    readyUrl: readyRaw ? loopbackUrl(readyRaw, 'ready-url').href : (urls[0] as string),
    readyTimeoutMs,
    requests: r.int('requests', DEFAULTS.requests, { min: 1, max: LIMITS.requests }),
    concurrency: r.int('concurrency', DEFAULTS.concurrency, { min: 1, max: LIMITS.concurrency }),
    ...(durationMs !== undefined ? { durationMs } : {}),
    warmup: r.int('warmup', DEFAULTS.warmup, { min: 0, max: LIMITS.warmup }),
    ...(threadsRaw ? { threads: r.int('threads', 1, { min: 1, max: LIMITS.threads }) } : {}),
    http1: r.bool('http1', true),
    ...(baseline ? { baseline } : {}),
    maxRegression,
    ...(jsonFile ? { jsonFile } : {}),
    prComment: r.bool('pr-comment', false),
    // Read only when a comment is asked for (the token is otherwise never held).
    githubToken: r.bool('pr-comment', false) ? r.string('github-token') : undefined,
  };
}
