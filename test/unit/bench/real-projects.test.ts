// The real-projects corpus' own reading of its evidence (bench/real-projects): a harness that misreads would
// report rows matched that do not. The numpy row and the pip-licenses 5.5.5 JSON are captured from a corpus
// run (pymilvus 3.0.2's environment); the other rows and files are written in the same shapes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cliLicences,
  licenceDisagreements,
  lineLengthWithinLimit,
  lockedVersion,
  pipLicences,
  venvChanges,
} from '../../../bench/real-projects/evidence.js';
import { projectConfig, sets } from '../../../bench/real-projects/project-config.js';

const SUMMARY = [
  '| package | version | licence | from | family | verdict | why | required by |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  '| <code>numpy</code> | 2.4.6 | BSD-3-Clause AND 0BSD AND MIT AND Zlib AND CC0-1.0 | License-Expression | bsd, mit, other, public | ❌ fail | every part must be allowed: Zlib (family other) is not in only-licenses; CC0-1.0 (family public) is not in only-licenses | pandas → numpy |',
  '| <code>grpcio</code> | 1.66.2 | none found | License field (not read) | | ❔ unknown | no licence found | |',
  '| <code>typing\\_extensions</code> | 4.15.0 | PSF-2.0 | License-Expression | python | ✅ allowed | | |',
].join('\n');
const PIP =
  '[{"License": "Apache Software License", "Name": "grpcio", "Version": "1.66.2"}, {"License": "BSD-3-Clause AND 0BSD AND MIT AND Zlib AND CC0-1.0", "Name": "numpy", "Version": "2.4.6"}]';

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'real-projects-test-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('real-projects evidence', () => {
  it('reads the gate summary rows, escaped names included, and finds licences it dropped', () => {
    const rows = cliLicences(SUMMARY);
    expect(rows.map((r) => r.name)).toEqual(['numpy', 'grpcio', 'typing_extensions']);
    expect(rows[0]?.verdict).toBe('❌ fail');
    const { dropped, notInstalled } = licenceDisagreements(rows, pipLicences(PIP));
    expect(dropped).toEqual(['grpcio (pip-licenses: Apache Software License)']);
    expect(notInstalled).toEqual(['typing_extensions']);
  });

  it('reads a version from uv.lock by normalised name, and says nothing for a package it lacks', () => {
    const lock =
      '[[package]]\nname = "ruff"\nversion = "0.15.16"\n\n[[package]]\nname = "Typing_Extensions"\nversion = "4.15.0"\n';
    expect(lockedVersion(lock, 'ruff')).toBe('0.15.16');
    expect(lockedVersion(lock, 'typing-extensions')).toBe('4.15.0');
    expect(lockedVersion(lock, 'pylint')).toBeUndefined();
  });

  it('names what a step added, removed or rewrote in the environment', () => {
    const before = new Map([
      ['py/a-1.dist-info', 'x'],
      ['py/b-1.dist-info', 'y'],
    ]);
    const after = new Map([
      ['py/a-1.dist-info', 'x2'],
      ['py/c-1.dist-info', 'z'],
    ]);
    expect(venvChanges(before, after)).toEqual([
      '+py/c-1.dist-info',
      '-py/b-1.dist-info',
      '~py/a-1.dist-info',
    ]);
    expect(venvChanges(before, new Map(before))).toEqual([]);
  });

  it('counts a line-length finding only on a line within the limit', () => {
    const ws = tempDir();
    fs.writeFileSync(path.join(ws, 'm.py'), `${'x'.repeat(100)}\n${'y'.repeat(130)}\n`);
    const findings = [
      { rule: 'C0301', file: 'm.py', line: 1 },
      { rule: 'C0301', file: 'm.py', line: 2 },
      { rule: 'E501', file: 'm.py', line: 1 },
      { rule: 'W0611', file: 'm.py', line: 1 },
    ];
    expect(lineLengthWithinLimit(findings, ws, 120)).toBe(2);
    expect(lineLengthWithinLimit(findings, ws, 88)).toBe(0);
  });
});

describe('real-projects project configuration', () => {
  it('takes ruff line length over black, the formatter, and a member inherits the root', () => {
    const root = tempDir();
    fs.writeFileSync(
      path.join(root, 'pyproject.toml'),
      '[tool.ruff]\nline-length = 80\n[tool.ruff.format]\nquote-style = "double"\n[tool.black]\nline-length = 100\n',
    );
    fs.mkdirSync(path.join(root, 'member'));
    fs.writeFileSync(path.join(root, 'member', 'pyproject.toml'), '[project]\nname = "m"\n');
    const cfg = projectConfig(path.join(root, 'member'), root);
    expect(cfg).toMatchObject({ lineLength: 80, lineLengthFrom: '[tool.ruff] line-length', ruff: true });
    expect(cfg.formatter).toBe('black');
  });

  it("reads black's line length, flake8's section, and whether a tool sets a key itself", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.black]\nline-length = 100\n');
    fs.writeFileSync(
      path.join(dir, 'setup.cfg'),
      '[metadata]\nname = x\n[flake8]\nmax-line-length = 100\n[isort]\nprofile = black\n',
    );
    const cfg = projectConfig(dir, dir);
    expect(cfg).toMatchObject({ lineLength: 100, formatter: 'black', ruff: false });
    expect(sets(cfg.flake8, 'max-line-length')).toBe(true);
    expect(sets(cfg.flake8, 'max-complexity')).toBe(false);
    expect(sets(cfg.isort, 'profile')).toBe(true);
    expect(sets(cfg.pylint, 'max-line-length')).toBe(false);
    expect(projectConfig(tempDir(), os.tmpdir())).toMatchObject({
      lineLength: 88,
      lineLengthFrom: 'default',
    });
  });
});
