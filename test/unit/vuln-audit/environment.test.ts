import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { targetEnvironment } from '../../../src/actions/vuln-audit/environment.js';

const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vuln-audit-env-'));
  temps.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const LINUX = { platform: 'linux', machine: 'x86_64' } as const;
const target = (dir: string, more: Partial<Parameters<typeof targetEnvironment>[0]> = {}) =>
  targetEnvironment({
    projectDir: path.join(dir, 'member'),
    root: dir,
    env: {},
    lockFile: path.join(dir, 'uv.lock'),
    runner: LINUX,
    ...more,
  });

describe('the Python markers are evaluated for', () => {
  it(".python-version, the member's before the root's, as uv reads it", () => {
    const dir = tree({ '.python-version': '3.11\n', 'member/.python-version': '# pinned\ncpython@3.12.4\n' });
    expect(target(dir).python).toEqual({
      version: '3.12',
      full: '3.12.4',
      minorOnly: false,
      implementation: 'cpython',
      from: '.python-version',
      file: path.join(dir, 'member/.python-version'),
    });
    fs.rmSync(path.join(dir, 'member/.python-version'));
    expect(target(dir).python).toMatchObject({ version: '3.11', full: '3.11', minorOnly: true });
    fs.writeFileSync(path.join(dir, '.python-version'), 'pypy3.10\n');
    const pypy = target(dir);
    expect(pypy.python).toMatchObject({ version: '3.10', implementation: 'pypy' });
    expect(pypy.markers.values).toMatchObject({
      implementation_name: 'pypy',
      platform_python_implementation: 'PyPy',
    });
    expect(pypy.markers.values.implementation_version).toBeUndefined(); // PyPy's own version: not known
  });

  it("else the active environment's pyvenv.cfg (uv's version_info, venv's version), else the project's", () => {
    const dir = tree({
      'active/pyvenv.cfg': 'home = /usr/bin\nimplementation = CPython\nversion_info = 3.13.1\nuv = 0.12.16\n',
      '.venv/pyvenv.cfg': 'home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.10.12\n',
    });
    const active = target(dir, {
      env: { VIRTUAL_ENV: path.join(dir, 'active') },
      venv: path.join(dir, '.venv'),
    });
    expect(active.python).toMatchObject({
      version: '3.13',
      full: '3.13.1',
      minorOnly: false,
      from: 'pyvenv.cfg',
    });
    const project = target(dir, { venv: path.join(dir, '.venv') });
    expect(project.python).toMatchObject({ full: '3.10.12', file: path.join(dir, '.venv/pyvenv.cfg') });
    expect(project.description).toBe('linux x86_64, CPython 3.10.12 (from pyvenv.cfg)');
  });

  it('never guesses from requires-python (uv takes a newer interpreter): Python markers stay unknown', () => {
    const dir = tree({ '.python-version': 'system\n' }); // not a version: not used
    const none = target(dir);
    expect(none.python).toBeUndefined();
    expect(none.markers.values.python_version).toBeUndefined();
    expect(none.description).toMatch(/Python version unknown/);
  });

  it('names the platform the way Python does on each runner OS', () => {
    const dir = tree({});
    expect(target(dir, { runner: { platform: 'win32', machine: 'x86_64' } }).markers.values).toMatchObject({
      sys_platform: 'win32',
      platform_system: 'Windows',
      platform_machine: 'AMD64',
      os_name: 'nt',
    });
    expect(target(dir, { runner: { platform: 'darwin', machine: 'arm64' } }).markers.values).toMatchObject({
      sys_platform: 'darwin',
      platform_system: 'Darwin',
      platform_machine: 'arm64',
      os_name: 'posix',
    });
  });
});

describe('the Python uv installs for wins over the files a pull request controls', () => {
  it('the active environment, then UV_PYTHON, then .python-version', () => {
    const dir = tree({
      '.python-version': '3.8\n',
      'active/pyvenv.cfg': 'home = /usr/bin\nimplementation = CPython\nversion_info = 3.12.1\n',
    });
    // setup-uv-cached built 3.12 (its python-version input, exported as UV_PYTHON) whatever .python-version says.
    const active = target(dir, { env: { VIRTUAL_ENV: path.join(dir, 'active'), UV_PYTHON: '3.12' } });
    expect(active.python).toMatchObject({ full: '3.12.1', from: 'pyvenv.cfg' });
    const uvPython = target(dir, { env: { UV_PYTHON: '3.12' } });
    expect(uvPython.python).toMatchObject({ version: '3.12', minorOnly: true, from: 'UV_PYTHON' });
    expect(target(dir, { env: {} }).python).toMatchObject({ version: '3.8', from: '.python-version' });
  });
});
