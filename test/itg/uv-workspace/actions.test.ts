// The actions on a real uv workspace (test/fixtures/uv-workspace), run from the member packages/backend as a
// workflow with `working-directory: packages/backend` runs them, each answer checked against uv itself.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition as deptryReport } from '../../../src/actions/deptry-report/definition.js';
import { definition as licenseGate } from '../../../src/actions/license-gate/definition.js';
import { definition as lintStack } from '../../../src/actions/python-lint-stack/definition.js';
import { definition as setupUv } from '../../../src/actions/setup-uv-cached/definition.js';
import type { ActionDefinition } from '../../../src/core/action.js';
import { execTool } from '../../../src/core/exec.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';
import type { JsonReport } from '../../../src/report/json-report.js';
import { machineEnv } from '../../support/python.js';
import { requireTool } from '../../support/tools.js';

const FIXTURE = path.resolve('test/fixtures/uv-workspace');
const MEMBER = 'packages/backend';
const uv = requireTool('uv');
const temps: string[] = [];
let ws: string;
/** setup-uv-cached from the member, run once: the other actions read the environment it synced. */
let setup: Awaited<ReturnType<typeof run>> | undefined;
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  temps.push(d);
  return d;
}

/** This machine's environment with uv on PATH, no interpreter downloads and no active venv. */
function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return machineEnv({
    PATH: `${path.dirname(uv!)}${path.delimiter}${process.env.PATH ?? ''}`,
    UV_PYTHON_DOWNLOADS: 'never',
    UV_NO_PROGRESS: '1',
    RUNNER_TEMP: tempDir('uv-ws-rt-'),
    ...extra,
  });
}

/** An action's main as the CLI runs it, in the fixture workspace, with its log, summary and JSON report. */
async function run<I>(
  def: ActionDefinition<I>,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = baseEnv(),
) {
  const log: string[] = [];
  let summary = '';
  const rt = localRuntime({ workspace: ws, env, log: (l) => log.push(l), out: (t) => (summary += t) });
  const jsonFile = path.join(tempDir('uv-ws-json-'), 'report.json');
  const all = def.name === 'setup-uv-cached' ? inputs : { 'json-file': jsonFile, ...inputs };
  const i = def.loadInputs(new InputReader(mapInputSource(all)), rt);
  const error = await def.main(i, rt).then(
    () => undefined,
    (e: Error) => e,
  );
  const report = fs.existsSync(jsonFile)
    ? (JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as JsonReport)
    : undefined;
  return { error, report, log, summary, outputs: rt.outputs, env };
}

/** What uv says from the member directory. */
async function inMember(args: string[]) {
  return execTool(uv!, args, { cwd: path.join(ws, MEMBER), env: baseEnv(), timeoutMs: 240_000 });
}

beforeAll(async () => {
  if (!uv) return;
  ws = tempDir('uv-ws-');
  fs.cpSync(FIXTURE, ws, { recursive: true });
  setup = await run(setupUv, { 'working-directory': MEMBER, 'enable-cache': 'false' });
}, 300_000);

