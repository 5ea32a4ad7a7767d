import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkLicenses,
  type LicenseGateResult,
  type PackageReport,
} from '../../../src/actions/license-gate/check.js';
import {
  buildPolicy,
  DEFAULT_ONLY_LICENSES,
  type PolicyInputs,
} from '../../../src/actions/license-gate/policy.js';
import { InputError } from '../../../src/core/errors.js';
import { requireTool } from '../../support/tools.js';
import { fixtureProject } from './fixture-venv.js';

/**
 * The licence gate on a real environment: test/fixtures/license-gate/project synced by uv from PyPI, each
 * dependency there for one case (see the comments in its pyproject.toml).
 */

let project: string | undefined;

beforeAll(async () => {
  const uv = requireTool('uv');
  if (uv) project = await fixtureProject(uv);
});

async function check(ctx: { skip: (note: string) => never }, policy: PolicyInputs = {}, groups = '') {
  if (!project) return ctx.skip('uv is not installed (.ci/install-tools.sh puts it in the tools dir)');
  return checkLicenses({ workingDirectory: project, env: {}, policy: buildPolicy(policy), groups });
}

function pkg(r: LicenseGateResult, key: string): PackageReport {
  const p = r.packages.find((x) => x.key === key);
  if (!p)
    throw new Error(`${key} is not among the counted packages: ${r.packages.map((x) => x.key).join(', ')}`);
  return p;
}

/** The fields the report shows for a package. */
const row = (p: PackageReport) => ({
  license: p.license.text,
  source: p.license.source,
  families: p.license.families,
  verdict: p.verdict,
  reason: p.reason,
});

