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
  ) {
    super(`GitHub API ${method} ${path} answered ${status}${apiMessage ? `: ${apiMessage}` : ''}`);
    this.name = 'GitHubApiError';
  }
}

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
  private http: HttpClient | undefined;

  constructor(opts: GitHubClientOptions) {
    this.baseUrl = (opts.baseUrl ?? apiBaseUrl(opts.env)).replace(/\/+$/, '');
    this.token = opts.token;
    this.userAgent = opts.userAgent ?? USER_AGENT;
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

  async request<T>(method: string, pathOrUrl: string, body?: unknown): Promise<GitHubResponse<T>> {
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
    if (status < 200 || status >= 300)
      throw new GitHubApiError(method, url.pathname, status, shortApiMessage(text));
    let data: T;
    try {
      data = (text ? JSON.parse(text) : undefined) as T;
    } catch {
      throw new GitHubApiError(method, url.pathname, status, 'the answer is not JSON');
    }
    return { status, data, headers: res.message.headers };
  }

  /** GETs a list page by page, following `Link: rel="next"` (at most `maxPages` pages). */
  async *pages<T>(pathOrUrl: string, maxPages = 100): AsyncGenerator<T[]> {
    let next: string | undefined = pathOrUrl;
    for (let page = 0; next && page < maxPages; page++) {
      const res: GitHubResponse<T[]> = await this.request<T[]>('GET', next);
      if (!Array.isArray(res.data))
        throw new GitHubApiError('GET', this.url(next).pathname, res.status, 'expected a list');
      yield res.data;
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
