// One configuration for the stack (issue 17, item 2): the real tools, through the built action, on a project
// whose ruff configuration excludes generated code and sets 120 columns, formatted with ruff format.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git } from '../../../src/core/git.js';
import { cleanup, copyFixture, lint, log, prerequisites, readJson } from './helpers.js';

let uv: string | undefined;
let reason: string | undefined;
beforeAll(() => {
  ({ uv, reason } = prerequisites());
});
afterAll(cleanup);

const LENGTH_RULES = ['E501', 'C0301', 'line-too-long'];

describe("python-lint-stack shares the project's configuration", () => {
  it('excludes what ruff and git exclude from every tool, and carries the line length and formatter', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const ws = copyFixture('shared-config');
    // A git work tree whose .gitignore leaves scratch/ out: git itself decides.
    await git(ws, ['init', '-q']);
    const r = await lint(uv!, ws, {
      tools: 'autoflake,flake8,ruff,isort,pylint,mypy',
      'json-file': 'lint.json',
      'fail-on': 'never',
    });
    expect(r.failed, log(r)).toBe(false);
    const report = readJson(path.join(ws, 'lint.json'));
    const runs = Object.fromEntries(report.meta.toolRuns.map((t) => [t.tool, t]));
    expect(Object.keys(runs).sort()).toEqual(['autoflake', 'flake8', 'isort', 'mypy', 'pylint', 'ruff']);
    for (const t of Object.values(runs)) expect(t.exitCode, t.tool).toBe(0);

    // Zero findings in the files the project excludes, from any tool.
    const files = report.findings.map((f) => f.file ?? '');
    expect(files.filter((f) => f.startsWith('generated/') || f.startsWith('scratch/'))).toEqual([]);

    // The positive control: the 130-column line is reported, by pylint at the project's 120 (flake8 without a
    // configuration of its own leaves E501 to pylint).
    const long = report.findings.filter((f) => LENGTH_RULES.includes(f.rule));
    expect(long.map((f) => [f.file, f.line])).toEqual([['app/report.py', 10]]);
    const reporters = [long[0]?.tool, ...(long[0]?.alsoReportedBy ?? [])].sort();
    expect(reporters).toEqual(['pylint']);

    // Nothing else: no E203/E701 from flake8 on ruff-formatted code, no isort rewrap at 79 columns.
    expect(report.findings.map((f) => `${f.tool} ${f.rule} ${f.file}:${f.line}`)).toEqual([
      `${long[0]?.tool} ${long[0]?.rule} app/report.py:10`,
    ]);

    // Each carried setting, with where it came from, in the summary and the JSON report.
    const shared = (report.meta as unknown as { sharedConfig: { text: string }[] }).sharedConfig.map(
      (s) => s.text,
    );
    expect(shared).toEqual(
      expect.arrayContaining([
        'pylint max-line-length 120 from [tool.ruff] line-length (pyproject.toml)',
        'flake8 max-line-length 120 from [tool.ruff] line-length (pyproject.toml)',
        'isort line-length 120 from [tool.ruff] line-length (pyproject.toml)',
        'flake8 extend-ignore E203,E701,E704 from ruff format formats this project ([tool.ruff.format] in pyproject.toml)',
        'flake8 exclude 2 files (generated/__init__.py, generated/service_pb2.py) from [tool.ruff] extend-exclude (pyproject.toml)',
        'flake8 exclude 1 file (scratch/notes.py) from .gitignore (git check-ignore)',
        'pylint exclude 2 files (generated/__init__.py, generated/service_pb2.py) from [tool.ruff] extend-exclude (pyproject.toml)',
        'mypy exclude 2 files (generated/__init__.py, generated/service_pb2.py) from [tool.ruff] extend-exclude (pyproject.toml)',
        'autoflake exclude 1 file (scratch/notes.py) from .gitignore (git check-ignore)',
      ]),
    );
    // Every tool got the same paths: app/ whole (nothing excluded in it), not generated/ or scratch/.
    for (const tool of ['autoflake', 'flake8', 'ruff', 'isort', 'pylint', 'mypy']) {
      expect(r.summary).toMatch(new RegExp(`^${tool}: .* app$`, 'm'));
    }
    // ruff applies its own configuration and the .gitignore: nothing is carried to it.
    expect(shared.filter((s) => s.startsWith('ruff '))).toEqual([]);
    expect(r.summary).toContain("The project's configuration, shared across the stack");
    // Markdown-escaped: the brackets are the project's text.
    // One line per setting, naming every tool it reaches.
    expect(r.summary).toContain(
      '- flake8, pylint max-line-length 120 from \\[tool.ruff\\] line-length (pyproject.toml)',
    );
    expect(r.summary).toContain(
      '- autoflake, flake8, isort, pylint, mypy exclude 1 file (scratch/notes.py) from .gitignore (git check-ignore)',
    );
  });

  it('without the shared configuration the same tools report the excluded and formatted code (control)', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const ws = copyFixture('shared-config');
    // The same code with no project configuration: what the tools report by default.
    fs.rmSync(path.join(ws, 'pyproject.toml'));
    fs.writeFileSync(path.join(ws, 'pyproject.toml'), '[project]\nname = "x"\nversion = "0"\n');
    const r = await lint(uv!, ws, { tools: 'flake8,pylint', 'json-file': 'lint.json', 'fail-on': 'never' });
    expect(r.failed, log(r)).toBe(false);
    const report = readJson(path.join(ws, 'lint.json'));
    const files = new Set(report.findings.map((f) => f.file?.split('/')[0]));
    expect([...files].sort()).toEqual(['app', 'generated', 'scratch']);
    // And flake8 reports what ruff format writes on purpose.
    const flake8 = report.findings
      .filter(
        (f) => f.file === 'app/shapes.py' && (f.tool === 'flake8' || f.alsoReportedBy?.includes('flake8')),
      )
      .map((f) => f.rule);
    expect(flake8).toEqual(expect.arrayContaining(['E203', 'E701']));
  });
});
