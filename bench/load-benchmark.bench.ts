// load-benchmark: accuracy and overhead (issue 9), and the FastAPI-vs-Flask comparison for the docs.
//   node scripts/bundle.mjs load-benchmark
//   npx vitest run --config bench/vitest.config.ts bench/load-benchmark.bench.ts
// Goals: our reported req/s within 5% of h2load run by hand with the same flags against the same service
// (median of 5 runs each, interleaved), and the action's own overhead (start to end, minus h2load's time,
// minus the service's start) at most 2 s.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { expect, it } from 'vitest';
import type { BenchmarkData } from '../src/actions/load-benchmark/baseline.js';
import { h2loadArgs, warmupArgs } from '../src/actions/load-benchmark/h2load-args.js';
import { parseH2loadOutput } from '../src/actions/load-benchmark/h2load-output.js';
import { startService } from '../src/actions/load-benchmark/service.js';
import { execTool } from '../src/core/exec.js';
import {
  exampleProject,
  findTools,
  freePort,
  gunicorn,
  type Tools,
} from '../test/itg/load-benchmark/fixture-envs.js';
import { findNode24 } from '../test/support/action-runner.js';

const BUNDLE = path.resolve('dist/load-benchmark/index.js');
const RUNS = 5;
// Long runs (about 15 s each here) average out the bursts of other work on a shared machine.
const SHAPE = { requests: 20_000, concurrency: 40, http1: true };
const COMPARE_REQUESTS = 5000;
const WARMUP = 200;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Runs the bundle as the composite step does (`node dist/load-benchmark/index.js` with INPUT_*). */
async function runAction(node: string, inputs: Record<string, string>, workspace: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace };
  for (const k of Object.keys(env))
    if (/^(INPUT_|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY|GITHUB_STATE)/.test(k)) delete env[k];
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const t0 = performance.now();
  const child = spawn(node, [BUNDLE], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (b: Buffer) => {
    out += b.toString();
  });
  child.stderr.on('data', (b: Buffer) => {
    out += b.toString();
  });
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  const wallMs = performance.now() - t0;
  if (code !== 0) throw new Error(`the action failed (${code}):\n${out.slice(-3000)}`);
  const json = JSON.parse(fs.readFileSync(path.join(workspace, inputs['json-file'] as string), 'utf8'));
  return { wallMs, data: json.meta.benchmark as BenchmarkData, summary: out };
}

/** h2load by hand: the same service started fresh, the same warm-up, the same flags. */
async function byHand(
  tools: Tools,
  argv: string[],
  cwd: string,
  port: number,
  workDir: string,
): Promise<number> {
  const url = `http://127.0.0.1:${port}/items/3`;
  const svc = await startService({
    argv,
    cwd,
    env: process.env,
    readyUrl: url,
    readyTimeoutMs: 60_000,
    endpoints: [{ host: '127.0.0.1', port }],
  });
  try {
    await execTool(tools.h2load, warmupArgs(url, SHAPE, WARMUP), { timeoutMs: 120_000 });
    const log = path.join(workDir, 'by-hand.log.tsv');
    const r = await execTool(tools.h2load, h2loadArgs(url, SHAPE, log), { timeoutMs: 300_000 });
    fs.rmSync(log, { force: true });
    return parseH2loadOutput(r.stdout).rps;
  } finally {
    await svc.stop();
  }
}

