// The built action on the runner harness, with the real linters from PyPI (through uv) on fixture projects.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PYTHON_TOOLS } from '../../../src/provision/python-tools.js';
import { cleanup, copyFixture, errors, lint, log, prerequisites, readJson } from './helpers.js';

let uv: string | undefined;
let reason: string | undefined;
beforeAll(() => {
  ({ uv, reason } = prerequisites());
});
afterAll(cleanup);

describe('python-lint-stack on the runner harness', () => {
  it('runs the default stack and mypy concurrently and reports each problem once', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const ws = copyFixture('violations');
    const r = await lint(uv!, ws, {
      tools: 'autoflake,flake8,ruff,isort,pylint,mypy',
      'json-file': 'lint.json',
      'sarif-file': 'lint.sarif',
    });
    expect(r.failed, log(r)).toBe(true);
    expect(errors(r)).toEqual([
      expect.stringMatching(/^Python lint: \d+ new findings at fail-on level \(errors\); see the summary/),
    ]);
    const report = readJson(path.join(ws, 'lint.json'));
    // Per tool, before merging: what each tool itself reported.
    expect(Object.fromEntries(report.meta.toolRuns.map((t) => [t.tool, t.findings]))).toEqual({
      autoflake: 4,
      flake8: 8,
      ruff: 6,
      isort: 1,
      pylint: 9,
      mypy: 1,
    });
    expect(report.meta.toolRuns.find((t) => t.tool === 'pylint')?.version).toBe(PYTHON_TOOLS.pylint.pin);
    const f401 = report.findings.filter((f) => f.rule === 'F401');
    expect(f401.map((f) => [f.file, f.line, f.tool, f.alsoReportedBy])).toEqual([
      ['app/imports.py', 2, 'ruff', ['autoflake', 'flake8', 'pylint']],
      ['app/imports.py', 3, 'ruff', ['autoflake', 'flake8', 'pylint']],
    ]);
    expect(report.findings.find((f) => f.tool === 'mypy')).toMatchObject({
      rule: 'return-value',
      file: 'app/typed.py',
      line: 6,
    });
    // Each merged F401 keeps every tool's own report, and autoflake's diff.
    expect(f401[0]?.reports?.map((x) => `${x.tool} ${x.rule}`)).toEqual([
      'ruff F401',
      'flake8 F401',
      'pylint W0611',
      'autoflake unused-import',
    ]);
    expect(String(f401[0]?.data?.diff)).toContain('-import sys');
    // 29 reported, 15 folded into others (pylint's W0109 over the dict joins the first duplicate key).
    expect(report.counts.total).toBe(14);
    expect(r.outputs).toMatchObject({
      findings: '14',
      errors: String(report.counts.error),
      warnings: String(report.counts.warning),
      'new-findings': '14',
      'json-file': path.join(ws, 'lint.json'),
      'sarif-file': path.join(ws, 'lint.sarif'),
    });
    expect(report.findings.find((f) => f.rule === 'C901')?.severity).toBe('warning');
    const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'lint.sarif'), 'utf8')) as {
      runs: { tool: { driver: { name: string } } }[];
    };
    expect(sarif.runs.map((run) => run.tool.driver.name).sort()).toEqual([
      'autoflake',
      'flake8',
      'isort',
      'mypy',
      'pylint',
      'ruff',
    ]);

    const unused = r.annotations.find(
      (a) => a.file === 'app/imports.py' && a.line === 2 && a.title?.startsWith('F401'),
    );
    expect(unused?.title).toBe('F401 (ruff, autoflake unused-import, flake8, pylint W0611)');
    expect(r.summary).toMatch(
      /^### ❌ Python lint: 14 findings \(\d+ errors, \d+ warnings\) from 6 tools in /m,
    );
    expect(r.summary).toContain('| pylint | <code>4.1.4</code> (pinned) | 9 |');
    expect(r.summary).toContain('#### Most frequent rules');
    expect(r.summary).toContain('pyprod lint --tools autoflake,flake8,ruff,isort,pylint,mypy --fix');
    expect(r.summary).toContain(
      'pylint ran in a separate environment installed from the project (there is no venv).',
    );
  });

  it('fails the step when a tool crashes on a bad configuration file, and never calls it clean', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const ws = copyFixture('violations');
    fs.writeFileSync(path.join(ws, '.flake8'), '[flake8]\nmax-line-length = abc\n');
    const r = await lint(uv!, ws, { tools: 'flake8,ruff' });
    expect(r.failed).toBe(true);
    const [message] = errors(r);
    expect(message).toMatch(/^flake8 crashed: .*flake8 .* exited with code 1; last output:/s);
    expect(message).toContain("ValueError: invalid literal for int() with base 10: 'abc'");
    expect(r.summary).toContain('flake8 crashed, so its findings are unknown');
    expect(r.summary).toContain('| flake8 | <code>7.5.0</code> (pinned) | — |');
    expect(r.summary).toContain('❌ crashed (exit code 1)');
    // ruff's findings are still reported.
    expect(r.outputs.findings).toBe('6');
  });

  it('with a baseline, only the new finding fails the step', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const ws = copyFixture('violations');
    const first = await lint(uv!, ws, {
      tools: 'ruff,flake8',
      'write-baseline': '.lint-baseline.json',
      'fail-on': 'never',
    });
    expect(first.failed, log(first)).toBe(false);
    const known = Number(first.outputs.findings);
    expect(known).toBeGreaterThan(5);
    // Lines added above the known findings keep their fingerprints; one new problem is added at the end.
    const logic = path.join(ws, 'app', 'logic.py');
    const text = fs.readFileSync(logic, 'utf8');
    fs.writeFileSync(
      logic,
      `# Shifts every finding one line down.\n${text}\n\ndef extra():\n    """New."""\n    spare = 1\n`,
    );
    const second = await lint(uv!, ws, { tools: 'ruff,flake8', baseline: '.lint-baseline.json' });
    expect(second.failed).toBe(true);
    expect(second.outputs['new-findings']).toBe('1');
    expect(Number(second.outputs.findings)).toBe(known + 1);
    expect(errors(second)).toEqual([expect.stringMatching(/^Python lint: 1 new finding at fail-on level/)]);
    const annotated = second.annotations.filter((a) => a.file);
    expect(annotated.map((a) => [a.file, a.title, a.message])).toEqual([
      ['app/logic.py', 'F841 (ruff, flake8)', 'Local variable `spare` is assigned to but never used'],
    ]);
  });

  it('rejects a bad input naming it, the value and what is allowed', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const r = await lint(uv!, copyFixture('violations'), { tools: 'ruff,black' });
    expect(r.failed).toBe(true);
    expect(errors(r)).toEqual([
      `Input 'tools' has an invalid value "black": each item must be one of autoflake, flake8, ruff, isort, pylint, mypy, ruff-format, autopep8, fast.`,
    ]);
  });
});
