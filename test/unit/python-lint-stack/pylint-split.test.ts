import { describe, expect, it } from 'vitest';
import {
  type ArgsContext,
  checkInvocation,
  PYLINT_BOOT,
} from '../../../src/actions/python-lint-stack/argv.js';
import { OutputError, parsePylint } from '../../../src/actions/python-lint-stack/parse-json.js';
import {
  CROSS_MESSAGES,
  CROSS_SHARE,
  mergePylintOutputs,
  PYLINT_PART_BOOT,
  partCount,
  pylintParts,
} from '../../../src/actions/python-lint-stack/pylint-split.js';
import { CTX, output } from './outputs.js';

const ctx: ArgsContext = {
  targets: ['.'],
  expandedTargets: ['app', 'setup.py'],
  maxLineLength: 88,
  maxComplexity: 10,
  fast: false,
  jobs: 1,
};

describe('pylintParts', () => {
  it('gives every part the single run’s pylint arguments and environment behind the part boot', () => {
    const single = checkInvocation('pylint', ctx);
    const parts = pylintParts(single, 3, undefined, false);
    const pylintArgs = ['--output-format=json2', '--exit-zero', '--recursive=y', '--max-line-length=88'];
    expect(parts.map((p) => p.args)).toEqual(
      [0, 1, 2].map((part) => [
        '-c',
        PYLINT_PART_BOOT,
        JSON.stringify({ part, parts: 3, cross: part === 0, crossShare: CROSS_SHARE }),
        ...pylintArgs,
        'app',
        'setup.py',
      ]),
    );
    for (const p of parts) {
      expect(p.command).toBe('python');
      expect(p.env).toEqual({ PYTHONHASHSEED: '0' });
    }
  });

  it('where the OS forks, starts one process that forks the other parts after the pass', () => {
    const single = checkInvocation('pylint', ctx);
    const parts = pylintParts(single, 3, undefined, true);
    expect(parts).toHaveLength(1);
    expect(parts[0]?.args.slice(2, 3)).toEqual([
      JSON.stringify({ part: 0, parts: 3, cross: true, crossShare: 0, fork: true }),
    ]);
    expect(parts[0]?.args.slice(3)).toEqual(single.args.slice(2));
    expect(PYLINT_PART_BOOT).toContain('os.fork()');
    expect(PYLINT_PART_BOOT).toContain('gc.freeze()');
  });

  it('runs the cross-file checks in part 0 only, disabled in every main pass, one process each', () => {
    expect(PYLINT_PART_BOOT).toContain("CROSS = ('duplicate-code', 'cyclic-import')");
    expect(CROSS_MESSAGES).toEqual(['duplicate-code', 'cyclic-import']);
    expect(PYLINT_PART_BOOT).toContain("'--jobs=1'");
    expect(PYLINT_PART_BOOT).toContain("run(False, ['--disable=' + ','.join(CROSS)])");
    expect(PYLINT_PART_BOOT).toContain('gc.set_threshold(100_000');
    // One line: each part is one line of the summary's commands.
    expect(PYLINT_PART_BOOT).toMatch(/^exec\("[^\n]*"\)$/);
  });

  it('refuses an invocation that is not the single pylint run', () => {
    expect(() => pylintParts(checkInvocation('ruff', ctx), 2)).toThrow(/not a pylint invocation/);
    const other = { ...checkInvocation('pylint', ctx), args: ['-m', 'pylint', 'app'] };
    expect(() => pylintParts(other, 2)).toThrow(/not a pylint invocation/);
    expect(PYLINT_BOOT).not.toBe(PYLINT_PART_BOOT);
  });
});

describe('partCount', () => {
  it('is one part a CPU, never more than the files, at least one', () => {
    expect(partCount(2, 100)).toBe(2);
    expect(partCount(4, 3)).toBe(3);
    expect(partCount(1, 100)).toBe(1);
    expect(partCount(8, 0)).toBe(1);
  });
});

describe('mergePylintOutputs', () => {
  // pylint's own json2 output on the violations fixture (one process), dealt out as the parts print it:
  // part 0 the cross-file messages, each part the messages of the files it owns.
  const serial = JSON.parse(output('pylint.json')) as { messages: { symbol: string; path: string }[] };
  const cross = serial.messages.filter((m) => (CROSS_MESSAGES as readonly string[]).includes(m.symbol));
  const rest = serial.messages.filter((m) => !cross.includes(m));
  const part0 = JSON.stringify({ messages: [...cross, ...rest.filter((m) => m.path === 'app/logic.py')] });
  const part1 = JSON.stringify({ messages: rest.filter((m) => m.path !== 'app/logic.py') });
  const sorted = (fs: ReturnType<typeof parsePylint>) => fs.map((f) => JSON.stringify(f)).sort();

  it('gives the findings of the single run, duplicate-code and cyclic-import moved to their modules', () => {
    expect(cross.map((m) => m.symbol)).toEqual(['duplicate-code', 'cyclic-import']);
    const merged = parsePylint(mergePylintOutputs([part0, part1]), CTX);
    expect(sorted(merged)).toEqual(sorted(parsePylint(output('pylint.json'), CTX)));
    expect(merged.find((f) => f.rule === 'R0801')).toMatchObject({ file: 'app/cycle_a.py', line: 7 });
    expect(merged).toHaveLength(9);
  });

  it('names the part whose output is not json2', () => {
    expect(() => mergePylintOutputs([part0, 'Traceback (most recent call last):'])).toThrow(OutputError);
    expect(() => mergePylintOutputs([part0, 'Traceback'])).toThrow(/part 2 of 2: not JSON/);
    expect(() => mergePylintOutputs(['[]', part1])).toThrow(/part 1 of 2: no "messages" array/);
    expect(() => mergePylintOutputs(['null'])).toThrow(/part 1 of 1: no "messages" array/);
  });
});