it('load-benchmark: accuracy against h2load by hand, overhead, FastAPI vs Flask', async () => {
  const tools = findTools();
  const node = findNode24();
  if ('reason' in tools) throw new Error(tools.reason);
  if (!node) throw new Error('Node 24 is required (.ci/install-tools.sh)');
  if (!fs.existsSync(BUNDLE))
    throw new Error('build the bundle first: node scripts/bundle.mjs load-benchmark');
  const [fastapi, flask] = await Promise.all([
    exampleProject('fastapi-bench', tools),
    exampleProject('flask-bench', tools),
  ]);
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-bench-'));
  const port = await freePort();
  const fastapiArgv = [
    gunicorn(fastapi),
    'app:app',
    '-k',
    'uvicorn_worker.UvicornWorker',
    '-w',
    '2',
    '-b',
    `127.0.0.1:${port}`,
  ];
  // The accuracy runs use one worker: with two, how the 40 keep-alive connections happen to split between
  // the workers at each start decides req/s (700 to 1400 on this machine, run to run), which would drown
  // the 5% being measured. The FastAPI-vs-Flask comparison below keeps two workers each.
  const accuracyArgv = fastapiArgv.map((a, n) => (fastapiArgv[n - 1] === '-w' ? '1' : a));
  const flaskArgv = [gunicorn(flask), 'app:app', '-w', '2', '-b', `127.0.0.1:${port}`, '--chdir', flask];
  const common = {
    url: `http://127.0.0.1:${port}/items/3`,
    requests: String(SHAPE.requests),
    concurrency: String(SHAPE.concurrency),
    warmup: String(WARMUP),
    'json-file': 'run.json',
  };

  // 1. Accuracy and overhead. Each run measures h2load by hand twice around the action (by hand, action, by
  // hand): the two by-hand figures show how far this machine drifts between identical runs, the yardstick
  // for the gap between ours and by hand.
  const ours: number[] = [];
  const hand: number[] = [];
  const handPairs: number[] = [];
  const sameRun: number[] = [];
  const overhead: number[] = [];
  console.log(
    `\nrun  by hand A  ours req/s  by hand B  wall ms  h2load ms  service start ms  stop ms  overhead ms`,
  );
  for (let i = 0; i < RUNS; i++) {
    const before = await byHand(tools, accuracyArgv, fastapi, port, ws);
    const a = await runAction(
      node,
      { ...common, command: accuracyArgv.join(' '), 'working-directory': fastapi },
      ws,
    );
    const after = await byHand(tools, accuracyArgv, fastapi, port, ws);
    const s = a.data.scenarios[0];
    expect(s?.errors).toBe(0);
    ours.push(s?.rps ?? Number.NaN);
    hand.push(before, after);
    handPairs.push(after / before);
    sameRun.push((s?.rps ?? Number.NaN) / (s?.h2loadRps ?? Number.NaN));
    const t = a.data.timings;
    overhead.push(a.wallMs - t.h2loadMs - t.serviceStartMs);
    console.log(
      `${String(i + 1).padStart(3)}  ${before.toFixed(1).padStart(9)}  ${ours[i]?.toFixed(1).padStart(10)}  ${after.toFixed(1).padStart(9)}  ${a.wallMs.toFixed(0).padStart(7)}  ${String(t.h2loadMs).padStart(9)}  ${String(t.serviceStartMs).padStart(16)}  ${String(t.serviceStopMs).padStart(7)}  ${overhead[i]?.toFixed(0).padStart(11)}`,
    );
  }
  const ratio = median(ours) / median(hand);
  const met = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
  const spread = (xs: number[]) => Math.max(...xs.map((x) => Math.abs(x - 1)));
  console.log(
    `median req/s: ours ${median(ours).toFixed(1)} (${ours.length} runs), by hand ${median(hand).toFixed(1)} ` +
      `(${hand.length} runs), ratio ${ratio.toFixed(3)} (goal: 0.95..1.05) ${met(Math.abs(ratio - 1) <= 0.05)}`,
  );
  console.log(
    `by hand B / by hand A, identical runs a minute apart: ${handPairs.map((r) => r.toFixed(3)).join(', ')} ` +
      `(median ${median(handPairs).toFixed(3)}, largest drift ${(spread(handPairs) * 100).toFixed(1)}%)`,
  );
  console.log(
    `ours / the req/s h2load printed in the same run: ${sameRun.map((r) => r.toFixed(4)).join(', ')} ` +
      '(the action adds no error of its own; any gap above is run-to-run variance of the machine)',
  );
  console.log(
    `overhead: median ${median(overhead).toFixed(0)} ms, max ${Math.max(...overhead).toFixed(0)} ms ` +
      `(goal: at most 2000 ms) ${met(Math.max(...overhead) <= 2000)}`,
  );

  // 2. FastAPI against Flask, as the action reports it (five runs, for the spread).
  console.log('\nFastAPI (command) vs Flask (compare-command), -n 5000 -c 40 --h1, 2 gunicorn workers each');
  console.log('run  URL        FastAPI req/s  p95 ms   Flask req/s  p95 ms   FastAPI/Flask');
  const perKey: Record<string, { fastapi: number[]; flask: number[]; ratio: number[] }> = {};
  for (let i = 0; i < RUNS; i++) {
    const a = await runAction(
      node,
      {
        ...common,
        url: `http://127.0.0.1:${port}/items/3\nhttp://127.0.0.1:${port}/health`,
        requests: String(COMPARE_REQUESTS),
        command: fastapiArgv.join(' '),
        'compare-command': flaskArgv.join(' '),
        'working-directory': fastapi,
      },
      ws,
    );
    for (const key of ['/items/3', '/health']) {
      const f = a.data.scenarios.find((s) => s.role === 'command' && s.key === key);
      const k = a.data.scenarios.find((s) => s.role === 'compare' && s.key === key);
      perKey[key] ??= { fastapi: [], flask: [], ratio: [] };
      const acc = perKey[key];
      acc.fastapi.push(f?.rps ?? Number.NaN);
      acc.flask.push(k?.rps ?? Number.NaN);
      acc.ratio.push((f?.rps ?? 0) / (k?.rps ?? 1));
      console.log(
        `${String(i + 1).padStart(3)}  ${key.padEnd(9)}  ${f?.rps.toFixed(0).padStart(13)}  ${f?.latencyMs?.p95.toFixed(1).padStart(6)}  ${k?.rps.toFixed(0).padStart(12)}  ${k?.latencyMs?.p95.toFixed(1).padStart(6)}  ${((f?.rps ?? 0) / (k?.rps ?? 1)).toFixed(2).padStart(14)}`,
      );
    }
  }
  for (const [key, v] of Object.entries(perKey)) {
    console.log(
      `median ${key}: FastAPI ${median(v.fastapi).toFixed(0)} req/s, Flask ${median(v.flask).toFixed(0)} req/s, ` +
        `FastAPI/Flask ${median(v.ratio).toFixed(2)} (range ${Math.min(...v.ratio).toFixed(2)}..${Math.max(...v.ratio).toFixed(2)})`,
    );
  }
  console.log(
    `machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model}), load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  fs.rmSync(ws, { recursive: true, force: true });
});
