import { describe, expect, it } from 'vitest';
import {
  applyImporterReport,
  changedImportsOf,
  describeTouched,
  IMPORTERS_SOURCE,
  readImporterReport,
} from '../../../src/actions/python-lint-stack/pylint-importers.js';
import { mergePylintOutputs, PYLINT_PART_BOOT } from '../../../src/actions/python-lint-stack/pylint-split.js';
import type { ScopeGroup } from '../../../src/actions/python-lint-stack/scope.js';
import { describeGroup } from '../../../src/actions/python-lint-stack/scope.js';

describe('changedImportsOf', () => {
  it('maps each importer to the changed files it imports, in the stack’s path form', () => {
    const graph = new Map([
      ['pkg/core.py', ['pkg/a.py', '-x.py', 'pkg/b.py']],
      ['pkg/util.py', ['pkg/a.py']],
      ['pkg/other.py', ['pkg/c.py']],
    ]);
    expect(changedImportsOf(graph, ['pkg/core.py', 'pkg/util.py'], ['pkg/a.py', './-x.py'])).toEqual({
      'pkg/a.py': ['pkg/core.py', 'pkg/util.py'],
      './-x.py': ['pkg/core.py'],
    });
  });
});

describe('readImporterReport', () => {
  it('reads part 0’s report beside its messages, and nothing else', () => {
    const report = { skipped: ['a.py'], touched: { 'core.py': ['f'] } };
    expect(readImporterReport({ messages: [], importers: report })).toEqual(report);
    expect(readImporterReport({ messages: [] })).toBeUndefined();
    expect(readImporterReport(null)).toBeUndefined();
    expect(readImporterReport({ importers: { skipped: [1], touched: {} } })).toBeUndefined();
  });

  it('gets part 0’s output from mergePylintOutputs, which parsed it', () => {
    const report = { skipped: ['b.py'], touched: { 'core.py': null } };
    let seen: unknown;
    const merged = mergePylintOutputs(
      [JSON.stringify({ messages: [1], importers: report }), JSON.stringify({ messages: [2] })],
      (data) => {
        seen = data;
      },
    );
    expect(JSON.parse(merged)).toEqual({ messages: [1, 2] });
    expect(readImporterReport(seen)).toEqual(report);
  });
});

describe('applyImporterReport', () => {
  const groups: ScopeGroup[] = [
    { reason: 'changed', tools: ['pylint', 'mypy', 'ruff'], files: ['core.py'] },
    { reason: 'importer', tools: ['pylint', 'mypy'], files: ['a.py', 'b.py', 'c.py'] },
    { reason: 'stale', tools: ['pylint', 'mypy'], files: ['d.py'] },
  ];

  it('moves the skipped importers to a group only mypy lints, and says what the change touched', () => {
    const after = applyImporterReport(groups, {
      skipped: ['b.py', 'c.py'],
      touched: { 'core.py': ['helper', 'other'] },
    });
    const note = 'the change touched core.py: helper, other';
    expect(after).toEqual([
      groups[0],
      { reason: 'importer', tools: ['pylint', 'mypy'], files: ['a.py'], note },
      { reason: 'importer-unaffected', tools: ['mypy'], files: ['b.py', 'c.py'], note },
      groups[2],
    ]);
    expect(describeGroup(after[2] as ScopeGroup)).toBe(
      '2 files (b.py, c.py) linted by mypy: imports a changed module but reads nothing the change touched ' +
        '(pylint skips it) (the change touched core.py: helper, other)',
    );
  });

  it('says "not linted" when pylint was the only tool for them', () => {
    const only: ScopeGroup[] = [{ reason: 'importer', tools: ['pylint'], files: ['a.py'] }];
    const after = applyImporterReport(only, { skipped: ['a.py'], touched: { 'core.py': [] } });
    expect(after).toEqual([
      { reason: 'importer-unaffected', tools: [], files: ['a.py'], note: expect.any(String) },
    ]);
    expect(describeGroup(after[0] as ScopeGroup)).toMatch(/^1 file \(a\.py\) not linted: /);
  });

  it('names an unbounded change and a long list shortly', () => {
    expect(describeTouched({ 'a.py': null, 'b.py': ['p', 'q', 'r', 's', 't', 'u', 'v'], 'c.py': [] })).toBe(
      'a.py: anything (not bounded); b.py: p, q, r, s, t, and 2 more; c.py: nothing an importer can read',
    );
  });
});

describe('IMPORTERS_SOURCE', () => {
  it('is in the part boot, reads JSON only, and fits a template literal', () => {
    expect(PYLINT_PART_BOOT).toContain(JSON.stringify(IMPORTERS_SOURCE).slice(1, -1));
    expect(IMPORTERS_SOURCE).not.toMatch(/pickle|marshal|eval\(|exec\(/);
    expect(IMPORTERS_SOURCE).not.toMatch(/[`\\]|\$\{/);
  });
});
