import { describe, expect, it } from 'vitest';
import {
  countBySeverity,
  type Finding,
  mergeDuplicates,
  normaliseMessage,
  sortFindings,
  toRepoPath,
} from '../../../src/findings/finding.js';

const f = (over: Partial<Finding>): Finding => ({
  tool: 'ruff',
  rule: 'E501',
  severity: 'warning',
  message: 'Line too long',
  fingerprint: Math.random().toString(36),
  ...over,
});

describe('sortFindings', () => {
  it('puts the most severe first, then orders by file, line and column, located before unlocated', () => {
    const input = [
      f({ severity: 'note', file: 'a.py', line: 1 }),
      f({ severity: 'warning', file: 'b.py', line: 2 }),
      f({ severity: 'error' }),
      f({ severity: 'warning', file: 'a.py', line: 10 }),
      f({ severity: 'error', file: 'z.py', line: 3, column: 9 }),
      f({ severity: 'error', file: 'z.py', line: 3, column: 2 }),
      f({ severity: 'warning', file: 'a.py', line: 9 }),
    ];
    const out = sortFindings(input).map(
      (x) => `${x.severity}:${x.file ?? '-'}:${x.line ?? '-'}:${x.column ?? '-'}`,
    );
    expect(out).toEqual([
      'error:z.py:3:2',
      'error:z.py:3:9',
      'error:-:-:-',
      'warning:a.py:9:-',
      'warning:a.py:10:-',
      'warning:b.py:2:-',
      'note:a.py:1:-',
    ]);
    expect(input[0]?.severity).toBe('note'); // the input is not reordered
  });
});

describe('countBySeverity', () => {
  it('counts each level and the total', () => {
    const counts = countBySeverity([
      f({ severity: 'error' }),
      f({ severity: 'error' }),
      f({ severity: 'note' }),
      f({ severity: 'warning' }),
    ]);
    expect(counts).toEqual({ error: 2, warning: 1, note: 1, total: 4 });
  });
});

describe('mergeDuplicates', () => {
  const unusedImport = (x: Finding) =>
    x.rule === 'F401' || x.rule === 'W0611' ? `import:${x.file}:${x.line}` : undefined;

  it('folds the same problem from two tools into one finding naming both, keeping the worst severity', () => {
    const ruff = f({
      tool: 'ruff',
      rule: 'F401',
      severity: 'warning',
      file: 'a.py',
      line: 1,
      helpUri: undefined,
    });
    const pylint = f({
      tool: 'pylint',
      rule: 'W0611',
      severity: 'error',
      file: 'a.py',
      line: 1,
      helpUri: 'https://pylint.readthedocs.io/en/stable/user_guide/messages/warning/unused-import.html',
    });
    const other = f({ tool: 'pylint', rule: 'W0611', file: 'a.py', line: 2 });
    const out = mergeDuplicates([ruff, pylint, other], unusedImport);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({
      tool: 'ruff',
      rule: 'F401',
      severity: 'error',
      alsoReportedBy: ['pylint'],
    });
    expect(out[0]?.helpUri).toContain('pylint.readthedocs.io');
    expect(out[1]).toMatchObject({ tool: 'pylint', line: 2 });
    expect(ruff.alsoReportedBy).toBeUndefined(); // inputs are not mutated
  });

  it('never merges findings whose key is undefined, and names each other tool once', () => {
    const a = f({ rule: 'E501', file: 'a.py', line: 1 });
    const b = f({ rule: 'E501', file: 'a.py', line: 1 });
    expect(mergeDuplicates([a, b], () => undefined)).toHaveLength(2);
    const byMessage = (x: Finding) => `${x.file}:${x.line}:${normaliseMessage(x.message)}`;
    const merged = mergeDuplicates(
      [
        f({ tool: 'ruff', file: 'a.py', line: 1, message: 'Line too long.' }),
        f({ tool: 'flake8', file: 'a.py', line: 1, message: 'line   too long' }),
        f({ tool: 'flake8', file: 'a.py', line: 1, message: 'LINE TOO LONG' }),
        f({ tool: 'pycodestyle', file: 'a.py', line: 1, message: 'line too long' }),
      ],
      byMessage,
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]?.alsoReportedBy).toEqual(['flake8', 'pycodestyle']);
  });
});

describe('toRepoPath', () => {
  it('makes workspace paths relative with forward slashes', () => {
    expect(toRepoPath('/work/repo/src/app.py', '/work/repo')).toBe('src/app.py');
    expect(toRepoPath('./src\\pkg\\mod.py', '/work/repo')).toBe('src/pkg/mod.py');
    expect(toRepoPath('src//a/../b.py', '/work/repo')).toBe('src/b.py');
    expect(toRepoPath('/elsewhere/x.py', '/work/repo')).toBe('/elsewhere/x.py');
  });
});
