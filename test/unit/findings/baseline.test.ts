import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { loadBaseline, splitByBaseline, writeBaseline } from '../../../src/findings/baseline.js';
import {
  fingerprintFindings,
  SourceFiles,
  type UnfingerprintedFinding,
} from '../../../src/findings/fingerprint.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-baseline-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const ruff = (line: number, rule: string, message: string): UnfingerprintedFinding => ({
  tool: 'ruff',
  rule,
  severity: 'error',
  message,
  file: 'app.py',
  line,
  column: 1,
});

describe('baseline', () => {
  it('lets only the new finding count as new after the code moved', async () => {
    const v1 = 'import os\nimport sys\n\nprint(undefined_name)\n';
    fs.writeFileSync(path.join(dir, 'app.py'), v1);
    const old = fingerprintFindings(
      [ruff(1, 'F401', '`os` imported but unused'), ruff(4, 'F821', 'Undefined name `undefined_name`')],
      new SourceFiles(dir),
    );
    const file = path.join(dir, '.pyprod', 'baselines', 'lint.json'); // parent dirs do not exist yet
    await writeBaseline(file, old, 'python-lint-stack');

    // Later: a header was added above everything, and one genuinely new problem appeared.
    fs.writeFileSync(path.join(dir, 'app.py'), `"""Header."""\n\n${v1}import json\n`);
    const now = fingerprintFindings(
      [
        ruff(3, 'F401', '`os` imported but unused'),
        ruff(6, 'F821', 'Undefined name `undefined_name`'),
        ruff(7, 'F401', '`json` imported but unused'),
      ],
      new SourceFiles(dir),
    );
    const split = splitByBaseline(now, await loadBaseline(file, { tool: 'python-lint-stack' }));
    expect(split.known.map((f) => f.line)).toEqual([3, 6]);
    expect(split.new.map((f) => f.message)).toEqual(['`json` imported but unused']);
  });

  it('writes a sorted, de-duplicated, diff-friendly file and overwrites on request', async () => {
    const file = path.join(dir, 'b.json');
    const mk = (fp: string) => ({
      tool: 't',
      rule: 'r',
      severity: 'note' as const,
      message: 'm',
      fingerprint: fp,
    });
    await writeBaseline(file, [mk('c'), mk('a'), mk('b'), mk('a')], 'secret-scan');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toBe(
      '{\n  "version": 1,\n  "tool": "secret-scan",\n  "fingerprints": [\n    "a",\n    "b",\n    "c"\n  ]\n}\n',
    );
    await writeBaseline(file, [mk('z')], 'secret-scan');
    expect((await loadBaseline(file)).fingerprints).toEqual(['z']);
  });

  it('treats every finding as new without a baseline', () => {
    const f = { tool: 't', rule: 'r', severity: 'note' as const, message: 'm', fingerprint: 'x' };
    expect(splitByBaseline([f], undefined)).toEqual({ new: [f], known: [] });
  });

  it('names the input and the path when the file is missing', async () => {
    const missing = path.join(dir, 'nope', 'baseline.json');
    const err = await loadBaseline(missing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).input).toBe('baseline');
    expect((err as Error).message).toContain("Input 'baseline'");
    expect((err as Error).message).toContain(missing);
    expect((err as Error).message).toContain('no file exists at that path');
  });

  it('explains a malformed file', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{ not json', /not valid JSON/],
      ['[1, 2]', /holds an array/],
      ['{"version": 2, "tool": "x", "fingerprints": []}', /version is 2/],
      ['{"version": 1, "tool": "x", "fingerprints": [1]}', /"fingerprints" is not an array of strings/],
      ['{"version": 1, "fingerprints": []}', /"tool" is not a string/],
    ];
    for (const [text, why] of cases) {
      const file = path.join(dir, 'bad.json');
      fs.writeFileSync(file, text);
      const err = await loadBaseline(file, { input: 'lint-baseline' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toMatch(why);
      expect((err as Error).message).toContain("Input 'lint-baseline'");
    }
  });

  it("refuses another action's baseline when asked to check", async () => {
    const file = path.join(dir, 'b.json');
    await writeBaseline(file, [], 'secret-scan');
    await expect(loadBaseline(file, { tool: 'python-lint-stack' })).rejects.toThrow(/written by secret-scan/);
  });
});
