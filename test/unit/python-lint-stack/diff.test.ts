import { describe, expect, it } from 'vitest';
import {
  changeBlocks,
  diffPath,
  hunkText,
  parseUnifiedDiff,
} from '../../../src/actions/python-lint-stack/diff.js';

describe('parseUnifiedDiff', () => {
  it('reads hunks by their line counts, so a removed "-- x" line is not a file header', () => {
    const text = [
      'Fixing something',
      '--- a.py',
      '+++ a.py',
      '@@ -1,3 +1,2 @@',
      ' keep',
      '--- not a header',
      '+++ not one either',
      ' tail',
      '--- b.py',
      '+++ b.py',
      '@@ -5 +5 @@',
      '-old',
      '+new',
      '\\ No newline at end of file',
    ].join('\n');
    const files = parseUnifiedDiff(text);
    expect(files.map((f) => f.oldPath)).toEqual(['a.py', 'b.py']);
    expect(files[0]?.hunks[0]?.lines).toEqual([' keep', '--- not a header', '+++ not one either', ' tail']);
    expect(files[1]?.hunks[0]).toMatchObject({
      oldStart: 5,
      lines: ['-old', '+new', '\\ No newline at end of file'],
    });
  });

  it('returns nothing for text without a diff', () => {
    expect(parseUnifiedDiff('Skipped 1 files\n')).toEqual([]);
  });
});

describe('changeBlocks', () => {
  it('places each run of changes at its line in the original file', () => {
    const [file] = parseUnifiedDiff(
      ['--- x', '+++ x', '@@ -10,6 +10,6 @@', ' a', '-b', '+B', ' c', ' d', '+e', ' f', '-g'].join('\n'),
    );
    expect(changeBlocks(file!.hunks[0]!)).toEqual([
      { line: 11, removed: ['b'], added: ['B'] },
      { line: 14, removed: [], added: ['e'] },
      { line: 15, removed: ['g'], added: [] },
    ]);
  });

  it('puts an addition to an empty file at line 1', () => {
    const [file] = parseUnifiedDiff(['--- e', '+++ e', '@@ -0,0 +1 @@', '+x'].join('\n'));
    expect(changeBlocks(file!.hunks[0]!)).toEqual([{ line: 1, removed: [], added: ['x'] }]);
  });
});

describe('diffPath', () => {
  it("undoes each tool's decoration", () => {
    expect(diffPath('original/./app/x.py', { prefix: 'original/' })).toBe('app/x.py');
    expect(diffPath('/abs/app/x.py:before\t2026-01-01 10:00:00.1')).toBe('/abs/app/x.py');
    expect(diffPath('original/x.py')).toBe('original/x.py');
    expect(diffPath('./x.py')).toBe('x.py');
  });
});

describe('hunkText', () => {
  it('keeps the headers and cuts long hunks', () => {
    const [file] = parseUnifiedDiff(['--- x', '+++ x', '@@ -1 +1 @@', `-${'a'.repeat(50)}`, '+b'].join('\n'));
    expect(hunkText(file!, file!.hunks[0]!)).toBe(`--- x\n+++ x\n@@ -1 +1 @@\n-${'a'.repeat(50)}\n+b`);
    const cut = hunkText(file!, file!.hunks[0]!, 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut.endsWith('\n…')).toBe(true);
  });
});
