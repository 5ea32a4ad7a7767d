import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type ArgsContext,
  checkInvocation,
  FLAKE8_FORMAT,
  fixInvocation,
  PYLINT_BOOT,
} from '../../../src/actions/python-lint-stack/argv.js';
import {
  chooseEnvironment,
  expandTargets,
  resolveVersion,
  runsInProject,
  safeArg,
  toolArgv,
} from '../../../src/actions/python-lint-stack/command.js';
import { FIXERS, TOOL_IDS } from '../../../src/actions/python-lint-stack/tools.js';
import { PYTHON_TOOLS } from '../../../src/provision/python-tools.js';
import { BASE_ARGS } from './args-context.js';

const base: ArgsContext = BASE_ARGS;
const configured = { ...base, config: { file: '/p/setup.cfg', keys: ['max-line-length'] } };
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-argv-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('checkInvocation', () => {
  it('gives each unconfigured tool our defaults and a machine-readable output', () => {
    expect(checkInvocation('ruff', base).args).toEqual([
      'check',
      '--output-format',
      'json',
      '--exit-zero',
      '--force-exclude',
      '--line-length',
      '88',
      '.',
    ]);
    const flake8 = checkInvocation('flake8', base).args;
    expect(flake8.slice(0, 7)).toEqual([
      `--format=${FLAKE8_FORMAT}`,
      '--exit-zero',
      '--jobs=1',
      '--max-line-length=88',
      '--extend-ignore=E501,W503',
      '--max-complexity=10',
      expect.stringMatching(/^--extend-exclude=.*\.venv/),
    ]);
    expect(checkInvocation('isort', base).args).toEqual([
      '--check-only',
      '--diff',
      '--filter-files',
      '--line-length',
      '88',
      '.',
    ]);
    expect(checkInvocation('autoflake', base).args).toEqual([
      '-r',
      '--jobs=1',
      '--remove-all-unused-imports',
      '--remove-unused-variables',
      '--remove-duplicate-keys',
      '.',
    ]);
    expect(checkInvocation('mypy', base).args).toEqual(['--output', 'json', '.']);
  });

  it('runs pylint through python -c with a fixed hash seed, on the expanded targets', () => {
    const p = checkInvocation('pylint', base);
    expect(p.command).toBe('python');
    expect(p.args).toEqual([
      '-c',
      PYLINT_BOOT,
      '--output-format=json2',
      '--exit-zero',
      '--recursive=y',
      '--max-line-length=88',
      'app',
    ]);
    expect(p.env).toEqual({ PYTHONHASHSEED: '0' });
    expect(PYLINT_BOOT).toContain('gc.set_threshold(100_000');
  });

  it('passes none of our defaults to a configured tool', () => {
    expect(checkInvocation('ruff', configured).args).toEqual([
      'check',
      '--output-format',
      'json',
      '--exit-zero',
      '--force-exclude',
      '.',
    ]);
    expect(checkInvocation('pylint', configured).args).not.toContain('--max-line-length=88');
    expect(checkInvocation('isort', configured).args).toEqual([
      '--check-only',
      '--diff',
      '--filter-files',
      '.',
    ]);
    expect(checkInvocation('autoflake', configured).args).toEqual(['-r', '--jobs=1', '.']);
  });

  it('adds the complexity pass to a flake8 configuration that does not set max-complexity', () => {
    expect(checkInvocation('flake8', configured).args.slice(3)).toEqual(['--max-complexity=10', '.']);
    const own = { ...base, config: { file: '/p/.flake8', keys: ['max-complexity'] } };
    expect(checkInvocation('flake8', own).args.slice(3)).toEqual(['.']);
  });

  it('fast: ruff with the rule families of the default stack and the complexity limit', () => {
    const args = checkInvocation('ruff', { ...base, fast: true, maxComplexity: 7 }).args;
    expect(args).toContain('--extend-select');
    expect(args[args.indexOf('--extend-select') + 1]).toBe('E,W,F,C90,I,PL');
    expect(args[args.indexOf('--config') + 1]).toBe('lint.mccabe.max-complexity = 7');
    expect(checkInvocation('ruff', { ...configured, fast: true }).args).not.toContain('--config');
  });

  it("keeps mypy's own `files` when the paths are the default", () => {
    const cfg = { ...base, config: { file: '/p/mypy.ini', keys: ['files', 'strict'] } };
    expect(checkInvocation('mypy', cfg).args).toEqual(['--output', 'json']);
    expect(checkInvocation('mypy', { ...cfg, targets: ['src/a.py'] }).args).toEqual([
      '--output',
      'json',
      'src/a.py',
    ]);
  });
});

