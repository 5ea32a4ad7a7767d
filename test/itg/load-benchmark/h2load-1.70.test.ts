// h2load 1.70 (built by .ci/install.d/h2load-new.sh, never the default `h2load`) first on PATH: the built
// bundle through action.yml reports h2load's own median/p95/p99, and the action code reads a timing-based
// run and a run of 404s from it against the real FastAPI example under gunicorn.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseH2loadOutput } from '../../../src/actions/load-benchmark/h2load-output.js';
import { runScenario } from '../../../src/actions/load-benchmark/h2load-run.js';
import { startService } from '../../../src/actions/load-benchmark/service.js';
import { type ActionRunResult, requireNode24, runAction } from '../../support/action-runner.js';
import { machineEnv } from '../../support/python.js';
import { IN_CI, TOOLS_DIR } from '../../support/tools.js';
import { exampleProject, findTools, freePort, gunicorn } from './fixture-envs.js';

const ACTION = path.resolve('actions/load-benchmark');
const BUNDLE = path.resolve('dist/load-benchmark/index.js');
const H2LOAD_170 = path.join(TOOLS_DIR, 'h2load-1.70', 'bin', 'h2load');

/** Like requireTool, for the one binary at its fixed path: missing fails in CI, skips elsewhere. */
function requireH2load170(): string | undefined {
  try {
    fs.accessSync(H2LOAD_170, fs.constants.X_OK);
    return H2LOAD_170;
  } catch {
    if (IN_CI) {
      throw new Error(
        `h2load 1.70 is required in CI but ${H2LOAD_170} is missing; .ci/install.d/h2load-new.sh builds it`,
      );
    }
    return undefined;
  }
}

let skipReason: string | undefined;
let h2load = '';
let node = '';
let fastapi = '';
const runs: ActionRunResult[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-h2load170-'));

beforeAll(async () => {
  const h = requireH2load170();
  const t = findTools();
  const n = requireNode24();
  if (!h) skipReason = `h2load 1.70 is not built at ${H2LOAD_170} (.ci/install.d/h2load-new.sh)`;
  else if ('reason' in t) skipReason = t.reason;
  else if (!n) skipReason = 'Node 24 is not installed (.ci/install-tools.sh)';
  else if (!fs.existsSync(BUNDLE))
    skipReason = 'dist/load-benchmark is not built (node scripts/bundle.mjs load-benchmark)';
  if (skipReason) return;
  h2load = h as string;
  node = n as string;
  fastapi = await exampleProject('fastapi-bench', t as Exclude<typeof t, { reason: string }>);
});
afterAll(() => {
  for (const r of runs) r.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

const fastapiArgv = (port: number) => [
  gunicorn(fastapi),
  'app:app',
  '-k',
  'uvicorn_worker.UvicornWorker',
  '-w',
  '2',
  '-b',
  `127.0.0.1:${port}`,
];

describe('load-benchmark with h2load 1.70 first on PATH', () => {
  it("reports h2load's own median, p95 and p99 (bundle through action.yml)", async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const port = await freePort();
    // 1.70's directory before everything else: the bundle finds it there and installs nothing.
    const PATH = [path.dirname(h2load), process.env.PATH ?? ''].join(path.delimiter);
    const r = await runAction(ACTION, {
      workspace: dir,
      baseEnv: machineEnv({ PATH }),
      node,
      timeoutMs: 240_000,
      inputs: {
        command: fastapiArgv(port).join(' '),
        'working-directory': fastapi,
        url: `http://127.0.0.1:${port}/items/3`,
        requests: '500',
        concurrency: '20',
        warmup: '50',
        'json-file': 'out/run.json',
      },
    });
    runs.push(r);
    const logs = r.steps.map((s) => `${s.phase}: ${s.stdout}${s.stderr}`).join('\n');
    expect(r.failed, logs).toBe(false);
    const bench = r.steps.find((s) => s.phase === 'main');
    expect(bench?.stdout).toContain(`h2load: ${h2load} (h2load nghttp2/1.70.0)`);
    // The measured run's report, as h2load printed it into the step log (the warm-up's is not echoed).
    const printed = parseH2loadOutput(bench?.stdout ?? '');
    expect(bench?.stdout).toMatch(/^ +min +max +median +p95 +p99 +mean +sd +\+\/- sd$/m);
    const { p50, p95, p99, mean } = printed.request;
    expect(p50).toBeGreaterThan(0);
    expect(r.outputs['p50-ms']).toBe(p50?.toFixed(2));
    expect(r.outputs['p95-ms']).toBe(p95?.toFixed(2));
    expect(r.outputs['p99-ms']).toBe(p99?.toFixed(2));
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'run.json'), 'utf8'));
    expect(json.meta.benchmark.h2loadVersion).toBe('1.70.0');
    const [s] = json.meta.benchmark.scenarios;
    expect(s).toMatchObject({ percentilesFrom: 'h2load', errors: 0, statusCodes: { 200: 500 } });
    expect(s.latencyMs).toMatchObject({ p50, p95, p99, mean });
    expect(s.h2loadRps).toBe(printed.rps);
    expect(r.summary).toContain('h2load 1.70.0');
  });

  it('reads a timing-based run and a run of 404s (action code)', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const port = await freePort();
    const svc = await startService({
      argv: fastapiArgv(port),
      cwd: fastapi,
      env: process.env,
      readyUrl: `http://127.0.0.1:${port}/health`,
      readyTimeoutMs: 60_000,
      endpoints: [{ host: '127.0.0.1', port }],
    });
    try {
      const lines: string[] = [];
      const timed = await runScenario({
        h2load,
        url: `http://127.0.0.1:${port}/items/3`,
        role: 'command',
        shape: { requests: 0, concurrency: 10, durationMs: 2000, http1: true },
        warmup: 20,
        workDir: dir,
        env: process.env,
        onLine: (l) => lines.push(l),
      });
      expect(timed.stoppedAfterRun ?? false).toBe(false);
      expect(timed.timedOut).toBe(false);
      expect(timed.percentilesFrom).toBe('h2load');
      expect(timed.errors).toBe(0);
      const printed = parseH2loadOutput(lines.join('\n'));
      expect(timed.latencyMs).toMatchObject({
        p50: printed.request.p50,
        p95: printed.request.p95,
        p99: printed.request.p99,
      });
      // h2load divides by the configured duration; so does the action.
      expect(timed.rps).toBeCloseTo(printed.requests.succeeded / 2, 6);
      expect(timed.statusCodes).toEqual({ 200: printed.requests.done });

      const missing = await runScenario({
        h2load,
        url: `http://127.0.0.1:${port}/items/-1`,
        role: 'command',
        shape: { requests: 200, concurrency: 10, http1: true },
        warmup: 0,
        workDir: dir,
        env: process.env,
      });
      expect(missing).toMatchObject({
        rps: 0,
        errors: 200,
        errorRate: 1,
        statusCodes: { 404: 200 },
        status: { '2xx': 0, '4xx': 200 },
        percentilesFrom: 'h2load',
      });
      expect(missing.latencyMs?.p95).toBeGreaterThan(0);
      expect(fs.readdirSync(dir).filter((f) => f.startsWith('h2load-'))).toEqual([]);
    } finally {
      const stopped = await svc.stop();
      expect(stopped.leftover).toEqual([]);
    }
  });
});