describe('license gate on a uv-synced environment (default policy)', () => {
  it('resolves an OR License-Expression and passes it through one alternative (packaging)', async (ctx) => {
    const r = await check(ctx);
    expect(row(pkg(r, 'packaging'))).toEqual({
      license: 'Apache-2.0 OR BSD-2-Clause',
      source: 'expression',
      families: ['apache', 'bsd'],
      verdict: 'pass',
      reason: 'one alternative suffices: Apache-2.0 is allowed (apache in only-licenses)',
    });
  });

  it('resolves an AND License-Expression and passes it only because both parts pass (regex)', async (ctx) => {
    expect(row(pkg(await check(ctx), 'regex'))).toEqual({
      license: 'Apache-2.0 AND CNRI-Python',
      source: 'expression',
      families: ['apache', 'python'],
      verdict: 'pass',
      reason:
        'every part is allowed: Apache-2.0 is allowed (apache in only-licenses); CNRI-Python is allowed (python in only-licenses)',
    });
    // The same AND fails once one part is no longer allowed.
    const r = await check(ctx, { onlyLicenses: 'apache bsd isc mit mpl unlicense' });
    expect(pkg(r, 'regex')).toMatchObject({
      verdict: 'fail',
      reason: 'every part must be allowed: CNRI-Python (family python) is not in only-licenses',
    });
  });

  it('gives a classifier-only package its family, not an invented id (colorama, from the extra)', async (ctx) => {
    const p = pkg(await check(ctx), 'colorama');
    expect(row(p)).toEqual({
      license: 'BSD License',
      source: 'classifier',
      families: ['bsd'],
      verdict: 'pass',
      reason: 'BSD License is allowed (bsd in only-licenses)',
    });
    expect(p.license.evidence).toEqual(['Classifier: License :: OSI Approved :: BSD License']);
    expect(p).toMatchObject({
      scope: 'runtime',
      origin: { kind: 'extra', name: 'color' },
      chain: ['colorama'],
    });
  });

  it('recognises a whole licence text in the License field (kiwisolver)', async (ctx) => {
    const p = pkg(await check(ctx), 'kiwisolver');
    expect(row(p)).toMatchObject({
      license: 'BSD-3-Clause',
      source: 'field',
      families: ['bsd'],
      verdict: 'pass',
    });
    expect(p.license.fieldReading).toBe('text');
    expect(p.license.evidence[0]).toMatch(/^License: "=+" … \(\d+ characters\) \(licence text\)$/);
  });

  it('reads aliases combined with OR in the License field (uritemplate)', async (ctx) => {
    expect(row(pkg(await check(ctx), 'uritemplate'))).toMatchObject({
      license: 'BSD-3-Clause OR Apache-2.0',
      source: 'field',
      verdict: 'pass',
    });
  });

  it('finds a licence known only from its file (django-cron)', async (ctx) => {
    const p = pkg(await check(ctx), 'django-cron');
    expect(row(p)).toEqual({
      license: 'MIT',
      source: 'file',
      families: ['mit'],
      verdict: 'pass',
      reason: 'MIT is allowed (mit in only-licenses)',
    });
    expect(p.license.evidence).toEqual(['LICENSE: MIT text']);
  });

  it('fails an LGPL package only for want of lgpl in only-licenses, never through fail-licenses gpl (chardet)', async (ctx) => {
    const r = await check(ctx);
    expect(row(pkg(r, 'chardet'))).toEqual({
      license: 'LGPL',
      source: 'field',
      families: ['lgpl'],
      verdict: 'fail',
      reason: 'LGPL (family lgpl) is not in only-licenses',
    });
    const withLgpl = await check(ctx, { onlyLicenses: `${DEFAULT_ONLY_LICENSES} lgpl` });
    expect(pkg(withLgpl, 'chardet')).toMatchObject({
      verdict: 'pass',
      reason: 'LGPL is allowed (lgpl in only-licenses)',
    });
  });

  it('fails a GPL package through fail-licenses (unidecode)', async (ctx) => {
    const r = await check(ctx, { onlyLicenses: '' });
    expect(row(pkg(r, 'unidecode'))).toEqual({
      license: 'GPL',
      source: 'field',
      families: ['gpl'],
      verdict: 'fail',
      reason: 'GPL is in fail-licenses (gpl)',
    });
  });

  it('reports an unknown licence with the evidence seen, as incompatible (optional-django)', async (ctx) => {
    const p = pkg(await check(ctx), 'optional-django');
    expect(row(p)).toEqual({
      license: 'unknown',
      source: undefined,
      families: ['unknown'],
      verdict: 'unknown',
      reason: 'no licence found in the metadata or the licence files',
    });
    expect(p.incompatible).toBe(true);
    expect(p.license.evidence).toEqual([
      'no License-Expression and no License field',
      'no licence classifier',
      'no licence file in the dist-info directory',
    ]);
  });

  it('gives the chain from uv.lock that brings each package in', async (ctx) => {
    const r = await check(ctx);
    expect(pkg(r, 'asgiref')).toMatchObject({
      scope: 'runtime',
      origin: { kind: 'dependencies' },
      chain: ['django-cron', 'django', 'asgiref'],
      requiredBy: ['django'],
    });
    expect(pkg(r, 'sqlparse').chain).toEqual(['django-cron', 'django', 'sqlparse']);
    expect(pkg(r, 'unidecode')).toMatchObject({ chain: ['unidecode'], requiredBy: ['license-gate-fixture'] });
  });

  it('counts the runtime closure only, failing packages first, and leaves the dev-only GPL tool out', async (ctx) => {
    const r = await check(ctx);
    expect(r.packages.map((p) => `${p.verdict} ${p.key}`)).toEqual([
      'fail chardet',
      'fail unidecode',
      'unknown optional-django',
      'pass asgiref',
      'pass colorama',
      'pass django',
      'pass django-cron',
      'pass kiwisolver',
      'pass packaging',
      'pass regex',
      'pass sqlparse',
      'pass uritemplate',
    ]);
    expect(r.counts).toEqual({ packages: 12, incompatible: 3, failed: 2, unknown: 1, ignored: 0, passed: 9 });
    expect(r.excluded.find((e) => e.name === 'pylint')).toEqual({
      name: 'pylint',
      version: '4.1.4',
      scope: 'dev',
      groups: ['dev'],
      chain: ['pylint'],
    });
    expect(r.excluded.map((e) => e.name.toLowerCase()).sort()).toEqual([
      'astroid',
      'dill',
      'iniconfig',
      'isort',
      'mccabe',
      'mypy_extensions',
      'platformdirs',
      'pluggy',
      'pygments',
      'pylint',
      'pytest',
      'tomlkit',
    ]);
    expect(r.projects).toEqual(['license-gate-fixture']);
    expect(r.lockFile).toBe(`${project}/uv.lock`);
  });

  it('counts the dev-only GPL tool with groups: all', async (ctx) => {
    const r = await check(ctx, {}, 'all');
    expect(row(pkg(r, 'pylint'))).toEqual({
      license: 'GPL-2.0-or-later',
      source: 'expression',
      families: ['gpl'],
      verdict: 'fail',
      reason: 'GPL-2.0-or-later is in fail-licenses (gpl)',
    });
    expect(pkg(r, 'pylint')).toMatchObject({
      scope: 'dev',
      origin: { kind: 'group', name: 'dev' },
      chain: ['pylint'],
    });
    expect(pkg(r, 'astroid')).toMatchObject({ chain: ['pylint', 'astroid'], verdict: 'fail' });
    expect(r.excluded).toEqual([]);
    expect(r.counts.packages).toBe(25);
  });

  it('counts a named group only (groups: test)', async (ctx) => {
    const r = await check(ctx, {}, 'test');
    expect(pkg(r, 'pytest')).toMatchObject({ scope: 'dev', verdict: 'pass' });
    expect(r.packages.some((p) => p.key === 'pylint')).toBe(false);
    expect(r.excluded.some((e) => e.name === 'pylint')).toBe(true);
  });

  it('reports packages installed but not in uv.lock, and locked ones not for this platform', async (ctx) => {
    const r = await check(ctx);
    expect(r.notInLock.map((p) => [p.key, p.scope, p.license.text, p.verdict, p.counted])).toEqual([
      ['six', 'unlocked', 'MIT', 'pass', false],
    ]);
    expect(r.packages.some((p) => p.key === 'six')).toBe(false);
    // tzdata comes only with `sys_platform == 'win32'` (from django): off this platform, not missing.
    expect(r.notInstalled).toEqual([]);
    if (process.platform !== 'win32')
      expect(r.notForPlatform).toEqual([{ name: 'tzdata', marker: "sys_platform == 'win32'" }]);
    const all = await check(ctx, {}, 'all');
    expect(pkg(all, 'six')).toMatchObject({ scope: 'unlocked', counted: true });
  });

  it('applies ignore-packages and fail-packages globs with their reasons', async (ctx) => {
    const r = await check(ctx, {
      ignorePackages: 'optional-django  # vendored copy, cleared by legal\nchardet',
      failPackages: 'django*',
    });
    expect(pkg(r, 'optional-django')).toMatchObject({
      verdict: 'ignored',
      reason: 'listed in ignore-packages (optional-django): vendored copy, cleared by legal',
      incompatible: false,
    });
    expect(pkg(r, 'django-cron')).toMatchObject({
      verdict: 'fail',
      reason: 'listed in fail-packages (django*)',
    });
    expect(pkg(r, 'django').verdict).toBe('fail');
    expect(r.counts).toMatchObject({ incompatible: 3, failed: 3, unknown: 0, ignored: 2 });
  });

  it('rejects a group uv.lock does not have', async (ctx) => {
    await expect(check(ctx, {}, 'docs')).rejects.toThrow(InputError);
  });

  it('reads the whole environment well under a second', async (ctx) => {
    const r = await check(ctx, {}, 'all');
    expect(r.environment.foundBy).toBe('.venv');
    expect(r.durationMs).toBeLessThan(1000);
  });
});