describe('fixInvocation', () => {
  it('has an in-place form for each fixer and none for the checkers', () => {
    for (const t of FIXERS) expect(fixInvocation(t, base), t).toBeDefined();
    expect(fixInvocation('autoflake', base)?.args.slice(0, 2)).toEqual(['-r', '-i']);
    expect(fixInvocation('autopep8', base)?.args.slice(0, 2)).toEqual(['--in-place', '-r']);
    expect(fixInvocation('ruff', base)?.args.slice(0, 3)).toEqual(['check', '--fix', '--exit-zero']);
    expect(fixInvocation('isort', base)?.args).not.toContain('--check-only');
    expect(fixInvocation('pylint', base)).toBeUndefined();
    expect(fixInvocation('mypy', base)).toBeUndefined();
  });
});

describe('toolArgv', () => {
  const inv = { command: 'pylint', args: ['app'] };
  it('isolated: uv tool run --from', () => {
    expect(toolArgv('uv', 'ruff', '0.15.0', { command: 'ruff', args: ['check'] }, undefined)).toEqual([
      'uv',
      'tool',
      'run',
      '--from',
      'ruff==0.15.0',
      'ruff',
      'check',
    ]);
  });
  it('a venv: uv run --no-project --python <venv python> --with', () => {
    const env = { kind: 'venv', venv: '/w/.venv', python: '/w/.venv/bin/python', from: '.venv' } as const;
    expect(toolArgv('uv', 'pylint', '4.1.4', inv, env)).toEqual([
      'uv',
      'run',
      '--no-project',
      '--python',
      '/w/.venv/bin/python',
      '--with',
      'pylint==4.1.4',
      'pylint',
      'app',
    ]);
  });
  it('a separate environment (never a sync of the project venv), frozen when there is a uv.lock', () => {
    expect(toolArgv('uv', 'mypy', '2.4.1', inv, { kind: 'uv-project', frozen: true }).slice(0, 6)).toEqual([
      'uv',
      'run',
      '--isolated',
      '--frozen',
      '--with',
      'mypy==2.4.1',
    ]);
  });
});

describe('versions and environments', () => {
  it('tool-versions beats uv.lock beats the pin', async () => {
    const lock = path.join(scratch, 'uv.lock');
    fs.writeFileSync(lock, 'version = 1\n\n[[package]]\nname = "Ruff"\nversion = "0.9.1"\n');
    expect(await resolveVersion('ruff', {}, lock)).toEqual({ version: '0.9.1', from: 'uv.lock' });
    expect(await resolveVersion('ruff-format', { ruff: '0.15.0' }, lock)).toEqual({
      version: '0.15.0',
      from: 'tool-versions',
    });
    expect(await resolveVersion('isort', {}, lock)).toEqual({ version: PYTHON_TOOLS.isort.pin, from: 'pin' });
  });

  it('runs pylint and mypy, and any tool the project locks, over the project environment', () => {
    expect(runsInProject('pylint', { version: '1', from: 'pin' })).toBe(true);
    expect(runsInProject('ruff', { version: '1', from: 'pin' })).toBe(false);
    expect(runsInProject('flake8', { version: '1', from: 'uv.lock' })).toBe(true);
  });

  it('chooses the active venv, then .venv, then a [project], else isolated', () => {
    const dir = fs.mkdtempSync(path.join(scratch, 'env-'));
    expect(chooseEnvironment(dir, {})).toEqual({ kind: 'isolated' });
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "x"\nversion = "1"\n');
    expect(chooseEnvironment(dir, {})).toEqual({ kind: 'uv-project', frozen: false });
    fs.mkdirSync(path.join(dir, '.venv', 'bin'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.venv', 'bin', 'python'), '');
    expect(chooseEnvironment(dir, {})).toMatchObject({ kind: 'venv', from: '.venv' });
    const other = path.join(scratch, 'other-venv');
    fs.mkdirSync(path.join(other, 'bin'), { recursive: true });
    fs.writeFileSync(path.join(other, 'bin', 'python'), '');
    expect(chooseEnvironment(dir, { VIRTUAL_ENV: other })).toMatchObject({
      kind: 'venv',
      venv: other,
      from: 'VIRTUAL_ENV',
    });
  });
});

describe('expandTargets', () => {
  it('lists Python files and directories, leaving out venvs, caches and build output', () => {
    const dir = fs.mkdtempSync(path.join(scratch, 'expand-'));
    for (const d of ['app', '.venv', 'build', 'node_modules', 'env', 'tests', '-odd'])
      fs.mkdirSync(path.join(dir, d));
    fs.writeFileSync(path.join(dir, 'env', 'pyvenv.cfg'), 'home = /usr\n');
    for (const f of ['setup.py', 'README.md', 'stubs.pyi']) fs.writeFileSync(path.join(dir, f), '');
    expect(expandTargets(dir, ['.'])).toEqual(['./-odd', 'app', 'setup.py', 'stubs.pyi', 'tests']);
    expect(expandTargets(dir, ['setup.py', 'app'])).toEqual(['setup.py']);
    expect(safeArg('-x.py')).toBe('./-x.py');
  });
});

it('knows every tool id', () => {
  expect(TOOL_IDS).toHaveLength(8);
  for (const t of TOOL_IDS) expect(checkInvocation(t, base).args.length, t).toBeGreaterThan(0);
});
