import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { errorMessage } from './errors.js';
import type { Runtime } from './runtime.js';

/** GitHub rejects keys longer than this (and commas in keys). */
const MAX_KEY_LENGTH = 512;

export interface KeyParts {
  /** What is cached, e.g. 'uv-cache', 'venv'. */
  kind: string;
  os: string;
  arch: string;
  /** Further parts that must separate caches (Python version, working directory, ...), in order. */
  parts?: readonly string[];
  /** Content hash (of lockfiles); omitted from restore keys. */
  hash?: string;
  /** The user's `cache-suffix`. */
  suffix?: string;
}

/** Makes one key segment URL- and key-safe: no commas, slashes or spaces, bounded length. */
export function keySegment(value: string): string {
  const safe = value.replace(/[^A-Za-z0-9._+=-]+/g, '_').replace(/^_+|_+$/g, '');
  return safe.length > 64 ? `${safe.slice(0, 40)}_${shortHash(value)}` : safe || '_';
}

export function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 12);
}

/**
 * `pyprod-<kind>-<os>-<arch>-<parts...>[-<suffix>]-<hash>`. The restore key is the same without the hash, so
 * a changed lockfile still restores the newest cache of the same matrix cell.
 */
export function buildCacheKey(k: KeyParts): { key: string; restoreKeys: string[] } {
  const head = ['pyprod', k.kind, k.os, k.arch, ...(k.parts ?? []), ...(k.suffix ? [k.suffix] : [])].map(
    keySegment,
  );
  const prefix = `${head.join('-')}-`;
  const key = k.hash ? `${prefix}${k.hash}` : prefix.slice(0, -1);
  if (key.length > MAX_KEY_LENGTH)
    throw new Error(`cache key longer than ${MAX_KEY_LENGTH} characters: ${key}`);
  return { key, restoreKeys: k.hash ? [prefix] : [] };
}

/**
 * SHA-256 over the given files' paths and contents, in sorted order; '' when none exists. Patterns are
 * fs.glob patterns relative to `cwd`.
 */
export async function hashFiles(patterns: readonly string[], cwd: string): Promise<string> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    for await (const f of fs.promises.glob(pattern, {
      cwd,
      exclude: (p) => p.includes('node_modules') || p.includes('.venv'),
    })) {
      files.add(f.split(path.sep).join('/'));
    }
  }
  if (files.size === 0) return '';
  const h = createHash('sha256');
  for (const f of [...files].sort()) {
    const st = await fs.promises.stat(path.join(cwd, f));
    if (!st.isFile()) continue;
    h.update(`${f}\0`);
    h.update(await fs.promises.readFile(path.join(cwd, f)));
    h.update('\0');
  }
  return h.digest('hex');
}

// Events where a cache written by the job could be read by more privileged runs of other refs: untrusted
// code can run with write access to the default branch's cache scope.
const POISONING_EVENTS = new Set(['pull_request_target', 'workflow_run', 'release', 'issue_comment']);

/** The runner's names for OS and architecture (as in RUNNER_OS / RUNNER_ARCH), for cache keys. */
export function runnerOs(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? 'Windows' : platform === 'darwin' ? 'macOS' : 'Linux';
}

/** Why saving a cache is unsafe for this event, or undefined when it is safe. */
export function cachePoisoningRisk(env: NodeJS.ProcessEnv): string | undefined {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (POISONING_EVENTS.has(event))
    return `the ${event} event can run untrusted code with the base branch's cache scope`;
  if (event === 'push' && (env.GITHUB_REF ?? '').startsWith('refs/tags/')) {
    return 'a tag push shares the cache scope of every branch';
  }
  return undefined;
}

export type CacheHit = 'exact' | 'partial' | 'miss';

export interface RestoreResult {
  hit: CacheHit;
  key: string;
  matchedKey?: string;
  /** Bytes now present under the restored paths (0 on a miss). */
  sizeBytes: number;
  durationMs: number;
  /** Why the cache could not be used, when the service was missing or failed (a warning was logged). */
  unavailable?: string;
}

export interface SaveResult {
  saved: boolean;
  key: string;
  sizeBytes: number;
  durationMs: number;
  /** Why nothing was saved. */
  skipped?: string;
}

