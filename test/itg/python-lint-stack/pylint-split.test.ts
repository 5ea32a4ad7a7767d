// pylint split into parts (pylint-split.ts) against one pylint process: the real pylint at our pin through
// uv, as the action starts it, on a project with duplicate code across files and import cycles.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkInvocation } from '../../../src/actions/python-lint-stack/argv.js';
import { expandTargets, toolArgv } from '../../../src/actions/python-lint-stack/command.js';
import { mergePylintOutputs, pylintParts } from '../../../src/actions/python-lint-stack/pylint-split.js';
import { runTool, runToolParts } from '../../../src/actions/python-lint-stack/run.js';
import type { UnfingerprintedFinding } from '../../../src/findings/fingerprint.js';
import { PYTHON_TOOLS } from '../../../src/provision/python-tools.js';
import { requireTool } from '../../support/tools.js';
import { lintEnv } from './helpers.js';
import { block, removedAfterAll, writeProject } from './pylint-project.js';

const made = removedAfterAll();
let uv: string | undefined;
beforeAll(() => {
  uv = requireTool('uv');
});

/**
 * A package with two import cycles (alpha -> beta -> gamma -> alpha, delta <-> epsilon), a block repeated
 * in three modules (one of them outside the package) and another in two, a subpackage, a long line in an
 * `__init__.py` (module names of package files) and a few ordinary messages.
 */
function project(pyproject = ''): string {
  const files: Record<string, string> = {
    'pyproject.toml': `[project]\nname = "split"\nversion = "0"\n${pyproject}`,
    'pkg/__init__.py': `"""The package."""\nVERSION = "${'1.0.0 '.repeat(20).trim()}"\n`,
    'pkg/alpha.py': `"""Alpha."""\nfrom pkg import beta\n\n\n${block('alpha_total')}\n\n\ndef use():\n    """Use."""\n    return beta.use()\n`,
    'pkg/beta.py':
      '"""Beta."""\nfrom pkg import gamma\n\n\ndef use():\n    """Use."""\n    return gamma.use()\n',
    'pkg/gamma.py': `"""Gamma."""\nimport os\n\n\ndef use():\n    """Use."""\n    from pkg import alpha  # the cycle closes here\n    return alpha\n`,
    'pkg/delta.py': `"""Delta."""\nfrom pkg import epsilon\n\n\nclass Delta:\n    """Delta."""\n\n${block('delta_total', '    ')}\n\n\nE = epsilon\n`,
    'pkg/epsilon.py': `"""Epsilon."""\nfrom pkg import delta\n\n\nclass Epsilon:\n    """Epsilon."""\n\n${block('epsilon_total', '    ')}\n\n\nD = delta\n`,
    'pkg/sub/__init__.py': '',
    'pkg/sub/zeta.py': `"""Zeta."""\nimport sys\n\n\n${block('zeta_total')}\n\n\nprint(undefined_name)\n`,
    'scripts/tool.py': `"""Tool."""\n${block('tool_total')}\n\n\nx = 1\n`,
    'setup.py': 'import setuptools\n\nsetuptools.setup()\n',
  };
  const dir = writeProject('lint-split-', files);
  made.push(dir);
  return dir;
}

const sorted = (fs: UnfingerprintedFinding[]) => fs.map((f) => JSON.stringify(f)).sort();
const count = (fs: UnfingerprintedFinding[], rule: string) => fs.filter((f) => f.rule === rule).length;

/** pylint's single-process invocation over `expandedTargets` in `dir`, its argv through uv, and run options. */
function pylintRun(dir: string, expandedTargets: string[]) {
  const single = checkInvocation('pylint', {
    targets: ['.'],
    expandedTargets,
    maxLineLength: 88,
    maxComplexity: 10,
    fast: false,
    jobs: 1,
  });
  const argv = (inv: typeof single) => toolArgv(uv!, 'pylint', PYTHON_TOOLS.pylint.pin, inv, undefined);
  const opts = { cwd: dir, workspace: dir, env: lintEnv(uv!, single.env), timeoutMs: 300_000 };
  return { single, argv, opts };
}

