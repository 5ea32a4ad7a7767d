// Cross-tool duplicates, on the real output of all five default tools for the `violations` fixture.
import { describe, expect, it } from 'vitest';
import {
  MERGE_ORDER,
  mergeAcrossTools,
  mergeKeys,
  problemId,
} from '../../../src/actions/python-lint-stack/dedupe.js';
import { parsePylint, parseRuff } from '../../../src/actions/python-lint-stack/parse-json.js';
import {
  parseAutoflake,
  parseFlake8,
  parseHunks,
} from '../../../src/actions/python-lint-stack/parse-text.js';
import type { Finding } from '../../../src/findings/finding.js';
import { fingerprintFindings, linesFromContent } from '../../../src/findings/fingerprint.js';
import { CTX, output } from './outputs.js';

const raw = [
  ...parseAutoflake(output('autoflake.diff'), CTX),
  ...parseFlake8(output('flake8.txt'), CTX),
  ...parseRuff(output('ruff.json'), CTX),
  ...parseHunks('isort', output('isort.diff'), CTX),
  ...parsePylint(output('pylint.json'), CTX),
];
const findings = fingerprintFindings(raw, linesFromContent({}));
const merged = mergeAcrossTools(findings, MERGE_ORDER);
const tools = (f: Finding) => [f.tool, ...(f.alsoReportedBy ?? [])].sort();
const find = (file: string, line: number, rule: string) =>
  merged.filter((f) => f.file === file && f.line === line && f.rule === rule);

describe('mergeAcrossTools', () => {
  it('folds the unused import that four tools report into one finding naming all four', () => {
    const [sys, ...more] = find('app/imports.py', 2, 'F401');
    expect(more).toEqual([]);
    expect(sys?.tool).toBe('ruff');
    expect(tools(sys!)).toEqual(['autoflake', 'flake8', 'pylint', 'ruff']);
    expect(sys?.message).toBe('`sys` imported but unused');
    expect(tools(find('app/imports.py', 3, 'F401')[0]!)).toEqual(['autoflake', 'flake8', 'pylint', 'ruff']);
  });

  it('merges the unused variable, the undefined name and isort with ruff I001', () => {
    expect(tools(find('app/logic.py', 6, 'F841')[0]!)).toEqual(['autoflake', 'flake8', 'pylint', 'ruff']);
    expect(tools(find('app/logic.py', 45, 'F821')[0]!)).toEqual(['flake8', 'pylint', 'ruff']);
    expect(tools(find('app/imports.py', 2, 'I001')[0]!)).toEqual(['isort', 'ruff']);
  });

  it('keeps problems on different lines apart, and each tool-only finding as it is', () => {
    expect(merged.filter((f) => f.rule === 'F601').map((f) => [f.line, tools(f)])).toEqual([
      [9, ['flake8', 'ruff']],
      // pylint's W0109 spans the dict (lines 7-10): it joins the first duplicate key in it.
      [8, ['autoflake', 'flake8', 'pylint']],
    ]);
    expect(tools(find('app/logic.py', 42, 'E225')[0]!)).toEqual(['flake8']);
    expect(raw.length).toBe(4 + 8 + 6 + 1 + 9);
    // 3 + 3 + 3 folded unused imports and variable, 2 for F821, 1 for I001, 1 + 2 for the two F601 lines.
    expect(merged.length).toBe(raw.length - 15);
  });
});

describe('mergeKeys', () => {
  const f = (tool: string, rule: string, line: number, column: number, message = ''): Finding => ({
    tool,
    rule,
    severity: 'error',
    message,
    file: 'a.py',
    line,
    column,
    fingerprint: `${tool}${rule}${line}${column}`,
  });

  it("pairs the n-th finding of one tool with the other's n-th on the same line", () => {
    const a = f('flake8', 'F401', 1, 1, "'os' imported but unused");
    const b = f('flake8', 'F401', 1, 1, "'sys' imported but unused");
    const c = f('pylint', 'W0611', 1, 1, 'Unused import os');
    const d = f('pylint', 'W0611', 1, 12, 'Unused import sys');
    const keys = mergeKeys([a, b, c, d]);
    expect(keys.get(a)).toBe(keys.get(c));
    expect(keys.get(b)).toBe(keys.get(d));
    expect(keys.get(a)).not.toBe(keys.get(b));
    expect(mergeAcrossTools([a, b, c, d], MERGE_ORDER)).toHaveLength(2);
  });

  it('never merges a finding without a line', () => {
    const g = { ...f('pylint', 'R0401', 1, 1), line: undefined };
    expect(mergeKeys([g]).get(g)).toBeUndefined();
  });

  it('maps ruff pylint ports and shared codes to one problem', () => {
    expect(problemId({ tool: 'ruff', rule: 'PLR0911' })).toBe(problemId({ tool: 'pylint', rule: 'R0911' }));
    expect(problemId({ tool: 'flake8', rule: 'E501' })).toBe(problemId({ tool: 'pylint', rule: 'C0301' }));
    expect(problemId({ tool: 'mypy', rule: 'misc' })).toBe('mypy:misc');
  });
});
