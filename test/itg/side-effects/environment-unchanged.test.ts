// Issue 17, item 3: checks leave the environment as they found it. setup-uv-cached syncs a project with an
// extra and two groups WITHOUT the extra and the `test` group; then every check that runs on a Python project
// runs in turn, in process through its action's own code (definition.loadInputs + main, as `pyprod` runs it),
// and the installed set (every dist-info RECORD, name and content hash) must be identical after each one;
// license-gate's verdict must be the same before and after the others. A positive control shows that the
// old `uv run --frozen --all-extras --all-groups` changes the snapshot and the verdict, so the test can fail.
// Not run here: gate (it runs the other checks' bundles), docker-slim-build (its uv runs inside `docker
// build`) and load-benchmark (it starts the user's own command).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionDefinition } from '../../../src/core/action.js';
import { execTool } from '../../../src/core/exec.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';
import type { JsonReport } from '../../../src/report/json-report.js';
import { machineEnv } from '../../support/python.js';
import { requireTool, TOOLS_DIR } from '../../support/tools.js';
import { installedSet } from '../../support/venv-snapshot.js';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/side-effects/project');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-side-effects-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

let uv: string | undefined;
let gitleaks: string | undefined;
beforeAll(() => {
  uv = requireTool('uv');
  gitleaks = requireTool('gitleaks');
});

async function run<I>(
  load: () => Promise<{ definition: ActionDefinition<I> }>,
  ws: string,
  env: NodeJS.ProcessEnv,
  inputs: Record<string, string>,
) {
  const { definition } = await load();
  const log: string[] = [];
  let summary = '';
  const rt = localRuntime({ workspace: ws, env, log: (l) => log.push(l), out: (t) => (summary += t) });
  const i = definition.loadInputs(new InputReader(mapInputSource(inputs)), rt);
  const error = await definition.main(i, rt).then(
    () => undefined,
    (e: Error) => e,
  );
  return { error, log: log.join('\n'), summary, outputs: rt.outputs };
}

/**
 * license-gate's verdict over everything installed (`groups: all`, as a team auditing the whole venv runs it):
 * its outputs and each finding's rule, place and message.
 */
async function licenceVerdict(ws: string, env: NodeJS.ProcessEnv, n: string) {
  const json = path.join(scratch, `licenses-${n}.json`);
  const r = await run(() => import('../../../src/actions/license-gate/definition.js'), ws, env, {
    'json-file': json,
    groups: 'all',
  });
  const report = JSON.parse(fs.readFileSync(json, 'utf8')) as JsonReport;
  const outputs = Object.fromEntries(r.outputs);
  delete outputs['json-file'];
  return {
    failed: r.error !== undefined,
    verdict: report.verdict,
    outputs,
    findings: report.findings.map((f) => `${f.rule} ${f.file ?? ''}:${f.line ?? ''} ${f.message}`).sort(),
  };
}

