import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInvocation } from '../../../src/actions/python-lint-stack/argv.js';
import { changedBetween, snapshot } from '../../../src/actions/python-lint-stack/fix.js';
import type { LintInputs } from '../../../src/actions/python-lint-stack/inputs.js';
import { failsOn } from '../../../src/actions/python-lint-stack/lint-report.js';
import { pylintParts } from '../../../src/actions/python-lint-stack/pylint-split.js';
import { selectChanged } from '../../../src/actions/python-lint-stack/scope.js';
import {
  cliFlags,
  crashSection,
  reproduceSection,
  type ToolRow,
  toolsSection,
  topRulesSection,
} from '../../../src/actions/python-lint-stack/summary.js';
import { displayCommand } from '../../../src/core/exec.js';
import type { Finding } from '../../../src/findings/finding.js';
import { BASE_ARGS } from './args-context.js';
import { lintInputs } from './lint-inputs.js';

const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-summary-'));
afterAll(() => fs.rmSync(ws, { recursive: true, force: true }));

const inputs: LintInputs = lintInputs(ws);
const row = (tool: string, extra: Partial<ToolRow> = {}): ToolRow => ({
  tool,
  version: '1.0',
  versionFrom: 'pin',
  findings: 2,
  durationMs: 1500,
  exitCode: 0,
  command: `uv tool run ${tool} .`,
  ...extra,
});

describe('summary sections', () => {
  it('tools: version and where it came from, findings, time and result', () => {
    const md = toolsSection([
      row('ruff', { versionFrom: 'uv.lock' }),
      row('flake8', { crash: 'boom', exitCode: 1 }),
      row('pylint', { findings: 0, environment: 'the active venv /w/.venv' }),
    ]).markdown;
    expect(md).toContain('| ruff | <code>1.0</code> (uv.lock) | 2 | 1.5 s | ⚠️ findings |');
    expect(md).toContain('| flake8 | <code>1.0</code> (pinned) | — | 1.5 s | ❌ crashed (exit code 1) |');
    expect(md).toContain('| pylint | <code>1.0</code> (pinned) | 0 | 1.5 s | ✅ clean |');
    expect(md).toContain('pylint ran in the active venv /w/.venv.');
  });

  it('most frequent rules count a merged problem once, by problem', () => {
    const f = (tool: string, rule: string, also: string[] = []): Finding => ({
      tool,
      rule,
      severity: 'error',
      message: `${rule} here`,
      fingerprint: `${tool}${rule}${Math.random()}`,
      alsoReportedBy: also,
      helpUri: 'https://docs.astral.sh/ruff/rules/unused-import',
    });
    const md = topRulesSection([
      f('ruff', 'F401', ['pylint']),
      f('flake8', 'F401'),
      f('pylint', 'C0114'),
    ])?.markdown;
    expect(md?.split('\n')[2]).toBe(
      '| [<code>F401</code>](https://docs.astral.sh/ruff/rules/unused-import) | ruff, pylint, flake8 | 2 | F401 here |',
    );
    expect(topRulesSection([])).toBeUndefined();
  });

  it('reproduce: the pyprod command with the non-default inputs, and the exact commands', () => {
    fs.mkdirSync(path.join(ws, 'svc'), { recursive: true });
    const i = {
      ...inputs,
      workingDirectory: path.join(ws, 'svc'),
      tools: ['ruff' as const],
      fast: true,
      maxComplexity: 12,
    };
    expect(cliFlags(inputs, ws)).toEqual([]);
    expect(cliFlags(i, ws)).toEqual([
      '--working-directory',
      'svc',
      '--tools',
      'fast',
      '--max-complexity',
      '12',
    ]);
    const md = reproduceSection(i, ws, [row('ruff')]).markdown;
    expect(md).toContain('pyprod lint --working-directory svc --tools fast --max-complexity 12 --fix');
    expect(md).toContain('ruff: uv tool run ruff .');
    const split = row('pylint', { command: 'uv run python -c x part0 .\nuv run python -c x part1 .' });
    expect(reproduceSection(i, ws, [row('ruff'), split]).markdown).toContain(
      'ruff: uv tool run ruff .\npylint: uv run python -c x part0 .\npylint: uv run python -c x part1 .\n',
    );
  });

  it('shows the pylint parts boot by name: its 20 KB would crowd the other commands out of the summary', () => {
    const i: LintInputs = { ...inputs, workingDirectory: ws };
    const single = checkInvocation('pylint', BASE_ARGS);
    const [part] = pylintParts(single, 2, undefined, true);
    const command = displayCommand('python', part?.args ?? []);
    expect(command.length).toBeGreaterThan(10_000);
    const md = reproduceSection(i, ws, [row('pylint', { command }), row('ruff')]).markdown;
    expect(md.length).toBeLessThan(2_000);
    expect(md).toMatch(
      /pylint: python -c '<the pylint parts boot \(\d+ bytes\): see the JSON report>' '\{"part":0/,
    );
    expect(md).toContain('ruff: uv tool run ruff .');
  });

  it('crashes: each crashed tool with its message, none when all ran', () => {
    expect(crashSection([row('ruff')])).toBeUndefined();
    expect(
      crashSection([row('flake8', { crash: 'x exited with code 1; last output:\nValueError' })])?.markdown,
    ).toContain('**flake8**\n\n```text\nx exited with code 1; last output:\nValueError\n```');
  });
});

