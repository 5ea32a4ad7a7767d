// Our reading of each tool's exclude patterns, checked against the tool itself: on a tree of files, the files
// ruff, flake8, pylint and isort check with the project's configuration are exactly the ones our rules keep.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXCLUDED_DIRS } from '../../../src/actions/python-lint-stack/argv.js';
import { excludedBy } from '../../../src/actions/python-lint-stack/exclude-patterns.js';
import { loadSharedConfig } from '../../../src/actions/python-lint-stack/shared-config.js';
import type { ToolId } from '../../../src/actions/python-lint-stack/tools.js';
import { execTool } from '../../../src/core/exec.js';
import { PYTHON_TOOLS } from '../../../src/provision/python-tools.js';
import { requireTool } from '../../support/tools.js';
import { lintEnv } from './helpers.js';

const CONFIGS = path.resolve('test/fixtures/python-lint-stack/configs');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-excludes-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/**
 * Every path the unit tests decide, in one tree; each file has an unused import (ruff, flake8, pylint) and a
 * type error (mypy), and is formatted as black formats it.
 */
const TREE = [
  'app/models.py',
  'app/migrations/0001_initial.py',
  'build/lib/a.py',
  'docs/conf.py',
  'generated/api/v1.py',
  'lib/legacy/old.py',
  'proto/gen/a_pb2.py',
  'setup.py',
  'src/api.py',
  'src/api_generated.py',
  'src/api/service.py',
  'src/api/service_pb2.py',
  'src/build/a.py',
  'src/docs/conf.py',
  'src/legacy/old.py',
  'src/legacy/sub/old.py',
  'src/third_party/lib.py',
  'src/vendored.py',
  'src/vendored/six.py',
  'src/vendor/six.py',
  'tests/conftest.py',
  'tests/fixtures/data.py',
  'tests/test_api.py',
  'tools/scripts/release.py',
];

function project(config: string): string {
  const dir = fs.mkdtempSync(path.join(scratch, `${config}-`));
  fs.cpSync(path.join(CONFIGS, config), dir, { recursive: true });
  for (const rel of TREE) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), 'import os\n\nX: int = ""\n');
  }
  return dir;
}

/** What our rules from one tool's configuration keep. */
function ours(dir: string, tool: ToolId | 'black'): string[] {
  const { excludes } = loadSharedConfig({
    cwd: dir,
    workspace: dir,
    tools: tool === 'black' ? [] : [tool],
    configs: {},
  });
  const own = excludes.filter((r) => r.owner === tool);
  expect(own.length, `${tool} has exclude rules in this fixture`).toBeGreaterThan(0);
  return TREE.filter((rel) => !own.some((r) => excludedBy(path.join(dir, rel), r, dir))).sort();
}

/** black is no tool of the stack: the version the unit tests' configuration was written for. */
const BLACK = '25.1.0';

async function run(uv: string, dir: string, pkg: keyof typeof PYTHON_TOOLS | 'black', args: string[]) {
  const version = pkg === 'black' ? BLACK : PYTHON_TOOLS[pkg].pin;
  const r = await execTool(uv, ['tool', 'run', '--from', `${pkg}==${version}`, ...args], {
    cwd: dir,
    env: lintEnv(uv),
    okExitCodes: [0, 1],
    timeoutMs: 240_000,
  });
  return `${r.stdout}\n${r.stderr}`;
}

/** Paths in a tool's output, relative to the project, kept when they are in TREE. */
function filesIn(dir: string, out: string, re: RegExp): string[] {
  const found = new Set<string>();
  for (const m of out.matchAll(re)) {
    const rel = path
      .relative(dir, path.resolve(dir, m[1] as string))
      .split(path.sep)
      .join('/');
    if (TREE.includes(rel)) found.add(rel);
  }
  return [...found].sort();
}

describe('exclude patterns read as the tools read them', () => {
  const uv = requireTool('uv');

  it.skipIf(!uv).each(['ruff-pyproject', 'ruff-toml'])('ruff, %s', async (config) => {
    const dir = project(config);
    const out = await run(uv as string, dir, 'ruff', ['ruff', 'check', '--show-files', '.']);
    expect(filesIn(dir, out, /^(\S.*\.py)$/gm)).toEqual(ours(dir, 'ruff'));
  });

  it.skipIf(!uv)('flake8 (tox.ini exclude, with and without a slash)', async () => {
    const dir = project('flake8-pylint');
    const out = await run(uv as string, dir, 'flake8', ['flake8', '--select=F401', '--exit-zero', '.']);
    expect(filesIn(dir, out, /^(.+?\.py):\d+:\d+: F401/gm)).toEqual(ours(dir, 'flake8'));
  });

  it.skipIf(!uv)('pylint (.pylintrc ignore, ignore-patterns, ignore-paths)', async () => {
    const dir = project('flake8-pylint');
    const out = await run(uv as string, dir, 'pylint', [
      'pylint',
      '--disable=all',
      '--enable=unused-import',
      '--recursive=y',
      '--exit-zero',
      '--output-format=parseable',
      '.',
    ]);
    expect(filesIn(dir, out, /^(.+?\.py):\d+: \[W0611/gm)).toEqual(ours(dir, 'pylint'));
  });

  it.skipIf(!uv).each(['isort-cfg', 'black'])('isort, %s', async (config) => {
    const dir = project(config);
    const out = await run(uv as string, dir, 'isort', ['isort', '--show-files', '.']);
    // Without a `skip` of its own, isort keeps its default skip list (build, dist, ...): directories our walk
    // never offers to any tool (EXCLUDED_DIRS).
    const walked = (rel: string) =>
      config !== 'black' || !rel.split('/').some((d) => EXCLUDED_DIRS.includes(d));
    expect(filesIn(dir, out, /^(.+\.py)$/gm)).toEqual(ours(dir, 'isort').filter(walked));
  });

  it.skipIf(!uv)('black (a verbose extend-exclude: a regular expression over several lines)', async () => {
    const dir = project('black');
    const out = await run(uv as string, dir, 'black', ['black', '--check', '--verbose', '.']);
    const found = filesIn(dir, out, /^(.+\.py) (?:already well formatted|wasn't modified)/gm);
    // black's default exclude (build, dist, venvs, ...) stays: directories our walk never offers.
    const walked = (rel: string) => !rel.split('/').some((d) => EXCLUDED_DIRS.includes(d));
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(ours(dir, 'black').filter(walked));
  });

  it.skipIf(!uv)('mypy (a verbose exclude in mypy.ini)', async () => {
    const dir = project('flake8-pylint');
    const out = await run(uv as string, dir, 'mypy', [
      'mypy',
      '--explicit-package-bases',
      '--no-error-summary',
      '--no-incremental',
      '.',
    ]);
    // A module next to a package of the same name (src/api.py, src/api/) is mypy's module resolution, not an
    // exclude: mypy checks the package's files only.
    const shadowed = (rel: string) => !['src/api.py', 'src/vendored.py'].includes(rel);
    expect(filesIn(dir, out, /^(.+?\.py):\d+: error/gm)).toEqual(ours(dir, 'mypy').filter(shadowed));
  });
});
