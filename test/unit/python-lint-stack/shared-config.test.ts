// Reading the project's configuration for the whole stack, on real configuration files (fixtures/configs).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type ExcludeRule,
  excludedBy,
  globMatcher,
  pythonRegExp,
} from '../../../src/actions/python-lint-stack/exclude-patterns.js';
import {
  carriedExcludes,
  coverOf,
  pathArguments,
  pylintPaths,
  selectFiles,
} from '../../../src/actions/python-lint-stack/selection.js';
import { describeCarried, loadSharedConfig } from '../../../src/actions/python-lint-stack/shared-config.js';
import { DEFAULT_TOOLS, type ToolId } from '../../../src/actions/python-lint-stack/tools.js';
import { git } from '../../../src/core/git.js';

const CONFIGS = path.resolve('test/fixtures/python-lint-stack/configs');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-shared-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function load(name: string, tools: readonly ToolId[] = DEFAULT_TOOLS) {
  const dir = path.join(CONFIGS, name);
  return { dir, shared: loadSharedConfig({ cwd: dir, workspace: dir, tools, configs: {} }) };
}

/** Whether the rules exclude a path relative to the project. */
function excludes(dir: string, rules: readonly ExcludeRule[], rel: string): string | undefined {
  return rules.find((r) => excludedBy(path.join(dir, rel), r, dir))?.source;
}