describe('checks leave the environment as they found it', () => {
  it('deptry-report, python-lint-stack and secret-scan change no installed file; licences gives one verdict', async (ctx) => {
    if (!uv || !gitleaks) return ctx.skip('uv or gitleaks is not installed (.ci/install-tools.sh)');
    const ws = path.join(scratch, 'ws');
    fs.cpSync(FIXTURE, ws, { recursive: true });
    const env = machineEnv({
      PATH: `${path.join(TOOLS_DIR, 'bin')}${path.delimiter}${process.env.PATH}`,
      RUNNER_TEMP: path.join(scratch, 'runner-temp'),
      RUNNER_TOOL_CACHE: path.join(scratch, 'tool-cache'),
      UV_PYTHON_DOWNLOADS: 'never',
      UV_NO_PROGRESS: '1',
    });
    fs.mkdirSync(env.RUNNER_TEMP as string);
    await execTool('git', ['init', '-q', ws], { env });

    // setup-uv-cached: the one action that installs. Default groups only (dev), no extras.
    const setup = await run(() => import('../../../src/actions/setup-uv-cached/definition.js'), ws, env, {
      'tool-source': 'path',
      'enable-cache': 'false',
      'sync-args': '--locked',
    });
    expect(setup.error, setup.log).toBeUndefined();
    expect(env.VIRTUAL_ENV).toBe(path.join(ws, '.venv'));
    const installed = installedSet(ws);
    const names = Object.keys(installed).map((k) => path.basename(path.dirname(k)));
    expect(names).toEqual(expect.arrayContaining(['idna-3.10.dist-info', 'iniconfig-2.1.0.dist-info']));
    expect(names.some((n) => /^(colorama|chardet|pluggy)-/.test(n))).toBe(false);

    const verdict = await licenceVerdict(ws, env, 'first');
    expect(installedSet(ws), 'license-gate').toEqual(installed);

    const deps = await run(() => import('../../../src/actions/deptry-report/definition.js'), ws, env, {
      'tool-source': 'path',
    });
    expect(deps.log).toContain('--isolated');
    expect(deps.summary).toMatch(/^### ❌ deptry: \d+ dependency violations? in 1 project/m);
    // The summary says deptry ran in a separate environment and what the project's one lacks.
    expect(deps.summary).toMatch(
      /separate environment \(uv\.lock[^|]*; not the project environment <code>\.venv<\/code>, which lacks [^|]*<code>\+ chardet==5\.2\.0<\/code>/,
    );
    expect(deps.summary).toContain('<code>+ pluggy==1.6.0</code>');
    expect(installedSet(ws), 'deptry-report').toEqual(installed);

    const lint = await run(() => import('../../../src/actions/python-lint-stack/definition.js'), ws, env, {
      'tool-source': 'path',
      tools: 'autoflake,flake8,ruff,isort,pylint,mypy',
    });
    for (const tool of ['pylint', 'mypy'])
      expect(lint.summary).toContain(`${tool} ran in the active venv ${path.join(ws, '.venv')}.`);
    expect(installedSet(ws), 'python-lint-stack').toEqual(installed);

    const secrets = await run(() => import('../../../src/actions/secret-scan/definition.js'), ws, env, {
      'tool-source': 'path',
      scope: 'files',
    });
    expect(secrets.error, secrets.log).toBeUndefined();
    expect(installedSet(ws), 'secret-scan').toEqual(installed);

    expect(await licenceVerdict(ws, env, 'last')).toEqual(verdict);

    // Positive control: what deptry-report used to run installs the extra and the group, and licences then
    // gives another verdict; so the snapshot and the verdict above could have told.
    await execTool(uv, ['run', '--frozen', '--all-extras', '--all-groups', 'python', '-c', 'pass'], {
      cwd: ws,
      env,
      timeoutMs: 240_000,
    });
    expect(installedSet(ws)).not.toEqual(installed);
    const synced = await licenceVerdict(ws, env, 'synced');
    expect(verdict).toMatchObject({ verdict: 'pass', outputs: { packages: '2', incompatible: '0' } });
    expect(synced).toMatchObject({ verdict: 'fail', outputs: { packages: '5', incompatible: '1' } });
    expect(synced.findings).toEqual([
      expect.stringMatching(/^incompatible-license pyproject\.toml:10 chardet 5\.2\.0: LGPL/),
    ]);
  });

  it('without a .venv, deptry-report runs in a separate environment and creates none', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const ws = path.join(scratch, 'no-venv');
    fs.cpSync(FIXTURE, ws, { recursive: true });
    const env = machineEnv({
      PATH: `${path.join(TOOLS_DIR, 'bin')}${path.delimiter}${process.env.PATH}`,
      RUNNER_TEMP: scratch,
      UV_PYTHON_DOWNLOADS: 'never',
      UV_NO_PROGRESS: '1',
    });
    const lock = fs.readFileSync(path.join(ws, 'uv.lock'), 'utf8');
    const deps = await run(() => import('../../../src/actions/deptry-report/definition.js'), ws, env, {
      'tool-source': 'path',
    });
    expect(deps.summary).toMatch(/^### ❌ deptry: \d+ dependency violations? in 1 project/m);
    expect(deps.summary).toContain(
      '; not the project environment: <code>.venv does not exist</code>, <code>+ chardet==5.2.0</code>',
    );
    expect(fs.existsSync(path.join(ws, '.venv'))).toBe(false);
    expect(fs.readFileSync(path.join(ws, 'uv.lock'), 'utf8')).toBe(lock);
  });

  it('when uv cannot build the separate environment, deptry-report checks the project environment as it is', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const ws = path.join(scratch, 'unbuildable');
    fs.cpSync(path.join(FIXTURE, '../unbuildable-extra'), ws, { recursive: true });
    const env = machineEnv({
      PATH: `${path.join(TOOLS_DIR, 'bin')}${path.delimiter}${process.env.PATH}`,
      RUNNER_TEMP: scratch,
      UV_PYTHON_DOWNLOADS: 'never',
      UV_NO_PROGRESS: '1',
    });
    // The project environment without the extra (whose `unbuildable` fails to build, like an sdist that
    // needs absent system headers).
    await execTool(uv, ['sync', '--frozen'], { cwd: ws, env, timeoutMs: 240_000 });
    const installed = installedSet(ws);
    const deps = await run(() => import('../../../src/actions/deptry-report/definition.js'), ws, env, {
      'tool-source': 'path',
    });
    // Without the fallback there is no deptry result at all: "deptry failed ... Failed to build `unbuildable`".
    expect(deps.log).toContain('--isolated');
    expect(deps.log).toMatch(
      /the separate environment with every extra and group could not be built \(.*unbuildable/,
    );
    expect(deps.log).toContain('--no-sync');
    expect(deps.summary).toMatch(/^### ❌ deptry: \d+ dependency violations? in 1 project/m);
    expect(deps.summary).toMatch(
      /uv project environment <code>\.venv<\/code> as it is, lacking [^|]*<code>\+ chardet==5\.2\.0<\/code>[^|]*could not be built/,
    );
    expect(installedSet(ws)).toEqual(installed);
  });
});