describe('a uv workspace member, through each action', () => {
  it('setup-uv-cached syncs the member into the root environment, activates it and names the member and the root', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const r = setup!;
    expect(r.error).toBeUndefined();
    const venv = path.join(ws, '.venv');
    expect(r.outputs.get('venv')).toBe(venv);
    expect(r.outputs.get('python-path')).toBe(path.join(venv, 'bin', 'python'));
    expect(r.env.VIRTUAL_ENV).toBe(venv);
    expect(r.env.PATH?.split(path.delimiter)).toContain(path.join(venv, 'bin'));
    expect(fs.existsSync(path.join(ws, MEMBER, '.venv'))).toBe(false);
    expect(r.summary).toMatch(
      /<code>packages\/backend<\/code> \(member of the uv workspace at \.\) synced in \d+ ms \(\d+ installed/,
    );
    expect(r.summary).toContain('environment at <code>.venv</code>');
    // uv itself, from the member: the same interpreter prefix and project environment.
    const prefix = await inMember(['run', '--frozen', 'python', '-c', 'import sys; print(sys.prefix)']);
    expect(prefix.stdout.trim()).toBe(venv);
    const dry = await inMember(['sync', '--dry-run', '--frozen']);
    const said = /project environment at: (.+)$/m.exec(`${dry.stdout}\n${dry.stderr}`)?.[1]?.trim();
    expect(path.resolve(ws, MEMBER, said ?? '')).toBe(venv);
  });

  // The tests below read the environment setup-uv-cached synced in beforeAll.
  it("license-gate counts the member's runtime closure from the root lock: uv export's list, members and dev tools left out", async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    // No VIRTUAL_ENV: the environment is found as uv finds it.
    const r = await run(licenseGate, { 'working-directory': MEMBER });
    expect(r.error, r.log.join('\n')).toBeUndefined();
    const exported = await inMember([
      'export',
      '--frozen',
      '--no-dev',
      '--no-emit-workspace',
      '--no-hashes',
      '--no-header',
      '--no-annotate',
    ]);
    const closure = exported.stdout
      .split('\n')
      .map((l) => /^([A-Za-z0-9._-]+)==/.exec(l)?.[1])
      .filter((n): n is string => Boolean(n))
      .sort();
    expect(closure).toEqual(['idna', 'six']);
    expect(r.outputs.get('packages')).toBe(String(closure.length));
    expect(r.outputs.get('incompatible')).toBe('0');
    expect(r.summary).toContain(
      "Project <code>packages/backend</code> (member of the uv workspace at .): the closure of <code>backend</code>, read from the workspace's uv.lock.",
    );
    expect(r.summary).toContain(`per <code>${path.join(ws, 'uv.lock')}</code>`);
    // The root's lint group is installed by --all-groups, but it is not the backend's.
    expect(r.summary).toContain(
      'Installed for other members of the workspace, not this project (not counted): <code>isort</code>.',
    );
    expect(r.summary).toContain('1 dev-only packages not counted');
    expect(r.summary).not.toMatch(/unknown|shared.*not in uv\.lock/);
  });

  it("license-gate with groups: all fails the GPL dev tool on the member's pyproject.toml line", async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const r = await run(licenseGate, { 'working-directory': MEMBER, groups: 'all' });
    expect(r.error?.message).toMatch(/1 incompatible package: Unidecode/);
    const [f, ...more] = r.report?.findings ?? [];
    expect(more).toEqual([]);
    const lines = fs.readFileSync(path.join(ws, MEMBER, 'pyproject.toml'), 'utf8').split('\n');
    expect(f).toMatchObject({ file: `${MEMBER}/pyproject.toml`, rule: 'incompatible-license' });
    expect(lines[(f?.line ?? 0) - 1]).toContain('"unidecode==1.4.0"');
  });

  it('deptry-report checks each member with its own pyproject.toml in the root environment', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const r = await run(deptryReport, { 'working-directory': `${MEMBER}\npackages/shared` });
    const got = (r.report?.findings ?? []).map((f) => `${f.rule} ${f.data?.module} ${f.file}:${f.line}`);
    expect(got, r.log.join('\n')).toEqual([`DEP003 idna ${MEMBER}/src/backend/app.py:1`]);
    expect(r.summary).toContain('packages/shared');
    // deptry by hand in the member, over the environment setup-uv-cached synced: the same violation.
    const out = path.join(tempDir('uv-ws-deptry-'), 'own.json');
    const python = path.join(ws, '.venv', 'bin', 'python');
    await execTool(
      uv!,
      [
        'run',
        '--no-project',
        '--python',
        python,
        '--with',
        'deptry==0.25.1',
        'python',
        '-m',
        'deptry',
        '.',
        '-o',
        out,
      ],
      { cwd: path.join(ws, MEMBER), env: baseEnv(), okExitCodes: [0, 1], timeoutMs: 240_000 },
    );
    const own = JSON.parse(fs.readFileSync(out, 'utf8')) as { error: { code: string }; module: string }[];
    expect(own.map((v) => `${v.error.code} ${v.module}`)).toEqual(['DEP003 idna']);
  });

  it("python-lint-stack takes isort's version from the root uv.lock and runs it in the root environment", async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const r = await run(lintStack, { 'working-directory': MEMBER, tools: 'isort', 'tool-source': 'path' });
    const line = r.log.find((l) => l.startsWith('isort '));
    expect(line, r.log.join('\n')).toBe(
      `isort 6.0.1 (uv.lock), our defaults, in the project's ${path.join(ws, '.venv')}`,
    );
  });
});
