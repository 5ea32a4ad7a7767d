import type { HttpClient } from '@actions/http-client';
import { InputError } from '../core/errors.js';
import { normalizePackageName } from '../core/python-names.js';
import type { FetchOptions } from './types.js';
import { redactUrl } from './url.js';

/**
 * The Python package index's "simple" API: PEP 503 HTML pages and their PEP 691 JSON form, as pip and uv
 * read them from pypi.org or a corporate mirror. The HTTP client is loaded only when a page is fetched.
 */

export const PYPI_SIMPLE = 'https://pypi.org/simple';
/** The environment variables naming an index, strongest first (uv's own, then pip's). */
export const INDEX_ENV_VARS = ['UV_DEFAULT_INDEX', 'UV_INDEX_URL', 'PIP_INDEX_URL'] as const;
/** JSON first; HTML for servers that only speak PEP 503 (the q-values are pip's). */
export const SIMPLE_ACCEPT =
  'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';

/** One distribution file listed on a project page. */
export interface IndexFile {
  filename: string;
  /** Absolute URL (relative hrefs resolved against the page). */
  url: string;
  /** Hash name → hex digest, as the index gives them. */
  hashes: Record<string, string>;
  yanked: boolean;
}

export { normalizePackageName as normalizeProject };

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Whether a URL may be read for a wheel: https only, since the index's digest is the wheel's only check and a
 * plain-http page could list any digest. `allowHttpLoopback` lets tests serve http on 127.0.0.1; no input or
 * environment variable sets it.
 */
export function checkIndexScheme(url: string, what: string, allowHttpLoopback = false): void {
  const u = new URL(url);
  if (u.protocol === 'https:') return;
  if (u.protocol === 'http:' && allowHttpLoopback && LOOPBACK.has(u.hostname)) return;
  throw new InputError(
    what,
    redactUrl(url),
    "expected an https:// URL of a simple index (the index's digest is the wheel's only check, so it must come over TLS)",
  );
}

/**
 * The index to use and where it was named: the explicit value, else the first env variable set, else PyPI.
 * Only https (see checkIndexScheme).
 */
export function resolveIndexUrl(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv,
  allowHttpLoopback = false,
): { url: string; from: string } {
  let from = 'index-url';
  let value = explicit?.trim();
  if (!value) {
    const name = INDEX_ENV_VARS.find((n) => (env[n] ?? '').trim() !== '');
    if (!name) return { url: PYPI_SIMPLE, from: 'the default' };
    from = name;
    value = (env[name] ?? '').trim();
  }
  if (!URL.canParse(value)) {
    throw new InputError(from, redactUrl(value), 'expected an https:// URL of a simple index');
  }
  checkIndexScheme(value, from, allowHttpLoopback);
  return { url: value.replace(/\/+$/, ''), from };
}