/** Why there is no cache service to talk to (not on a GitHub runner), or undefined when there is one. */
export function serviceMissing(env: NodeJS.ProcessEnv): string | undefined {
  const v2 = Boolean(env.ACTIONS_CACHE_SERVICE_V2);
  const url = v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
  if (!url)
    return 'no cache service (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL unset: not on a GitHub runner?)';
  if (!env.ACTIONS_RUNTIME_TOKEN) return 'no cache service token (ACTIONS_RUNTIME_TOKEN unset)';
  return undefined;
}

/**
 * Restores through @actions/cache (loaded on first use: it is the heaviest part of a bundle). A missing or
 * failing cache service is a warning and a miss; the job goes on.
 */
export async function restoreCache(
  rt: Runtime,
  paths: string[],
  key: string,
  restoreKeys: string[] = [],
): Promise<RestoreResult> {
  const started = performance.now();
  const done = (r: Omit<RestoreResult, 'durationMs' | 'key'>): RestoreResult => ({
    ...r,
    key,
    durationMs: Math.round(performance.now() - started),
  });
  const missing = serviceMissing(rt.env);
  if (missing) {
    if (rt.kind === 'github') rt.warning(`Cache not restored: ${missing}.`);
    return done({ hit: 'miss', sizeBytes: 0, unavailable: missing });
  }
  try {
    const cache = await import('@actions/cache');
    const matched = await cache.restoreCache(paths, key, restoreKeys, {}, false);
    if (!matched) {
      rt.info(`Cache miss: ${key}`);
      return done({ hit: 'miss', sizeBytes: 0 });
    }
    // Keys match case-insensitively on the cache service, and some servers answer in their own case.
    const hit = matched.toLowerCase() === key.toLowerCase() ? 'exact' : 'partial';
    rt.info(
      hit === 'exact'
        ? `Cache hit: ${matched}`
        : `Cache restored from an older key: ${matched} (wanted ${key})`,
    );
    return done({ hit, matchedKey: matched, sizeBytes: await sizeOf(paths) });
  } catch (err) {
    const why = errorMessage(err);
    rt.warning(`Cache restore of ${key} failed, continuing without it: ${why}`);
    return done({ hit: 'miss', sizeBytes: 0, unavailable: why });
  }
}

export async function saveCache(
  rt: Runtime,
  paths: string[],
  key: string,
  opts: { force?: boolean } = {},
): Promise<SaveResult> {
  const started = performance.now();
  const done = (saved: boolean, sizeBytes: number, skipped?: string): SaveResult => ({
    saved,
    key,
    sizeBytes,
    durationMs: Math.round(performance.now() - started),
    ...(skipped ? { skipped } : {}),
  });
  const risk = cachePoisoningRisk(rt.env);
  if (risk && !opts.force) {
    rt.info(`Cache ${key} not saved: ${risk} (cache poisoning). Set the save to forced to override.`);
    return done(false, 0, `not saved: ${risk}`);
  }
  const missing = serviceMissing(rt.env);
  if (missing) return done(false, 0, missing);
  const existing = [];
  for (const p of paths) if (fs.existsSync(p)) existing.push(p);
  if (existing.length === 0) return done(false, 0, 'nothing to save: the paths do not exist');
  const size = await sizeOf(existing);
  try {
    const cache = await import('@actions/cache');
    const id = await cache.saveCache(existing, key);
    // -1: the service refused the key, most often because another job of a matrix saved it first.
    if (id === -1)
      return done(false, size, 'the cache service did not take it (another job may have saved this key)');
    return done(true, size);
  } catch (err) {
    const why = errorMessage(err);
    rt.warning(`Cache save of ${key} failed, continuing: ${why}`);
    return done(false, size, why);
  }
}

/** Total bytes of regular files under the given paths (symlinks not followed). */
export async function sizeOf(paths: readonly string[]): Promise<number> {
  let total = 0;
  const walk = async (p: string): Promise<void> => {
    let st: fs.Stats;
    try {
      st = await fs.promises.lstat(p);
    } catch {
      return;
    }
    if (st.isFile()) total += st.size;
    else if (st.isDirectory()) {
      const entries = await fs.promises.readdir(p);
      await Promise.all(entries.map((e) => walk(path.join(p, e))));
    }
  };
  await Promise.all(paths.map(walk));
  return total;
}
