import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { ChecksumMismatchError, sha256File } from '../../../src/provision/checksum.js';
import { DownloadError } from '../../../src/provision/download.js';
import { provisionTool } from '../../../src/provision/provision.js';
import { provisionFromPyPI, uvFromPyPI } from '../../../src/provision/pypi-wheel.js';
import { SIMPLE_ACCEPT } from '../../../src/provision/simple-index.js';
import { toolCacheDir } from '../../../src/provision/tool-cache.js';
import { uvSpec } from '../../../src/provision/tools/uv.js';
import type { FetchOptions } from '../../../src/provision/types.js';
import { startMirrorServer } from '../../support/mirror-server.js';
import {
  type SimpleIndexOptions,
  type SimpleIndexServer,
  startSimpleIndex,
} from '../../support/simple-index-server.js';
import { IN_CI } from '../../support/tools.js';
import { requireUvRelease, UV_LINUX_X64_ASSET, UV_TEST_VERSION, uvWheel } from '../../support/uv-release.js';
import { evilTarGz, listTree, sandbox } from './helpers.js';

const V = UV_TEST_VERSION;
const assetPath = `/${V}/${UV_LINUX_X64_ASSET}`;
const fast: FetchOptions = { attempts: 2, baseDelayMs: 1, timeoutMs: 10_000, sleep: async () => {} };
const WRONG = 'ab'.repeat(32);