describe('failsOn', () => {
  it('follows fail-on', () => {
    expect(failsOn('error', { severity: 'error' })).toBe(true);
    expect(failsOn('error', { severity: 'warning' })).toBe(false);
    expect(failsOn('warning', { severity: 'warning' })).toBe(true);
    expect(failsOn('warning', { severity: 'note' })).toBe(false);
    expect(failsOn('never', { severity: 'error' })).toBe(false);
  });
});

describe('selectChanged', () => {
  it('keeps existing Python files under the paths, relative to the working directory', () => {
    fs.mkdirSync(path.join(ws, 'svc', 'pkg'), { recursive: true });
    fs.mkdirSync(path.join(ws, 'svc', 'tests'), { recursive: true });
    for (const f of [
      'svc/pkg/a.py',
      'svc/pkg/b.pyi',
      'svc/tests/t.py',
      'svc/pkg/-x.py',
      'svc/-y.py',
      'other.py',
    ]) {
      fs.writeFileSync(path.join(ws, f), '');
    }
    const changed = [
      'svc/pkg/a.py',
      'svc/pkg/b.pyi',
      'svc/pkg/gone.py',
      'svc/pkg/README.md',
      'svc/tests/t.py',
      'svc/pkg/-x.py',
      'svc/-y.py',
      'other.py',
    ];
    expect(
      selectChanged(changed, { workspace: ws, workingDirectory: path.join(ws, 'svc'), paths: ['pkg'] }),
    ).toEqual(['pkg/-x.py', 'pkg/a.py', 'pkg/b.pyi']);
    expect(
      selectChanged(changed, { workspace: ws, workingDirectory: path.join(ws, 'svc'), paths: ['.'] }),
    ).toEqual(['./-y.py', 'pkg/-x.py', 'pkg/a.py', 'pkg/b.pyi', 'tests/t.py']);
  });
});

describe('fix snapshots', () => {
  it('see which Python files a fixer changed, skipping venvs', () => {
    const dir = fs.mkdtempSync(path.join(ws, 'fix-'));
    fs.mkdirSync(path.join(dir, '.venv'));
    fs.writeFileSync(path.join(dir, '.venv', 'x.py'), '1');
    fs.writeFileSync(path.join(dir, 'a.py'), 'import os\n');
    fs.writeFileSync(path.join(dir, 'b.py'), 'x = 1\n');
    const before = snapshot(dir, ['.']);
    expect([...before.keys()].map((f) => path.basename(f)).sort()).toEqual(['a.py', 'b.py']);
    fs.writeFileSync(path.join(dir, 'a.py'), '\n');
    expect(changedBetween(before, snapshot(dir, ['.']))).toEqual([path.join(dir, 'a.py')]);
  });
});
