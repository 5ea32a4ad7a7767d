import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HttpClient } from '@actions/http-client';
import type { FetchOptions } from './types.js';
import { redactUrl } from './url.js';

export { redactUrl };

export const DEFAULT_FETCH = {
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  timeoutMs: 60_000,
} as const;

export interface DownloadResult {
  bytes: number;
  sha256: string;
  attempts: number;
  durationMs: number;
}

/** The waits between tries: base, 2×base, 4×base, ... each capped at maxMs (one fewer than the tries). */
export function backoffSchedule(
  attempts: number,
  baseMs: number,
  maxMs: number = DEFAULT_FETCH.maxDelayMs,
): number[] {
  return Array.from({ length: Math.max(0, attempts - 1) }, (_, i) => Math.min(maxMs, baseMs * 2 ** i));
}

/** Server errors, rate limiting and request timeouts may pass; any other 4xx will not. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

const RETRYABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

/** One try's failure, with whether another try may help. */
class AttemptError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The failure of a download after all its tries. */
export class DownloadError extends Error {
  constructor(
    readonly url: string,
    readonly status: number | undefined,
    readonly attempts: number,
    reason: string,
  ) {
    super(`Download of ${url} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}`);
    this.name = 'DownloadError';
  }
}

/** A connection-level failure (refused, reset, timed out, ...): its message, and whether another try may help. */
export function describeNetworkError(err: unknown): { message: string; retryable: boolean } {
  const e = err as NodeJS.ErrnoException;
  const code = e?.code ?? '';
  const msg = e?.message ?? String(err);
  // @actions/http-client reports its socket timeout as a plain Error('Request timeout: <path>').
  const retryable = RETRYABLE_CODES.has(code) || /timeout|socket hang up|aborted|terminated/i.test(msg);
  return { message: code && !msg.includes(code) ? `${code}: ${msg}` : msg, retryable };
}

function classify(err: unknown): AttemptError {
  if (err instanceof AttemptError) return err;
  const { message, retryable } = describeNetworkError(err);
  return new AttemptError(message, retryable);
}

async function tryOnce(client: HttpClient, url: string, dest: string, timeoutMs: number) {
  const res = await client.get(url);
  const msg = res.message;
  const status = msg.statusCode ?? 0;
  if (status !== 200) {
    msg.resume();
    const text = `HTTP ${status}${msg.statusMessage ? ` ${msg.statusMessage}` : ''}`;
    throw new AttemptError(text, isRetryableStatus(status), status);
  }
  const hash = createHash('sha256');
  let bytes = 0;
  let lastData = Date.now();
  const idle = setTimeout(() => {
    msg.destroy(new AttemptError(`no data received for ${timeoutMs} ms`, true));
  }, timeoutMs);
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      lastData = Date.now();
      idle.refresh();
      done(null, chunk);
    },
  });
  try {
    await pipeline(msg, counter, createWriteStream(dest));
  } catch (err) {
    // The client's socket timeout (the same length) can fire first and surface as "aborted": a stall is
    // still reported as one.
    if (!(err instanceof AttemptError) && Date.now() - lastData >= timeoutMs) {
      throw new AttemptError(`no data received for ${timeoutMs} ms`, true);
    }
    throw err;
  } finally {
    clearTimeout(idle);
  }
  const declared = Number(msg.headers['content-length']);
  if (Number.isFinite(declared) && msg.headers['content-length'] !== undefined && declared !== bytes) {
    throw new AttemptError(`the response ended after ${bytes} of ${declared} bytes`, true);
  }
  return { bytes, sha256: hash.digest('hex') };
}

/**
 * Streams `url` into the file `dest`, hashing it on the way, with retries and exponential backoff on 5xx,
 * 429, timeouts and connection errors. Honours https_proxy / no_proxy through @actions/http-client.
 */
export async function downloadFile(
  url: string,
  dest: string,
  opts: FetchOptions & { onRetry?: (message: string) => void } = {},
): Promise<DownloadResult> {
  const attempts = Math.max(1, opts.attempts ?? DEFAULT_FETCH.attempts);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_FETCH.timeoutMs;
  const delays = backoffSchedule(attempts, opts.baseDelayMs ?? DEFAULT_FETCH.baseDelayMs, opts.maxDelayMs);
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const shown = redactUrl(url);
  const client = new HttpClient('pyprod-actions', [], {
    socketTimeout: timeoutMs,
    allowRedirects: true,
    maxRedirects: 10,
  });
  const started = performance.now();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await tryOnce(client, url, dest, timeoutMs);
        return { ...r, attempts: attempt, durationMs: Math.round(performance.now() - started) };
      } catch (err) {
        await rm(dest, { force: true });
        const e = classify(err);
        if (!e.retryable) {
          const note = e.status !== undefined ? ` (HTTP ${e.status} is not retried)` : '';
          throw new DownloadError(shown, e.status, attempt, `${e.message}${note}`);
        }
        if (attempt >= attempts) throw new DownloadError(shown, e.status, attempt, e.message);
        const wait = delays[attempt - 1] ?? 0;
        opts.onRetry?.(
          `Download of ${shown} failed (${e.message}); try ${attempt + 1} of ${attempts} in ${wait} ms`,
        );
        await sleep(wait);
      }
    }
  } finally {
    client.dispose();
  }
}
