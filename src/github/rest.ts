import type { HttpClient } from '@actions/http-client';

export const DEFAULT_API_URL = 'https://api.github.com';
const USER_AGENT = 'pyprod-actions';

/** An API answer that was not 2xx. The message names the method, path and status, never the token. */
export class GitHubApiError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly apiMessage: string,
    /** For GitHub's primary or secondary rate limit (not a permission problem): the wait it asks for. */
    readonly retryAfterMs?: number,
    /** How many times the request was sent. */
    readonly attempts = 1,
  ) {
    const rateLimited = retryAfterMs !== undefined;
    super(
      `GitHub API ${method} ${path} answered ${status}${apiMessage ? `: ${apiMessage}` : ''}` +
        (rateLimited ? ' (rate limited)' : '') +
        (attempts > 1 ? ` after ${attempts} attempts` : ''),
    );
    this.name = 'GitHubApiError';
  }

  get rateLimited(): boolean {
    return this.retryAfterMs !== undefined;
  }
}

export interface RetryOptions {
  /** Requests sent at most, the first included (default 4). */
  maxAttempts?: number;
  /** Total time spent waiting between attempts at most (default 60 s); a longer `Retry-After` is not waited for. */
  maxWaitMs?: number;
  /** First back-off delay after a 5xx or network error, doubled each time (default 1 s). */
  baseDelayMs?: number;
  /** How to wait (tests pass a recorder). */
  sleep?: (ms: number) => Promise<void>;
  /** The clock `x-ratelimit-reset` is compared with (default Date.now). */
  now?: () => number;
}

type Headers = Record<string, string | string[] | undefined>;

const header = (h: Headers, name: string): string | undefined => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * Whether an answer is a rate limit, and how long GitHub asks to wait: `Retry-After` (seconds), else
 * `x-ratelimit-remaining: 0` with `x-ratelimit-reset` (epoch seconds), else one minute for a secondary
 * rate limit named only in the message (docs.github.com, "Rate limits for the REST API": "wait for at
 * least one minute before retrying"). Undefined: not a rate limit.
 */
export function rateLimitWaitMs(
  status: number,
  headers: Headers,
  apiMessage: string,
  now: number,
): number | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = header(headers, 'retry-after');
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1000;
  const remaining = header(headers, 'x-ratelimit-remaining');
  const reset = header(headers, 'x-ratelimit-reset');
  if (remaining === '0' && reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
  if (/rate limit/i.test(apiMessage) || status === 429) return 60_000;
  return undefined;
}

/** POST creates something: after a 500 it may have been created, so only a refusal before any work is retried. */
const RETRY_UNSAFE = new Set([500, 502, 504]);

export interface GitHubResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string | string[] | undefined>;
}

export interface GitHubClientOptions {
  token: string;
  /** Default: GITHUB_API_URL from `env`, else https://api.github.com (GHES sets its own). */
  baseUrl?: string;
  env?: NodeJS.ProcessEnv;
  userAgent?: string;
  retry?: RetryOptions;
}

export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const v = env.GITHUB_API_URL;
  return (v && v.length > 0 ? v : DEFAULT_API_URL).replace(/\/+$/, '');
}

/** The targets of a `Link` header by rel: `<https://...?page=2>; rel="next", <...>; rel="last"`. */
export function parseLinkHeader(header: string | string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  for (const part of text.split(',')) {
    const m = /<([^>]*)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (m?.[1] && m[2]) for (const rel of m[2].split(/\s+/)) out[rel] = m[1];
  }
  return out;
}

function shortApiMessage(body: string): string {
  try {
    const data = JSON.parse(body) as { message?: unknown };
    if (typeof data.message === 'string') return data.message.slice(0, 300);
  } catch {
    /* not JSON */
  }
  return body.replace(/\s+/g, ' ').trim().slice(0, 300);
}

/**
 * A minimal GitHub REST client over @actions/http-client (which honours the runner's proxy settings).
 * The token goes only into the Authorization header, and only to the API's own origin: pagination
 * links pointing elsewhere are refused, and http-client drops the header on cross-host redirects.
 */
export class GitHubClient {
  readonly baseUrl: string;
  private readonly token: string;
  private readonly userAgent: string;
  private readonly retry: Required<RetryOptions>;
  private http: HttpClient | undefined;

  constructor(opts: GitHubClientOptions) {
    this.baseUrl = (opts.baseUrl ?? apiBaseUrl(opts.env)).replace(/\/+$/, '');
    this.token = opts.token;
    this.userAgent = opts.userAgent ?? USER_AGENT;
    this.retry = {
      maxAttempts: 4,
      maxWaitMs: 60_000,
      baseDelayMs: 1_000,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      now: Date.now,
      ...opts.retry,
    };
  }