/** The findings of one pylint process, and of the same run split into `parts` (forks, or processes). */
async function serialAndSplit(dir: string, parts: number, fork = true) {
  const { single, argv, opts } = pylintRun(dir, expandTargets(dir, ['.']));
  const serial = await runTool('pylint', argv(single), opts);
  const split = await runToolParts(
    'pylint',
    pylintParts(single, parts, undefined, fork).map(argv),
    opts,
    mergePylintOutputs,
  );
  expect(serial.crash).toBeUndefined();
  expect(split.crash).toBeUndefined();
  return { serial: serial.findings, split: split.findings };
}

describe('pylint split into parts, against one process', () => {
  it.for([
    [2, true],
    [3, true],
    [2, false],
  ] as const)('reports what one process reports, in %i parts (forked: %s)', async ([parts, fork], ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const { serial, split } = await serialAndSplit(project(), parts, fork);
    // The checks that a split changes are there: the project's duplicates and both cycles.
    expect(count(serial, 'R0801')).toBeGreaterThanOrEqual(2);
    expect(count(serial, 'R0401')).toBe(2);
    expect(serial.find((f) => f.rule === 'C0301')?.file).toBe('pkg/__init__.py');
    expect(sorted(split)).toEqual(sorted(serial));
  });

  it('keeps duplicate-code and cyclic-import as the configuration sets them', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const noDuplicates = await serialAndSplit(
      project('[tool.pylint."messages control"]\ndisable = ["duplicate-code"]\n'),
      2,
    );
    expect(count(noDuplicates.serial, 'R0801')).toBe(0);
    expect(count(noDuplicates.serial, 'R0401')).toBe(2);
    expect(sorted(noDuplicates.split)).toEqual(sorted(noDuplicates.serial));

    const neither = await serialAndSplit(
      project('[tool.pylint."messages control"]\ndisable = ["R0801", "cyclic-import"]\n'),
      2,
    );
    expect(count(neither.serial, 'R0801') + count(neither.serial, 'R0401')).toBe(0);
    expect(neither.serial.length).toBeGreaterThan(5);
    expect(sorted(neither.split)).toEqual(sorted(neither.serial));
  });
});

describe('a part that dies', () => {
  // A pylint plugin that kills its own process when it reaches pkg/boom.py, the second largest file: the
  // first goes to part 0, the second to part 1 (a fork, or a process of its own).
  const plugin = [
    'import os, signal',
    'from pylint.checkers import BaseChecker',
    'class Boom(BaseChecker):',
    "    name = 'boom'",
    "    msgs = {'W9901': ('boom', 'boom-msg', 'Kills the process.')}",
    '    def visit_module(self, node):',
    "        if node.name == 'pkg.boom':",
    '            os.kill(os.getpid(), signal.SIGKILL)',
    'def register(linter):',
    '    linter.register_checker(Boom(linter))',
    '',
  ].join('\n');

  it.for([true, false])(
    'makes the run a crash, never a report without its files (forked: %s)',
    async (fork, ctx) => {
      if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
      const dir = project(
        '[tool.pylint.main]\nload-plugins = ["boom_plugin"]\ninit-hook = "import sys; sys.path.insert(0, \'.\')"\n',
      );
      fs.writeFileSync(path.join(dir, 'boom_plugin.py'), plugin);
      const lines = (n: number) => Array.from({ length: n }, (_, k) => `V${k} = ${k}\n`).join('');
      fs.writeFileSync(path.join(dir, 'pkg/huge.py'), `"""Huge."""\n${lines(400)}`);
      fs.writeFileSync(path.join(dir, 'pkg/boom.py'), `"""Boom."""\n${lines(300)}`);
      const { single, argv, opts } = pylintRun(dir, ['pkg']);
      const r = await runToolParts(
        'pylint',
        pylintParts(single, 2, undefined, fork).map(argv),
        opts,
        mergePylintOutputs,
      );
      expect(r.findings).toEqual([]);
      expect(r.crash).toMatch(fork ? /pylint part 2 of 2 failed \(wait status 9\)/ : /exited with code 137/);
    },
  );
});
