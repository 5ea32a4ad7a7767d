import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeptryJson } from '../../../src/actions/deptry-report/deptry-json.js';
import { isDevSection, violationFindings } from '../../../src/actions/deptry-report/findings.js';
import { type ProjectInfo, readProject } from '../../../src/actions/deptry-report/project.js';
import { describeScope, scanScope } from '../../../src/actions/deptry-report/scan-scope.js';

const ROOT = path.resolve('test/fixtures/deptry-report');
const PROJECTS = path.join(ROOT, 'projects');
const ALL = new Set(['DEP001', 'DEP002', 'DEP003', 'DEP004', 'DEP005']);

function findingsOf(name: string, failOn: Set<string> = ALL) {
  const file = path.join(ROOT, 'json', `${name}.json`);
  const project = readProject(path.join(PROJECTS, name.replace(/-first-party$/, '')), PROJECTS);
  return violationFindings(parseDeptryJson(fs.readFileSync(file, 'utf8'), file), project, {
    workspace: PROJECTS,
    failOn,
  });
}
/** The 1-based line of `file` (under PROJECTS) that contains `needle`, asserted unique. */
function lineOf(file: string, needle: string): number {
  const lines = fs.readFileSync(path.join(PROJECTS, file), 'utf8').split('\n');
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  expect(hits, `${file}: ${needle}`).toHaveLength(1);
  return hits[0] as number;
}
const brief = (f: ReturnType<typeof findingsOf>[number]) =>
  `${f.rule} ${f.data?.module} ${f.file}:${f.line ?? '-'}:${f.column ?? '-'}`;

