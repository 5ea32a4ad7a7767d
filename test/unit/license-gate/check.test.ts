import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLicenses } from '../../../src/actions/license-gate/check.js';
import { buildPolicy } from '../../../src/actions/license-gate/policy.js';

const DIST = path.join(import.meta.dirname, '../../fixtures/license-gate/dist-info');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A working directory with a `.venv` holding copies of real dist-info directories, and no uv.lock. */
function project(distInfos: string[]): string {
  const wd = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-check-'));
  dirs.push(wd);
  const sp = path.join(wd, '.venv', 'lib', 'python3.12', 'site-packages');
  fs.mkdirSync(sp, { recursive: true });
  for (const d of distInfos) fs.cpSync(path.join(DIST, d), path.join(sp, d), { recursive: true });
  return wd;
}

describe('checkLicenses without uv.lock', () => {
  it('counts every installed package, failing ones first, with no chain', async () => {
    const wd = project([
      'packaging-26.3.dist-info',
      'chardet-5.2.0.dist-info',
      'django_cron-0.6.0.dist-info',
      'Unidecode-1.4.0.dist-info',
      'ultralytics-8.4.190.dist-info',
    ]);
    const r = await checkLicenses({ workingDirectory: wd, env: {}, policy: buildPolicy() });
    expect(r.lockFile).toBeUndefined();
    expect(r.environment.foundBy).toBe('.venv');
    expect(r.packages.map((p) => [p.verdict, p.key, p.license.text, p.scope, p.counted, p.chain])).toEqual([
      ['fail', 'chardet', 'LGPL', 'unlocked', true, []],
      ['fail', 'ultralytics', 'AGPL-3.0-only', 'unlocked', true, []],
      ['fail', 'unidecode', 'GPL', 'unlocked', true, []],
      ['pass', 'django-cron', 'MIT', 'unlocked', true, []],
      ['pass', 'packaging', 'Apache-2.0 OR BSD-2-Clause', 'unlocked', true, []],
    ]);
    expect(r.packages.find((p) => p.key === 'ultralytics')?.reason).toBe(
      'AGPL-3.0-only (family agpl) is not in only-licenses',
    );
    expect(r.counts).toEqual({ packages: 5, incompatible: 3, failed: 3, unknown: 0, ignored: 0, passed: 2 });
    expect(r.notInLock).toEqual([]);
    expect(r.notInstalled).toEqual([]);
  });

  it('lets a group name through only when a uv.lock has it', async () => {
    const wd = project(['packaging-26.3.dist-info']);
    const r = await checkLicenses({ workingDirectory: wd, env: {}, policy: buildPolicy(), groups: 'docs' });
    expect(r.groups).toEqual({ all: false, groups: ['docs'] });
    fs.copyFileSync(path.join(DIST, '../lock-extras/uv.lock'), path.join(wd, 'uv.lock'));
    await expect(
      checkLicenses({ workingDirectory: wd, env: {}, policy: buildPolicy(), groups: 'docs' }),
    ).rejects.toThrow(
      `Input 'groups' has an invalid value "docs": "all" or dependency groups in ${path.join(wd, 'uv.lock')} (dev).`,
    );
  });
});
