import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DeptryFailure, failureMessage, runDeptry } from '../../../src/actions/deptry-report/run.js';

const STDERR = path.resolve('test/fixtures/deptry-report/stderr');
const captured = (name: string) => fs.readFileSync(path.join(STDERR, `${name}.txt`), 'utf8');

describe('failureMessage on output captured from deptry 0.25.1 and uv', () => {
  it("takes click's error line (invalid [tool.deptry] keys, unknown options)", () => {
    expect(failureMessage(captured('invalid-config'))).toBe(
      "'[tool.deptry]' section in 'pyproject.toml' contains invalid configuration options: ['ignore_rules'].",
    );
    expect(failureMessage(captured('unknown-option'))).toBe(
      "No such option '--bogus'. Did you mean '--verbose'?",
    );
  });

  it("takes a traceback's exception line", () => {
    expect(failureMessage(captured('no-dependency-specification'))).toMatch(
      /^deptry\.exceptions\.DependencySpecificationNotFoundError: No file called 'pyproject\.toml'/,
    );
    expect(failureMessage(captured('invalid-toml'))).toBe(
      "tomli._parser.TOMLDecodeError: Expected ']' at the end of a table declaration (at line 1, column 9)",
    );
  });

  it("takes uv's error with its cause", () => {
    expect(failureMessage(captured('uv-unresolvable'))).toBe(
      'No solution found when resolving `--with` dependencies: Because there is no version of deptry==0.0.0.999 ' +
        'and you require deptry==0.0.0.999, we can conclude that your requirements are unsatisfiable.',
    );
  });

  it('falls back to the last line', () => {
    expect(failureMessage('one\ntwo\n\n')).toBe('two');
    expect(failureMessage('')).toBe('no output');
  });
});

// runDeptry's contract with the process it starts, exercised with real processes (node scripts that behave
// as deptry does: write the report, print, exit). The real deptry's crashes are in test/itg/deptry-report.
describe('runDeptry: the report and the exit code decide together', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deptry-run-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const out = path.join(dir, 'report.json');
  const violation = JSON.stringify([
    {
      error: { code: 'DEP002', message: "'six' defined as a dependency but not used in the codebase" },
      module: 'six',
      location: { file: 'pyproject.toml', line: null, column: null },
    },
  ]);
  const fake = (script: string) => [process.execPath, '-e', script];
  const run = (script: string) => runDeptry(fake(script), dir, out, { env: process.env, timeoutMs: 20_000 });
  const write = (json: string) =>
    `require('fs').writeFileSync(${JSON.stringify(out)}, ${JSON.stringify(json)});`;

  it('exit 1 with violations in the report is a result', async () => {
    const r = await run(`${write(violation)} console.error('Found 1 dependency issue.'); process.exit(1);`);
    expect(r.exitCode).toBe(1);
    expect(r.violations.map((v) => v.module)).toEqual(['six']);
    expect(r.log).toContain('Found 1 dependency issue.');
  });

  it('exit 0 with an empty report is a pass', async () => {
    const r = await run(`${write('[]')} process.exit(0);`);
    expect(r.violations).toEqual([]);
  });

  it('a report left from an earlier run is removed first, so a crash cannot reuse it', async () => {
    fs.writeFileSync(out, violation);
    const err = await run(`console.error('Traceback ...\\nValueError: boom'); process.exit(1);`).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(DeptryFailure);
    expect(err.toolMessage).toBe('ValueError: boom (no JSON report was written, so there is no result)');
    expect(err.message).toMatch(/^deptry failed in .* \(exit code 1\): ValueError: boom/);
  });

  it('exit 1 with an empty report, exit 2, and a contradicting exit 0 all fail', async () => {
    await expect(run(`${write('[]')} console.error('KeyError: x'); process.exit(1);`)).rejects.toThrow(
      /KeyError: x \(exit code 1 with an empty report/,
    );
    await expect(run(`console.error('Error: No such option: --x'); process.exit(2);`)).rejects.toThrow(
      /exit code 2\): No such option: --x/,
    );
    await expect(run(`${write(violation)} process.exit(0);`)).rejects.toThrow(/exited 0/);
  });

  it('a report that is not deptry JSON fails with the expected shape', async () => {
    await expect(run(`${write('{"a": 1}')} process.exit(1);`)).rejects.toThrow(/is not a JSON array/);
  });
});
