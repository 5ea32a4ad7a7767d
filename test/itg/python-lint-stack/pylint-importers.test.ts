// Which importers of a pull request's changed module pylint checks (pylint-importers.ts): the boot's Python
// run by a real Python on a project written here, one changed module (pkg/core.py) at its merge base and
// now, and importers that read it in every way the analysis knows.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  IMPORTERS_SOURCE,
  type ImporterReport,
} from '../../../src/actions/python-lint-stack/pylint-importers.js';
import { execTool } from '../../../src/core/exec.js';
import { requireTool } from '../../support/tools.js';
import { lintEnv } from './helpers.js';
import { removedAfterAll, writeProject } from './pylint-project.js';

const made = removedAfterAll();
let uv: string | undefined;
beforeAll(() => {
  uv = requireTool('uv');
});

/** As PART_SOURCE runs it (json and os imported; rel from INDEX_SOURCE), the report on stdout. */
const HARNESS = `import json, os, sys
def rel(p):
    return os.path.relpath(os.path.abspath(p)).replace(os.sep, '/')
${IMPORTERS_SOURCE}
report = finish_importer_report(start_importer_report(sys.argv[1]))
report['skip'] = sorted(rel(p) for p in report['skipped'])
print(json.dumps(report))
`;

const BASE_CORE = `"""Core."""
import os


def helper(value):
    """Removed by the change."""
    return value * 2


def other(value):
    """Changed by the change."""
    return value * 3


def caller(value):
    """Unchanged, but calls other."""
    return other(value) + 1


def util(value):
    """Unchanged."""
    return os.fspath(value)


class Base:
    """Changed: a method gains an argument."""

    def run(self):
        """Run."""
        return 1


class Sub(Base):
    """Unchanged, but a Base."""
`;

/** helper removed, other's body and Base.run's signature changed; comments and blank lines moved. */
const HEAD_CORE = `"""Core."""
import os

# A comment the change added.

def other(value):
    """Changed by the change."""
    return value * 4


def caller(value):
    """Unchanged, but calls other."""
    return other(value) + 1



def util(value):
    """Unchanged."""
    return os.fspath(value)  # a comment


class Base:
    """Changed: a method gains an argument."""

    def run(self, fast=False):
        """Run."""
        return 1


class Sub(Base):
    """Unchanged, but a Base."""
`;

/** Each importer, and whether pylint must check it. */
const IMPORTERS: Record<string, { source: string; checked: boolean }> = {
  'pkg/from_util.py': { source: 'from pkg.core import util\n\nU = util(1)\n', checked: false },
  'pkg/from_helper.py': { source: 'from pkg.core import helper\n', checked: true },
  'pkg/from_caller.py': { source: 'from pkg.core import caller as c\n\nC = c(1)\n', checked: true },
  'pkg/from_sub.py': { source: 'from pkg.core import Sub\n\n\nclass Mine(Sub):\n    pass\n', checked: true },
  'pkg/alias_util.py': { source: 'from pkg import core\n\nU = core.util(1)\n', checked: false },
  'pkg/alias_other.py': { source: 'from pkg import core\n\nO = core.other(1)\n', checked: true },
  'pkg/dotted_util.py': { source: 'import pkg.core\n\nU = pkg.core.util(1)\n', checked: false },
  'pkg/dotted_bare.py': { source: 'import pkg.core\n\nM = pkg.core\n', checked: true },
  'pkg/as_module.py': { source: 'import pkg.core as pc\n\nF = getattr(pc, "util")\n', checked: true },
  'pkg/star.py': { source: 'from pkg.core import *  # noqa\n', checked: true },
  'pkg/relative_util.py': { source: 'from .core import util\n\nU = util(1)\n', checked: false },
  'pkg/relative_alias.py': { source: 'from . import core as c\n\nH = c.helper\n', checked: true },
  'pkg/in_function.py': {
    source: 'def f():\n    from pkg.core import other\n    return other\n',
    checked: true,
  },
  // ruff says it imports pkg.core, but no statement here names it: kept.
  'pkg/unresolved.py': {
    source: 'import importlib\n\nM = importlib.import_module("pkg.core")\n',
    checked: true,
  },
  'pkg/broken.py': { source: 'from pkg.core import util\ndef (:\n', checked: true },
};

/** The analysis over the IMPORTERS project, with pkg/core.py changed from `core.base` to `core.head`. */
function analyse(core: { head: string; base: string | null }): Promise<ImporterReport & { skip: string[] }> {
  return decide(
    {
      'pkg/__init__.py': '',
      'pkg/core.py': core.head,
      ...Object.fromEntries(Object.entries(IMPORTERS).map(([f, i]) => [f, i.source])),
    },
    { 'pkg/core.py': core.base },
    Object.fromEntries(Object.keys(IMPORTERS).map((f) => [f, ['pkg/core.py']])),
  );
}

