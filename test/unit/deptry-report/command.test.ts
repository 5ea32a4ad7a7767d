import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  chooseEnvironment,
  deptryCommand,
  splitExtraArgs,
} from '../../../src/actions/deptry-report/command.js';
import { readProject, srcLayoutModules } from '../../../src/actions/deptry-report/project.js';

const PROJECTS = path.resolve('test/fixtures/deptry-report/projects');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deptry-cmd-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function dir(name: string, files: Record<string, string>): string {
  const d = path.join(tmp, name);
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
    fs.writeFileSync(path.join(d, f), text);
  }
  return d;
}

describe('readProject', () => {
  it('detects each fixture layout and where a run-time dependency goes', () => {
    const info = (p: string) => readProject(path.join(PROJECTS, p), PROJECTS);
    expect(info('pep621')).toMatchObject({ layout: 'pep621', runtimeTarget: '[project].dependencies' });
    expect(info('uv-dev')).toMatchObject({ layout: 'uv', hasProjectTable: true });
    expect(info('poetry')).toMatchObject({ layout: 'poetry', runtimeTarget: '[tool.poetry.dependencies]' });
    expect(info('poetry').uvLock).toBeUndefined();
    expect(info('requirements')).toMatchObject({ layout: 'requirements', runtimeTarget: 'requirements.txt' });
    expect(info('src-layout').srcModules).toEqual(['mypkg']);
    expect(info('namespace').deptryConfig).toEqual({
      experimental_namespace_package: true,
      per_rule_ignores: { DEP002: ['six'] },
    });
    expect(info('pep621').uvLock).toBe(path.join(PROJECTS, 'pep621', 'uv.lock'));
  });

  it("finds a uv workspace member's lock and environment at the workspace root, never above the workspace", () => {
    const root = dir('ws', {
      'uv.lock': '',
      'pyproject.toml': '[project]\nname = "r"\n[tool.uv.workspace]\nmembers = ["packages/*"]\n',
      'packages/a/pyproject.toml': '[project]\nname = "a"\n',
    });
    expect(readProject(path.join(root, 'packages/a'), root, {})).toMatchObject({
      uvLock: path.join(root, 'uv.lock'),
      uvEnvironment: path.join(root, '.venv'),
    });
    expect(
      readProject(path.join(root, 'packages/a'), root, { UV_PROJECT_ENVIRONMENT: 'envs/ci' }),
    ).toMatchObject({
      uvEnvironment: path.join(root, 'envs/ci'),
    });
    const inside = readProject(path.join(root, 'packages/a'), path.join(root, 'packages'), {});
    expect(inside.uvLock).toBeUndefined();
    expect(inside.uvEnvironment).toBe(path.join(root, 'packages/a/.venv'));
  });

  it('lists src-layout modules: packages, namespace packages and single modules', () => {
    const d = dir('src', {
      'src/pkg/__init__.py': '',
      'src/ns/inner/mod.py': '',
      'src/single.py': '',
      'src/__init__.py': '',
      'src/data/readme.txt': '',
      'src/not-a-module/x.py': '',
    });
    expect(srcLayoutModules(d)).toEqual(['ns', 'pkg', 'single']);
  });
});

describe('chooseEnvironment', () => {
  const venv = (d: string) => {
    fs.mkdirSync(path.join(d, 'bin'), { recursive: true });
    fs.writeFileSync(path.join(d, 'bin', 'python'), '');
    return d;
  };

  it('a uv.lock wins over an active venv; --all-extras --all-groups unless uv declares conflicts', () => {
    const p = readProject(path.join(PROJECTS, 'pep621'), PROJECTS);
    const active = venv(path.join(tmp, 'active'));
    expect(chooseEnvironment(p, { VIRTUAL_ENV: active })).toEqual({
      kind: 'uv-project',
      lock: path.join(PROJECTS, 'pep621', 'uv.lock'),
      allExtrasAndGroups: true,
    });
    const d = dir('conflicts', {
      'uv.lock': '',
      'pyproject.toml':
        '[project]\nname = "c"\n[tool.uv]\nconflicts = [[{ extra = "a" }, { extra = "b" }]]\n',
    });
    expect(chooseEnvironment(readProject(d, d), {})).toMatchObject({ allExtrasAndGroups: false });
  });

  it('without a lock: the active venv, else the project .venv, else uv for a [project] table', () => {
    const d = dir('req', { 'requirements.txt': 'idna\n' });
    const active = venv(path.join(tmp, 'active2'));
    expect(chooseEnvironment(readProject(d, d), { VIRTUAL_ENV: active })).toEqual({
      kind: 'venv',
      venv: active,
      python: path.join(active, 'bin', 'python'),
      from: 'VIRTUAL_ENV',
    });
    venv(path.join(d, '.venv'));
    expect(chooseEnvironment(readProject(d, d), {})).toMatchObject({ kind: 'venv', from: '.venv' });
    const unlocked = dir('unlocked', { 'pyproject.toml': '[project]\nname = "u"\n' });
    expect(chooseEnvironment(readProject(unlocked, unlocked), {})).toEqual({
      kind: 'uv-project',
      allExtrasAndGroups: true,
    });
  });

  it("without a lock, a uv workspace member's environment is the root's .venv", () => {
    const root = dir('ws-venv', {
      'pyproject.toml': '[tool.uv.workspace]\nmembers = ["apps/*"]\n',
      'apps/api/pyproject.toml': '[project]\nname = "api"\n',
    });
    venv(path.join(root, '.venv'));
    expect(chooseEnvironment(readProject(path.join(root, 'apps/api'), root, {}), {})).toMatchObject({
      kind: 'venv',
      venv: path.join(root, '.venv'),
      from: '.venv',
    });
  });

  it('no lock, no venv and no [project] table is an error that says what to do', () => {
    const d = dir('bare', { 'requirements.txt': 'idna\n' });
    expect(() => chooseEnvironment(readProject(d, d), {})).toThrow(
      /no uv\.lock, no \[project\] table and no virtual environment .* install them first/,
    );
  });
});

