import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packageKey } from '../../../src/actions/vuln-audit/osv.js';
import { type SelectOptions, selectPackages } from '../../../src/actions/vuln-audit/packages.js';
import { InputError } from '../../../src/core/errors.js';

const FIXTURES = path.resolve('test/fixtures');
const LINUX = { platform: 'linux', machine: 'x86_64' } as const;
const temps: string[] = [];

afterEach(() => {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A temporary directory holding `files` (path → text), and optionally a copy of a fixture directory. */
function tempProject(files: Record<string, string>, copyFrom?: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vuln-audit-pkgs-')));
  temps.push(dir);
  if (copyFrom) fs.cpSync(copyFrom, dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const select = (workingDirectory: string, more: Partial<SelectOptions> = {}) =>
  selectPackages({ workingDirectory, env: {}, runner: LINUX, ...more });

const keys = (ps: { name: string; version: string }[]) => ps.map(packageKey);

describe('packages from the fixture project (a real uv.lock)', () => {
  const project = path.join(FIXTURES, 'vuln-audit/project');

  it('audits the runtime closure; the win32-only dependency is listed as skipped; dev tools are not selected', async () => {
    const s = await select(project);
    expect(keys(s.audited)).toEqual([
      // async-timeout: redis needs it when python_full_version <= '3.11.2'; the Python is 3.11 (the
      // fixture's .python-version), patch unknown, so the edge is kept.
      'async-timeout==5.0.1',
      'certifi==2026.10.19.post1',
      'charset-normalizer==3.5.3',
      'idna==3.6',
      'jinja2==3.1.2',
      'markupsafe==3.0.4',
      'py==1.11.0',
      'redis==5.0.1',
      'requests==2.32.3',
      'urllib3==2.2.1',
      'werkzeug==2.3.8',
    ]);
    expect(s.skipped).toEqual([
      { name: 'waitress', version: '2.1.1', reason: "not installed on linux: sys_platform == 'win32'" },
    ]);
    expect(keys(s.notSelected)).toContain('black==24.1.0');
    expect(s.environment.python).toMatchObject({ version: '3.11', minorOnly: true, from: '.python-version' });
    expect(s.environment.description).toBe('linux x86_64, CPython 3.11 (from .python-version)');
  });

  it('gives each package its chain, direct dependency, declaring project and requirement', async () => {
    const s = await select(project);
    const get = (n: string) => s.audited.find((p) => p.name === n);
    expect(get('urllib3')).toEqual({
      name: 'urllib3',
      version: '2.2.1',
      chain: ['vulnapp', 'requests', 'urllib3'],
      direct: 'requests',
      declaredBy: 'vulnapp',
    });
    expect(get('werkzeug')).toMatchObject({ chain: ['vulnapp', 'werkzeug'], requirement: '>=2.3,<3' });
    expect(get('jinja2')?.requirement).toBe('>=3.1,<4');
    expect(s.pyprojects.get('vulnapp')).toBe(path.join(project, 'pyproject.toml'));
  });

  it('adds the dev group with groups: all, marked with its group and its requires-dev requirement', async () => {
    const s = await select(project, { groups: 'all' });
    expect(s.audited.find((p) => p.name === 'black')).toEqual({
      name: 'black',
      version: '24.1.0',
      chain: ['vulnapp', 'black'],
      direct: 'black',
      declaredBy: 'vulnapp',
      group: 'dev',
      requirement: '==24.1.0',
    });
    expect(s.audited.find((p) => p.name === 'click')).toMatchObject({ group: 'dev', direct: 'black' });
    expect(s.notSelected).toEqual([]);
    await expect(select(project, { groups: 'docs' })).rejects.toThrow(InputError);
  });

  it('evaluates markers for the Python the project names: .python-version 3.12 drops async-timeout', async () => {
    const dir = tempProject({ '.python-version': '3.12\n' }, project);
    const s = await select(dir);
    expect(keys(s.audited)).not.toContain('async-timeout==5.0.1');
    expect(s.skipped).toContainEqual({
      name: 'async-timeout',
      version: '5.0.1',
      reason: "not installed on linux, Python 3.12: python_full_version <= '3.11.2'",
    });
    // On Windows the marker holds: waitress is audited there.
    const win = await select(dir, { runner: { platform: 'win32', machine: 'x86_64' } });
    expect(keys(win.audited)).toContain('waitress==2.1.1');
  });
});

describe('forked resolutions (license-gate fixture: django per Python version)', () => {
  it('audits the version the target Python installs and lists the other as not installed', async () => {
    const dir = tempProject({ '.python-version': '3.12.4\n' }, path.join(FIXTURES, 'license-gate/project'));
    const s = await select(dir);
    expect(keys(s.audited)).toContain('django==6.1.3');
    expect(keys(s.audited)).not.toContain('django==5.2.19');
    expect(s.skipped).toContainEqual({
      name: 'django',
      version: '5.2.19',
      reason: "not installed on linux, Python 3.12.4: python_full_version < '3.12'",
    });
    // colorama: runtime through the `color` extra (no marker), so audited on Linux, and marked with the extra
    expect(s.audited.find((p) => p.name === 'colorama')).toMatchObject({
      extra: 'color',
      requirement: '==0.4.6',
    });
    // tzdata: django needs it on win32 only
    expect(s.skipped.find((p) => p.name === 'tzdata')?.reason).toBe(
      "not installed on linux: sys_platform == 'win32'",
    );
  });

  it('audits every forked version when nothing names the Python (requires-python is not what uv picks)', async () => {
    const s = await select(path.join(FIXTURES, 'license-gate/project'));
    // django 5.2.19 (python_full_version < '3.12') and 6.1.3: either could be installed.
    expect(keys(s.audited).filter((k) => k.startsWith('django=='))).toEqual([
      'django==5.2.19',
      'django==6.1.3',
    ]);
  });
});

describe('workspaces as uv sees them (test/fixtures/uv-workspace)', () => {
  const ws = path.join(FIXTURES, 'uv-workspace');

  it("a member's own closure from the root lock, members themselves left out, the declaring member named", async () => {
    const s = await select(path.join(ws, 'packages/backend'));
    expect(s.lockFile).toBe(path.join(ws, 'uv.lock'));
    expect(s.root).toBe(ws);
    expect(keys(s.audited)).toEqual(['idna==3.10', 'six==1.17.0']);
    expect(s.audited.find((p) => p.name === 'idna')).toEqual({
      name: 'idna',
      version: '3.10',
      chain: ['backend', 'shared', 'idna'],
      direct: 'idna',
      declaredBy: 'shared',
      requirement: '==3.10',
    });
    expect(s.pyprojects.get('shared')).toBe(path.join(ws, 'packages/shared/pyproject.toml'));
    expect(s.skipped).toEqual([]);
  });

  it("the root project counts its own dependencies, not the members'", async () => {
    const s = await select(ws, { groups: 'all' });
    expect(keys(s.audited)).toEqual(['isort==6.0.1', 'packaging==26.3']);
  });
});

const LOCK_HEAD = 'version = 1\nrevision = 3\nrequires-python = ">=3.11"\n\n';
const pkg = (name: string, version: string, source: string, deps = '', extra = '') =>
  `[[package]]\nname = "${name}"\nversion = "${version}"\nsource = ${source}\n${deps ? `dependencies = [\n${deps}]\n` : ''}${extra}\n`;
const registry = '{ registry = "https://pypi.org/simple" }';
const PYPROJECT = '[project]\nname = "app"\nversion = "0.1.0"\nrequires-python = ">=3.11"\n';
/** A lock whose project `app` depends on `deps` (inline tables), followed by the packages given. */
const appLock = (deps: string[], ...packages: string[]) =>
  LOCK_HEAD +
  pkg('app', '0.1.0', '{ virtual = "." }', deps.map((d) => `    ${d},\n`).join('')) +
  packages.join('');

describe('sources and markers (synthetic locks in uv.lock format)', () => {
  it('lists git, path, directory, sdist-URL and editable sources as not audited; workspace members are the project', async () => {
    const names = [
      'fromgit',
      'fromwheel',
      'fromdir',
      'fromsdist',
      'fromurlwheel',
      'localedit',
      'plain',
      'dynamic',
    ];
    const lock = appLock(
      names.map((n) => `{ name = "${n}" }`),
      pkg(
        'fromgit',
        '1.0',
        '{ git = "https://github.com/o/fromgit?rev=v1#0123456789abcdef0123456789abcdef01234567" }',
      ),
      pkg(
        'fromwheel',
        '2.0',
        '{ path = "wheels/fromwheel-2.0-py3-none-any.whl" }',
        '',
        'wheels = [{ filename = "fromwheel-2.0-py3-none-any.whl" }]\n',
      ),
      pkg('fromdir', '3.0', '{ directory = "../fromdir" }'),
      pkg(
        'fromsdist',
        '4.0',
        '{ url = "https://example.com/fromsdist-4.0.tar.gz" }',
        '',
        'sdist = { hash = "sha256:00" }\n',
      ),
      pkg(
        'fromurlwheel',
        '5.0',
        '{ url = "https://example.com/fromurlwheel-5.0-py3-none-any.whl" }',
        '',
        'wheels = [{ url = "https://example.com/fromurlwheel-5.0-py3-none-any.whl" }]\n',
      ),
      pkg('localedit', '0.0.1', '{ editable = "../localedit" }'),
      '[[package]]\nname = "dynamic"\nsource = { git = "https://github.com/o/dynamic?rev=main#0123456789abcdef0123456789abcdef01234567" }\n\n',
      pkg('plain', '6.0', registry),
    );
    const s = await select(tempProject({ 'pyproject.toml': PYPROJECT, 'uv.lock': lock }));
    expect(keys(s.audited)).toEqual(['fromurlwheel==5.0', 'plain==6.0']);
    expect(s.skipped).toEqual([
      { name: 'dynamic', version: '', reason: 'git source: not audited' }, // no version in the lock
      { name: 'fromdir', version: '3.0', reason: 'directory source: not audited' },
      { name: 'fromgit', version: '1.0', reason: 'git source: not audited' },
      { name: 'fromsdist', version: '4.0', reason: 'sdist URL source: not audited' },
      { name: 'fromwheel', version: '2.0', reason: 'path source: not audited' },
      { name: 'localedit', version: '0.0.1', reason: 'editable source: not audited' },
    ]);
  });

  // Found by playing the attacker: each lock below is one `uv sync --locked` installs idna 3.6 from PyPI with.
  it('a second [[package]] entry of another kind does not hide the registry release', async () => {
    const lock = appLock(
      ['{ name = "idna", version = "3.6", source = { registry = "https://pypi.org/simple" } }'],
      pkg('idna', '3.6', '{ editable = "vendor/idna" }'),
      pkg('idna', '3.6', registry),
    );
    const s = await select(tempProject({ 'pyproject.toml': PYPROJECT, 'uv.lock': lock }));
    expect(keys(s.audited)).toEqual(['idna==3.6']);
  });

  it('refuses a source with two kinds (uv writes one, and installs such a package from the registry)', async () => {
    const lock = appLock(
      ['{ name = "idna" }'],
      pkg('idna', '3.6', '{ virtual = "x", registry = "https://pypi.org/simple" }'),
    );
    await expect(select(tempProject({ 'pyproject.toml': PYPROJECT, 'uv.lock': lock }))).rejects.toThrow(
      /package "idna" has a source with 2 kinds \(virtual, registry\); uv writes exactly one/,
    );
  });

  it('skips what only false-marker edges reach, naming the marker and the package it hangs on', async () => {
    const lock = appLock(
      [
        `{ name = "winonly", marker = "sys_platform == 'win32'" }`,
        '{ name = "both" }',
        `{ name = "conflicted", marker = "extra == 'extra-3-app-gpu'" }`,
      ],
      pkg('winonly', '1.0', registry, '    { name = "winhelper" },\n'),
      pkg('winhelper', '1.1', registry),
      pkg(
        'both',
        '2.0',
        registry,
        `    { name = "winhelper", marker = "os_name == 'nt'" },\n    { name = "mac", marker = "platform_system == 'Darwin'" },\n`,
      ),
      pkg('mac', '3.0', registry),
      pkg('conflicted', '4.0', registry),
    );
    const s = await select(tempProject({ 'pyproject.toml': PYPROJECT, 'uv.lock': lock }));
    // conflicted: uv's conflict marker on `extra` is unknown here, so the package is kept (audited)
    expect(keys(s.audited)).toEqual(['both==2.0', 'conflicted==4.0']);
    expect(s.skipped).toEqual([
      { name: 'mac', version: '3.0', reason: "not installed on linux: platform_system == 'Darwin'" },
      // both of its paths are excluded (via winonly, and both's os_name edge); the reason names its shortest chain's
      {
        name: 'winhelper',
        version: '1.1',
        reason: "not installed on linux: sys_platform == 'win32' (via winonly)",
      },
      { name: 'winonly', version: '1.0', reason: "not installed on linux: sys_platform == 'win32'" },
    ]);
    // the same lock on Windows: all installed but the macOS-only one
    const win = await select(path.dirname(s.lockFile), { runner: { platform: 'win32', machine: 'x86_64' } });
    expect(win.skipped.map((p) => p.name)).toEqual(['mac']);
  });

  it('names the marker up the chain when a whole branch is excluded', async () => {
    const lock = appLock(
      [`{ name = "portalocker", marker = "sys_platform == 'win32'" }`],
      pkg('portalocker', '2.0', registry, '    { name = "pywin32" },\n'),
      pkg('pywin32', '306', registry),
    );
    const s = await select(tempProject({ 'pyproject.toml': PYPROJECT, 'uv.lock': lock }));
    expect(s.skipped).toContainEqual({
      name: 'pywin32',
      version: '306',
      reason: "not installed on linux: sys_platform == 'win32' (via portalocker)",
    });
  });
});

describe('a lock is attacker-controlled', () => {
  const write = (lock: string) => tempProject({ 'pyproject.toml': PYPROJECT, 'uv.lock': lock });
  const onX = (xName: string, xVersion: string, marker = '') =>
    appLock(
      [`{ name = "${xName}"${marker ? `, marker = "${marker}"` : ''} }`],
      pkg(xName, xVersion, registry),
    );

  it('refuses versions that are not PEP 440, names that are not PEP 508, and markers that do not parse, naming uv.lock', async () => {
    await expect(select(write(onX('x', '1.0; echo')))).rejects.toThrow(
      /uv\.lock: package "x" has version "1\.0; echo", which is not a PEP 440 version/,
    );
    await expect(select(write(onX('x y', '1.0')))).rejects.toThrow(
      /uv\.lock: "x y" is not a valid package name/,
    );
    await expect(select(write(onX('x', '1.0', 'sys_platform === ')))).rejects.toThrow(
      /uv\.lock: package "app": invalid marker/,
    );
    const badSpec =
      LOCK_HEAD +
      pkg(
        'app',
        '0.1.0',
        '{ virtual = "." }',
        '    { name = "x" },\n',
        '[package.metadata]\nrequires-dist = [{ name = "x", specifier = ">=1.0;rm" }]\n',
      ) +
      pkg('x', '1.0', registry);
    await expect(select(write(badSpec))).rejects.toThrow(/not a PEP 440 specifier/);
    await expect(select(write('not = [toml'))).rejects.toThrow(/uv\.lock is not valid TOML/);
  });

  it('bounds the number of dependencies a package may list', async () => {
    const many = Array.from({ length: 5001 }, (_, i) => `{ name = "p${i}" }`);
    await expect(select(write(appLock(many)))).rejects.toThrow(/lists 5001 dependencies; at most 5000/);
  });

  it('says where the lock is missing', async () => {
    await expect(select(tempProject({ 'pyproject.toml': PYPROJECT }))).rejects.toThrow(
      /No uv\.lock at .*uv\.lock/,
    );
  });
});