/** The project page's URL, with the trailing slash PEP 503 asks for. */
export function projectPageUrl(indexUrl: string, project: string): string {
  return `${indexUrl.replace(/\/+$/, '')}/${normalizePackageName(project)}/`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function fileFromUrl(href: string, pageUrl: string, hashes: Record<string, string>, yanked: boolean) {
  const u = new URL(href, pageUrl);
  // The fragment carries the digest (HTML form); it is not part of what is downloaded.
  for (const [k, v] of new URLSearchParams(u.hash.slice(1))) hashes[k.toLowerCase()] ??= v.toLowerCase();
  u.hash = '';
  const filename = decodeURIComponent(u.pathname.split('/').pop() ?? '');
  return { filename, url: u.toString(), hashes, yanked };
}

/** The anchors of a PEP 503 HTML page; the digest comes from the `#<hash>=<hex>` fragment. */
export function parseHtmlPage(html: string, pageUrl: string): IndexFile[] {
  const files: IndexFile[] = [];
  for (const m of html.matchAll(/<a\s([^>]*)>/gi)) {
    const attrs = new Map<string, string>();
    for (const a of (m[1] ?? '').matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs.set((a[1] ?? '').toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    const href = attrs.get('href');
    if (!href) continue;
    files.push(fileFromUrl(href, pageUrl, {}, attrs.has('data-yanked')));
  }
  return files;
}

interface JsonPage {
  files?: Array<{ filename?: unknown; url?: unknown; hashes?: unknown; yanked?: unknown }>;
}

/** The `files` of a PEP 691 JSON page. */
export function parseJsonPage(text: string, pageUrl: string): IndexFile[] {
  let page: JsonPage;
  try {
    page = JSON.parse(text) as JsonPage;
  } catch (err) {
    throw new Error(`The index page ${redactUrl(pageUrl)} is not valid JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(page.files)) {
    throw new Error(`The index page ${redactUrl(pageUrl)} has no "files" list (PEP 691)`);
  }
  return page.files.flatMap((f) => {
    if (typeof f.url !== 'string' || f.url === '') return [];
    const hashes: Record<string, string> = {};
    if (f.hashes && typeof f.hashes === 'object') {
      for (const [k, v] of Object.entries(f.hashes))
        if (typeof v === 'string') hashes[k.toLowerCase()] = v.toLowerCase();
    }
    const file = fileFromUrl(f.url, pageUrl, hashes, f.yanked !== undefined && f.yanked !== false);
    if (typeof f.filename === 'string' && f.filename !== '') file.filename = f.filename;
    return [file];
  });
}

/** Parses a page by its content type: PEP 691 JSON, else HTML. */
export function parseIndexPage(body: string, contentType: string, pageUrl: string): IndexFile[] {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/vnd.pypi.simple.v1+json' || type === 'application/vnd.pypi.simple.latest+json') {
    return parseJsonPage(body, pageUrl);
  }
  return parseHtmlPage(body, pageUrl);
}

/**
 * The request URL without its credentials, and the Basic authorization they make (http-client ignores them in
 * the URL). Sent as a header, not a handler, so http-client drops it on a redirect to another host.
 */
function splitCredentials(url: string): { url: string; authorization?: string } {
  const u = new URL(url);
  if (!u.username && !u.password) return { url };
  const pair = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`;
  u.username = '';
  u.password = '';
  return { url: u.toString(), authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}

async function getOnce(client: HttpClient, url: string, authorization: string | undefined) {
  const headers: Record<string, string> = { accept: SIMPLE_ACCEPT };
  if (authorization) headers.authorization = authorization;
  try {
    const res = await client.get(url, headers);
    const body = await res.readBody();
    const status = res.message.statusCode ?? 0;
    const contentType = String(res.message.headers['content-type'] ?? '');
    const reason = `HTTP ${status}${res.message.statusMessage ? ` ${res.message.statusMessage}` : ''}`;
    return { status, body, contentType, reason };
  } catch (err) {
    // Connection errors and timeouts: no status, always worth another try.
    return { status: undefined, body: '', contentType: '', reason: (err as Error).message ?? String(err) };
  }
}

/**
 * Reads a project page with retries on 5xx, 429 and network errors; throws DownloadError (with the URL
 * shown without credentials) when it cannot be had.
 */
export async function fetchProjectPage(
  pageUrl: string,
  opts: FetchOptions & { onRetry?: (message: string) => void } = {},
): Promise<IndexFile[]> {
  const [{ HttpClient }, { backoffSchedule, DEFAULT_FETCH, DownloadError, isRetryableStatus }] =
    await Promise.all([import('@actions/http-client'), import('./download.js')]);
  const attempts = Math.max(1, opts.attempts ?? DEFAULT_FETCH.attempts);
  const delays = backoffSchedule(attempts, opts.baseDelayMs ?? DEFAULT_FETCH.baseDelayMs, opts.maxDelayMs);
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const shown = redactUrl(pageUrl);
  const { url, authorization } = splitCredentials(pageUrl);
  const client = new HttpClient('pyprod-actions', [], {
    socketTimeout: opts.timeoutMs ?? DEFAULT_FETCH.timeoutMs,
    allowRedirects: true,
    maxRedirects: 10,
  });
  try {
    for (let attempt = 1; ; attempt++) {
      const r = await getOnce(client, url, authorization);
      if (r.status === 200) return parseIndexPage(r.body, r.contentType, pageUrl);
      if (r.status !== undefined && !isRetryableStatus(r.status)) {
        throw new DownloadError(shown, r.status, attempt, `${r.reason} (HTTP ${r.status} is not retried)`);
      }
      if (attempt >= attempts) throw new DownloadError(shown, r.status, attempt, r.reason);
      const wait = delays[attempt - 1] ?? 0;
      opts.onRetry?.(
        `Reading ${shown} failed (${r.reason}); try ${attempt + 1} of ${attempts} in ${wait} ms`,
      );
      await sleep(wait);
    }
  } finally {
    client.dispose();
  }
}
