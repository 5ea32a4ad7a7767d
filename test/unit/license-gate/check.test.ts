import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLicenses } from '../../../src/actions/license-gate/check.js';
import { buildPolicy } from '../../../src/actions/license-gate/policy.js';
import { buildReport, licenseFindings } from '../../../src/actions/license-gate/report.js';
import { renderSummary } from '../../../src/report/summary.js';

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

describe('evidence kept (issue 17)', () => {
  it('reports a License field that is not SPDX as found, in the finding, the summary and the JSON data', async () => {
    const wd = project(['packaging-26.3.dist-info', 'pyln_client-23.8.dist-info']);
    // pyln-client's real METADATA without its classifier: the `License: BSD-MIT` packages of issue 17.
    const metadata = path.join(wd, '.venv/lib/python3.12/site-packages/pyln_client-23.8.dist-info/METADATA');
    const text = fs.readFileSync(metadata, 'utf8');
    fs.writeFileSync(metadata, text.replace(/^Classifier: License.*\n/gm, ''));

    const r = await checkLicenses({ workingDirectory: wd, env: {}, policy: buildPolicy() });
    const p = r.packages.find((x) => x.key === 'pyln-client');
    expect(p).toMatchObject({
      verdict: 'unknown',
      incompatible: true,
      reason: '`BSD-MIT`: not an SPDX expression; unknown',
      license: { text: 'BSD-MIT', found: { field: 'License', value: 'BSD-MIT' } },
    });
    expect(r.counts).toMatchObject({ packages: 2, incompatible: 1, unknown: 1, passed: 1 });

    const findings = licenseFindings(r, wd, wd, true);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'unknown-license',
      message: 'pyln-client 23.8: `BSD-MIT`: not an SPDX expression; unknown',
      data: {
        package: 'pyln-client',
        license: 'BSD-MIT',
        licenseFound: 'BSD-MIT',
        licenseField: 'License',
        licenseWhy: 'not an SPDX expression',
        verdict: 'unknown',
      },
    });
    const report = buildReport(r, findings, { zero: true, showOnlyFailing: false });
    const markdown = renderSummary(report).markdown;
    expect(markdown).toContain('BSD-MIT');
    expect(markdown).toContain('License field (not read)');
    expect(markdown).toContain('not an SPDX expression; unknown');
    expect(markdown).not.toContain('no licence found');
  });

  it('lists a lock package its marker keeps off this platform apart from a missing one', async () => {
    // The integration fixture's real uv.lock, against an environment that holds only some of it.
    const wd = project([
      'packaging-26.3.dist-info',
      'regex-2026.11.15.dist-info',
      'kiwisolver-1.5.1.dist-info',
      'uritemplate-4.2.0.dist-info',
      'django_cron-0.6.0.dist-info',
      'chardet-5.2.0.dist-info',
      'Unidecode-1.4.0.dist-info',
      'colorama-0.4.6.dist-info',
    ]);
    fs.copyFileSync(path.join(DIST, '../project/uv.lock'), path.join(wd, 'uv.lock'));
    const r = await checkLicenses({ workingDirectory: wd, env: {}, policy: buildPolicy() });
    // tzdata: only `sys_platform == 'win32'` (from django); django is forked by Python version, so needed
    // everywhere, and with its dependencies and optional-django really missing.
    expect(r.notForPlatform).toEqual([{ name: 'tzdata', marker: "sys_platform == 'win32'" }]);
    expect(r.notInstalled).toEqual(['asgiref', 'django', 'optional-django', 'sqlparse']);
    const markdown = renderSummary(buildReport(r, [], { zero: true, showOnlyFailing: false })).markdown;
    expect(markdown).toMatch(/Not for this platform .*tzdata.*sys\\?_platform == 'win32'/);
    expect(markdown).not.toMatch(/In uv.lock but not installed:[^\n]*tzdata/);
  });
});
