import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../../../src/actions/deptry-report/definition.js';
import { type DeptryViolation, parseDeptryJson } from '../../../src/actions/deptry-report/deptry-json.js';
import { execTool } from '../../../src/core/exec.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';
import { PYTHON_TOOLS } from '../../../src/provision/python-tools.js';
import type { JsonReport } from '../../../src/report/json-report.js';
import { requireTool, TOOLS_DIR } from '../../support/tools.js';
import {
  copyProjects,
  fixtureWorkspace,
  LAYOUTS,
  type LayoutName,
  UV_PROJECTS,
  uvEnv,
} from './fixture-workspace.js';

const PIN = PYTHON_TOOLS.deptry.pin;
let uv: string | undefined;
let ws: string;
const temps: string[] = [];

beforeAll(async () => {
  uv = requireTool('uv');
  if (uv) ws = await fixtureWorkspace(uv);
}, 600_000);
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(d);
  return d;
}

/** deptry itself, run the way its documentation says, in one fixture project: the oracle. */
async function ownJson(
  workspace: string,
  p: LayoutName,
  version: string,
  args: string[] = [],
): Promise<DeptryViolation[]> {
  const out = path.join(tempDir('deptry-own-'), 'own.json');
  const head = (UV_PROJECTS as readonly string[]).includes(p)
    ? ['run', '--frozen', '--all-extras', '--all-groups']
    : ['run', '--no-project', '--python', '.venv/bin/python'];
  await execTool(
    uv as string,
    [...head, '--with', `deptry==${version}`, 'python', '-m', 'deptry', '.', '-o', out, ...args],
    {
      cwd: path.join(workspace, p),
      env: uvEnv(),
      okExitCodes: [0, 1],
      timeoutMs: 300_000,
    },
  );
  return parseDeptryJson(fs.readFileSync(out, 'utf8'), out);
}

/** The action's main, as the `pyprod deps` CLI runs it, with the runtime's log and summary captured. */
async function runLocal(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const log: string[] = [];
  let summary = '';
  const runnerTemp = tempDir('deptry-rt-');
  const rt = localRuntime({
    workspace,
    env: uvEnv({
      PATH: `${path.join(TOOLS_DIR, 'bin')}${path.delimiter}${process.env.PATH}`,
      RUNNER_TEMP: runnerTemp,
      ...env,
    }),
    log: (l) => log.push(l),
    out: (t) => {
      summary += t;
    },
  });
  const jsonFile = path.join(runnerTemp, 'report.json');
  const i = definition.loadInputs(new InputReader(mapInputSource({ 'json-file': jsonFile, ...inputs })), rt);
  const error = await definition.main(i, rt).then(
    () => undefined,
    (e: Error) => e,
  );
  const report = fs.existsSync(jsonFile)
    ? (JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as JsonReport)
    : undefined;
  return { error, report, log, summary, outputs: rt.outputs };
}

/** A finding's identity as deptry gives it: code, module and the location deptry reports. */
const key = (dir: string, v: { code: string; module: string; file: string; line: number | null }) =>
  `${v.code} ${v.module} ${dir}/${v.file}${v.line === null ? '' : `:${v.line}`}`;

