// pylint's duplicate-code / cyclic-import index (pylint-index.ts) with the real pylint through uv, as the
// action starts it: at our pin and at 3.0 (the oldest the split supports), on a project written here with a
// block in three modules and two import cycles.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkInvocation } from '../../../src/actions/python-lint-stack/argv.js';
import { expandTargets, toolArgv } from '../../../src/actions/python-lint-stack/command.js';
import { parsePylint } from '../../../src/actions/python-lint-stack/parse-json.js';
import {
  readPylintIndex,
  staleFiles,
  usableIndex,
} from '../../../src/actions/python-lint-stack/pylint-index.js';
import {
  CROSS_MESSAGES,
  type PartIndex,
  PYLINT_PART_BOOT,
  pylintParts,
} from '../../../src/actions/python-lint-stack/pylint-split.js';
import { execTool } from '../../../src/core/exec.js';
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

/** A function no other module has (until test (c) copies it). */
const UNIQUE = [
  'def g_report(rows):',
  '    lines = []',
  '    for name, size in rows:',
  '        lines.append(name.upper())',
  '        if size > 100:',
  '            lines.append("large")',
  '    return lines',
].join('\n');

/**
 * app.a -> app.b -> app.c -> app.a and app.d <-> app.e (two cycles), one block in a, d and e, app.g
 * importing app.h (no cycle) with a function of its own.
 */
function project(): string {
  const dir = writeProject('lint-index-', {
    'pyproject.toml': '[project]\nname = "indexed"\nversion = "0"\n',
    'app/__init__.py': '"""App."""\n',
    'app/a.py': `"""A."""\nfrom app import b\n\n\n${block('a_total')}\n\n\ndef use():\n    """Use."""\n    return b.use()\n`,
    'app/b.py': '"""B."""\nfrom app import c\n\n\ndef use():\n    """Use."""\n    return c.use()\n',
    'app/c.py':
      '"""C."""\n\n\ndef use():\n    """Use."""\n    from app import a  # the cycle closes here\n    return a\n',
    'app/d.py': `"""D."""\nfrom app import e\n\n\n${block('d_total')}\n\n\nE = e\n`,
    'app/e.py': `"""E."""\nfrom app import d\n\n\n${block('e_total')}\n\n\nD = d\n`,
    'app/g.py': `"""G."""\nfrom app import h\n\n\n${UNIQUE}\n\n\nH = h\n`,
    'app/h.py': '"""H."""\n\n\ndef helper():\n    """Help."""\n    return 1\n',
  });
  made.push(dir);
  return dir;
}

const MODULES = [
  'app/__init__.py',
  'app/a.py',
  'app/b.py',
  'app/c.py',
  'app/d.py',
  'app/e.py',
  'app/g.py',
  'app/h.py',
];
const FINGERPRINT = 'test-fingerprint';
const isCross = (f: UnfingerprintedFinding) =>
  (CROSS_MESSAGES as readonly string[]).includes(String(f.data?.symbol));
const sorted = (fs: UnfingerprintedFinding[]) => fs.map((f) => JSON.stringify(f)).sort();
/** Whether a duplicate-code or cyclic-import finding names the module of `file`. */
const involves = (f: UnfingerprintedFinding, file: string) => {
  const mod = file.replace(/\.py$/, '').split('/').join('.');
  return new RegExp(`[\\s(,]${mod.replace(/\./g, '\\.')}[:\\s)]`).test(f.message);
};

interface CrossRun {
  cross: UnfingerprintedFinding[];
  report?: { mode: string; parsed: number; fromIndex: number };
  stderr: string;
}

/**
 * Part 0 of a one-part pylint run (its cross pass, then its main pass) over `targets` (default: the whole
 * project), with the index options given; `preamble` is Python run before the part's boot.
 */
