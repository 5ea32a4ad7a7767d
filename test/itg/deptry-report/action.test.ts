import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRunResult, requireNode24, runAction } from '../../support/action-runner.js';
import { machineEnv } from '../../support/python.js';
import { requireTool, TOOLS_DIR } from '../../support/tools.js';
import { copyProjects, fixtureWorkspace } from './fixture-workspace.js';

// The built bundle (node scripts/bundle.mjs deptry-report) on the runner harness, as a workflow runs it.
const ACTION = path.resolve('actions/deptry-report');

let skipReason: string | undefined;
let ws: string;
const runs: ActionRunResult[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  const uv = requireTool('uv');
  skipReason = !uv
    ? 'uv is not installed (.ci/install-tools.sh)'
    : requireNode24()
      ? undefined
      : 'Node 24 is not installed (.ci/install-tools.sh)';
  if (!fs.existsSync(path.resolve('dist/deptry-report/index.js'))) {
    throw new Error('dist/deptry-report/index.js is missing: run node scripts/bundle.mjs deptry-report');
  }
  if (uv) ws = await fixtureWorkspace(uv);
}, 600_000);
afterAll(() => {
  for (const r of runs) r.cleanup();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function deptryReport(workspace: string, inputs: Record<string, string>) {
  const r = await runAction(ACTION, {
    workspace,
    // The CI uv on PATH, outside the workspace (the actions default to verified copies only).
    inputs: { 'tool-source': 'path', ...inputs },
    baseEnv: machineEnv({
      PATH: `${path.join(TOOLS_DIR, 'bin')}${path.delimiter}${process.env.PATH}`,
      UV_PYTHON_DOWNLOADS: 'never',
    }),
    timeoutMs: 300_000,
  });
  runs.push(r);
  return r;
}
const log = (r: ActionRunResult) => r.steps.map((s) => `${s.phase}: ${s.stdout}${s.stderr}`).join('\n');

describe('deptry-report bundle on the runner harness', () => {
  it('two projects give one report: outputs, 10 error annotations at the fix sites, SARIF with one deptry run', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const copy = copyProjects(ws, ['pep621', 'requirements']);
    dirs.push(copy);
    const r = await deptryReport(copy, {
      'working-directory': 'pep621\nrequirements',
      'sarif-file': 'out/deptry.sarif',
      'json-file': 'out/deptry.json',
    });
    expect(r.failed, log(r)).toBe(true);
    expect(r.outputs.violations).toBe('13');
    expect(r.outputs['new-violations']).toBe('13');
    expect(r.outputs['sarif-file']).toBe(path.join(copy, 'out/deptry.sarif'));
    expect(r.outputs['json-file']).toBe(path.join(copy, 'out/deptry.json'));

    // GitHub shows 10 per level: the most severe are annotated, the summary says how many were not.
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors.filter((a) => a.file)).toHaveLength(10);
    expect(r.summary).toContain('3 findings not annotated (3 errors)');
    const six = errors.find((a) => a.file === 'pep621/pyproject.toml' && a.message.includes('`six`'));
    const toml = fs.readFileSync(path.join(copy, 'pep621/pyproject.toml'), 'utf8').split('\n');
    expect(six?.line).toBe(toml.findIndex((l) => l.includes("'six>=1.16'")) + 1);
    // What deptry saw (and where it looked), what it cannot see, and the fix with the ignore to use instead.
    const sixText =
      'deptry found no import of `six` in the scanned modules (scanned: `.`, excluding `venv`, `.venv`, ' +
      '`.direnv`, `tests`, `.git`, `setup.py`, .gitignored files). It cannot see drivers loaded by URL ' +
      '(SQLAlchemy dialects such as psycopg2 for `postgresql://`), plugins and entry points, imports under ' +
      '`TYPE_CHECKING`, dynamic `importlib` imports, or imports in excluded folders such as tests. If nothing ' +
      'needs it, remove `six` from [project].dependencies; if something does, keep it and add ' +
      '`[tool.deptry.per_rule_ignores]` `DEP002 = ["six"]` to pyproject.toml.';
    expect(six?.message).toBe(sixText);
    const dep004 = errors.find((a) => a.message.startsWith('deptry found an import of `packaging`'));
    expect(dep004?.message).toContain('`[tool.deptry.per_rule_ignores]` `DEP004 = ["packaging"]`');
    // The step's own error says why it failed.
    expect(errors.at(-1)?.message).toMatch(
      /^13 new dependency violations \(DEP001, DEP002, DEP003, DEP004, DEP005\)/,
    );

    expect(r.summary.match(/^### /gm)).toHaveLength(1);
    expect(r.summary).toContain('### ❌ deptry: 13 dependency violations in 2 projects');
    expect(r.summary).toContain('#### Violations by rule');
    expect(r.summary).toContain('#### Projects (2)');

    const sarif = JSON.parse(fs.readFileSync(path.join(copy, 'out/deptry.sarif'), 'utf8'));
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].tool.driver).toMatchObject({ name: 'deptry', version: '0.25.1' });
    expect(sarif.runs[0].results).toHaveLength(13);
    const located = sarif.runs[0].results.filter(
      (x: { ruleId: string; locations?: { physicalLocation: { region?: unknown } }[] }) =>
        x.locations?.[0]?.physicalLocation.region !== undefined,
    );
    expect(located).toHaveLength(13);
    const sarifSix = sarif.runs[0].results.find(
      (x: { ruleId: string; message: { text: string } }) =>
        x.ruleId === 'DEP002' && x.message.text.includes('`six`'),
    );
    expect(sarifSix?.message.text).toBe(sixText);
  }, 600_000);

  it("fail-on none reports warnings and passes; a config error fails with deptry's message", async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const copy = copyProjects(ws, ['uv-dev', 'namespace']);
    dirs.push(copy);
    const ok = await deptryReport(copy, { 'working-directory': 'uv-dev', 'fail-on': 'none' });
    expect(ok.failed, log(ok)).toBe(false);
    expect(ok.outputs.violations).toBe('2');
    expect(ok.annotations.filter((a) => a.level === 'warning' && a.file).map((a) => a.file)).toEqual([
      'uv-dev/pyproject.toml',
      'uv-dev/worker/jobs.py',
    ]);
    expect(ok.summary).toContain('### ⚠️ deptry: 2 dependency violations in 1 project');

    fs.appendFileSync(path.join(copy, 'namespace', 'pyproject.toml'), 'not_an_option = true\n');
    const bad = await deptryReport(copy, { 'working-directory': 'namespace' });
    expect(bad.failed).toBe(true);
    expect(bad.outputs.violations).toBeUndefined();
    expect(
      bad.annotations
        .filter((a) => a.level === 'error')
        .map((a) => a.message)
        .join('\n'),
    ).toContain(
      "(exit code 2): '[tool.deptry]' section in 'pyproject.toml' contains invalid configuration options: ['not_an_option'].",
    );
    expect(bad.summary).toContain('deptry failed in 1 of 1 project');
  }, 600_000);
});