describe('deptry-report on the fixture projects, against deptry itself', () => {
  it("reports exactly deptry's violations for all six layouts in one run (one report), with the declaring lines added", async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const r = await runLocal(ws, { 'working-directory': LAYOUTS.join('\n') });
    expect(r.error?.message).toMatch(
      /new dependency violations \(DEP001, DEP002, DEP003, DEP004, DEP005\) that fail-on covers/,
    );
    const findings = r.report?.findings ?? [];

    const expected: string[] = [];
    for (const p of LAYOUTS) {
      // uv-dev locks deptry 0.24.0 in its dev dependencies: the action uses it, and so does the oracle.
      const version = p === 'uv-dev' ? '0.24.0' : PIN;
      const first = p === 'src-layout' ? ['--known-first-party', 'mypkg'] : [];
      expected.push(...(await ownJson(ws, p, version, first)).map((v) => key(p, v)));
    }
    const got = findings.map((f) => {
      const dir = String(f.data?.directory);
      const declared = f.rule === 'DEP002' || f.rule === 'DEP005';
      const file = path.posix.relative(dir, f.file as string);
      return key(dir, {
        code: f.rule,
        module: String(f.data?.module),
        file,
        line: declared ? null : (f.line ?? null),
      });
    });
    expect(got.sort()).toEqual(expected.sort());
    expect(findings).toHaveLength(22);
    expect(r.outputs.get('violations')).toBe('22');

    // The added lines: DEP002 and DEP005 point at the line that declares the dependency.
    const lineOf = (file: string, needle: string) =>
      fs
        .readFileSync(path.join(ws, file), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(needle)) + 1;
    const at = (rule: string, module: string, dir: string) =>
      findings
        .filter((f) => f.rule === rule && f.data?.module === module && f.data?.directory === dir)
        .map((f) => `${f.file}:${f.line}`);
    expect(at('DEP002', 'six', 'pep621')).toEqual([
      `pep621/pyproject.toml:${lineOf('pep621/pyproject.toml', "'six>=1.16'")}`,
    ]);
    expect(at('DEP005', 'asyncio', 'pep621')).toEqual([
      `pep621/pyproject.toml:${lineOf('pep621/pyproject.toml', '"asyncio==')}`,
    ]);
    expect(at('DEP002', 'colorama', 'pep621')).toEqual([
      `pep621/pyproject.toml:${lineOf('pep621/pyproject.toml', 'colorama')}`,
    ]);
    expect(at('DEP002', 'idna', 'uv-dev')).toEqual([
      `uv-dev/pyproject.toml:${lineOf('uv-dev/pyproject.toml', '"idna')}`,
    ]);
    expect(at('DEP002', 'attrs', 'poetry')).toEqual([
      `poetry/pyproject.toml:${lineOf('poetry/pyproject.toml', '[tool.poetry.dependencies.attrs]')}`,
    ]);
    expect(at('DEP005', 'asyncio', 'requirements')).toEqual([
      `requirements/requirements.txt:${lineOf('requirements/requirements.txt', 'asyncio')}`,
    ]);
    expect(at('DEP002', 'six', 'src-layout')).toEqual([
      `src-layout/pyproject.toml:${lineOf('src-layout/pyproject.toml', 'six')}`,
    ]);
    // Every declaration-level finding got its line.
    expect(findings.filter((f) => (f.rule === 'DEP002' || f.rule === 'DEP005') && !f.line)).toEqual([]);

    // One report: one summary for the six projects, grouped by rule, with each project's environment.
    expect(r.summary.match(/^### /gm)).toHaveLength(1);
    expect(r.summary).toContain('### ❌ deptry: 22 dependency violations in 6 projects');
    expect(r.summary).toContain('**DEP004 · Misplaced development dependencies** (4)');
    expect(r.summary).toMatch(
      /\| <code>uv-dev<\/code> \| uv \| uv project environment <code>\.venv<\/code> as it is \(uv\.lock <code>uv-dev\/uv\.lock<\/code>, frozen[^|]*\| <code>0\.24\.0<\/code> \(uv\.lock\) \| 2 \|/,
    );
    expect(r.summary).toMatch(
      /\| <code>requirements<\/code> \| requirements \| venv <code>requirements\/\.venv<\/code> \| <code>0\.25\.1<\/code> \(pin\) \| 6 \|/,
    );
  }, 600_000);

  it('makes a src layout work without configuration; honours [tool.deptry] of the namespace package', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    // What plain `deptry .` says about the src layout: its own package is "missing".
    const plain = await ownJson(ws, 'src-layout', PIN);
    expect(plain.filter((v) => v.module === 'mypkg').map((v) => v.code)).toEqual(['DEP001', 'DEP001']);
    // ... and without the namespace setting, `acme` would be too.
    const ns = await ownJson(ws, 'namespace', PIN);
    expect(ns.map((v) => `${v.code} ${v.module}`)).toEqual(['DEP001 yaml']);

    const r = await runLocal(ws, { 'working-directory': 'src-layout\nnamespace', 'fail-on': 'none' });
    expect(r.error).toBeUndefined();
    expect(r.report?.findings.map((f) => `${f.rule} ${f.data?.module} ${f.severity}`).sort()).toEqual([
      'DEP001 yaml warning',
      'DEP001 yaml warning',
      'DEP002 six warning',
    ]);
    expect(r.log.join('\n')).toContain('src layout: passing --known-first-party mypkg');
    expect(r.outputs.get('new-violations')).toBe('3');
  }, 600_000);

  it('ignore drops codes; a baseline accepts known violations and only new ones fail', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const baseline = path.join(tempDir('deptry-bl-'), 'baseline.json');
    const first = await runLocal(ws, {
      'working-directory': 'uv-dev',
      ignore: 'DEP004',
      'write-baseline': baseline,
    });
    expect(first.report?.findings.map((f) => f.rule)).toEqual(['DEP002']);
    expect(first.error?.message).toMatch(/1 new dependency violation \(DEP002\)/);
    const second = await runLocal(ws, { 'working-directory': 'uv-dev', baseline });
    expect(second.report?.findings.map((f) => `${f.rule}:${f.baseline}`).sort()).toEqual([
      'DEP002:known',
      'DEP004:new',
    ]);
    expect(second.outputs.get('new-violations')).toBe('1');
    expect(second.error?.message).toMatch(/\(DEP004\)/);
  }, 600_000);
});