describe('deptry argv', () => {
  it('splits extra-args into ROOTs and options with their values', () => {
    expect(
      splitExtraArgs(['-v', '--per-rule-ignores', 'DEP002=a', 'src', '-e', 'build', '--exclude=x', 'worker']),
    ).toEqual({
      roots: ['src', 'worker'],
      options: ['-v', '--per-rule-ignores', 'DEP002=a', '-e', 'build', '--exclude=x'],
    });
    expect(splitExtraArgs(['--', '-odd-dir'])).toEqual({ roots: ['-odd-dir'], options: [] });
  });

  const base = { uv: '/bin/uv', version: '0.25.1', jsonOutput: '/tmp/o.json' };

  it('runs uv run --frozen --isolated in a locked project, and adds first-party modules of a src layout', () => {
    const project = readProject(path.join(PROJECTS, 'src-layout'), PROJECTS);
    const environment = chooseEnvironment(project, {});
    const cmd = deptryCommand({ ...base, project, environment, extraArgs: ['-v'] });
    expect(cmd.argv).toEqual([
      '/bin/uv',
      'run',
      '--frozen',
      '--all-extras',
      '--all-groups',
      '--isolated',
      '--with',
      'deptry==0.25.1',
      'python',
      '-m',
      'deptry',
      '.',
      '--no-ansi',
      '--json-output',
      '/tmp/o.json',
      '--known-first-party',
      'mypkg',
      '-v',
    ]);
    expect(cmd.firstParty).toEqual(['mypkg']);
    // The user's own roots or --known-first-party: nothing added.
    expect(deptryCommand({ ...base, project, environment, extraArgs: ['src'] }).argv.slice(11, 12)).toEqual([
      'src',
    ]);
    expect(deptryCommand({ ...base, project, environment, extraArgs: ['-kf', 'x'] }).firstParty).toEqual([]);
  });

  it("never syncs the project's environment: --no-sync when uv says it has everything, else --isolated", () => {
    const project = readProject(path.join(PROJECTS, 'src-layout'), PROJECTS);
    const chosen = chooseEnvironment(project, {});
    const head = (state?: { venv?: string; missing: string[] }) =>
      deptryCommand({
        ...base,
        project,
        environment: { ...chosen, ...(state ? { state } : {}) },
        extraArgs: [],
      }).argv.slice(2, 6);
    expect(head({ venv: '.venv', missing: [] })).toEqual([
      '--frozen',
      '--all-extras',
      '--all-groups',
      '--no-sync',
    ]);
    expect(head({ venv: '.venv', missing: ['+ colorama==0.4.6'] })).toEqual([
      '--frozen',
      '--all-extras',
      '--all-groups',
      '--isolated',
    ]);
    expect(head()).toContain('--isolated');
  });

  it('keeps [tool.deptry] known_first_party when it adds src modules (the flag replaces the setting)', () => {
    const d = dir('kf', {
      'pyproject.toml': '[project]\nname = "k"\n[tool.deptry]\nknown_first_party = ["legacy"]\n',
      'src/app/__init__.py': '',
    });
    const project = readProject(d, d);
    expect(
      deptryCommand({ ...base, project, environment: chooseEnvironment(project, {}), extraArgs: [] })
        .firstParty,
    ).toEqual(['legacy', 'app']);
  });

  it('layers deptry over an existing venv with --no-project --python', () => {
    const project = readProject(path.join(PROJECTS, 'requirements'), PROJECTS);
    const cmd = deptryCommand({
      ...base,
      project,
      environment: { kind: 'venv', venv: '/v', python: '/v/bin/python', from: '.venv' },
      extraArgs: [],
    });
    expect(cmd.argv).toEqual([
      '/bin/uv',
      'run',
      '--no-project',
      '--python',
      '/v/bin/python',
      '--with',
      'deptry==0.25.1',
      'python',
      '-m',
      'deptry',
      '.',
      '--no-ansi',
      '--json-output',
      '/tmp/o.json',
    ]);
  });
});
