// The built bundle through its node24 action.yml, as the runner runs it: FastAPI against Flask side by
// side, the JSON result used as a baseline that passes and one that fails, 5xx answers failing the step,
// a crashing service reported with its log, and a cancelled step leaving no process behind.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRunning } from '../../../src/actions/load-benchmark/process-group.js';
import { type ActionRunResult, requireNode24, runAction } from '../../support/action-runner.js';
import { machineEnv } from '../../support/python.js';
import { APPS, exampleProject, findTools, freePort, gunicorn, readPids, type Tools } from './fixture-envs.js';

const ACTION = path.resolve('actions/load-benchmark');
const BUNDLE = path.resolve('dist/load-benchmark/index.js');

let tools: Tools | undefined;
let skipReason: string | undefined;
let node = '';
let fastapi = '';
let flask = '';
const runs: ActionRunResult[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-action-'));

beforeAll(async () => {
  const t = findTools();
  const n = requireNode24();
  if ('reason' in t) skipReason = t.reason;
  else if (!n) skipReason = 'Node 24 is not installed (.ci/install-tools.sh)';
  else if (!fs.existsSync(BUNDLE))
    skipReason = 'dist/load-benchmark is not built (node scripts/bundle.mjs load-benchmark)';
  if (skipReason) return;
  tools = t as Tools;
  node = n as string;
  [fastapi, flask] = await Promise.all([
    exampleProject('fastapi-bench', tools),
    exampleProject('flask-bench', tools),
  ]);
});
afterAll(() => {
  for (const r of runs) r.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The step's environment: the machine's (the runner starts the bundle with its own Node 24, `node`). */
const baseEnv = (extra: Record<string, string> = {}) => machineEnv(extra);

async function bench(inputs: Record<string, string>, workspace = dir): Promise<ActionRunResult> {
  const r = await runAction(ACTION, { workspace, inputs, baseEnv: baseEnv(), node, timeoutMs: 240_000 });
  runs.push(r);
  return r;
}

const log = (r: ActionRunResult) => r.steps.map((s) => `${s.phase}: ${s.stdout}${s.stderr}`).join('\n');
const errors = (r: ActionRunResult) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

const fastapiCommand = (port: number) =>
  `${gunicorn(fastapi)} app:app -k uvicorn_worker.UvicornWorker -w 2 -b 127.0.0.1:${port}`;
const flaskCommand = (port: number) =>
  `${gunicorn(flask)} app:app -w 2 -b 127.0.0.1:${port} --chdir ${flask}`;

describe('load-benchmark on the runner harness', () => {
  let first: ActionRunResult | undefined;

  it('loads FastAPI and Flask side by side and writes a JSON result', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const port = await freePort();
    const r = await bench({
      command: fastapiCommand(port),
      'compare-command': flaskCommand(port),
      'working-directory': fastapi,
      url: `http://127.0.0.1:${port}/items/3\nhttp://127.0.0.1:${port}/health`,
      requests: '300',
      concurrency: '10',
      warmup: '50',
      'json-file': 'out/run.json',
    });
    first = r;
    expect(r.failed, log(r)).toBe(false);
    // The bundle found h2load on PATH and did not install anything.
    expect(r.steps).toHaveLength(1);
    expect(r.steps[0]?.stdout).toMatch(/^h2load: \S+h2load \(h2load nghttp2\/1\.\d+/m);
    expect(r.steps[0]?.stdout).not.toContain('Installing nghttp2-client');
    expect(Number(r.outputs.rps)).toBeGreaterThan(0);
    expect(Number(r.outputs['p50-ms'])).toBeGreaterThan(0);
    expect(Number(r.outputs['p95-ms'])).toBeGreaterThanOrEqual(Number(r.outputs['p50-ms']));
    expect(Number(r.outputs['p99-ms'])).toBeGreaterThanOrEqual(Number(r.outputs['p95-ms']));
    expect(r.outputs.errors).toBe('0');
    expect(r.outputs.regression).toBe('false');
    expect(r.outputs['json-file']).toBe(path.join(dir, 'out', 'run.json'));
    expect(r.summary).toMatch(
      /^### ✅ Load benchmark: \/items\/3: [\d,.]+ req\/s, p95 [\d.]+ ms, 0 errors; [\d.]+× compare-command/,
    );
    expect(r.summary).toContain('#### command vs compare-command');
    expect(r.summary).toContain('```mermaid\nxychart-beta');
    expect(r.summary).toContain(
      '"/items/3 · command", "/health · command", "/items/3 · compare-command", "/health · compare-command"',
    );
    expect(r.summary).toContain(`h2load --h1 -c 10 -n 300 --log-file=`);
    expect(r.summary).toContain(fastapiCommand(port));
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'run.json'), 'utf8'));
    expect(json).toMatchObject({
      tool: 'pyprod-actions',
      action: 'load-benchmark',
      verdict: 'pass',
      findings: [],
    });
    const b = json.meta.benchmark;
    expect(b.format).toBe('pyprod-load-benchmark/1');
    expect(b.scenarios.map((s: { role: string; key: string }) => `${s.role} ${s.key}`)).toEqual([
      'command /items/3',
      'command /health',
      'compare /items/3',
      'compare /health',
    ]);
    for (const s of b.scenarios) expect(s).toMatchObject({ errors: 0, statusCodes: { 200: 300 } });
    expect(b.timings.h2loadMs).toBeGreaterThan(0);
  });

  it('passes against a slower baseline and fails against a faster one (max-regression 10%)', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    if (!first || first.failed) return ctx.skip('needs the JSON result of the first test');
    const result = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'run.json'), 'utf8'));
    const port = await freePort();
    const inputs = {
      command: fastapiCommand(port),
      'working-directory': fastapi,
      url: `http://127.0.0.1:${port}/items/3`,
      requests: '300',
      concurrency: '10',
      warmup: '50',
    };
    // Baselines made from the first run's result: ten times slower (this run must pass with the default
    // max-regression), and a hundred times faster (this run must fail). Run-to-run noise cannot flip these.
    const scaled = (rps: number, p95: number) => {
      const copy = structuredClone(result);
      for (const s of copy.meta.benchmark.scenarios) {
        s.rps *= rps;
        s.latencyMs.p95 *= p95;
      }
      return copy;
    };
    fs.writeFileSync(path.join(dir, 'out', 'slow.json'), JSON.stringify(scaled(0.1, 10)));
    fs.writeFileSync(path.join(dir, 'out', 'fast.json'), JSON.stringify(scaled(100, 1)));
    const pass = await bench({ ...inputs, baseline: 'out/slow.json' });
    expect(pass.failed, log(pass)).toBe(false);
    expect(pass.outputs.regression).toBe('false');
    expect(pass.summary).toContain('#### Against the baseline');
    expect(pass.summary).toMatch(
      /\| <code>\/items\/3<\/code> \| [\d,.]+ \| [\d,.]+ \| \+[\d.]+% \|.*\| ✅ \|/,
    );
    expect(pass.summary).toContain('more than 10% fails the step');

    const fail = await bench({ ...inputs, baseline: 'out/fast.json' });
    expect(fail.failed).toBe(true);
    expect(fail.outputs.regression).toBe('true');
    expect(errors(fail).join('\n')).toMatch(/\/items\/3 regressed against the baseline: req\/s -9\d\.\d%/);
    expect(fail.summary).toMatch(/^### ❌ Load benchmark/);
    expect(fail.summary).toMatch(/❌ req\/s -9\d\.\d%/);
  });

  it('fails the step on 5xx answers, with the status codes in the summary', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const port = await freePort();
    const r = await bench({
      command: `${gunicorn(flask)} --chdir ${APPS} fixture_app:app -w 2 -b 127.0.0.1:${port}`,
      url: `http://127.0.0.1:${port}/boom`,
      'ready-url': `http://127.0.0.1:${port}/health`,
      requests: '300',
      concurrency: '10',
      warmup: '0',
    });
    expect(r.failed).toBe(true);
    expect(r.outputs.errors).toBe('300');
    expect(r.outputs.rps).toBe('0.00');
    expect(r.summary).toContain('| <code>/boom</code> | **0.0** |');
    expect(r.summary).toContain('| **300** (100.0%) | 500: 300 |');
    expect(errors(r).join('\n')).toMatch(/command \/boom: 300 of 300 requests failed .*300× 500/);
  });

  it('reports a service that crashes at start with its last log lines', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const port = await freePort();
    const r = await bench({
      command: `${gunicorn(flask)} --chdir ${APPS} crash_app:app -w 2 -b 127.0.0.1:${port}`,
      url: `http://127.0.0.1:${port}/`,
    });
    expect(r.failed).toBe(true);
    const message = errors(r).join('\n');
    // gunicorn's master exits with 3 ("Worker failed to boot"), or 1 when halting raises again.
    expect(message).toMatch(/exited with code \d+ before http:\/\/127\.0\.0\.1:\d+\/ answered 2xx/);
    expect(message).toContain('Worker failed to boot');
    expect(r.summary).toMatch(/^### ❌ Load benchmark: command: /);
    expect(r.summary).toContain('the database at postgres://db:5432 is unreachable');
  });

  it('stops the whole process group when the step is cancelled (SIGTERM) mid-run', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const port = await freePort();
    const pidsFile = path.join(dir, 'cancel.pids');
    // The runner's file-command variables and RUNNER_TEMP: a step without them is refused.
    const runnerFiles: Record<string, string> = { RUNNER_TEMP: dir };
    for (const v of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
      runnerFiles[v] = path.join(dir, `cancel-${v}`);
      fs.writeFileSync(runnerFiles[v], '');
    }
    const child = spawn(node, [BUNDLE], {
      cwd: dir,
      env: {
        ...baseEnv({ PIDS_FILE: pidsFile }),
        ...runnerFiles,
        GITHUB_WORKSPACE: dir,
        INPUT_COMMAND: `${gunicorn(flask)} --chdir ${APPS} fixture_app:app -w 2 -b 127.0.0.1:${port}`,
        INPUT_URL: `http://127.0.0.1:${port}/ok`,
        // Long enough to be cancelled in the middle.
        INPUT_DURATION: '60s',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
    });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    for (let i = 0; i < 600 && !/answered http:\S+ with 2xx/.test(out); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(out).toMatch(/answered http:\S+ with 2xx/);
    // The first worker to boot answers; wait for the second one too.
    for (let i = 0; i < 100 && readPids(pidsFile).length < 2; i++)
      await new Promise((r) => setTimeout(r, 100));
    const workers = readPids(pidsFile);
    expect(workers.length).toBe(2);
    await new Promise((r) => setTimeout(r, 500)); // h2load is running now
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    await new Promise((r) => setTimeout(r, 300));
    expect(workers.filter(isRunning)).toEqual([]);
    const master = Number(/Listening at: \S+ \((\d+)\)/.exec(out)?.[1]);
    expect(master).toBeGreaterThan(0);
    expect(isRunning(master)).toBe(false);
  });
});