describe('violationFindings: deptry 0.25.1 reports on the fixture projects', () => {
  it('PEP 621: DEP002/DEP005 on the declaring line, the others on the import deptry reports', () => {
    const f = findingsOf('pep621');
    const toml = 'pep621/pyproject.toml';
    expect(f.map(brief)).toEqual([
      `DEP002 six ${toml}:${lineOf(toml, "'six>=1.16'")}:5`,
      `DEP002 asyncio ${toml}:${lineOf(toml, '"asyncio==')}:5`,
      `DEP002 colorama ${toml}:${lineOf(toml, 'colorama')}:10`,
      `DEP005 asyncio ${toml}:${lineOf(toml, '"asyncio==')}:5`,
      'DEP003 urllib3 pep621/shop/app.py:3:8',
      'DEP001 yaml pep621/shop/app.py:4:8',
      'DEP004 packaging pep621/shop/app.py:5:1',
    ]);
    const blind =
      'It cannot see drivers loaded by URL (SQLAlchemy dialects such as psycopg2 for `postgresql://`), ' +
      'plugins and entry points, imports under `TYPE_CHECKING`, dynamic `importlib` imports, or imports in ' +
      'excluded folders such as tests.';
    const unused = (name: string, table: string) =>
      `deptry found no import of \`${name}\` in the scanned modules. ${blind} If nothing needs it, remove ` +
      `\`${name}\` from ${table}; if something does, keep it and add \`[tool.deptry.per_rule_ignores]\` ` +
      `\`DEP002 = ["${name}"]\` to pyproject.toml.`;
    expect(f.map((x) => x.data?.fix)).toEqual([
      unused('six', '[project].dependencies'),
      unused('asyncio', '[project].dependencies'),
      unused('colorama', '[project.optional-dependencies].color'),
      "`asyncio` is part of Python's standard library. Remove `asyncio` from [project].dependencies.",
      'deptry found an import of `urllib3`, which no declared dependency provides: it is installed only because ' +
        'another dependency needs it. It cannot tell an optional import (inside `try: … except ImportError`) ' +
        'from a required one, nor see declarations in files it does not read. Add `urllib3` to ' +
        '[project].dependencies; if the import is optional or declared elsewhere, add ' +
        '`[tool.deptry.per_rule_ignores]` `DEP003 = ["urllib3"]` to pyproject.toml.',
      'deptry found an import of `yaml` that no declared dependency provides. Add the distribution that ' +
        'provides `yaml` to [project].dependencies.',
      'deptry found an import of `packaging` in code it treats as non-development, and `packaging` is declared ' +
        'only in [dependency-groups].dev. It cannot tell that a module runs only in development (a test ' +
        'client, a fixture helper, a script) unless its folder is excluded. If this code runs in production, ' +
        'move `packaging` from [dependency-groups].dev to [project].dependencies; if it runs only in ' +
        'development, add its folder to `extend_exclude` in `[tool.deptry]` or add ' +
        '`[tool.deptry.per_rule_ignores]` `DEP004 = ["packaging"]` to pyproject.toml.',
    ]);
    // No finding states removal as the only way out, or that "nothing imports" a package.
    expect(f.map((x) => `${x.message} ${x.data?.fix}`).join('\n')).not.toMatch(/nothing imports/);
    expect(f[0]).toMatchObject({
      tool: 'deptry',
      severity: 'error',
      message: unused('six', '[project].dependencies'),
      helpUri: 'https://deptry.com/rules-violations/#unused-dependencies-dep002',
      data: {
        directory: 'pep621',
        declaredIn: '[project].dependencies',
        deptryMessage: "'six' defined as a dependency but not used in the codebase",
      },
    });
  });

  it('with the scan scope: the message names the folders deptry scanned and excluded; the row leaves it to the projects table', () => {
    const file = path.join(ROOT, 'json', 'pep621.json');
    const project = readProject(path.join(PROJECTS, 'pep621'), PROJECTS);
    const scope = describeScope(scanScope(project));
    expect(scope).toBe(
      '`.`, excluding `venv`, `.venv`, `.direnv`, `tests`, `.git`, `setup.py`, .gitignored files',
    );
    const f = violationFindings(parseDeptryJson(fs.readFileSync(file, 'utf8'), file), project, {
      workspace: PROJECTS,
      failOn: ALL,
      scope,
    });
    expect(f[0]?.message).toMatch(
      /^deptry found no import of `six` in the scanned modules \(scanned: `\.`, excluding `venv`, .*`tests`.*\)\. It cannot see drivers loaded by URL/,
    );
    expect(f[0]?.data?.fix).toMatch(/^deptry found no import of `six` in the scanned modules\. It cannot/);
    expect(f[6]?.message).toMatch(
      /^deptry found an import of `packaging` in code it treats as non-development \(scanned: `\.`/,
    );
  });

  it('uv dev-dependencies: the misplaced package is found in [tool.uv].dev-dependencies', () => {
    const f = findingsOf('uv-dev');
    const toml = 'uv-dev/pyproject.toml';
    expect(f.map(brief)).toEqual([
      `DEP002 idna ${toml}:${lineOf(toml, 'idna')}:30`,
      'DEP004 packaging uv-dev/worker/jobs.py:2:8',
    ]);
    expect(f[1]?.data?.fix).toMatch(
      /move `packaging` from \[tool\.uv\]\.dev-dependencies to \[project\]\.dependencies;/,
    );
  });

  it('Poetry: the key line in [tool.poetry.dependencies], the fix names the Poetry tables', () => {
    const f = findingsOf('poetry');
    const toml = 'poetry/pyproject.toml';
    expect(f.map(brief)).toEqual([
      'DEP004 packaging poetry/legacy/core.py:2:8',
      'DEP001 yaml poetry/legacy/core.py:3:8',
      `DEP002 six ${toml}:${lineOf(toml, '"six"')}:1`,
      `DEP002 attrs ${toml}:${lineOf(toml, '[tool.poetry.dependencies.attrs]')}:2`,
    ]);
    expect(f[0]?.data?.fix).toMatch(
      /move `packaging` from \[tool\.poetry\.group\.dev\.dependencies\] to \[tool\.poetry\.dependencies\];/,
    );
    expect(f[1]?.data?.fix).toMatch(/to \[tool\.poetry\.dependencies\]/);
  });

  it('requirements files: the requirement line, dev requirements found in requirements-dev.txt', () => {
    const f = findingsOf('requirements');
    expect(f.map(brief)).toEqual([
      'DEP003 urllib3 requirements/app/main.py:3:8',
      'DEP001 yaml requirements/app/main.py:4:8',
      'DEP004 packaging requirements/app/main.py:5:1',
      `DEP002 six requirements/requirements.txt:${lineOf('requirements/requirements.txt', 'six')}:1`,
      `DEP002 asyncio requirements/requirements.txt:${lineOf('requirements/requirements.txt', 'asyncio')}:1`,
      `DEP005 asyncio requirements/requirements.txt:${lineOf('requirements/requirements.txt', 'asyncio')}:1`,
    ]);
    expect(f[2]?.data?.fix).toMatch(/move `packaging` from requirements-dev\.txt to requirements\.txt;/);
    expect(f[5]?.data?.fix).toBe(
      "`asyncio` is part of Python's standard library. Remove `asyncio` from requirements.txt.",
    );
  });

  it('src layout and namespace package', () => {
    expect(findingsOf('src-layout-first-party').map(brief)).toEqual([
      `DEP002 six src-layout/pyproject.toml:${lineOf('src-layout/pyproject.toml', 'six')}:3`,
      'DEP001 yaml src-layout/src/mypkg/util.py:1:8',
    ]);
    expect(findingsOf('namespace').map(brief)).toEqual(['DEP001 yaml namespace/acme/tools/cli.py:2:8']);
  });

  it('codes outside fail-on are warnings', () => {
    const f = findingsOf('uv-dev', new Set(['DEP004']));
    expect(f.map((x) => `${x.rule}:${x.severity}`)).toEqual(['DEP002:warning', 'DEP004:error']);
  });

  it('a declaring file that cannot be read leaves the finding without a line, not without a file', () => {
    const project = readProject(path.join(PROJECTS, 'pep621'), PROJECTS);
    const [f] = violationFindings(
      [{ code: 'DEP002', message: 'm', module: 'gone', file: 'missing.toml', line: null, column: null }],
      project,
      { workspace: PROJECTS, failOn: ALL },
    );
    expect(f).toMatchObject({
      file: 'pep621/missing.toml',
      data: { fix: expect.stringContaining('remove `gone` from missing.toml; if something does') },
    });
    expect(f?.line).toBeUndefined();
  });
});

describe('isDevSection follows [tool.deptry]', () => {
  const project = (deptryConfig: Record<string, unknown>) => ({ deptryConfig }) as ProjectInfo;
  it('dependency groups are dev unless non_dev_dependency_groups; extras only with optional_dependencies_dev_groups', () => {
    expect(isDevSection('dependency-groups.dev', project({}))).toBe(true);
    expect(isDevSection('dependency-groups.web', project({ non_dev_dependency_groups: ['web'] }))).toBe(
      false,
    );
    expect(isDevSection('optional-dependencies.test', project({}))).toBe(false);
    expect(
      isDevSection('optional-dependencies.test', project({ optional_dependencies_dev_groups: ['test'] })),
    ).toBe(true);
    expect(isDevSection('tool.poetry.group.dev.dependencies', project({}))).toBe(true);
    expect(isDevSection('dependencies', project({}))).toBe(false);
  });
});
