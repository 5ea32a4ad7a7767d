// A changed run's files per tool and why (scope.ts), and the plans they give (plan.ts): real files, real
// git (the selection asks git what it ignores), no tool started.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PYLINT_BOOT } from '../../../src/actions/python-lint-stack/argv.js';
import {
  type PlanContext,
  planTools,
  pylintFingerprint,
  stackSettings,
} from '../../../src/actions/python-lint-stack/plan.js';
import { keySettings } from '../../../src/actions/python-lint-stack/prepare-check.js';
import { describeGroup, printable, widenScope } from '../../../src/actions/python-lint-stack/scope.js';
import type { ToolId } from '../../../src/actions/python-lint-stack/tools.js';
import { localRuntime } from '../../../src/core/runtime.js';
import { lintInputs } from './lint-inputs.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

const project = { targets: ['.'], files: ['a.py', 'b.py', 'c.py', 'd.py', 'e.py'] };

describe('widenScope', () => {
  const tools = ['ruff', 'flake8', 'pylint', 'mypy'];
  it('gives every tool the changed files, pylint and mypy also the importers and the stale files', () => {
    const s = widenScope({
      tools,
      changed: ['a.py'],
      importers: ['b.py', 'c.py'],
      stale: ['c.py', 'd.py', 'a.py'],
      project,
    });
    expect(s.cross).toEqual(['a.py', 'b.py', 'c.py', 'd.py']);
    expect(s.groups).toEqual([
      { reason: 'changed', tools, files: ['a.py'] },
      { reason: 'importer', tools: ['pylint', 'mypy'], files: ['b.py', 'c.py'] },
      // Each file once, under the first reason that applies.
      { reason: 'stale', tools: ['pylint', 'mypy'], files: ['d.py'] },
    ]);
    expect(s.groups.map((g) => describeGroup(g))).toEqual([
      '1 file (a.py) linted by ruff, flake8, pylint, mypy: changed by the pull request',
      '2 files (b.py, c.py) linted by pylint, mypy: imports a changed module',
      '1 file (d.py) linted by pylint, mypy: changed since the cached index',
    ]);
  });

  it('leaves out an empty group, and names only the cross tools that run', () => {
    const s = widenScope({
      tools: ['ruff', 'mypy'],
      changed: ['a.py'],
      importers: [],
      stale: ['-x.py'],
      project,
    });
    expect(s.groups).toEqual([
      { reason: 'changed', tools: ['ruff', 'mypy'], files: ['a.py'] },
      { reason: 'stale', tools: ['mypy'], files: ['./-x.py'] },
    ]);
  });

  it('falls back to the whole project for pylint and mypy without an import graph, and says why', () => {
    const why = 'ruff 0.6.5 has no `ruff analyze graph` (ruff 0.6.6 and later)';
    const s = widenScope({ tools, changed: ['a.py'], importers: { unavailable: why }, stale: [], project });
    expect(s.cross).toEqual(['.']);
    expect(s.groups[1]).toEqual({
      reason: 'project',
      tools: ['pylint', 'mypy'],
      files: project.files,
      note: why,
    });
    expect(describeGroup(s.groups[1]!)).toBe(
      `5 files (a.py, b.py, c.py, d.py, e.py) linted by pylint, mypy: the whole project (${why})`,
    );
    expect(describeGroup({ ...s.groups[1]!, files: [...project.files, 'f.py'] })).toMatch(
      /e\.py, and 1 more\)/,
    );
  });
});

describe('widenScope, bounded', () => {
  it('lints the whole project when the changed files and importers are more than a command line holds', () => {
    const importers = Array.from({ length: 30 }, (_, n) => `pkg/module_${n}.py`);
    const s = widenScope({
      tools: ['ruff', 'pylint'],
      changed: ['a.py'],
      importers,
      stale: [],
      project,
      maxArgChars: 200,
    });
    expect(s.cross).toEqual(['.']);
    expect(s.groups).toEqual([
      { reason: 'changed', tools: ['ruff', 'pylint'], files: ['a.py'] },
      {
        reason: 'project',
        tools: ['pylint'],
        files: project.files,
        note: '31 files to check, more than one command line holds',
      },
    ]);
    expect(
      widenScope({ tools: ['pylint'], changed: ['a.py'], importers, stale: [], project }).cross,
    ).toHaveLength(31);
  });

  it('escapes control characters of file names in log lines and the summary', () => {
    expect(printable('a\n::error::b.py')).toBe('a\\x0a::error::b.py');
    const g = { reason: 'changed' as const, tools: ['ruff'], files: ['x\r.py'] };
    expect(describeGroup(g)).toBe('1 file (x\\x0d.py) linted by ruff: changed by the pull request');
  });
});

