// Issue 20's "no finding lost": on a pull request with changed-files-only, the problems a change causes in
// modules it does not touch are still reported, with real ruff, pylint and mypy on a real git history and
// the pull_request payload GitHub sends. Each run is checked against the full run of the same commit.
//
// (i) needs the import graph only; (ii) and (iii) need pylint's index (pylint-index.ts, the "index" half of
// issue 20): they fail until it is merged.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEvent } from '../../fixtures/events/load.js';
import type { ActionRunResult } from '../../support/action-runner.js';
import { cleanupRepos, initRepo, type Repo } from '../../support/git-repo.js';
import { requireTool } from '../../support/tools.js';
import { cleanup, type JsonReport, lint, log, prerequisites, readJson } from './helpers.js';

let uv: string | undefined;
let reason: string | undefined;
const temps: string[] = [];
afterAll(() => {
  cleanup();
  cleanupRepos();
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

const SUMMARY_BLOCK = `    total = 0
    count = 0
    for row in rows:
        total += row
        count += 1
    mean = total / count if count else 0.0
    lines = [f"total {total}", f"count {count}", f"mean {mean}"]
    return "\\n".join(lines)
`;

/** main: `pkg.user` imports `helper` from `pkg.core`; `pkg.report` has a block; x imports y, y imports core. */
const BASE: Record<string, string> = {
  'pkg/__init__.py': '"""The package."""\n',
  'pkg/core.py': `"""Core."""


def helper(value: int) -> int:
    """Double."""
    return value * 2


def other(value: int) -> int:
    """Triple."""
    return value * 3


def unchanged(value: int) -> int:
    """The same."""
    return value
`,
  'pkg/quiet.py': `"""Reads nothing the change touches."""
from pkg.core import unchanged


def use() -> int:
    """Use it."""
    foo = unchanged(2)
    return foo
`,
  // A directory without __init__.py inside the package: pylint's walk of the package skips it.
  'pkg/gen/tool.py': '"""Generated."""\n\nTOOL = 1\n',
  'pkg/user.py': `"""Uses core."""
from pkg.core import helper


def use() -> int:
    """Use it."""
    return helper(1)
`,
  'pkg/report.py': `"""Report."""


def summarize(rows: list[int]) -> str:
    """A summary of the rows."""
${SUMMARY_BLOCK}`,
  'pkg/x.py': '"""X."""\nfrom pkg import y\n\nX = y.Y\n',
  'pkg/y.py': '"""Y."""\nfrom pkg import core\n\nY = core.other\n',
};

/**
 * The pull request changes pkg/core.py only: it (i) removes `helper`, which pkg/user.py imports, (ii) adds a
 * copy of pkg/report.py's block and (iii) imports pkg.x, closing the cycle core -> x -> y -> core.
 */
const CHANGE: Record<string, string> = {
  'pkg/core.py': `"""Core."""
from pkg import x


def other(value: int) -> int:
    """Triple."""
    return value * 3 + len(str(x.X))


def unchanged(value: int) -> int:
    """The same."""
    return value


def describe(rows: list[int]) -> str:
    """The rows, described."""
${SUMMARY_BLOCK}`,
};

interface Run {
  r: ActionRunResult;
  report: JsonReport;
}

let repo: Repo;
let payload: ReturnType<typeof loadEvent>;
/** The full run of the pull request's commit: the reference. */
let full: Run;
/** The changed run after a full run of main left its cache (the same RUNNER_TEMP). */
let warm: Run;
/** The changed run with nothing cached. */
let cold: Run;

async function run(inputs: Record<string, string>, event: 'push' | 'pull_request', runnerTemp?: string) {
  const r = await lint(
    uv!,
    repo.dir,
    { tools: 'ruff,pylint,mypy', 'json-file': 'lint.json', 'fail-on': 'never', ...inputs },
    {
      eventName: event,
      payload: event === 'push' ? {} : payload,
      ...(runnerTemp ? { runnerTemp } : {}),
    },
  );
  expect(r.failed, log(r)).toBe(false);
  return { r, report: readJson(path.join(repo.dir, 'lint.json')) };
}

beforeAll(async () => {
  ({ uv, reason } = prerequisites());
  if (!reason && !requireTool('git')) reason = 'git is not installed';
  if (reason) return;
  repo = initRepo('main');
  fs.writeFileSync(path.join(repo.dir, '.gitignore'), 'lint.json\n');
  const base = repo.commit('the project', BASE);
  repo.git('checkout', '-q', '-b', 'feature');
  const head = repo.commit('core: helper removed, a summary added, x imported', CHANGE);
  payload = loadEvent(
    'pull_request-opened',
    {
      BASE_SHA: base,
      HEAD_SHA: head,
      BASE_REF: 'main',
      HEAD_REF: 'feature',
      NUMBER: 20,
      COMMITS: 1,
      CHANGED_FILES: 1,
    },
    repo,
  );
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-runner-temp-'));
  temps.push(runnerTemp);
  // main's full run (changed-files-only false, as on the default branch) writes the cache.
  repo.git('checkout', '-q', 'main');
  await run({ 'changed-files-only': 'false' }, 'push', runnerTemp);
  repo.git('checkout', '-q', 'feature');
  warm = await run({ 'changed-files-only': 'true' }, 'pull_request', runnerTemp);
  cold = await run({ 'changed-files-only': 'true' }, 'pull_request');
  full = await run({ 'changed-files-only': 'false' }, 'push');
}, 600_000);

const has = (r: Run, tool: string, rule: string, file: string, message: RegExp = /./) =>
  r.report.findings.some(
    (f) =>
      (f.tool === tool || (f.alsoReportedBy ?? []).includes(tool)) &&
      f.rule === rule &&
      f.file === file &&
      message.test(f.message),
  );
const cases = () =>
  [
    ['after a full run of main', warm],
    ['with nothing cached', cold],
  ] as const;

describe('a pull request with changed-files-only reports what the change breaks elsewhere', () => {
  it('the full run of the same commit has the three problems (the reference)', (ctx) => {
    if (reason) return ctx.skip(reason);
    expect(has(full, 'pylint', 'E0611', 'pkg/user.py', /helper/)).toBe(true);
    expect(has(full, 'mypy', 'attr-defined', 'pkg/user.py', /helper/)).toBe(true);
    expect(full.report.findings.some((f) => f.rule === 'R0801' && /pkg\.report/.test(f.message))).toBe(true);
    expect(full.report.findings.some((f) => f.rule === 'R0401' && /pkg\.x/.test(f.message))).toBe(true);
  });

  it('(i) an import of a name the change removed, in a module it does not touch: pylint and mypy', (ctx) => {
    if (reason) return ctx.skip(reason);
    for (const [when, r] of cases()) {
      expect(has(r, 'pylint', 'E0611', 'pkg/user.py', /helper/), `${when}\n${log(r.r)}`).toBe(true);
      expect(has(r, 'mypy', 'attr-defined', 'pkg/user.py', /helper/), when).toBe(true);
    }
  });

  // Needs pylint's index (the index half of issue 20): fails until it is merged.
  it('(ii) a duplicate block of the changed file and a module it does not touch', (ctx) => {
    if (reason) return ctx.skip(reason);
    for (const [when, r] of cases()) {
      const dup = r.report.findings.filter((f) => f.rule === 'R0801');
      expect(
        dup.some((f) => /pkg\.core/.test(f.message) && /pkg\.report/.test(f.message)),
        `${when}: ${JSON.stringify(dup)}`,
      ).toBe(true);
    }
  });

  // Needs pylint's index (the index half of issue 20): fails until it is merged.
  it('(iii) a new import cycle through the changed file and two modules it does not touch', (ctx) => {
    if (reason) return ctx.skip(reason);
    for (const [when, r] of cases()) {
      const cycles = r.report.findings.filter((f) => f.rule === 'R0401');
      expect(
        cycles.some(
          (f) => /pkg\.core/.test(f.message) && /pkg\.x/.test(f.message) && /pkg\.y/.test(f.message),
        ),
        `${when}: ${JSON.stringify(cycles)}`,
      ).toBe(true);
    }
  });

  // Needs pylint's index: with the placeholder no index is ever usable, so the warm run writes one too.
  it('reads the index main’s full run wrote; writes one when nothing is cached', (ctx) => {
    if (reason) return ctx.skip(reason);
    expect(full.report.meta.pylintIndex).toBe('write');
    expect(cold.report.meta.pylintIndex).toBe('write');
    expect(cold.r.summary).toContain('no usable cached index, so over every file; the index is written.');
    expect(warm.report.meta.pylintIndex).toBe('read');
    expect(warm.r.summary).toContain('over the whole project from the cached index.');
  });

  it('lints the changed file with every tool, its importers with pylint and mypy, and says why', (ctx) => {
    if (reason) return ctx.skip(reason);
    for (const [when, r] of cases()) {
      const scope = r.report.meta.scope ?? [];
      expect(scope[0], when).toMatchObject({
        reason: 'changed',
        tools: ['pylint', 'mypy', 'ruff'],
        files: ['pkg/core.py'],
      });
      expect(scope[1], when).toMatchObject({
        reason: 'importer',
        tools: ['pylint', 'mypy'],
        files: ['pkg/user.py', 'pkg/y.py'],
      });
      // pkg/quiet.py imports pkg.core but reads nothing the change touched: mypy only.
      expect(scope[2], when).toMatchObject({
        reason: 'importer-unaffected',
        tools: ['mypy'],
        files: ['pkg/quiet.py'],
        note: 'the change touched pkg/core.py: describe, helper, other, x',
      });
      // Nothing else: pkg/gen/tool.py, which pylint's walk skips in a full run, is not taken for changed.
      expect(scope, when).toHaveLength(3);
      // ruff saw the changed file only.
      const ruffFiles = new Set(r.report.findings.filter((f) => f.tool === 'ruff').map((f) => f.file));
      for (const f of ruffFiles) expect(f, when).toBe('pkg/core.py');
      const text = r.r.summary.replaceAll('\\', '');
      expect(text, when).toContain('linted by pylint, mypy: imports a changed module');
      expect(text, when).toContain('(pkg/core.py) linted by pylint, mypy, ruff: changed by the pull request');
      expect(text, when).toContain(
        '(pkg/quiet.py) linted by mypy: imports a changed module but reads nothing the change touched (pylint skips it)',
      );
      // Its own pylint finding, which the full run has, is not reported: pylint did not check it.
      expect(has(full, 'pylint', 'C0104', 'pkg/quiet.py', /foo/), when).toBe(true);
      expect(has(r, 'pylint', 'C0104', 'pkg/quiet.py'), when).toBe(false);
      // The harness has no cache service: said, not warned.
      expect(r.report.meta.cache?.text, when).toMatch(/^Cache: not used, no cache service/);
    }
  });

  it('writes no cache into the project: ruff and mypy use the cache directory', (ctx) => {
    if (reason) return ctx.skip(reason);
    for (const name of ['.ruff_cache', '.mypy_cache']) {
      expect(fs.existsSync(path.join(repo.dir, name)), name).toBe(false);
    }
    expect(repo.git('status', '--porcelain', '--ignored')).toBe('!! lint.json');
    // Where they went instead: under RUNNER_TEMP.
    const dirs = fs.readdirSync(path.join(warm.r.runnerTemp, 'pyprod-lint'));
    expect(dirs).toHaveLength(1);
    const cacheDir = path.join(warm.r.runnerTemp, 'pyprod-lint', dirs[0] as string);
    expect(fs.readdirSync(cacheDir).sort()).toEqual(expect.arrayContaining(['mypy', 'ruff']));
  });

  it('falls back to the whole project for pylint and mypy with a ruff that has no import graph', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const old = await run({ 'changed-files-only': 'true', 'tool-versions': 'ruff==0.6.5' }, 'pull_request');
    expect(old.report.meta.scope?.[1]).toMatchObject({
      reason: 'project',
      tools: ['pylint', 'mypy'],
      note: 'ruff 0.6.5 has no `ruff analyze graph` (ruff 0.6.6 and later)',
    });
    expect(old.r.summary.replaceAll('\\', '')).toContain(
      'linted by pylint, mypy: the whole project (ruff 0.6.5',
    );
    expect(
      old.r.annotations.some(
        (a) => a.level === 'warning' && /No import graph \(ruff 0\.6\.5/.test(a.message),
      ),
    ).toBe(true);
    expect(has(old, 'pylint', 'E0611', 'pkg/user.py', /helper/)).toBe(true);
  });
});
