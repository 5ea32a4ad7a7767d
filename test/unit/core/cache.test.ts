import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCacheKey,
  cachePoisoningRisk,
  hashFiles,
  keySegment,
  restoreCache,
  saveCache,
} from '../../../src/core/cache.js';
import { localRuntime } from '../../../src/core/runtime.js';

describe('cache keys', () => {
  it('builds URL-safe keys with the hash last and a restore prefix', () => {
    const k = buildCacheKey({
      kind: 'venv',
      os: 'Linux',
      arch: 'x64',
      parts: ['3.12', 'services/api'],
      hash: 'abc123',
      suffix: 'gpu, v2',
    });
    expect(k.key).toBe('pyprod-venv-Linux-x64-3.12-services_api-gpu_v2-abc123');
    expect(k.restoreKeys).toEqual(['pyprod-venv-Linux-x64-3.12-services_api-gpu_v2-']);
    expect(k.key).toMatch(/^[A-Za-z0-9._+=-]+$/);
  });
  it('gives different keys to different matrix cells', () => {
    const a = buildCacheKey({ kind: 'venv', os: 'Linux', arch: 'x64', parts: ['3.11'], hash: 'h' }).key;
    const b = buildCacheKey({ kind: 'venv', os: 'Linux', arch: 'x64', parts: ['3.12'], hash: 'h' }).key;
    const c = buildCacheKey({ kind: 'venv', os: 'Windows', arch: 'x64', parts: ['3.11'], hash: 'h' }).key;
    expect(new Set([a, b, c]).size).toBe(3);
  });
  it('bounds long segments with a hash', () => {
    const s = keySegment('x'.repeat(300));
    expect(s.length).toBeLessThanOrEqual(64);
    expect(keySegment('y'.repeat(300))).not.toBe(s);
  });
  it('hashes lockfiles by path and content', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hash-'));
    expect(await hashFiles(['**/uv.lock'], dir)).toBe('');
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'a', 'uv.lock'), 'one');
    const h1 = await hashFiles(['**/uv.lock'], dir);
    fs.writeFileSync(path.join(dir, 'a', 'uv.lock'), 'two');
    const h2 = await hashFiles(['**/uv.lock'], dir);
    expect(h1).toMatch(/^[0-9a-f]{64}$/);
    expect(h2).not.toBe(h1);
  });
});

describe('cache poisoning', () => {
  it('refuses to save on events that run untrusted code with the base scope, and on tags', () => {
    expect(cachePoisoningRisk({ GITHUB_EVENT_NAME: 'pull_request_target' })).toMatch(/pull_request_target/);
    expect(cachePoisoningRisk({ GITHUB_EVENT_NAME: 'workflow_run' })).toBeDefined();
    expect(cachePoisoningRisk({ GITHUB_EVENT_NAME: 'release' })).toBeDefined();
    expect(cachePoisoningRisk({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1' })).toMatch(/tag/);
    expect(cachePoisoningRisk({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' })).toBeUndefined();
    expect(cachePoisoningRisk({ GITHUB_EVENT_NAME: 'pull_request' })).toBeUndefined();
  });
  it('skips the save on such events unless forced', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'save-'));
    fs.writeFileSync(path.join(dir, 'f'), 'x');
    const lines: string[] = [];
    const rt = localRuntime({ env: { GITHUB_EVENT_NAME: 'pull_request_target' }, log: (l) => lines.push(l) });
    const r = await saveCache(rt, [dir], 'k');
    expect(r.saved).toBe(false);
    expect(r.skipped).toMatch(/pull_request_target/);
    expect(lines.join('\n')).toMatch(/cache poisoning/);
    // Forced: it gets past the poisoning check and stops at the missing service instead.
    const forced = await saveCache(rt, [dir], 'k', { force: true });
    expect(forced.skipped).toMatch(/no cache service/);
  });
  it('treats a missing cache service as a miss with the reason, not an error', async () => {
    const rt = localRuntime({ env: {}, log: () => {} });
    const r = await restoreCache(rt, ['/nonexistent'], 'k', []);
    expect(r.hit).toBe('miss');
    expect(r.unavailable).toMatch(/ACTIONS_CACHE_URL/);
  });
});
