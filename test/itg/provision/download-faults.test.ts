import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { DownloadError } from '../../../src/provision/download.js';
import { provisionTool } from '../../../src/provision/provision.js';
import { uvSpec } from '../../../src/provision/tools/uv.js';
import type { ProvisionOptions } from '../../../src/provision/types.js';
import { type MirrorServer, startMirrorServer } from '../../support/mirror-server.js';
import {
  requireUvRelease,
  UV_LINUX_X64_ASSET,
  UV_TEST_VERSION,
  type UvRelease,
} from '../../support/uv-release.js';
import { sandbox } from './helpers.js';

const assetPath = `/${UV_TEST_VERSION}/${UV_LINUX_X64_ASSET}`;

describe('downloading through faults', () => {
  let release: UvRelease | undefined;
  let skipReason = '';
  let mirror: MirrorServer;
  const cleanups: Array<() => void> = [];
  const sleeps: number[] = [];

  beforeAll(async () => {
    const r = await requireUvRelease();
    release = r.release;
    skipReason = r.reason ?? '';
    if (release) mirror = await startMirrorServer(release.root);
  });
  afterAll(async () => {
    await mirror?.close();
  });
  afterEach(() => {
    mirror?.requests.clear();
    sleeps.length = 0;
    for (const c of cleanups.splice(0)) c();
  });

  function options(rel: UvRelease, extra: Partial<ProvisionOptions['fetchOptions']> = {}) {
    const b = sandbox();
    cleanups.push(b.cleanup);
    const opts: ProvisionOptions = {
      version: UV_TEST_VERSION,
      mirror: mirror.url,
      checksum: rel.sha256,
      runtime: b.runtime,
      fetchOptions: {
        attempts: 3,
        baseDelayMs: 5,
        timeoutMs: 10_000,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
        ...extra,
      },
    };
    return { ...b, opts };
  }

  it('retries a 503 and succeeds on the second request', async (ctx) => {
    if (!release) return ctx.skip(skipReason);
    const { opts, logs } = options(release);
    mirror.fault(assetPath, { status: 503, times: 1 });
    const got = await provisionTool(uvSpec, opts);
    expect(got.source).toBe('download');
    expect(mirror.requests.get(assetPath)).toBe(2);
    expect(sleeps).toEqual([5]);
    expect(logs.join('\n')).toMatch(/HTTP 503.*try 2 of 3/);
    expect((await execTool(got.bin('uv'), ['--version'])).stdout).toContain(UV_TEST_VERSION);
  });

  it('retries a 429 too', async (ctx) => {
    if (!release) return ctx.skip(skipReason);
    const { opts } = options(release);
    mirror.fault(assetPath, { status: 429, times: 2 });
    const got = await provisionTool(uvSpec, opts);
    expect(got.source).toBe('download');
    expect(mirror.requests.get(assetPath)).toBe(3);
    expect(sleeps).toEqual([5, 10]);
  });

  it('does not retry a 404 and says so', async (ctx) => {
    if (!release) return ctx.skip(skipReason);
    const { opts, toolCache } = options(release);
    const missing = { ...opts, version: '0.0.1' };
    const err = (await provisionTool(uvSpec, missing).catch((e: Error) => e)) as DownloadError;
    expect(err).toBeInstanceOf(DownloadError);
    expect(err.status).toBe(404);
    expect(err.attempts).toBe(1);
    expect(err.message).toContain(`${mirror.url}/0.0.1/${UV_LINUX_X64_ASSET}`);
    expect(err.message).toMatch(/HTTP 404 Not Found \(HTTP 404 is not retried\)/);
    expect(mirror.requests.get(`/0.0.1/${UV_LINUX_X64_ASSET}`)).toBe(1);
    expect(sleeps).toEqual([]);
    expect(fs.existsSync(path.join(toolCache, 'uv', '0.0.1', 'x64.complete'))).toBe(false);
  });

  it('gives up after the last attempt on a persistent 503, naming URL, status and attempts', async (ctx) => {
    if (!release) return ctx.skip(skipReason);
    const { opts, runtime } = options(release, { attempts: 4 });
    mirror.fault(assetPath, { status: 503 });
    const err = (await provisionTool(uvSpec, opts).catch((e: Error) => e)) as DownloadError;
    expect(err).toBeInstanceOf(DownloadError);
    expect(err.message).toBe(
      `Download of ${mirror.url}${assetPath} failed after 4 attempts: HTTP 503 Service Unavailable`,
    );
    expect(mirror.requests.get(assetPath)).toBe(4);
    expect(sleeps).toEqual([5, 10, 20]);
    // The partial download and its work folder are gone from the run's private temp directory.
    expect(fs.readdirSync(runtime.tempDir)).toEqual([]);
  });

  it('times out a request that never answers and retries it', async (ctx) => {
    if (!release) return ctx.skip(skipReason);
    const { opts } = options(release, { timeoutMs: 300 });
    mirror.fault(assetPath, { stall: 'headers', times: 1 });
    const got = await provisionTool(uvSpec, opts);
    expect(got.source).toBe('download');
    expect(mirror.requests.get(assetPath)).toBe(2);
  });

  it('times out a response whose body stalls and retries it', async (ctx) => {
    if (!release) return ctx.skip(skipReason);
    // 1 s, not less: the retry's own chunks must not be judged stalled on a loaded 2-core machine.
    const { opts, logs } = options(release, { timeoutMs: 1000 });
    mirror.fault(assetPath, { stall: 'body', times: 1 });
    const got = await provisionTool(uvSpec, opts);
    expect(got.sha256).toBe(release.sha256);
    expect(mirror.requests.get(assetPath)).toBe(2);
    expect(logs.join('\n')).toMatch(/no data received for 1000 ms/);
  });

  it('retries when the connection is refused, then reports it', async (ctx) => {
    if (!release) return ctx.skip(skipReason);
    const { opts } = options(release, { attempts: 2 });
    const closed = await startMirrorServer(release.root);
    const deadUrl = closed.url;
    await closed.close();
    const err = (await provisionTool(uvSpec, { ...opts, mirror: deadUrl }).catch(
      (e: Error) => e,
    )) as DownloadError;
    expect(err).toBeInstanceOf(DownloadError);
    expect(err.attempts).toBe(2);
    expect(err.message).toMatch(/ECONNREFUSED/);
    expect(sleeps).toEqual([5]);
  });

  it('discards corrupted bytes: the checksum fails and nothing is cached', async (ctx) => {
    if (!release) return ctx.skip(skipReason);
    const { opts, toolCache } = options(release);
    mirror.fault(assetPath, { corrupt: true });
    await expect(provisionTool(uvSpec, opts)).rejects.toThrow(
      new RegExp(`Checksum mismatch for ${UV_LINUX_X64_ASSET}: expected SHA-256 ${release.sha256}`),
    );
    expect(fs.existsSync(path.join(toolCache, 'uv'))).toBe(false);
  });
});