describe('planTools in a changed run', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-plan-'));
  made.push(ws);
  for (const f of ['a.py', 'b.py', 'c.py']) fs.writeFileSync(path.join(ws, f), 'X = 1\n');
  const rt = localRuntime({ env: { PATH: process.env.PATH }, workspace: ws, log: () => {}, out: () => {} });
  const tools: ToolId[] = ['pylint', 'mypy', 'ruff', 'flake8', 'isort', 'autoflake'];
  const ctx = (extra: Partial<PlanContext> = {}): PlanContext => ({
    inputs: lintInputs(ws, { tools, changedFilesOnly: true, toolSource: 'path' }),
    rt,
    uv: 'uv',
    targets: ['a.py'],
    jobs: 1,
    cpus: 1,
    ...extra,
  });
  const index = {
    path: '/cache/pylint-index.json',
    fingerprint: 'f',
    read: false,
    write: true,
    fresh: ['a.py', 'b.py'],
  };

  it('gives the text tools the changed files and pylint and mypy the wider set', async () => {
    const plans = await planTools(
      tools,
      'check',
      ctx({ crossTargets: ['a.py', 'b.py'], toolEnv: { RUFF_CACHE_DIR: '/c/ruff' } }),
    );
    const tail = (argv: string[], n: number) => argv.slice(-n);
    const by = (t: ToolId) => plans.find((p) => p.tool === t)!;
    for (const t of ['ruff', 'flake8', 'isort', 'autoflake'] as const) {
      expect(tail(by(t).argv, 2), t).not.toContain('b.py');
      expect(by(t).argv.at(-1), t).toBe('a.py');
    }
    expect(tail(by('pylint').argv, 2)).toEqual(['a.py', 'b.py']);
    expect(tail(by('mypy').argv, 2)).toEqual(['a.py', 'b.py']);
    // One pylint process, no index: pylint's usual single run.
    expect(by('pylint').parts).toBeUndefined();
    for (const p of plans) expect(p.extraEnv.RUFF_CACHE_DIR, p.tool).toBe('/c/ruff');
    expect(by('pylint').extraEnv.PYTHONHASHSEED).toBe('0');
  });

  it('runs pylint in parts whenever it has an index, even as one part', async () => {
    const plans = await planTools(
      ['pylint'],
      'check',
      ctx({ crossTargets: ['a.py', 'b.py'], pylintIndex: index }),
    );
    expect(plans[0]?.parts).toHaveLength(1);
    expect(plans[0]?.parts?.[0]).not.toContain(PYLINT_BOOT);
  });

  it('fingerprints pylint by its version, arguments but files, and configuration', async () => {
    const s = await stackSettings(['pylint'], ctx());
    const f = pylintFingerprint(s, ctx());
    expect(f).toMatch(/^[0-9a-f]{64}$/);
    // The files are not in it: a changed run and a full run share the index.
    expect(pylintFingerprint(s, ctx({ targets: ['b.py'] }))).toBe(f);
    const longer = ctx();
    longer.inputs = { ...longer.inputs, maxLineLength: 100 };
    expect(pylintFingerprint(s, longer)).not.toBe(f);
    const other = { ...s, versions: { pylint: { version: '4.0.0', from: 'pin' as const } } };
    expect(pylintFingerprint(other, ctx())).not.toBe(f);
    fs.writeFileSync(path.join(ws, '.pylintrc'), '[MESSAGES CONTROL]\ndisable = C0114\n');
    try {
      const configured = await stackSettings(['pylint'], ctx());
      const a = pylintFingerprint(configured, ctx());
      expect(a).not.toBe(f);
      fs.writeFileSync(path.join(ws, '.pylintrc'), '[MESSAGES CONTROL]\ndisable = C0115\n');
      expect(pylintFingerprint(configured, ctx())).not.toBe(a);
    } finally {
      fs.rmSync(path.join(ws, '.pylintrc'));
    }
  });

  it('keys the cache by the inputs that shape argv, not by changed-files-only', () => {
    const i = ctx().inputs;
    expect(keySettings(i, ws)).toEqual(keySettings({ ...i, changedFilesOnly: false }, ws));
    expect(keySettings(i, ws)).not.toEqual(keySettings({ ...i, maxComplexity: 11 }, ws));
    expect(keySettings(i, ws)).toMatchObject({ workingDirectory: '' });
  });
});