describe('loadSharedConfig', () => {
  it('a gRPC service: ruff excludes, 120 columns and ruff format reach flake8, pylint and isort', () => {
    const { dir, shared } = load('ruff-pyproject');
    expect(shared.lineLength).toEqual({ value: 120, from: '[tool.ruff] line-length (pyproject.toml)' });
    expect(shared.formatter).toEqual({ name: 'ruff format', from: '[tool.ruff.format] in pyproject.toml' });
    expect(shared.lineLengthFor).toEqual({ flake8: 120, isort: 120, pylint: 120 });
    // flake8 without a configuration: our E501 and W503 (pylint reports long lines), the formatter's codes.
    expect(shared.flake8ExtendIgnore).toEqual(['E501', 'W503', 'E203', 'E701', 'E704']);
    expect(shared.carried.map(describeCarried)).toEqual([
      'flake8 max-line-length 120 from [tool.ruff] line-length (pyproject.toml)',
      'isort line-length 120 from [tool.ruff] line-length (pyproject.toml)',
      'pylint max-line-length 120 from [tool.ruff] line-length (pyproject.toml)',
      'flake8 extend-ignore E203,E701,E704 from ruff format formats this project ([tool.ruff.format] in pyproject.toml)',
    ]);
    const from = '[tool.ruff] extend-exclude (pyproject.toml)';
    expect(excludes(dir, shared.excludes, 'generated/api/v1.py')).toBe(from);
    expect(excludes(dir, shared.excludes, 'src/api/service_pb2.py')).toBe(from);
    expect(excludes(dir, shared.excludes, 'src/legacy/old.py')).toBe(from);
    // globset's `*` crosses `/`, as in ruff.
    expect(excludes(dir, shared.excludes, 'src/legacy/sub/old.py')).toBe(from);
    expect(excludes(dir, shared.excludes, 'src/api/service.py')).toBeUndefined();
    expect(excludes(dir, shared.excludes, 'lib/legacy/old.py')).toBeUndefined();
  });

  it('ruff.toml: its length and [format]; flake8 keeps its own length, its extend-ignore and what it selects', () => {
    const { dir, shared } = load('ruff-toml');
    expect(shared.lineLength).toEqual({ value: 100, from: 'line-length (ruff.toml)' });
    expect(shared.formatter).toEqual({ name: 'ruff format', from: '[format] in ruff.toml' });
    expect(shared.lineLengthFor).toEqual({ isort: 100, pylint: 100 });
    // setup.cfg selects E203 explicitly: the project's own choice wins over the formatter's conflict.
    expect(shared.flake8ExtendIgnore).toEqual(['E731', 'E701', 'E704', 'W503']);
    expect(shared.carried.find((c) => c.setting === 'extend-ignore')?.value).toBe('E701,E704,W503');
    expect(excludes(dir, shared.excludes, 'app/migrations/0001_initial.py')).toBe('exclude (ruff.toml)');
    expect(excludes(dir, shared.excludes, 'app/models.py')).toBeUndefined();
  });

  it('black: its line length, over the 88 of an isort profile; isort skip_glob', () => {
    const { dir, shared } = load('black');
    expect(shared.lineLength).toEqual({ value: 99, from: '[tool.black] line-length (pyproject.toml)' });
    expect(shared.formatter).toEqual({ name: 'black', from: '[tool.black] in pyproject.toml' });
    // ruff has no configuration here: black's length reaches it too.
    expect(shared.lineLengthFor).toEqual({ flake8: 99, ruff: 99, isort: 99, pylint: 99 });
    expect(excludes(dir, shared.excludes, 'docs/conf.py')).toBe('[tool.isort] skip-glob (pyproject.toml)');
    expect(excludes(dir, shared.excludes, 'src/docs/conf.py')).toBeUndefined();
    // black's own exclude, a regular expression searched in `/` + the path (directories end with `/`).
    expect(excludes(dir, shared.excludes, 'src/vendored/six.py')).toBe(
      '[tool.black] extend-exclude (pyproject.toml)',
    );
    expect(excludes(dir, shared.excludes, 'src/vendored.py')).toBeUndefined();
  });

  it("flake8's length when there is no ruff or black one; black in a dependency group; pylint's ignores", () => {
    const { dir, shared } = load('flake8-pylint');
    expect(shared.lineLength).toEqual({ value: 110, from: '[flake8] max-line-length (tox.ini)' });
    expect(shared.formatter).toEqual({ name: 'black', from: 'black required in pyproject.toml' });
    // pylint has its own (100) and keeps it; flake8 is the source.
    expect(shared.lineLengthFor).toEqual({ ruff: 110, isort: 110 });
    expect(shared.flake8ExtendIgnore).toEqual(['E731', 'E203', 'E701', 'E704', 'W503']);
    const x = (rel: string) => excludes(dir, shared.excludes, rel);
    expect(x('proto/gen/a_pb2.py')).toBe('[flake8] exclude (tox.ini)');
    expect(x('build/lib/a.py')).toBe('[flake8] exclude (tox.ini)');
    expect(x('src/build/a.py')).toBeUndefined(); // `build/` has a slash: flake8 anchors it at tox.ini's directory
    expect(x('tests/conftest.py')).toBe('ignore (.pylintrc)');
    expect(x('tests/fixtures/data.py')).toBe('ignore (.pylintrc)');
    expect(x('tests/test_api.py')).toBe('ignore-patterns (.pylintrc)');
    expect(x('src/vendor/six.py')).toBe('ignore-paths (.pylintrc)');
    expect(x('tools/scripts/release.py')).toBe('ignore-paths (.pylintrc)');
    expect(x('src/api.py')).toBeUndefined();
    // mypy.ini's verbose exclude, searched in the path from the working directory.
    expect(x('docs/conf.py')).toBe('[mypy] exclude (mypy.ini)');
    expect(x('src/api/service_pb2.py')).toBe('[mypy] exclude (mypy.ini)');
    expect(x('src/docs/conf.py')).toBeUndefined();
  });

  it('.isort.cfg skips and a ruff-format pre-commit hook; no length to carry without ruff, black, flake8 or pylint', () => {
    const { dir, shared } = load('isort-cfg');
    expect(shared.lineLength).toBeUndefined();
    expect(shared.formatter).toEqual({
      name: 'ruff format',
      from: 'the ruff-format hook in .pre-commit-config.yaml',
    });
    expect(shared.lineLengthFor).toEqual({});
    expect(shared.flake8ExtendIgnore).toEqual(['E501', 'W503', 'E203', 'E701', 'E704']);
    const x = (rel: string) => excludes(dir, shared.excludes, rel);
    expect(x('setup.py')).toBe('skip (.isort.cfg)');
    expect(x('src/third_party/lib.py')).toBe('skip (.isort.cfg)');
    expect(x('src/api_generated.py')).toBe('extend-skip-glob (.isort.cfg)');
    expect(x('src/api.py')).toBeUndefined();
  });

  it("a tool's own setting always wins: nothing is carried when each has its own", () => {
    const { shared } = load('own-settings');
    expect(shared.lineLength?.value).toBe(120);
    // ruff among the dependencies is not a formatter: many projects only lint with it.
    expect(shared.formatter).toBeUndefined();
    expect(shared.lineLengthFor).toEqual({});
    expect(shared.carried).toEqual([]);
    expect(shared.flake8ExtendIgnore).toBeUndefined();
    // ruff-format among the stack's tools is a formatter.
    expect(load('own-settings', ['flake8', 'ruff-format']).shared.formatter?.name).toBe('ruff format');
  });
});