describe('uv from its PyPI wheel on a loopback simple index', () => {
  let wheel: string | undefined;
  let wheelName = '';
  let wheelSha = '';
  let skipReason = '';
  const servers: SimpleIndexServer[] = [];
  const cleanups: Array<() => void | Promise<void>> = [];

  beforeAll(async () => {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      skipReason = `the uv wheel used here runs only on linux x64, not ${process.platform} ${process.arch}`;
      if (IN_CI) throw new Error(skipReason);
      return;
    }
    try {
      wheel = uvWheel();
    } catch (err) {
      if (IN_CI) throw err;
      skipReason = `could not get the uv ${V} wheel from PyPI: ${(err as Error).message}`;
      return;
    }
    wheelName = path.basename(wheel);
    wheelSha = await sha256File(wheel);
  }, 300_000);
  afterAll(async () => {
    for (const s of servers) await s.close();
  });
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  async function index(extra: Partial<SimpleIndexOptions> = {}) {
    const s = await startSimpleIndex({ dir: path.dirname(wheel ?? ''), ...extra });
    servers.push(s);
    return s;
  }
  function box(env: Record<string, string> = {}) {
    const b = sandbox();
    Object.assign(b.runtime.env, env);
    cleanups.push(b.cleanup);
    return b;
  }
  const uvOpts = (rt: ReturnType<typeof box>['runtime'], indexUrl?: string) => ({
    project: 'uv',
    version: V,
    runtime: rt,
    indexUrl,
    allowHttpLoopback: true,
    platform: { os: 'linux', arch: 'x64' } as const,
    fetchOptions: fast,
    binaries: ['uv', 'uvx'],
  });

  it('negotiates JSON, verifies the digest, caches uv where the release path would, and it runs', async (ctx) => {
    if (!wheel) return ctx.skip(skipReason);
    const idx = await index();
    const { runtime, toolCache, logs } = box();
    const got = await provisionFromPyPI(uvOpts(runtime, idx.url));

    expect(got.source).toBe('download');
    expect(got.sha256).toBe(wheelSha);
    expect(got.dir).toBe(toolCacheDir(toolCache, 'uv', V, 'x64'));
    expect(fs.readdirSync(path.dirname(got.dir)).sort()).toEqual([
      'x64',
      'x64.complete',
      'x64.pyprod-verified.json',
    ]);
    expect(fs.readdirSync(got.dir).sort()).toEqual(['uv', 'uvx']);
    expect(fs.statSync(got.bin('uv')).mode & 0o777).toBe(0o755);
    expect((await execTool(got.bin('uv'), ['--version'])).stdout).toMatch(
      new RegExp(`^uv ${V.replace(/\./g, '\\.')}\\b`),
    );
    expect((await execTool(got.bin('uvx'), ['--version'])).stdout).toContain(V);

    expect(idx.pages).toHaveLength(1);
    expect(idx.pages[0]?.accept).toBe(SIMPLE_ACCEPT);
    expect(idx.pages[0]?.format).toBe('json');
    expect(idx.requests.get(`/files/${wheelName}`)).toBe(1);
    const text = logs.join('\n');
    expect(text).toContain(`package index ${idx.url}`);
    expect(text).toContain(`Downloading ${wheelName}`);
    expect(text).toContain(
      `Checked: sha256 ${wheelSha} of ${wheelName} from ${idx.url} (the index's digest, not a pinned checksum)`,
    );
    expect(text).not.toContain('Verified SHA-256');

    // The next job's release path finds it in the tool cache without any download.
    const again = await provisionTool(uvSpec, {
      version: V,
      runtime,
      toolSource: 'verified',
    });
    expect(again.source).toBe('tool-cache');
    expect(again.dir).toBe(got.dir);
  });

  it('reads an HTML-only index with relative hrefs named by PIP_INDEX_URL, sending but never logging its credentials', async (ctx) => {
    if (!wheel) return ctx.skip(skipReason);
    const idx = await index({
      format: 'html',
      hrefs: 'relative',
      auth: { user: 'ci', password: 'p@ss:w0rd' },
    });
    const withCreds = idx.url.replace('http://', 'http://ci:p%40ss%3Aw0rd@');
    const { runtime, logs } = box({ PIP_INDEX_URL: withCreds, UV_INDEX_URL: '', UV_DEFAULT_INDEX: '' });
    const got = await provisionFromPyPI(uvOpts(runtime));

    expect(got.sha256).toBe(wheelSha);
    expect(idx.pages[0]?.format).toBe('html');
    expect(idx.pages[0]?.authorization).toBe(`Basic ${Buffer.from('ci:p@ss:w0rd').toString('base64')}`);
    const text = logs.join('\n');
    expect(text).toContain('(PIP_INDEX_URL)');
    expect(text).toContain(`package index ${idx.url} `);
    expect(text).not.toMatch(/p%40ss|p@ss|w0rd/);
    expect(got.url).toBe(`${idx.url.replace(/\/simple$/, '')}/files/${wheelName}`);
  });

  it('refuses a wheel whose digest differs from the index, naming file and both digests, caching nothing', async (ctx) => {
    if (!wheel) return ctx.skip(skipReason);
    const idx = await index({ wrongDigest: { sha256: WRONG } });
    const { runtime, toolCache } = box();
    const err = (await provisionFromPyPI(uvOpts(runtime, idx.url)).catch((e: Error) => e)) as Error;
    expect(err).toBeInstanceOf(ChecksumMismatchError);
    expect(err.message).toContain(`Checksum mismatch for ${wheelName}`);
    expect(err.message).toContain(`lists SHA-256 ${WRONG}`);
    expect(err.message).toContain(`the download has ${wheelSha}`);
    expect(idx.requests.get(`/files/${wheelName}`)).toBe(1);
    expect(listTree(toolCache)).toEqual([]);
    // Nothing of the download is left in the run's private temp directory.
    expect(fs.readdirSync(runtime.tempDir)).toEqual([]);
  });

  it('refuses an index that lists no digest, before downloading', async (ctx) => {
    if (!wheel) return ctx.skip(skipReason);
    const idx = await index({ noDigest: true });
    const { runtime, toolCache } = box();
    await expect(provisionFromPyPI(uvOpts(runtime, idx.url))).rejects.toThrow(
      `lists ${wheelName} without a SHA-256 digest; an unverifiable binary is never run`,
    );
    expect(idx.requests.get(`/files/${wheelName}`)).toBeUndefined();
    expect(listTree(toolCache)).toEqual([]);
  });

  it('fails for a platform with no wheel, listing the wheels it saw', async (ctx) => {
    if (!wheel) return ctx.skip(skipReason);
    const idx = await index();
    const { runtime } = box();
    const p = provisionFromPyPI({ ...uvOpts(runtime, idx.url), platform: { os: 'darwin', arch: 'arm64' } });
    await expect(p).rejects.toThrow(`No uv ${V} wheel for darwin arm64 on ${idx.url}`);
    await expect(p).rejects.toThrow(`it lists for ${V}: ${wheelName}`);
    const missing = provisionFromPyPI({ ...uvOpts(runtime, idx.url), version: '0.0.1' });
    await expect(missing).rejects.toThrow(new RegExp(`wheels of versions .*${V.replace(/\./g, '\\.')}`));
    expect(idx.requests.get(`/files/${wheelName}`)).toBeUndefined();
  });

  it('retries a 503 on the index page and reports a 404 index without retrying', async (ctx) => {
    if (!wheel) return ctx.skip(skipReason);
    const idx = await index();
    idx.fault('/simple/uv/', { status: 503, times: 1 });
    const { runtime, logs } = box();
    await provisionFromPyPI(uvOpts(runtime, idx.url));
    expect(idx.requests.get('/simple/uv/')).toBe(2);
    expect(logs.join('\n')).toMatch(/Reading .*\/simple\/uv\/ failed \(HTTP 503.*try 2 of 2/);

    const other = box();
    const err = (await provisionFromPyPI(uvOpts(other.runtime, `${idx.url}/nowhere`)).catch(
      (e) => e,
    )) as DownloadError;
    expect(err).toBeInstanceOf(DownloadError);
    expect(err.status).toBe(404);
    expect(err.attempts).toBe(1);
  });

  describe('as the fallback of provisionTool', () => {
    // The loopback server plays GitHub's release host (not a `mirror`: a mirror is a pin, never followed by a fallback).
    const upstream = (url: string) => ({ ...uvSpec, defaultBaseUrl: url });
    it('falls back to the index when the release mirror answers 503, then the tool cache serves it', async (ctx) => {
      if (!wheel) return ctx.skip(skipReason);
      const idx = await index();
      const mirrorRoot = box().top;
      const mirror = await startMirrorServer(mirrorRoot);
      cleanups.push(() => mirror.close());
      mirror.fault(assetPath, { status: 503 });
      const { runtime, logs } = box();
      const spec = upstream(mirror.url);
      const opts = {
        version: V,
        runtime,
        fetchOptions: fast,
        fallback: uvFromPyPI({ indexUrl: idx.url, allowHttpLoopback: true }),
      };

      const got = await provisionTool(spec, opts);
      expect(got.source).toBe('download');
      expect(got.sha256).toBe(wheelSha);
      expect(mirror.requests.get(assetPath)).toBe(2);
      expect(idx.requests.get(`/files/${wheelName}`)).toBe(1);
      expect((await execTool(got.bin('uv'), ['--version'])).stdout).toContain(V);
      expect(logs.join('\n')).toMatch(/HTTP 503 Service Unavailable; trying the fallback source/);

      const again = await provisionTool(spec, opts);
      expect(again.source).toBe('tool-cache');
      expect(mirror.requests.get(assetPath)).toBe(2);
      expect(idx.total()).toBe(2);
    });

    it('falls back on a 404 from the release host and on a refused connection', async (ctx) => {
      if (!wheel) return ctx.skip(skipReason);
      const idx = await index();
      const mirror = await startMirrorServer(box().top); // empty: every asset is a 404
      cleanups.push(() => mirror.close());
      const a = box();
      const fallback = uvFromPyPI({ indexUrl: idx.url, allowHttpLoopback: true });
      const got = await provisionTool(upstream(mirror.url), {
        version: V,
        runtime: a.runtime,
        fetchOptions: fast,
        fallback,
      });
      expect(got.sha256).toBe(wheelSha);
      expect(mirror.requests.get(assetPath)).toBe(1);

      const dead = await startMirrorServer(box().top);
      await dead.close();
      const b = box();
      const viaRefused = await provisionTool(upstream(dead.url), {
        version: V,
        runtime: b.runtime,
        fetchOptions: fast,
        fallback,
      });
      expect(viaRefused.sha256).toBe(wheelSha);
      expect(b.logs.join('\n')).toMatch(/ECONNREFUSED.*trying the fallback source/);
    });

    it('names both failures when the fallback fails too', async (ctx) => {
      if (!wheel) return ctx.skip(skipReason);
      const idx = await index({ wrongDigest: { sha256: WRONG } });
      const mirror = await startMirrorServer(box().top);
      cleanups.push(() => mirror.close());
      const { runtime, toolCache } = box();
      const p = provisionTool(upstream(mirror.url), {
        version: V,
        runtime,
        fetchOptions: fast,
        fallback: uvFromPyPI({ indexUrl: idx.url, allowHttpLoopback: true }),
      });
      await expect(p).rejects.toThrow(
        /HTTP 404 Not Found.*the fallback failed too: Checksum mismatch for uv-/,
      );
      expect(fs.existsSync(path.join(toolCache, 'uv', V, 'x64.complete'))).toBe(false);
    });

    it('does not fall back on a checksum mismatch of the release', async (ctx) => {
      if (!wheel) return ctx.skip(skipReason);
      const r = await requireUvRelease();
      if (!r.release) return ctx.skip(r.reason ?? 'no uv release');
      const idx = await index();
      const mirror = await startMirrorServer(r.release.root); // repacked: not the committed upstream digest
      cleanups.push(() => mirror.close());
      const { runtime, toolCache } = box();
      const p = provisionTool(upstream(mirror.url), {
        version: V,
        runtime,
        fetchOptions: fast,
        fallback: uvFromPyPI({ indexUrl: idx.url, allowHttpLoopback: true }),
      });
      await expect(p).rejects.toBeInstanceOf(ChecksumMismatchError);
      expect(mirror.requests.get(assetPath)).toBe(1);
      expect(idx.total()).toBe(0);
      expect(fs.existsSync(path.join(toolCache, 'uv', V, 'x64.complete'))).toBe(false);
    });

    it('does not fall back when the release host answers 401 (a credentials problem, not an outage)', async (ctx) => {
      if (!wheel) return ctx.skip(skipReason);
      const idx = await index();
      const mirror = await startMirrorServer(box().top);
      cleanups.push(() => mirror.close());
      mirror.fault(assetPath, { status: 401 });
      const { runtime } = box();
      const fallback = uvFromPyPI({ indexUrl: idx.url, allowHttpLoopback: true });
      const err = (await provisionTool(upstream(mirror.url), {
        version: V,
        runtime,
        fetchOptions: fast,
        fallback,
      }).catch((e) => e)) as DownloadError;
      expect(err).toBeInstanceOf(DownloadError);
      expect(err.status).toBe(401);
      expect(idx.total()).toBe(0);
    });

    it('does not fall back on an unsafe release archive', async (ctx) => {
      if (!wheel) return ctx.skip(skipReason);
      const idx = await index();
      const root = box().top;
      const evil = evilTarGz([{ name: '../escape', data: 'x' }]);
      fs.mkdirSync(path.join(root, V));
      fs.writeFileSync(path.join(root, V, UV_LINUX_X64_ASSET), evil);
      const mirror = await startMirrorServer(root);
      cleanups.push(() => mirror.close());
      const checksum = await sha256File(path.join(root, V, UV_LINUX_X64_ASSET));
      const { runtime } = box();
      const p = provisionTool(upstream(mirror.url), {
        version: V,
        runtime,
        checksum,
        fetchOptions: fast,
        fallback: uvFromPyPI({ indexUrl: idx.url, allowHttpLoopback: true }),
      });
      await expect(p).rejects.toThrow(/Refusing to extract .*'\.\.' path segment/);
      expect(idx.total()).toBe(0);
    });
    it('a pin is a pin: with mirror or checksum given, a failing release is never followed by the index', async (ctx) => {
      if (!wheel) return ctx.skip(skipReason);
      const idx = await index();
      const mirror = await startMirrorServer(box().top);
      cleanups.push(() => mirror.close());
      mirror.fault(assetPath, { status: 503 });
      const fallback = uvFromPyPI({ indexUrl: idx.url, allowHttpLoopback: true });
      // checksum given, the upstream host failing
      const a = box();
      const viaChecksum = (await provisionTool(upstream(mirror.url), {
        version: V,
        runtime: a.runtime,
        checksum: wheelSha,
        fetchOptions: fast,
        fallback,
      }).catch((e) => e)) as DownloadError;
      expect(viaChecksum).toBeInstanceOf(DownloadError);
      expect(viaChecksum.message).toMatch(/HTTP 503.*No other source is tried because 'checksum' is given/);
      // mirror given, failing
      const b = box();
      const viaMirror = (await provisionTool(uvSpec, {
        version: V,
        runtime: b.runtime,
        mirror: mirror.url,
        fetchOptions: fast,
        fallback,
      }).catch((e) => e)) as DownloadError;
      expect(viaMirror.message).toMatch(
        /No other source is tried because 'mirror' is given: fix the 'mirror' URL/,
      );
      expect(idx.total()).toBe(0);
      expect(fs.existsSync(path.join(a.toolCache, 'uv', V, 'x64.complete'))).toBe(false);
      expect(fs.existsSync(path.join(b.toolCache, 'uv', V, 'x64.complete'))).toBe(false);
    });

    it('refuses a plain-http index named by the environment before any request, naming the variable', async (ctx) => {
      if (!wheel) return ctx.skip(skipReason);
      const idx = await index();
      const mirror = await startMirrorServer(box().top); // 404: the fallback runs
      cleanups.push(() => mirror.close());
      const { runtime, toolCache } = box({ UV_DEFAULT_INDEX: idx.url });
      // What the actions pass: no test-only escape.
      const p = provisionTool(upstream(mirror.url), {
        version: V,
        runtime,
        fetchOptions: fast,
        fallback: uvFromPyPI(),
      });
      await expect(p).rejects.toThrow(
        /the fallback failed too: Input 'UV_DEFAULT_INDEX' has an invalid value "http:\/\/127\.0\.0\.1:\d+\/simple": expected an https:\/\/ URL/,
      );
      expect(idx.total()).toBe(0);
      expect(fs.existsSync(path.join(toolCache, 'uv', V, 'x64.complete'))).toBe(false);
    });

    it('says which check was made: the index digest, never a pinned checksum', async (ctx) => {
      if (!wheel) return ctx.skip(skipReason);
      const idx = await index();
      const mirror = await startMirrorServer(box().top);
      cleanups.push(() => mirror.close());
      const { runtime, logs } = box();
      const got = await provisionTool(upstream(mirror.url), {
        version: V,
        runtime,
        fetchOptions: fast,
        fallback: uvFromPyPI({ indexUrl: idx.url, allowHttpLoopback: true }),
      });
      expect(got.verification).toBe(
        `sha256 ${wheelSha} of ${wheelName} from ${idx.url} (the index's digest, not a pinned checksum)`,
      );
      expect(logs.join('\n')).not.toMatch(/SHA-256 verified|matches the committed/);
    });
    it('a pinned run does not take a tool cache entry verified against another digest, nor PATH', async (ctx) => {
      if (!wheel) return ctx.skip(skipReason);
      const r = await requireUvRelease();
      if (!r.release) return ctx.skip(r.reason ?? 'no uv release');
      const idx = await index();
      const down = await startMirrorServer(box().top); // 404: the wheel is cached first
      const mirror = await startMirrorServer(r.release.root);
      cleanups.push(
        () => down.close(),
        () => mirror.close(),
      );
      const b = box();
      const fromWheel = await provisionTool(upstream(down.url), {
        version: V,
        runtime: b.runtime,
        fetchOptions: fast,
        fallback: uvFromPyPI({ indexUrl: idx.url, allowHttpLoopback: true }),
      });
      expect(fromWheel.sha256).toBe(wheelSha);
      // The same tool cache, a PATH uv at the right version, and a pin: only the pinned archive will do.
      b.runtime.env.PATH = path.dirname(fromWheel.bin('uv'));
      const pinned = await provisionTool(uvSpec, {
        version: V,
        runtime: b.runtime,
        mirror: mirror.url,
        checksum: r.release.sha256,
        toolSource: 'path',
        fetchOptions: fast,
      });
      expect(pinned.source).toBe('download');
      expect(pinned.verification).toContain("matches the 'checksum' input");
      expect(mirror.requests.get(assetPath)).toBe(1);
      const log = b.logs.join('\n');
      expect(log).toContain("'mirror' and 'checksum' given: uv is not taken from PATH");
      expect(log).toContain('was verified against another digest; fetching the pinned one');
      // And it is the pinned one that is cached now.
      const again = await provisionTool(uvSpec, {
        version: V,
        runtime: b.runtime,
        mirror: mirror.url,
        checksum: r.release.sha256,
        fetchOptions: fast,
      });
      expect(again.source).toBe('tool-cache');
      expect(mirror.requests.get(assetPath)).toBe(1);
    });
  });
});
