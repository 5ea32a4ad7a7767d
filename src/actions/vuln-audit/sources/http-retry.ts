import type { IncomingMessage } from 'node:http';
import { HttpClient } from '@actions/http-client';
import { backoffSchedule, describeNetworkError, isRetryableStatus } from '../../../provision/download.js';
import { redactUrl } from '../../../provision/url.js';

/**
 * JSON over HTTP for the vulnerability sources, with retries: 5xx, 408, 429 and connection failures are
 * tried again after an exponential backoff, or after the wait a `Retry-After` header asks for when it is
 * not longer than `maxRetryAfterMs`. Each request has a timeout (no answer, or no data, for `timeoutMs`)
 * and a size bound. Goes through @actions/http-client, which honours the runner's proxy settings.
 */

export interface HttpRetryOptions {
  /** Requests sent at most for one call, the first included (default 4). */
  attempts?: number;
  /** First backoff wait, doubled each time (default 500 ms) ... */
  baseDelayMs?: number;
  /** ... up to this (default 8 s). */
  maxDelayMs?: number;
  /** The longest `Retry-After` waited for (default 30 s); a longer one fails the call at once. */
  maxRetryAfterMs?: number;
  /** No answer, or no data, for this long fails the try (default 30 s). */
  timeoutMs?: number;
  /** Largest answer read (default 64 MiB). */
  maxBytes?: number;
  /** How to wait between tries (tests record instead). */
  sleep?: (ms: number) => Promise<void>;
  /** Told before each retry, for the log. */
  onRetry?: (message: string) => void;
}

export const HTTP_DEFAULTS = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
  timeoutMs: 30_000,
  maxBytes: 64 * 1024 * 1024,
} as const;

/** A call that failed after its tries. `status` is the last HTTP status, if there was one. */
export class HttpFailure extends Error {
  constructor(
    readonly url: string,
    readonly status: number | undefined,
    readonly attempts: number,
    reason: string,
  ) {
    super(`${url}: ${reason}${attempts > 1 ? ` (after ${attempts} attempts)` : ''}`);
    this.name = 'HttpFailure';
  }
}

/** One try's failure. */
class TryError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** `Retry-After` in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined if neither. */
export function retryAfterMs(
  value: string | string[] | undefined,
  now: number = Date.now(),
): number | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // An HTTP date names its month ("Mon, 06 May 2024 14:21:57 GMT"); Date.parse alone would take "-5".
  const at = /[A-Za-z]{3}/.test(v) ? Date.parse(v) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The body, at most `maxBytes`, failing when no data arrives for `idleMs`. */
function readBody(msg: IncomingMessage, maxBytes: number, idleMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) {
        msg.destroy();
        reject(err);
      } else resolve(Buffer.concat(chunks));
    };
    const timer = setTimeout(() => finish(new TryError(`no data for ${idleMs} ms`, true)), idleMs);
    const declared = Number(msg.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      finish(new TryError(`the answer has ${declared} bytes, more than the ${maxBytes} read`, false));
      return;
    }
    msg.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes)
        finish(new TryError(`the answer is larger than the ${maxBytes} bytes read`, false));
      else {
        chunks.push(chunk);
        timer.refresh();
      }
    });
    msg.on('end', () => finish());
    msg.on('error', (err) => finish(new TryError(describeNetworkError(err).message, true)));
    msg.on('close', () => finish(new TryError('the connection closed before the answer ended', true)));
  });
}

export class JsonHttp {
  private readonly client: HttpClient;
  private readonly o: Required<Omit<HttpRetryOptions, 'onRetry'>> & Pick<HttpRetryOptions, 'onRetry'>;

  constructor(opts: HttpRetryOptions = {}) {
    this.o = {
      ...HTTP_DEFAULTS,
      sleep: (ms) => new Promise<void>((r) => setTimeout(r, ms)),
      ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)),
    };
    this.client = new HttpClient('pyprod-actions', [], {
      socketTimeout: this.o.timeoutMs,
      keepAlive: true,
      allowRedirects: true,
      maxRedirects: 5,
    });
  }

  getJson(url: string): Promise<unknown> {
    return this.call('GET', url);
  }

  postJson(url: string, body: unknown): Promise<unknown> {
    return this.call('POST', url, JSON.stringify(body));
  }

  /** Closes kept-alive connections. */
  dispose(): void {
    this.client.dispose();
  }

  private async once(method: string, url: string, body: string | undefined): Promise<unknown> {
    const headers = {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    };
    let msg: IncomingMessage;
    try {
      msg = (await this.client.request(method, url, body ?? null, headers)).message;
    } catch (err) {
      const { message, retryable } = describeNetworkError(err);
      // The client's socket timeout says "Request timeout: <path>": say what happened instead.
      if (/^Request timeout/.test(message))
        throw new TryError(`no answer within ${this.o.timeoutMs} ms`, true);
      throw new TryError(message, retryable);
    }
    const status = msg.statusCode ?? 0;
    if (status !== 200) {
      msg.resume();
      const wait = status === 429 || status === 503 ? retryAfterMs(msg.headers['retry-after']) : undefined;
      throw new TryError(`HTTP ${status}`, isRetryableStatus(status), status, wait);
    }
    const text = (await readBody(msg, this.o.maxBytes, this.o.timeoutMs)).toString('utf8');
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new TryError('the answer is not JSON', false, status);
    }
  }

  private async call(method: string, url: string, body?: string): Promise<unknown> {
    const shown = redactUrl(url);
    const { attempts, baseDelayMs, maxDelayMs, maxRetryAfterMs } = this.o;
    const delays = backoffSchedule(attempts, baseDelayMs, maxDelayMs);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(method, url, body);
      } catch (err) {
        const e = err instanceof TryError ? err : new TryError(String(err), false);
        if (!e.retryable || attempt >= attempts)
          throw new HttpFailure(`${method} ${shown}`, e.status, attempt, e.message);
        let wait = delays[attempt - 1] ?? 0;
        if (e.retryAfterMs !== undefined) {
          if (e.retryAfterMs > maxRetryAfterMs) {
            const reason = `${e.message} asks to retry after ${Math.ceil(e.retryAfterMs / 1000)} s, longer than the ${maxRetryAfterMs / 1000} s waited`;
            throw new HttpFailure(`${method} ${shown}`, e.status, attempt, reason);
          }
          wait = e.retryAfterMs;
        }
        this.o.onRetry?.(
          `${method} ${shown} failed (${e.message}); try ${attempt + 1} of ${attempts} in ${wait} ms`,
        );
        await this.o.sleep(wait);
      }
    }
  }
}