async function crossPass(
  dir: string,
  version: string,
  index?: PartIndex,
  targets?: string[],
  preamble = '',
): Promise<CrossRun> {
  const single = checkInvocation('pylint', {
    targets: ['.'],
    expandedTargets: targets ?? expandTargets(dir, ['.']),
    maxLineLength: 88,
    maxComplexity: 10,
    fast: false,
    jobs: 1,
  });
  const [part] = pylintParts(single, 1, index, false);
  if (!part) throw new Error('no part');
  const args = preamble ? ['-c', `${preamble}; ${PYLINT_PART_BOOT}`, ...part.args.slice(2)] : part.args;
  const [cmd, ...rest] = toolArgv(uv!, 'pylint', version, { ...part, args }, undefined);
  const r = await execTool(cmd!, rest, { cwd: dir, env: lintEnv(uv!, single.env), timeoutMs: 300_000 });
  const data = JSON.parse(r.stdout) as { index?: CrossRun['report'] };
  const cross = parsePylint(r.stdout, { cwd: dir, workspace: dir }).filter(isCross);
  return { cross, report: data.index, stderr: r.stderr };
}

const indexFile = (dir: string) => path.join(dir, '..', `${path.basename(dir)}.pylint-index.json`);
const write = (dir: string): PartIndex => {
  made.push(indexFile(dir));
  return { path: indexFile(dir), write: true, read: false, fingerprint: FINGERPRINT };
};
const read = (dir: string, fresh: string[], more: Partial<PartIndex> = {}): PartIndex => ({
  path: indexFile(dir),
  write: false,
  read: true,
  fresh,
  fingerprint: FINGERPRINT,
  ...more,
});

