import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planCaches, projectKeyPart, pythonKeyPart } from '../../../src/actions/setup-uv-cached/caches.js';

describe('setup-uv-cached cache plan', () => {
  it('turns Python requests and project paths into readable key parts', () => {
    expect(pythonKeyPart('3.12')).toBe('3.12');
    expect(pythonKeyPart('>=3.10, <3.13')).toBe('ge3.10,lt3.13');
    expect(pythonKeyPart('')).toBe('default-python');
    expect(projectKeyPart('/w', '/w')).toBe('root');
    expect(projectKeyPart('/w', '/w/services/api')).toBe('services/api');
    // Outside the workspace: the same absolute path gives the same part whatever the workspace is.
    expect(projectKeyPart('/a/ws', '/tmp/p')).toBe(projectKeyPart('/b/other', '/tmp/p'));
  });

  it('plans three caches whose keys separate matrix cells and follow the lockfile', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-'));
    fs.writeFileSync(path.join(dir, 'uv.lock'), 'version = 1\n');
    const base = {
      workspace: dir,
      projectDir: dir,
      dependencyGlobs: ['**/uv.lock'],
      uvVersion: '0.12.16',
      syncArgs: ['--locked'],
      dirs: { uvCache: '/t/uv', venv: path.join(dir, '.venv'), pythonInstall: '/tc/uv-python' },
      enabled: { uvCache: true, venv: true, python: true },
      platform: 'linux' as const,
      arch: 'x64',
    };
    const a = await planCaches({ ...base, pythonRequest: '3.11' });
    const b = await planCaches({ ...base, pythonRequest: '3.12' });
    const w = await planCaches({ ...base, pythonRequest: '3.11', platform: 'win32' });
    expect(a.map((p) => p.name)).toEqual(['uv-cache', 'venv', 'python']);
    for (const [n, plan] of a.entries()) {
      expect(plan.key).not.toBe(b[n]?.key);
      expect(plan.key).not.toBe(w[n]?.key);
      expect(plan.key).toMatch(/^[A-Za-z0-9._+=,-]+$/);
    }
    expect(a[0]?.key).toMatch(/^pyprod-uv-cache-Linux-x64-3\.11-root-[0-9a-f]{32}$/);
    expect(a[0]?.restoreKeys).toEqual(['pyprod-uv-cache-Linux-x64-3.11-root-']);
    expect(a[2]?.key).toBe('pyprod-python-Linux-x64-3.11-uv0.12.16');
    fs.writeFileSync(path.join(dir, 'uv.lock'), 'version = 1\n# changed\n');
    const changed = await planCaches({ ...base, pythonRequest: '3.11' });
    expect(changed[0]?.key).not.toBe(a[0]?.key);
    expect(changed[0]?.restoreKeys).toEqual(a[0]?.restoreKeys);
  });

  it("keys a workspace member's caches on the root's uv.lock, and caches the root's environment", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-ws-'));
    const member = path.join(root, 'packages', 'api');
    fs.mkdirSync(member, { recursive: true });
    fs.writeFileSync(path.join(root, 'uv.lock'), 'version = 1\n');
    fs.writeFileSync(path.join(member, 'pyproject.toml'), '[project]\nname = "api"\n');
    const plan = (lockRoot?: string) =>
      planCaches({
        workspace: root,
        projectDir: member,
        ...(lockRoot ? { lockRoot } : {}),
        dependencyGlobs: ['**/uv.lock', '**/pyproject.toml'],
        pythonRequest: '3.12',
        uvVersion: '0.12.16',
        syncArgs: ['--locked'],
        dirs: { uvCache: '/t/uv', venv: path.join(root, '.venv'), pythonInstall: '/tc/uv-python' },
        enabled: { uvCache: true, venv: true, python: false },
        platform: 'linux',
        arch: 'x64',
      });
    const before = await plan(root);
    expect(before[0]?.key).toMatch(/^pyprod-uv-cache-Linux-x64-3\.12-packages_api-[0-9a-f]{32}$/);
    expect(before[1]?.paths).toEqual([path.join(root, '.venv')]);
    fs.writeFileSync(path.join(root, 'uv.lock'), 'version = 1\n# changed\n');
    const after = await plan(root);
    expect(after[0]?.key).not.toBe(before[0]?.key);
    expect(after[1]?.key).not.toBe(before[1]?.key);
    // From the member's own directory the root lock is out of sight: the key would not follow it.
    const blind = await plan();
    fs.writeFileSync(path.join(root, 'uv.lock'), 'version = 1\n# changed again\n');
    expect((await plan())[0]?.key).toBe(blind[0]?.key);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
