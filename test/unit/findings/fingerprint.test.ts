import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  fingerprintFindings,
  linesFromContent,
  normaliseLine,
  SourceFiles,
  type UnfingerprintedFinding,
} from '../../../src/findings/fingerprint.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-fp-'));
  fs.mkdirSync(path.join(dir, 'src'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const V1 = [
  'import os',
  'import sys',
  '',
  'def main():',
  '    password = "hunter2"',
  '    return 1',
  '',
].join('\n');

const finding = (line: number, over: Partial<UnfingerprintedFinding> = {}): UnfingerprintedFinding => ({
  tool: 'ruff',
  rule: 'S105',
  severity: 'error',
  message: 'Possible hardcoded password assigned to: "password"',
  file: 'src/main.py',
  line,
  column: 16,
  ...over,
});

/** Writes the file to the temp repo and fingerprints through SourceFiles, as an action would. */
function fingerprintOnDisk(content: string, findings: UnfingerprintedFinding[]) {
  fs.writeFileSync(path.join(dir, 'src/main.py'), content);
  return fingerprintFindings(findings, new SourceFiles(dir));
}

describe('fingerprintFindings', () => {
  it('keeps a fingerprint when lines are inserted above the finding', () => {
    const [before] = fingerprintOnDisk(V1, [finding(5)]);
    const shifted = `"""Module docstring."""\n\nimport logging\n\n${V1}`;
    const [after] = fingerprintOnDisk(shifted, [finding(9)]);
    expect(before?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(after?.fingerprint).toBe(before?.fingerprint);
  });

  it('keeps it when only the whitespace of the flagged line changes', () => {
    const [before] = fingerprintOnDisk(V1, [finding(5)]);
    const [after] = fingerprintOnDisk(V1.replace('    password = "hunter2"', '\tpassword  =  "hunter2"   '), [
      finding(5),
    ]);
    expect(after?.fingerprint).toBe(before?.fingerprint);
  });

  it('changes it when the flagged line itself changes', () => {
    const [before] = fingerprintOnDisk(V1, [finding(5)]);
    const [after] = fingerprintOnDisk(V1.replace('hunter2', 'correct-horse'), [finding(5)]);
    expect(after?.fingerprint).not.toBe(before?.fingerprint);
  });

  it('gives two identical findings distinct fingerprints, stable under line shifts', () => {
    const twice = 'x = 1\npassword = "a"\npassword = "a"\n';
    const first = fingerprintOnDisk(twice, [finding(2), finding(3)]);
    expect(first[0]?.fingerprint).not.toBe(first[1]?.fingerprint);
    // Same two findings, reported in the other order and two lines lower: same pair of fingerprints.
    const later = fingerprintOnDisk(`# a\n# b\n${twice}`, [finding(5), finding(4)]);
    expect(later[1]?.fingerprint).toBe(first[0]?.fingerprint);
    expect(later[0]?.fingerprint).toBe(first[1]?.fingerprint);
  });

  it('separates tools, rules and files', () => {
    const fps = fingerprintOnDisk(V1, [
      finding(5),
      finding(5, { tool: 'bandit' }),
      finding(5, { rule: 'S106' }),
    ]);
    expect(new Set(fps.map((f) => f.fingerprint)).size).toBe(3);
  });

  it('keeps a tool-provided fingerprint as it is', () => {
    const [f] = fingerprintOnDisk(V1, [
      finding(5, { tool: 'gitleaks', rule: 'generic-api-key', fingerprint: 'src/main.py:generic-api-key:5' }),
    ]);
    expect(f?.fingerprint).toBe('src/main.py:generic-api-key:5');
  });

  it('never puts the flagged text (a secret) into the fingerprint', () => {
    const [f] = fingerprintOnDisk(V1, [finding(5)]);
    expect(f?.fingerprint).not.toContain('hunter2');
    expect(JSON.stringify(f)).not.toContain('hunter2');
  });

  it('falls back to the message for findings without a readable line', () => {
    const src = linesFromContent({});
    const [a, b, c] = fingerprintFindings(
      [
        { tool: 'license-gate', rule: 'denied', severity: 'error', message: 'GPL-3.0 package foo' },
        { tool: 'license-gate', rule: 'denied', severity: 'error', message: 'GPL-3.0  package  foo.' },
        { tool: 'license-gate', rule: 'denied', severity: 'error', message: 'AGPL package bar' },
      ],
      src,
    );
    expect(a?.fingerprint).not.toBe(c?.fingerprint);
    expect(a?.fingerprint).not.toBe(b?.fingerprint); // same normalised message: told apart by occurrence
  });

  it('reads each file once however many findings point into it', () => {
    fs.writeFileSync(path.join(dir, 'src/main.py'), V1);
    let reads = 0;
    const files = new SourceFiles(dir, (p) => {
      reads += 1;
      return fs.readFileSync(p, 'utf8');
    });
    fingerprintFindings([finding(1), finding(2), finding(5), finding(6), finding(99)], files);
    expect(reads).toBe(1);
    expect(files.lines('../outside.py')).toBeUndefined(); // no reading outside the repository
    expect(files.lines('src/missing.py')).toBeUndefined();
  });

  it('normalises whitespace of a line', () => {
    expect(normaliseLine('\t  a   =\t b  ')).toBe('a = b');
  });
});