describe('advice matches what deptry can see', () => {
  it('an import only in tests/ still gives DEP002: the text says tests were excluded, and the ignores it gives silence real deptry', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const copy = copyProjects(ws, ['pep621']);
    temps.push(copy);
    // The issue's case: the package uses `six` in a test-client module, which deptry's default exclude skips.
    fs.writeFileSync(path.join(copy, 'pep621', 'tests', 'client.py'), 'import six\n');
    const r = await runLocal(copy, { 'working-directory': 'pep621', 'fail-on': 'none' });
    expect(r.error).toBeUndefined();
    const findings = r.report?.findings ?? [];
    const six = findings.find((f) => f.rule === 'DEP002' && f.data?.module === 'six');
    expect(six?.message).toBe(
      'deptry found no import of `six` in the scanned modules (scanned: `.`, excluding `venv`, `.venv`, ' +
        '`.direnv`, `tests`, `.git`, `setup.py`, .gitignored files). It cannot see drivers loaded by URL ' +
        '(SQLAlchemy dialects such as psycopg2 for `postgresql://`), plugins and entry points, imports under ' +
        '`TYPE_CHECKING`, dynamic `importlib` imports, or imports in excluded folders such as tests. If nothing ' +
        'needs it, remove `six` from [project].dependencies; if something does, keep it and add ' +
        '`[tool.deptry.per_rule_ignores]` `DEP002 = ["six"]` to pyproject.toml.',
    );
    expect(r.summary).toContain(
      'scanned: <code>.</code>, excluding <code>venv</code>, <code>.venv</code>, <code>.direnv</code>, <code>tests</code>',
    );
    expect(r.summary).not.toMatch(/nothing imports/);

    // Put every per-package ignore the texts give (DEP002, DEP003, DEP004) into pyproject.toml as written:
    // deptry itself must then drop exactly those violations.
    const ignores = new Map<string, string[]>();
    for (const f of findings) {
      const m = f.message.match(/`\[tool\.deptry\.per_rule_ignores\]` `(DEP00\d) = (\[[^\]]*\])`/);
      if (!m) continue;
      ignores.set(m[1] as string, [...(ignores.get(m[1] as string) ?? []), ...JSON.parse(m[2] as string)]);
    }
    expect([...ignores.keys()].sort()).toEqual(['DEP002', 'DEP003', 'DEP004']);
    const toml = [...ignores].map(([c, names]) => `${c} = ${JSON.stringify(names)}`).join('\n');
    fs.appendFileSync(
      path.join(copy, 'pep621', 'pyproject.toml'),
      `\n[tool.deptry.per_rule_ignores]\n${toml}\n`,
    );
    const after = await runLocal(copy, { 'working-directory': 'pep621', 'fail-on': 'none' });
    expect(after.error).toBeUndefined();
    expect(after.report?.findings.map((f) => f.rule).sort()).toEqual(['DEP001', 'DEP005']);
  }, 600_000);
});

describe('deptry failures fail the step with deptry\'s message, never "no violations"', () => {
  it('an invalid [tool.deptry] key (exit 2) and a crash without a dependency file (exit 1, no report)', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const copy = copyProjects(ws, ['namespace', 'requirements']);
    temps.push(copy);
    fs.appendFileSync(path.join(copy, 'namespace', 'pyproject.toml'), 'ignore_rules = ["DEP002"]\n');
    fs.rmSync(path.join(copy, 'requirements', 'requirements.txt'));
    const r = await runLocal(copy, { 'working-directory': 'namespace\nrequirements' });
    expect(r.error?.message).toContain(
      'deptry failed in ' +
        path.join(copy, 'namespace') +
        " (exit code 2): '[tool.deptry]' section in 'pyproject.toml' contains invalid configuration options: ['ignore_rules'].",
    );
    expect(r.error?.message).toMatch(
      /deptry failed in .*requirements \(exit code 1\): deptry\.exceptions\.DependencySpecificationNotFoundError: No file called 'pyproject\.toml'.* \(no JSON report was written, so there is no result\)/,
    );
    expect(r.outputs.has('violations')).toBe(false);
    expect(r.summary).toContain('### ❌ deptry: deptry failed in 2 of 2 projects: no result there');
    expect(r.summary).not.toMatch(/no dependency violations/);
    expect(r.report?.verdict).toBe('fail');
  }, 600_000);
});