  // Loaded on first use: the HTTP stack (undici) is costly to import, and most runs post no comment.
  private async client(): Promise<HttpClient> {
    if (!this.http) {
      const { HttpClient } = await import('@actions/http-client');
      this.http = new HttpClient(this.userAgent, [], { socketTimeout: 30_000 });
    }
    return this.http;
  }

  private url(pathOrUrl: string): URL {
    const url = /^https?:\/\//.test(pathOrUrl) ? new URL(pathOrUrl) : new URL(this.baseUrl + pathOrUrl);
    if (url.origin !== new URL(this.baseUrl).origin) {
      throw new Error(
        `refusing to send the GitHub token to ${url.origin}, which is not ${new URL(this.baseUrl).origin}`,
      );
    }
    return url;
  }

  /**
   * One API call, retried with back-off on 5xx answers and network errors (1 s, 2 s, 4 s) and on rate limits
   * (after the wait GitHub asks for), within `maxAttempts` and `maxWaitMs` in total. A rate limit that
   * asks for a longer wait fails at once, as rate limited.
   */
  async request<T>(method: string, pathOrUrl: string, body?: unknown): Promise<GitHubResponse<T>> {
    const { maxAttempts, maxWaitMs, baseDelayMs, sleep } = this.retry;
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      let wait: number | undefined;
      let failure: unknown;
      try {
        return await this.once<T>(method, pathOrUrl, body, attempt);
      } catch (err) {
        failure = err;
        if (err instanceof GitHubApiError) {
          if (err.retryAfterMs !== undefined) wait = err.retryAfterMs;
          else if (err.status >= 500 && !(method === 'POST' && RETRY_UNSAFE.has(err.status)))
            wait = baseDelayMs * 2 ** (attempt - 1);
        } else if (isNetworkError(err)) wait = baseDelayMs * 2 ** (attempt - 1);
      }
      if (wait === undefined || attempt >= maxAttempts || waited + wait > maxWaitMs) throw failure;
      waited += wait;
      await sleep(wait);
    }
  }

  private async once<T>(
    method: string,
    pathOrUrl: string,
    body: unknown,
    attempt: number,
  ): Promise<GitHubResponse<T>> {
    const url = this.url(pathOrUrl);
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${this.token}`,
      'x-github-api-version': '2022-11-28',
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const http = await this.client();
    const res = await http.request(
      method,
      url.href,
      body === undefined ? null : JSON.stringify(body),
      headers,
    );
    const text = await res.readBody();
    const status = res.message.statusCode ?? 0;
    if (status < 200 || status >= 300) {
      const message = shortApiMessage(text);
      const wait = rateLimitWaitMs(status, res.message.headers, message, this.retry.now());
      throw new GitHubApiError(method, url.pathname, status, message, wait, attempt);
    }
    let data: T;
    try {
      data = (text ? JSON.parse(text) : undefined) as T;
    } catch {
      throw new GitHubApiError(method, url.pathname, status, 'the answer is not JSON');
    }
    return { status, data, headers: res.message.headers };
  }

  /**
   * GETs a list page by page, following `Link: rel="next"` (at most `maxPages` pages). `listOf` takes the list
   * out of an object answer (`{"total_count": 3, "jobs": [...]}`); by default the answer is the list.
   */
  async *pages<T>(
    pathOrUrl: string,
    maxPages = 100,
    listOf: (data: unknown) => unknown = (d) => d,
  ): AsyncGenerator<T[]> {
    let next: string | undefined = pathOrUrl;
    for (let page = 0; next && page < maxPages; page++) {
      const res: GitHubResponse<unknown> = await this.request<unknown>('GET', next);
      const list = listOf(res.data);
      if (!Array.isArray(list))
        throw new GitHubApiError('GET', this.url(next).pathname, res.status, 'expected a list');
      yield list as T[];
      next = parseLinkHeader(res.headers.link).next;
    }
  }

  /** Every item of a paginated list. */
  async paginate<T>(pathOrUrl: string, maxPages = 100): Promise<T[]> {
    const items: T[] = [];
    for await (const page of this.pages<T>(pathOrUrl, maxPages)) items.push(...page);
    return items;
  }
}

/** A connection that failed before any answer: worth another try. */
function isNetworkError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|UND_ERR_\w+)$/.test(code)
  );
}