describe('patterns', () => {
  it('globs: `*` crosses `/`, classes, negated classes', () => {
    const m = (glob: string, s: string) => globMatcher(glob)(s);
    expect(m('*_pb2.py', 'a/b_pb2.py')).toBe(true);
    expect(m('src/**/*.py', 'src/a/b/c.py')).toBe(true);
    expect(m('[ab]?.py', 'ax.py')).toBe(true);
    expect(m('[!ab]?.py', 'ax.py')).toBe(false);
    expect(m('[a-c]x.py', 'bx.py')).toBe(true);
    expect(m('a.py', 'axpy')).toBe(false);
    expect(m('*a', 'ba')).toBe(true);
    expect(m('*a', 'ab')).toBe(false);
    // A hostile pattern answers at once: no backtracking.
    const started = Date.now();
    expect(m(`${'*a'.repeat(30)}*b`, 'a'.repeat(5000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('Python regexes: named groups read; one JavaScript cannot read is reported, not applied', () => {
    expect((pythonRegExp('^(?P<x>a)(?P=x)$') as RegExp).test('aa')).toBe(true);
    expect(pythonRegExp('(')).toMatch(/^not a regular expression this action can read/);
    expect(pythonRegExp('^(a+)+$')).toMatch(/nested quantifiers/);
    expect(pythonRegExp('^(\\w|\\d?)*x')).toMatch(/nested quantifiers/);
    expect(pythonRegExp('^src/(vendor|third_party)/.*$')).toBeInstanceOf(RegExp);
    expect(pythonRegExp('^(?:src|lib)/(?P<x>gen)/')).toBeInstanceOf(RegExp);
  });
});

describe('selectFiles', () => {
  it('leaves out what the rules and git exclude (tracked files are never ignored), and lists it', async () => {
    const dir = fs.mkdtempSync(path.join(scratch, 'git-'));
    const write = (rel: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), 'x = 1\n');
    };
    for (const f of [
      'app/a.py',
      'app/b.pyi',
      'generated/g.py',
      'local/l.py',
      'local/kept.py',
      '.venv/lib/v.py',
    ]) {
      write(f);
    }
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.ruff]\nextend-exclude = ["generated"]\n');
    fs.writeFileSync(path.join(dir, '.gitignore'), 'local/\n');
    await git(dir, ['init', '-q']);
    await git(dir, ['add', '-f', 'local/kept.py']);
    const { excludes: rules } = loadSharedConfig({ cwd: dir, workspace: dir, tools: ['ruff'], configs: {} });
    const info: string[] = [];
    const rt = { info: (m: string) => info.push(m), warning: (m: string) => info.push(m) };
    const sel = await selectFiles(dir, ['.'], rules, rt);
    // app/ has nothing excluded: passed whole; local/ only its tracked file.
    expect(sel?.files).toEqual(['app', 'local/kept.py']);
    expect(sel?.excluded).toEqual([
      {
        owner: 'ruff',
        source: '[tool.ruff] extend-exclude (pyproject.toml)',
        files: ['generated/g.py'],
      },
      { owner: 'git', source: '.gitignore (git check-ignore)', files: ['local/l.py'] },
    ]);
    // ruff applies its own exclude and the .gitignore itself; the others get both.
    expect(carriedExcludes('ruff', sel?.excluded ?? [])).toEqual([]);
    expect(carriedExcludes('pylint', sel?.excluded ?? []).map(describeCarried)).toEqual([
      'pylint exclude 1 file (generated/g.py) from [tool.ruff] extend-exclude (pyproject.toml)',
      'pylint exclude 1 file (local/l.py) from .gitignore (git check-ignore)',
    ]);
    // Explicit files (changed-files-only) are filtered the same way.
    expect((await selectFiles(dir, ['generated/g.py', 'app/a.py'], rules, rt))?.files).toEqual(['app/a.py']);
    // Nothing excluded: the targets are passed as they are.
    expect(await selectFiles(dir, ['app'], rules, rt)).toBeUndefined();
  });

  it('outside a git work tree, only the rules apply, and the log says so', async () => {
    const dir = fs.mkdtempSync(path.join(scratch, 'nogit-'));
    fs.mkdirSync(path.join(dir, 'gen'));
    fs.writeFileSync(path.join(dir, 'gen/a.py'), '');
    fs.writeFileSync(path.join(dir, 'b.py'), '');
    fs.writeFileSync(path.join(dir, 'setup.cfg'), '[flake8]\nexclude = gen\n');
    const { excludes: rules } = loadSharedConfig({
      cwd: dir,
      workspace: dir,
      tools: ['flake8'],
      configs: {},
    });
    const info: string[] = [];
    const sel = await selectFiles(dir, ['.'], rules, {
      info: (m) => info.push(m),
      warning: (m) => info.push(m),
    });
    expect(sel?.files).toEqual(['b.py']);
    expect(info).toEqual([`${dir} is not in a git work tree: no .gitignore applies.`]);
  });
});

describe('describeCarried', () => {
  it('keeps a file name with a line break on one line (no workflow command can start)', () => {
    const text = describeCarried({
      tool: 'pylint',
      setting: 'exclude',
      value: '1 file (a\n::error::x.py)',
      from: 'git',
    });
    expect(text).toBe('pylint exclude 1 file (a\\n::error::x.py) from git');
  });
});

describe('coverOf', () => {
  it('passes whole the directories with nothing excluded, and names the kept files elsewhere', () => {
    const kept = [
      'setup.py',
      'src/a.py',
      'src/pkg/b.py',
      'src/pkg/sub/c.py',
      'src/gen/keep.py',
      'tests/t.py',
    ];
    const excluded = new Set(['src/gen/x_pb2.py', 'src/gen/deep/y_pb2.py']);
    expect(coverOf(['.'], kept, excluded)).toEqual([
      'setup.py',
      'src/a.py',
      'src/gen/keep.py',
      'src/pkg',
      'tests',
    ]);
    expect(coverOf(['src/'], kept, excluded)).toEqual(['src/a.py', 'src/gen/keep.py', 'src/pkg']);
    expect(coverOf(['tests', 'src/pkg/b.py'], kept, excluded)).toEqual(['tests', 'src/pkg/b.py']);
    // Everything under a target excluded: nothing to pass.
    expect(coverOf(['src/gen/deep'], kept, excluded)).toEqual([]);
  });
});

describe('pylintPaths', () => {
  it("gives pylint the selection's paths, else each target's entries (what the corpus passes by hand too)", () => {
    const dir = fs.mkdtempSync(path.join(scratch, 'pylint-paths-'));
    for (const f of ['setup.py', 'pkg/__init__.py', 'pkg/gen/x_pb2.py', '-odd.py', '.hidden/h.py']) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), '');
    }
    expect(pathArguments(['.'], ['setup.py', 'pkg/__init__.py'], new Set())).toBeUndefined();
    // Nothing excluded: the working directory's entries, sorted, no hidden directory.
    expect(pylintPaths(dir, ['.'], undefined)).toEqual(['./-odd.py', 'pkg', 'setup.py']);
    const selected = pathArguments(
      ['.'],
      ['-odd.py', 'pkg/__init__.py', 'setup.py'],
      new Set(['pkg/gen/x_pb2.py']),
    );
    expect(selected).toEqual(['./-odd.py', 'setup.py', 'pkg/__init__.py']);
    expect(pylintPaths(dir, ['.'], selected)).toEqual(selected);
  });
});
