import { describe, expect, it } from 'vitest';
import { localRuntime } from '../../../src/core/runtime.js';
import { annotationProps, emitAnnotations } from '../../../src/report/annotations.js';
import { manyFindings } from './sample-report.js';

/** A localRuntime whose log lines are kept (annotations print as `file:line:col: level: title: message`). */
function capture() {
  const lines: string[] = [];
  return { lines, runtime: localRuntime({ log: (l) => lines.push(l), out: () => {}, env: {} }) };
}

describe('emitAnnotations', () => {
  it('emits at most 10 per level, most severe first, and counts the rest', () => {
    const { lines, runtime } = capture();
    // Notes first in the input, so "most severe first" is the function's doing.
    const findings = [
      ...manyFindings(15, 'note'),
      ...manyFindings(3, 'warning'),
      ...manyFindings(25, 'error'),
    ];
    const result = emitAnnotations(findings, runtime);

    expect(result.emitted).toEqual({ error: 10, warning: 3, notice: 10 });
    expect(result.notAnnotated).toEqual({ error: 15, warning: 0, notice: 5 });
    expect(lines).toHaveLength(23);
    const levels = lines.map((l) => / (error|warning|notice): /.exec(l)?.[1]);
    expect(levels).toEqual([
      ...Array(10).fill('error'),
      ...Array(3).fill('warning'),
      ...Array(10).fill('notice'),
    ]);
    expect(lines[0]).toBe('pkg/mod_0.py:1:1: error: R000 (ruff): error number 0: something is off here');
  });

  it('takes another cap when configured', () => {
    const { lines, runtime } = capture();
    const result = emitAnnotations(manyFindings(4, 'error'), runtime, { perLevel: 1 });
    expect(result).toEqual({
      perLevel: 1,
      emitted: { error: 1, warning: 0, notice: 0 },
      notAnnotated: { error: 3, warning: 0, notice: 0 },
    });
    expect(lines).toHaveLength(1);
  });

  it('passes positions only when they are real, and names every tool in the title', () => {
    const base = { tool: 'ruff', rule: 'E501', severity: 'warning' as const, message: 'm', fingerprint: 'f' };
    expect(annotationProps({ ...base, file: 'a.py', line: 3, column: 5, endLine: 3, endColumn: 9 })).toEqual({
      title: 'E501 (ruff)',
      file: 'a.py',
      startLine: 3,
      endLine: 3,
      startColumn: 5,
      endColumn: 9,
    });
    // Multi-line: GitHub ignores columns, so none are sent.
    expect(annotationProps({ ...base, file: 'a.py', line: 3, column: 5, endLine: 7 })).toEqual({
      title: 'E501 (ruff)',
      file: 'a.py',
      startLine: 3,
      endLine: 7,
    });
    expect(annotationProps({ ...base, file: 'a.py', line: 0, column: 0 })).toEqual({
      title: 'E501 (ruff)',
      file: 'a.py',
    });
    expect(annotationProps({ ...base, alsoReportedBy: ['pylint'] })).toEqual({
      title: 'E501 (ruff, pylint)',
    });
  });
});