describe.each([PYTHON_TOOLS.pylint.pin, '3.0.4'])(
  'pylint %s: cross-module checks from the index',
  (version) => {
    // A pristine project, its findings without an index and with one written: the tests only read them.
    let dir: string;
    let full: UnfingerprintedFinding[];
    let written: CrossRun;

    beforeAll(async () => {
      if (!uv) return;
      dir = project();
      full = (await crossPass(dir, version)).cross;
      written = await crossPass(dir, version, write(dir));
    }, 300_000);

    it('(a) writes the index in the cross pass and reports what a run without it reports', async (ctx) => {
      if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
      expect(full.filter((f) => f.rule === 'R0801').length).toBeGreaterThanOrEqual(1);
      expect(full.filter((f) => f.rule === 'R0401').map((f) => f.message)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('(app.a -> app.b -> app.c)'),
          expect.stringContaining('(app.d -> app.e)'),
        ]),
      );
      expect(written.report).toEqual({ mode: 'full', parsed: MODULES.length, fromIndex: 0 });
      expect(sorted(written.cross)).toEqual(sorted(full));
      const index = JSON.parse(fs.readFileSync(indexFile(dir), 'utf8'));
      expect(index.modules.map((m: { path: string }) => m.path).sort()).toEqual(MODULES);
      expect(usableIndex(readPylintIndex(indexFile(dir)), FINGERPRINT)).toBe(true);
      expect(staleFiles(readPylintIndex(indexFile(dir)), dir, MODULES)).toEqual([]);
    });

    it.for(['app/d.py', 'app/b.py', 'app/e.py', 'app/h.py'])(
      '(b) a changed run of %s reports the full run’s cross-module findings that involve it',
      async (fresh, ctx) => {
        if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
        const changed = await crossPass(dir, version, read(dir, [fresh]), [fresh]);
        expect(changed.report).toEqual({ mode: 'read', parsed: 1, fromIndex: MODULES.length - 1 });
        expect(changed.stderr).toContain(`${MODULES.length - 1} modules from the index, 1 parsed`);
        const want = full.filter((f) => involves(f, fresh));
        expect(sorted(changed.cross)).toEqual(sorted(want));
        if (fresh !== 'app/h.py') expect(want.length).toBeGreaterThan(0);
      },
    );

    it('(c) finds the duplicate and the cycle a change makes with untouched modules, parsing only it', async (ctx) => {
      if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
      const own = project();
      await crossPass(own, version, write(own));
      // h now imports g (g imports h: a new cycle) and holds a copy of g's function.
      fs.writeFileSync(
        path.join(own, 'app/h.py'),
        `"""H."""\nfrom app import g\n\n\n${UNIQUE.replace('g_report', 'h_report')}\n\n\nG = g\n`,
      );
      const changed = await crossPass(own, version, read(own, ['app/h.py']), ['app/h.py']);
      expect(changed.report).toEqual({ mode: 'read', parsed: 1, fromIndex: MODULES.length - 1 });
      const messages = changed.cross.map((f) => f.message);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Similar lines in 2 files: app\.g:\d+-\d+, app\.h:\d+-\d+/),
          expect.stringContaining('Cyclic import (app.g -> app.h)'),
        ]),
      );
      // Exactly what a full run over the changed project reports about app.h.
      const after = (await crossPass(own, version)).cross;
      expect(sorted(changed.cross)).toEqual(sorted(after.filter((f) => involves(f, 'app/h.py'))));
    });

    it('(d) names the files edited since the index, and parses them again', async (ctx) => {
      if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
      const own = project();
      await crossPass(own, version, write(own));
      fs.appendFileSync(path.join(own, 'app/c.py'), '\n\nLATE = 1\n');
      fs.writeFileSync(path.join(own, 'app/new.py'), '"""New."""\n');
      expect(
        staleFiles(readPylintIndex(indexFile(own)), own, [...MODULES, 'app/new.py', 'app/gone.py']),
      ).toEqual(['app/c.py', 'app/new.py']);
      // The cross pass finds an edited file itself too (the caller may not have passed it as fresh).
      const changed = await crossPass(own, version, read(own, ['app/h.py']), ['app/h.py']);
      expect(changed.report).toMatchObject({ mode: 'read', parsed: 2 });
      expect(changed.stderr).toContain('app/c.py changed since the index: parsed again');
    });

    it('(e) ignores a corrupt or foreign index: every file parsed, the index written again', async (ctx) => {
      if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
      const own = project();
      const index = write(own);
      fs.writeFileSync(index.path, '{"format": 1, "modules": [');
      expect(usableIndex(readPylintIndex(index.path), FINGERPRINT)).toBe(false);
      const changed = await crossPass(
        own,
        version,
        read(own, ['app/d.py'], { write: true, allTargets: expandTargets(own, ['.']) }),
        ['app/d.py'],
      );
      expect(changed.stderr).toMatch(/index not used: unreadable/);
      expect(changed.report).toEqual({ mode: 'full', parsed: MODULES.length, fromIndex: 0 });
      expect(sorted(changed.cross)).toEqual(sorted(full.filter((f) => involves(f, 'app/d.py'))));
      expect(usableIndex(readPylintIndex(index.path), FINGERPRINT)).toBe(true);
      expect(usableIndex(readPylintIndex(index.path), 'other-fingerprint')).toBe(false);
      // Another pylint's index (the fingerprint matching): the Python side refuses it.
      const foreign = JSON.parse(fs.readFileSync(index.path, 'utf8'));
      fs.writeFileSync(index.path, JSON.stringify({ ...foreign, pylint: '2.17.0' }));
      const again = await crossPass(own, version, read(own, ['app/d.py']), ['app/d.py']);
      expect(again.stderr).toContain("index not used: pylint is '2.17.0'");
      expect(again.report?.mode).toBe('full');
    });

    it('falls back to the plain pass over every file when this pylint lacks an internal', async (ctx) => {
      if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
      const own = project();
      const index = read(own, ['app/d.py'], { write: true, allTargets: expandTargets(own, ['.']) });
      // pylint's own code imports it from its module: only the hooks' lookup misses it.
      const preamble = 'import pylint.lint; del pylint.lint.discover_package_path';
      const r = await crossPass(own, version, index, ['app/d.py'], preamble);
      expect(r.stderr).toContain(
        'this pylint lacks pylint.lint.discover_package_path: the plain duplicate-code',
      );
      expect(r.report).toEqual({ mode: 'plain', parsed: MODULES.length, fromIndex: 0 });
      expect(sorted(r.cross)).toEqual(sorted(full.filter((f) => involves(f, 'app/d.py'))));
      expect(fs.existsSync(index.path)).toBe(false);
    });
  },
);
