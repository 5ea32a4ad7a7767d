import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  lockedVersion,
  normalizePackageName,
  PYTHON_TOOLS,
  pythonToolArgv,
} from '../../../src/provision/python-tools.js';

// A uv.lock written by uv 0.12.16 for the pyproject.toml beside it.
const LOCK = fileURLToPath(new URL('../../fixtures/provision/locked-project/uv.lock', import.meta.url));

describe('python tool commands', () => {
  it('runs a standalone tool with uv tool run at its pin', () => {
    const ruff = { package: 'ruff', pin: '0.15.0', mode: 'standalone' } as const;
    expect(pythonToolArgv(ruff)).toEqual({
      argv: ['uv', 'tool', 'run', '--from', 'ruff==0.15.0', 'ruff'],
      version: '0.15.0',
      versionFrom: 'pin',
    });
  });

  it('runs a project tool with uv run --isolated --with: never a sync of the project environment', () => {
    const pylint = { package: 'pylint', pin: '4.0.0', mode: 'project' } as const;
    expect(pythonToolArgv(pylint).argv).toEqual([
      'uv',
      'run',
      '--isolated',
      '--with',
      'pylint==4.0.0',
      'pylint',
    ]);
  });

  it("takes the caller's own run flags when they cannot sync the project environment", () => {
    const deptry = { package: 'deptry', pin: '0.25.1', mode: 'project' } as const;
    const run = ['--frozen', '--all-extras', '--all-groups', '--no-sync'];
    expect(pythonToolArgv(deptry, { run, args: ['.'] }).argv).toEqual([
      'uv',
      'run',
      '--frozen',
      '--all-extras',
      '--all-groups',
      '--no-sync',
      '--with',
      'deptry==0.25.1',
      'deptry',
      '.',
    ]);
    const venv = ['--no-project', '--python', '/w/.venv/bin/python'];
    expect(pythonToolArgv(deptry, { run: venv }).argv.slice(0, 6)).toEqual(['uv', 'run', ...venv, '--with']);
  });

  it('refuses run flags that would sync the project environment', () => {
    const mypy = { package: 'mypy', pin: '2.4.1', mode: 'project' } as const;
    for (const run of [
      [],
      ['--frozen'],
      ['--frozen', '--all-extras', '--all-groups'],
      ['--python', '3.12'],
    ]) {
      expect(() => pythonToolArgv(mypy, { run })).toThrow(
        "would sync the project's environment: give one of --isolated, --no-sync, --no-project",
      );
    }
  });

  it('prefers the locked version, and passes the uv path, plugins and arguments', () => {
    const flake8 = { package: 'flake8', pin: '7.0.0', mode: 'standalone' } as const;
    const cmd = pythonToolArgv(flake8, {
      lockedVersion: '7.1.1',
      uv: '/opt/uv/uv',
      with: ['flake8-bugbear==24.0.0'],
      args: ['--format', 'json', 'src'],
    });
    expect(cmd).toEqual({
      argv: [
        '/opt/uv/uv',
        'tool',
        'run',
        '--from',
        'flake8==7.1.1',
        '--with',
        'flake8-bugbear==24.0.0',
        'flake8',
        '--format',
        'json',
        'src',
      ],
      version: '7.1.1',
      versionFrom: 'uv.lock',
    });
  });

  it('runs a command whose name differs from its package', () => {
    const tool = {
      package: 'Django-Upgrade',
      pin: '1.0',
      command: 'django-upgrade',
      mode: 'standalone',
    } as const;
    expect(pythonToolArgv(tool).argv.slice(-2)).toEqual(['Django-Upgrade==1.0', 'django-upgrade']);
  });

  it('has pins for the tools the actions run', () => {
    for (const [name, t] of Object.entries(PYTHON_TOOLS)) {
      expect(t.package).toBe(name);
      expect(t.pin).toMatch(/^\d+\.\d+(\.\d+)?$/);
    }
    expect(PYTHON_TOOLS.ruff.mode).toBe('standalone');
    expect(PYTHON_TOOLS.pylint.mode).toBe('project');
  });
});

describe('lockedVersion', () => {
  it('reads versions from a real uv.lock', async () => {
    expect(await lockedVersion(LOCK, 'pylint')).toBe('4.1.4');
    expect(await lockedVersion(LOCK, 'ruff')).toBe('0.17.6');
    expect(await lockedVersion(LOCK, 'requests')).toBe('2.34.2');
    expect(await lockedVersion(LOCK, 'sample-service')).toBe('0.1.0');
  });

  it('compares names PEP 503-normalised', async () => {
    expect(normalizePackageName('Typing_Extensions')).toBe('typing-extensions');
    expect(normalizePackageName('zope.interface')).toBe('zope-interface');
    expect(normalizePackageName('A__b-.c')).toBe('a-b-c');
    expect(await lockedVersion(LOCK, 'Typing_Extensions')).toBe('4.16.0');
    expect(await lockedVersion(LOCK, 'charset.normalizer')).toBe('3.5.2');
    expect(await lockedVersion(LOCK, 'MYPY_extensions')).toBe('1.2.0');
  });

  it('is undefined for a package the lock does not have, or a missing lock', async () => {
    expect(await lockedVersion(LOCK, 'flake8')).toBeUndefined();
    expect(await lockedVersion(path.join(os.tmpdir(), 'no-such-dir', 'uv.lock'), 'ruff')).toBeUndefined();
  });

  it('names the file when it is not TOML', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-lock-'));
    try {
      const bad = path.join(dir, 'uv.lock');
      fs.writeFileSync(bad, '[[package]\nname = ');
      await expect(lockedVersion(bad, 'ruff')).rejects.toThrow(`${bad} is not valid TOML`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
