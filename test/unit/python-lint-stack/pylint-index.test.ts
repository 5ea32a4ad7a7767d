import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInvocation } from '../../../src/actions/python-lint-stack/argv.js';
import {
  INDEX_FORMAT,
  INDEX_SOURCE,
  readPylintIndex,
  staleFiles,
  usableIndex,
} from '../../../src/actions/python-lint-stack/pylint-index.js';
import { PYLINT_PART_BOOT, pylintParts } from '../../../src/actions/python-lint-stack/pylint-split.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pylint-index-unit-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const put = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
/** An index as the Python side writes it (the fields the TS side reads, and a few it does not). */
const index = (modules: Record<string, string>, over: Record<string, unknown> = {}) => {
  const file = path.join(dir, 'index.json');
  const mods = Object.entries(modules).map(([p, text]) => ({
    path: p,
    sha256: sha(text),
    module: p.replace(/\.py$/, '').split('/').join('.'),
    encoding: 'utf-8',
    nlines: 1,
    lines: [],
    imports: [],
    excluded: [],
  }));
  fs.writeFileSync(
    file,
    JSON.stringify({ format: INDEX_FORMAT, pylint: '4.1.4', fingerprint: 'fp', modules: mods, ...over }),
  );
  return file;
};

describe('staleFiles', () => {
  it('names the candidates whose content differs from the index’s, or that it does not have', () => {
    put('app/a.py', 'A = 1\n');
    put('app/b.py', 'B = 2\n');
    put('app/new.py', 'N = 0\n');
    const file = index({ 'app/a.py': 'A = 1\n', 'app/b.py': 'B = 1\n' });
    expect(staleFiles(readPylintIndex(file), dir, ['app/a.py', 'app/b.py', 'app/new.py'])).toEqual([
      'app/b.py',
      'app/new.py',
    ]);
    // Paths compare normalised; a candidate that is not on disk has nothing to lint.
    expect(staleFiles(readPylintIndex(file), dir, ['./app/a.py', 'app//b.py', 'app/gone.py'])).toEqual([
      'app//b.py',
    ]);
  });

  it('does not take a file pylint’s walk skipped (the index’s unvisited) for one that changed', () => {
    put('app/a.py', 'A = 1\n');
    put('app/gen/tool.py', 'T = 1\n');
    const file = index({ 'app/a.py': 'A = 1\n' }, { unvisited: ['app/gen/tool.py'] });
    expect(readPylintIndex(file)?.unvisited).toEqual(['app/gen/tool.py']);
    expect(staleFiles(readPylintIndex(file), dir, ['app/a.py', './app/gen/tool.py'])).toEqual([]);
    // An index written before the list existed: the file counts as new.
    const old = index({ 'app/a.py': 'A = 1\n' });
    expect(readPylintIndex(old)?.unvisited).toEqual([]);
    expect(staleFiles(readPylintIndex(old), dir, ['app/gen/tool.py'])).toEqual(['app/gen/tool.py']);
  });

  it('counts every candidate stale without a readable index', () => {
    put('a.py', 'A = 1\n');
    expect(staleFiles(readPylintIndex(path.join(dir, 'absent.json')), dir, ['a.py'])).toEqual(['a.py']);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"format": 1, "modules": [');
    expect(staleFiles(readPylintIndex(path.join(dir, 'bad.json')), dir, ['a.py'])).toEqual(['a.py']);
  });
});

describe('usableIndex', () => {
  it('is true for an index of this format with the fingerprint', () => {
    expect(usableIndex(readPylintIndex(index({ 'a.py': 'A = 1\n' })), 'fp')).toBe(true);
  });

  it('is false for an absent, corrupt, foreign or malformed index', () => {
    expect(usableIndex(readPylintIndex(path.join(dir, 'absent.json')), 'fp')).toBe(false);
    expect(usableIndex(readPylintIndex(index({})), 'other')).toBe(false);
    expect(usableIndex(readPylintIndex(index({}, { format: INDEX_FORMAT + 1 })), 'fp')).toBe(false);
    expect(
      usableIndex(readPylintIndex(index({}, { modules: [{ path: 'a.py', sha256: 'not-a-digest' }] })), 'fp'),
    ).toBe(false);
    expect(usableIndex(readPylintIndex(index({}, { modules: {} })), 'fp')).toBe(false);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"format": 1, "fingerprint": "fp", "modules": [');
    expect(usableIndex(readPylintIndex(path.join(dir, 'bad.json')), 'fp')).toBe(false);
    fs.writeFileSync(path.join(dir, 'null.json'), 'null');
    expect(usableIndex(readPylintIndex(path.join(dir, 'null.json')), 'fp')).toBe(false);
  });
});

describe('pylintParts with an index', () => {
  const single = checkInvocation('pylint', {
    targets: ['.'],
    expandedTargets: ['app/a.py'],
    maxLineLength: 88,
    maxComplexity: 10,
    fast: false,
    jobs: 1,
  });
  const options = { path: '/tmp/i.json', write: false, read: true, fresh: ['app/a.py'], fingerprint: 'fp' };

  it('gives the index options to part 0 only, whose cross pass uses them', () => {
    const spec = (args: string[]) => JSON.parse(args[2] as string);
    const parts = pylintParts(single, 3, options, false);
    expect(spec(parts[0]!.args).index).toEqual(options);
    expect(parts.slice(1).map((p) => spec(p.args).index)).toEqual([undefined, undefined]);
    const [one] = pylintParts(single, 1, options, true);
    expect(spec(one!.args)).toMatchObject({ part: 0, cross: true, fork: true, index: options });
    expect(spec(pylintParts(single, 2, undefined, false)[0]!.args).index).toBeUndefined();
  });

  it('runs the index Python inside the one-line part boot, reading the index as JSON only', () => {
    expect(PYLINT_PART_BOOT).toContain(JSON.stringify(INDEX_SOURCE).slice(1, -1));
    expect(PYLINT_PART_BOOT).toMatch(/^exec\("[^\n]*"\)$/);
    expect(INDEX_SOURCE).toContain('json.load(f)');
    expect(INDEX_SOURCE).not.toMatch(/pickle|marshal|eval\(/);
  });
});
