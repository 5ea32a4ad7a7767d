import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { lookupChecksum } from '../../../src/provision/checksum.js';
import { provisionTool } from '../../../src/provision/provision.js';
import { toolCacheDir, toolCacheMarker } from '../../../src/provision/tool-cache.js';
import { uvSpec } from '../../../src/provision/tools/uv.js';
import { type MirrorServer, startMirrorServer } from '../../support/mirror-server.js';
import {
  requireUvRelease,
  UV_LINUX_X64_ASSET,
  UV_TEST_VERSION,
  type UvRelease,
} from '../../support/uv-release.js';
import { sandbox } from './helpers.js';

const fast = { baseDelayMs: 1, timeoutMs: 10_000 };
const assetPath = `/${UV_TEST_VERSION}/${UV_LINUX_X64_ASSET}`;

describe('provisioning uv from a loopback mirror', () => {
  let release: UvRelease | undefined;
  let skipReason = '';
  let mirror: MirrorServer;
  const cleanups: Array<() => void> = [];

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
    for (const c of cleanups.splice(0)) c();
  });

  function box(pathDirs: string[] = []) {
    const b = sandbox(pathDirs);
    cleanups.push(b.cleanup);
    return b;
  }

  it('downloads, verifies against the checksum input, extracts into the tool cache, then reuses it', async (ctx) => {
    if (!release) return ctx.skip(skipReason);
    const { runtime, toolCache, logs } = box();
    const opts = {
      version: UV_TEST_VERSION,
      mirror: mirror.url,
      checksum: release.sha256,
      runtime,
      fetchOptions: fast,
    };

    const first = await provisionTool(uvSpec, opts);
    expect(first.source).toBe('download');
    expect(first.sha256).toBe(release.sha256);
    expect(first.bytes).toBe(fs.statSync(release.archive).size);
    expect(first.dir).toBe(toolCacheDir(toolCache, 'uv', UV_TEST_VERSION, 'x64'));
    expect(fs.existsSync(toolCacheMarker(toolCache, 'uv', UV_TEST_VERSION, 'x64'))).toBe(true);
    expect(fs.readdirSync(first.dir).sort()).toEqual(['uv', 'uvx']);
    expect(mirror.requests.get(assetPath)).toBe(1);
    // No staging folder is left behind beside the cached tool.
    expect(fs.readdirSync(path.dirname(first.dir)).sort()).toEqual([
      'x64',
      'x64.complete',
      'x64.pyprod-verified.json',
    ]);

    const run = await execTool(first.bin('uv'), ['--version']);
    expect(run.stdout).toMatch(new RegExp(`^uv ${UV_TEST_VERSION.replace(/\./g, '\\.')}\\b`));
    const uvx = await execTool(first.bin('uvx'), ['--version']);
    expect(uvx.stdout).toContain(UV_TEST_VERSION);

    const text = logs.join('\n');
    expect(text).toContain(`${mirror.url}${assetPath}`);
    expect(text).toContain(`Verified SHA-256 ${release.sha256}`);
    expect(text).toContain("the 'checksum' input");
    expect(text).toContain(`Cached uv ${UV_TEST_VERSION} in ${first.dir}`);

    const second = await provisionTool(uvSpec, opts);
    expect(second.source).toBe('tool-cache');
    expect(second.dir).toBe(first.dir);
    expect(mirror.total()).toBe(1);
  });

  it('refuses the repacked archive against the committed upstream table, naming asset and both hashes', async (ctx) => {
    if (!release) return ctx.skip(skipReason);
    const { runtime, toolCache } = box();
    const upstream = lookupChecksum(uvSpec.checksums, UV_TEST_VERSION, UV_LINUX_X64_ASSET);
    expect(upstream).toMatch(/^[0-9a-f]{64}$/);
    expect(upstream).not.toBe(release.sha256);

    const p = provisionTool(uvSpec, {
      version: UV_TEST_VERSION,
      mirror: mirror.url,
      runtime,
      fetchOptions: fast,
    });
    await expect(p).rejects.toThrow(/Checksum mismatch/);
    const err = (await p.catch((e: Error) => e)) as Error;
    expect(err.message).toContain(UV_LINUX_X64_ASSET);
    expect(err.message).toContain(`expected SHA-256 ${upstream}`);
    expect(err.message).toContain(`got ${release.sha256}`);
    expect(mirror.requests.get(assetPath)).toBe(1);
    expect(fs.existsSync(path.join(toolCache, 'uv'))).toBe(false);
  });

  it('fails before any request for a version not in the table when no checksum is given', async (ctx) => {
    if (!release) return ctx.skip(skipReason);
    const { runtime } = box();
    const p = provisionTool(uvSpec, { version: '0.0.1', mirror: mirror.url, runtime, fetchOptions: fast });
    await expect(p).rejects.toThrow(
      /No known checksum for uv 0\.0\.1 asset uv-x86_64-unknown-linux-gnu\.tar\.gz/,
    );
    await expect(p).rejects.toThrow(/Pass the asset's expected SHA-256 with the 'checksum' input/);
    expect(mirror.total()).toBe(0);
  });

  it('uses a uv already on PATH at an accepted version without any request', async (ctx) => {
    if (!release) return ctx.skip(skipReason);
    // Put the real uv on PATH by provisioning it into one sandbox first.
    const seed = box();
    const installed = await provisionTool(uvSpec, {
      version: UV_TEST_VERSION,
      mirror: mirror.url,
      checksum: release.sha256,
      runtime: seed.runtime,
      fetchOptions: fast,
    });
    mirror.requests.clear();

    const { runtime, toolCache, logs } = box([installed.dir]);
    // No mirror or checksum: a pin would rule PATH out.
    const got = await provisionTool(uvSpec, {
      version: UV_TEST_VERSION,
      runtime,
      fetchOptions: fast,
    });
    expect(got.source).toBe('path');
    expect(got.version).toBe(UV_TEST_VERSION);
    expect(got.bin('uv')).toBe(path.join(installed.dir, 'uv'));
    expect(mirror.total()).toBe(0);
    expect(fs.readdirSync(toolCache)).toEqual([]);
    expect(logs.join('\n')).toContain('found on PATH');

    // A wider acceptance rule is the caller's to give.
    const any = await provisionTool(uvSpec, {
      version: '0.0.1',
      accept: () => true,
      runtime,
      fetchOptions: fast,
    });
    expect(any.source).toBe('path');
    expect(any.version).toBe(UV_TEST_VERSION);
  });

  it('ignores a uv on PATH at another version and downloads the requested one', async (ctx) => {
    if (!release) return ctx.skip(skipReason);
    const { runtime, top } = box();
    const fakeDir = path.join(top, 'old-bin');
    fs.mkdirSync(fakeDir);
    fs.writeFileSync(path.join(fakeDir, 'uv'), '#!/bin/sh\necho "uv 0.1.0 (old 2024-01-01)"\n', {
      mode: 0o755,
    });
    runtime.env.PATH = fakeDir;

    const got = await provisionTool(uvSpec, {
      version: UV_TEST_VERSION,
      mirror: mirror.url,
      checksum: release.sha256,
      runtime,
      fetchOptions: fast,
    });
    expect(got.source).toBe('download');
    expect(got.dir).not.toBe(fakeDir);
    expect(mirror.requests.get(assetPath)).toBe(1);
    expect((await execTool(got.bin('uv'), ['--version'])).stdout).toContain(UV_TEST_VERSION);
  });
});
