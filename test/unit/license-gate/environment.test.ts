import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  findEnvironment,
  listDistributions,
  sitePackagesOf,
} from '../../../src/actions/license-gate/environment.js';
import { InputError } from '../../../src/core/errors.js';

const DIST = path.join(import.meta.dirname, '../../fixtures/license-gate/dist-info');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-env-'));
  dirs.push(d);
  return d;
}

/** A venv skeleton: pyvenv.cfg and site-packages in the POSIX or the Windows layout. */
function venv(root: string, layout: 'posix' | 'windows' = 'posix'): string {
  const sp =
    layout === 'posix'
      ? path.join(root, 'lib', 'python3.12', 'site-packages')
      : path.join(root, 'Lib', 'site-packages');
  fs.mkdirSync(sp, { recursive: true });
  fs.writeFileSync(path.join(root, 'pyvenv.cfg'), 'home = /usr/bin\n');
  return sp;
}

describe('finding the environment', () => {
  it('uses the venv input first, relative to the working directory', () => {
    const wd = tmp();
    const sp = venv(path.join(wd, 'envs', 'ci'));
    venv(path.join(wd, '.venv'));
    const env = findEnvironment({
      venv: 'envs/ci',
      workingDirectory: wd,
      env: { VIRTUAL_ENV: path.join(wd, '.venv') },
    });
    expect(env).toEqual({ root: path.join(wd, 'envs', 'ci'), foundBy: 'input', sitePackages: [sp] });
  });

  it('then VIRTUAL_ENV, then .venv in the working directory', () => {
    const wd = tmp();
    const active = tmp();
    venv(active);
    venv(path.join(wd, '.venv'));
    expect(findEnvironment({ workingDirectory: wd, env: { VIRTUAL_ENV: active } }).foundBy).toBe(
      'VIRTUAL_ENV',
    );
    expect(findEnvironment({ venv: '', workingDirectory: wd, env: {} })).toMatchObject({
      root: path.join(wd, '.venv'),
      foundBy: '.venv',
    });
  });

  it("then the uv project's environment (a workspace root's .venv, or UV_PROJECT_ENVIRONMENT)", () => {
    const wd = tmp();
    const rootEnv = path.join(tmp(), 'env');
    venv(path.join(wd, '.venv'));
    const project = { environment: rootEnv, environmentFrom: 'UV_PROJECT_ENVIRONMENT' as const };
    expect(() => findEnvironment({ workingDirectory: wd, env: {}, project })).toThrow(
      `VIRTUAL_ENV is not set, and the uv project's environment ${rootEnv} does not exist.`,
    );
    venv(rootEnv);
    expect(findEnvironment({ workingDirectory: wd, env: {}, project })).toMatchObject({
      root: rootEnv,
      foundBy: 'UV_PROJECT_ENVIRONMENT',
    });
    expect(
      findEnvironment({ workingDirectory: wd, env: {}, project: { ...project, environmentFrom: 'default' } })
        .foundBy,
    ).toBe('.venv');
  });

  it('reads the Windows layout, and free-threaded or PyPy lib directories', () => {
    const win = tmp();
    expect(sitePackagesOf(win)).toEqual([]);
    const sp = venv(win, 'windows');
    expect(sitePackagesOf(win)).toEqual([sp]);
    const ft = tmp();
    fs.mkdirSync(path.join(ft, 'lib', 'python3.13t', 'site-packages'), { recursive: true });
    fs.mkdirSync(path.join(ft, 'lib', 'pkgconfig'), { recursive: true });
    expect(sitePackagesOf(ft)).toEqual([path.join(ft, 'lib', 'python3.13t', 'site-packages')]);
  });

  it('names the venv input when it is missing or not an environment', () => {
    const wd = tmp();
    expect(() => findEnvironment({ venv: 'nope', workingDirectory: wd, env: {} })).toThrow(InputError);
    expect(() => findEnvironment({ venv: 'nope', workingDirectory: wd, env: {} })).toThrow(
      `Input 'venv' has an invalid value "nope": a directory holding a virtual environment; ${path.join(wd, 'nope')} does not exist.`,
    );
    fs.mkdirSync(path.join(wd, 'empty'));
    expect(() => findEnvironment({ venv: 'empty', workingDirectory: wd, env: {} })).toThrow(
      /invalid value "empty": a virtual environment; .* has neither lib\/python3.X\/site-packages nor Lib\/site-packages/,
    );
  });

  it('says how to get an environment when there is none', () => {
    const wd = tmp();
    expect(() => findEnvironment({ workingDirectory: wd, env: {} })).toThrow(
      `No Python environment to read: the venv input is empty, VIRTUAL_ENV is not set, and ${path.join(wd, '.venv')} does not exist. Run uv sync first (setup-uv-cached does), or set venv.`,
    );
  });
});

describe('listing distributions', () => {
  it('lists every dist-info with METADATA, named and versioned by it, sorted by normalised name', async () => {
    const sp = venv(tmp());
    for (const d of [
      'Unidecode-1.4.0.dist-info',
      'django_cron-0.6.0.dist-info',
      'packaging-26.3.dist-info',
    ]) {
      fs.cpSync(path.join(DIST, d), path.join(sp, d), { recursive: true });
    }
    fs.mkdirSync(path.join(sp, 'broken-1.0.dist-info')); // an interrupted install: no METADATA
    fs.mkdirSync(path.join(sp, 'django_cron')); // a package directory, not metadata
    const dists = await listDistributions([sp]);
    expect(dists.map((d) => [d.name, d.key, d.version, path.basename(d.distInfo)])).toEqual([
      ['django-cron', 'django-cron', '0.6.0', 'django_cron-0.6.0.dist-info'],
      ['packaging', 'packaging', '26.3', 'packaging-26.3.dist-info'],
      ['Unidecode', 'unidecode', '1.4.0', 'Unidecode-1.4.0.dist-info'],
    ]);
    expect(dists[0]!.metadata.get('Summary')).toBe('Running python crons in a Django project');
  });
});