/** The analysis over files written here: `changed` gives each changed file's base. */
async function decide(
  files: Record<string, string>,
  changed: Record<string, string | null>,
  importers: Record<string, string[]>,
): Promise<ImporterReport & { skip: string[] }> {
  const dir = writeProject('lint-importers-', files);
  made.push(dir);
  const data = { changed: Object.entries(changed).map(([p, base]) => ({ path: p, base })), importers };
  fs.writeFileSync(path.join(dir, 'data.json'), JSON.stringify(data));
  const r = await execTool(
    uv as string,
    ['run', '--no-project', '--isolated', 'python', '-c', HARNESS, 'data.json'],
    { cwd: dir, env: lintEnv(uv as string), timeoutMs: 120_000 },
  );
  return JSON.parse(r.stdout);
}

const checkedOnes = () =>
  Object.entries(IMPORTERS)
    .filter(([, i]) => i.checked)
    .map(([f]) => f)
    .sort();

describe('pylint checks the importers that read what the change touched', () => {
  it('names the touched names (removed, changed, calling or inheriting a changed one), not the rest', async () => {
    if (!uv) throw new Error('uv is needed (.ci/install-tools.sh)');
    const r = await analyse({ head: HEAD_CORE, base: BASE_CORE });
    expect(r.error).toBeUndefined();
    expect(r.touched).toEqual({ 'pkg/core.py': ['Base', 'Sub', 'caller', 'helper', 'other'] });
    const skipped = Object.keys(IMPORTERS).filter((f) => !IMPORTERS[f]?.checked);
    expect(r.skipped.sort()).toEqual(skipped.sort());
    expect(r.skip).toEqual(skipped.sort());
    // Every other importer is checked.
    expect(
      Object.keys(IMPORTERS)
        .filter((f) => !r.skipped.includes(f))
        .sort(),
    ).toEqual(checkedOnes());
  });

  it('skips every importer when the change touched no name (formatting, comments)', async () => {
    const r = await analyse({
      head: `${BASE_CORE.replace('return 1', 'return 1  # one')}\n\n`,
      base: BASE_CORE,
    });
    expect(r.touched).toEqual({ 'pkg/core.py': [] });
    // Only those it cannot read (a statement it cannot resolve, a syntax error) stay.
    expect(r.skipped.sort()).toEqual(
      Object.keys(IMPORTERS)
        .filter((f) => !['pkg/unresolved.py', 'pkg/broken.py'].includes(f))
        .sort(),
    );
  });

  it('follows a touched name into another changed module that imports it', async () => {
    const API =
      'from pkg.core import other as run\nfrom pkg import core\n\n\ndef stable():\n    return 1\n\n\ndef via_module():\n    return core.helper\n\n\ndef via_util():\n    return core.util\n';
    const dir = writeProject('lint-importers-', {
      'pkg/__init__.py': '',
      'pkg/core.py': HEAD_CORE,
      // Changed too, but only a comment: what it touches comes from pkg.core.
      'pkg/api.py': `# api\n${API}`,
      'pkg/uses_run.py': 'from pkg.api import run\n',
      'pkg/uses_module.py': 'from pkg import api\n\nX = api.via_module()\n',
      'pkg/uses_stable.py': 'from pkg.api import stable, via_util\n',
    });
    made.push(dir);
    const data = {
      changed: [
        { path: 'pkg/core.py', base: BASE_CORE },
        { path: 'pkg/api.py', base: API },
      ],
      importers: {
        'pkg/uses_run.py': ['pkg/api.py'],
        'pkg/uses_module.py': ['pkg/api.py'],
        'pkg/uses_stable.py': ['pkg/api.py'],
      },
    };
    fs.writeFileSync(path.join(dir, 'data.json'), JSON.stringify(data));
    const r = await execTool(
      uv as string,
      ['run', '--no-project', '--isolated', 'python', '-c', HARNESS, 'data.json'],
      { cwd: dir, env: lintEnv(uv as string), timeoutMs: 120_000 },
    );
    const report = JSON.parse(r.stdout) as ImporterReport;
    // run is pkg.core.other; via_module reads core.helper (removed); via_util reads core.util (unchanged).
    expect(report.touched['pkg/api.py']).toEqual(['run', 'via_module']);
    expect(report.skipped).toEqual(['pkg/uses_stable.py']);
  });

  // Found by an attacker's review: each change alters real pylint's messages for pkg/b.py (4.1.4, checked
  // at the base and the head of pkg/core.py), so pkg/b.py must be checked.
  const FOO = 'class Foo:\n    """Foo."""\n';
  const attacks: { name: string; base: string; head: string; b: string; pylint: string }[] = [
    {
      name: 'a function sets an attribute of a class',
      base: `${FOO}\n\ndef setup():\n    Foo.extra = 1\n`,
      head: `${FOO}\n\ndef setup():\n    Foo.other = 1\n`,
      b: 'from pkg.core import Foo\n\nprint(Foo.extra)\n',
      pylint: "E1101 Class 'Foo' has no 'extra' member",
    },
    {
      name: 'an attribute set through a local instance',
      base: `${FOO}\n\ndef make():\n    f = Foo()\n    f.extra = 1\n    return f\n`,
      head: `${FOO}\n\ndef make():\n    f = Foo()\n    return f\n`,
      b: 'from pkg.core import Foo\n\nprint(Foo().extra)\n',
      pylint: "E1101 Instance of 'Foo' has no 'extra' member",
    },
    {
      name: 'an unchanged attribute assignment reads a changed function',
      base: `${FOO}\n\ndef build():\n    return "x"\n\n\nFoo.extra = build()\n`,
      head: `${FOO}\n\ndef build():\n    return 1\n\n\nFoo.extra = build()\n`,
      b: 'from pkg.core import Foo\n\nprint(Foo.extra.upper())\n',
      pylint: "E1101 Instance of 'int' has no 'upper' member",
    },
    {
      name: 'statements are reordered',
      base: 'X = 1\nY = X\nX = "s"\n',
      head: 'X = 1\nX = "s"\nY = X\n',
      b: 'from pkg.core import Y\n\nprint(Y.upper())\n',
      pylint: "E1101 Instance of 'int' has no 'upper' member, gone",
    },
    {
      name: 'a walrus in a default argument changes',
      base: 'def f(x=(LIMIT := 10)):\n    return x\n',
      head: 'def f(x=(LIMIT := "s")):\n    return x\n',
      b: 'from pkg.core import LIMIT\n\nprint(LIMIT.upper())\n',
      pylint: "E1101 Instance of 'int' has no 'upper' member, gone",
    },
    {
      name: 'a form feed stands above the change',
      base: '"""M."""\n\f\nLIMIT = 1\n',
      head: '"""M."""\n\f\nLIMIT = "x"\n',
      b: 'from pkg.core import LIMIT\n\nprint(LIMIT.upper())\n',
      pylint: "E1101 Instance of 'int' has no 'upper' member, gone",
    },
    {
      name: 'the module docstring is removed',
      base: '"""M."""\nX = 1\n',
      head: 'X = 1\n',
      b: 'from pkg import core\n\nprint(core.__doc__[0])\n',
      pylint: 'E1136 unsubscriptable-object',
    },
  ];
  for (const a of attacks) {
    it(`checks the importer when ${a.name} (pylint: ${a.pylint})`, async () => {
      const r = await decide(
        { 'pkg/__init__.py': '', 'pkg/core.py': a.head, 'pkg/b.py': a.b },
        { 'pkg/core.py': a.base },
        { 'pkg/b.py': ['pkg/core.py'] },
      );
      expect(r.skipped, JSON.stringify(r.touched)).toEqual([]);
    });
  }

  it('checks the importer when two changed files have one module name', async () => {
    // tools/ and scripts/ have no __init__.py: both files are `util` to an import.
    const r = await decide(
      {
        'tools/util.py': 'def f(a, b):\n    return a\n',
        'scripts/util.py': '# a comment\ndef g():\n    return 1\n',
        'tools/run.py': 'from util import f\n\nprint(f(1))\n',
      },
      { 'tools/util.py': 'def f(a):\n    return a\n', 'scripts/util.py': 'def g():\n    return 1\n' },
      { 'tools/run.py': ['tools/util.py'] },
    );
    expect(r).toMatchObject({ skipped: [], touched: { 'tools/util.py': null, 'scripts/util.py': null } });
  });

  it('still skips an importer of an unchanged name beside those (the positive control)', async () => {
    const r = await decide(
      {
        'pkg/__init__.py': '',
        'pkg/core.py': `${FOO}\n\ndef setup():\n    Foo.other = 1\n\n\nZ = 2\n`,
        'pkg/b.py': 'from pkg.core import Z\n',
      },
      { 'pkg/core.py': `${FOO}\n\ndef setup():\n    Foo.extra = 1\n\n\nZ = 2\n` },
      { 'pkg/b.py': ['pkg/core.py'] },
    );
    expect(r.skipped).toEqual(['pkg/b.py']);
  });

  it('checks every importer when the change cannot be bounded', async () => {
    const cases: [string, { head: string; base: string | null }][] = [
      ['a new module', { head: HEAD_CORE, base: null }],
      [
        'a changed statement that binds no name',
        { head: `${BASE_CORE}\nprint("loaded")\n`, base: BASE_CORE },
      ],
      [
        'a star import in the changed module',
        { head: `from os.path import *\n${BASE_CORE}`, base: BASE_CORE },
      ],
      [
        'a module __getattr__',
        { head: `${BASE_CORE}\n\ndef __getattr__(name):\n    return name\n`, base: BASE_CORE },
      ],
      ['a base that does not parse', { head: BASE_CORE, base: 'def (:\n' }],
    ];
    for (const [what, core] of cases) {
      const r = await analyse(core);
      expect(r.touched, what).toEqual({ 'pkg/core.py': null });
      expect(r.skipped, what).toEqual([]);
    }
  });
});
