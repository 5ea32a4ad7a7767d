// The service lifecycle and the load against real gunicorn (uvicorn workers for FastAPI, sync workers for
// Flask) and the real h2load: ready-wait, crash at start, never ready, port in use, 5xx, no orphans.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../../../src/actions/load-benchmark/definition.js';
import { runScenario } from '../../../src/actions/load-benchmark/h2load-run.js';
import { isRunning, runningInGroup } from '../../../src/actions/load-benchmark/process-group.js';
import { benchmarkFindings } from '../../../src/actions/load-benchmark/report.js';
import { ServiceError, startService } from '../../../src/actions/load-benchmark/service.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';
import { APPS, exampleProject, findTools, freePort, gunicorn, readPids, type Tools } from './fixture-envs.js';

let tools: Tools | undefined;
let skipReason: string | undefined;
let fastapi = '';
let flask = '';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-gunicorn-'));

beforeAll(async () => {
  const t = findTools();
  if ('reason' in t) {
    skipReason = t.reason;
    return;
  }
  tools = t;
  [fastapi, flask] = await Promise.all([
    exampleProject('fastapi-bench', t),
    exampleProject('flask-bench', t),
  ]);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const shape = { requests: 300, concurrency: 10, http1: true };

/** The Flask fixture app (test/fixtures/load-benchmark/apps) under gunicorn, from the flask-bench venv. */
function fixtureApp(port: number, module = 'fixture_app:app', workers = 2): string[] {
  return [gunicorn(flask), '--chdir', APPS, module, '-w', String(workers), '-b', `127.0.0.1:${port}`];
}

async function serviceError(p: Promise<unknown>): Promise<ServiceError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ServiceError);
  return e as ServiceError;
}

describe('load-benchmark against real gunicorn', () => {
  it('waits for FastAPI (uvicorn workers) to be ready, loads it with h2load, and stops every process', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const port = await freePort();
    const svc = await startService({
      argv: [
        gunicorn(fastapi),
        'app:app',
        '-k',
        'uvicorn_worker.UvicornWorker',
        '-w',
        '2',
        '-b',
        `127.0.0.1:${port}`,
      ],
      cwd: fastapi,
      env: process.env,
      readyUrl: `http://127.0.0.1:${port}/health`,
      readyTimeoutMs: 60_000,
      endpoints: [{ host: '127.0.0.1', port }],
    });
    let group: number[] = [];
    try {
      expect(svc.log.some(/Booting worker with pid/)).toBe(true);
      group = runningInGroup(svc.pid) ?? [];
      expect(group.length).toBeGreaterThanOrEqual(3); // the master and two workers
      const r = await runScenario({
        h2load: tools!.h2load,
        url: `http://127.0.0.1:${port}/items/7`,
        role: 'command',
        shape,
        warmup: 50,
        workDir: dir,
        env: process.env,
      });
      expect(r.requests.succeeded).toBe(300);
      expect(r.statusCodes).toEqual({ 200: 300 });
      expect(r.errors).toBe(0);
      expect(r.rps).toBeGreaterThan(0);
      expect(Math.abs(r.rps - r.h2loadRps) / r.h2loadRps).toBeLessThan(0.01);
      expect(r.percentilesFrom).toBe('log-file');
      expect(r.latencyMs!.p50).toBeLessThanOrEqual(r.latencyMs!.p95);
      expect(r.latencyMs!.p95).toBeLessThanOrEqual(r.latencyMs!.p99);
      expect(r.command).toMatch(
        /^h2load --h1 -c 10 -n 300 --log-file=\S+ http:\/\/127\.0\.0\.1:\d+\/items\/7$/,
      );
      expect(r.warmupCommand).toBe(`h2load --h1 -c 10 -n 50 http://127.0.0.1:${port}/items/7`);
      expect(fs.readdirSync(dir)).toEqual([]); // the per-request log is removed
    } finally {
      const stopped = await svc.stop();
      expect(stopped.leftover).toEqual([]);
    }
    expect(group.filter(isRunning)).toEqual([]);
  });

  it('leaves no orphan worker behind (pids checked in /proc)', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const port = await freePort();
    const pidsFile = path.join(dir, 'workers.pids');
    const svc = await startService({
      argv: fixtureApp(port, 'fixture_app:app', 3),
      cwd: dir,
      env: { ...process.env, PIDS_FILE: pidsFile },
      readyUrl: `http://127.0.0.1:${port}/health`,
      readyTimeoutMs: 60_000,
      endpoints: [{ host: '127.0.0.1', port }],
    });
    // Each worker imports the app and records its pid; wait until all three have booted.
    for (let i = 0; i < 100 && readPids(pidsFile).length < 3; i++)
      await new Promise((r) => setTimeout(r, 100));
    const workers = readPids(pidsFile);
    expect(workers).toHaveLength(3);
    expect(workers.every(isRunning)).toBe(true);
    expect(runningInGroup(svc.pid)?.sort()).toEqual([svc.pid, ...workers].sort());
    const stopped = await svc.stop();
    expect(stopped).toMatchObject({ graceful: true, leftover: [] });
    for (const pid of [svc.pid, ...workers]) {
      const stat = fs.existsSync(`/proc/${pid}/stat`) ? fs.readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
      // Gone, or at most a zombie waiting for an init that does not reap: nothing running.
      expect(stat === '' || /\) Z /.test(stat), `pid ${pid}: ${stat}`).toBe(true);
    }
  });

  it('fails with the last log lines when the app crashes at start', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const port = await freePort();
    const e = await serviceError(
      startService({
        argv: fixtureApp(port, 'crash_app:app'),
        cwd: dir,
        env: process.env,
        readyUrl: `http://127.0.0.1:${port}/health`,
        readyTimeoutMs: 60_000,
        endpoints: [{ host: '127.0.0.1', port }],
      }),
    );
    expect(e.kind).toBe('exited');
    // gunicorn's master exits with 3 ("Worker failed to boot"), or 1 when halting raises again.
    expect(e.message).toMatch(/exited with code \d+ before/);
    expect(e.message).toContain('Worker failed to boot');
    expect(e.logTail).toContain('the database at postgres://db:5432 is unreachable');
  });

  it('fails after ready-timeout when /health never answers 2xx', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const port = await freePort();
    const pidsFile = path.join(dir, 'never-ready.pids');
    const e = await serviceError(
      startService({
        argv: fixtureApp(port),
        cwd: dir,
        env: { ...process.env, NEVER_READY: '1', PIDS_FILE: pidsFile },
        readyUrl: `http://127.0.0.1:${port}/health`,
        // Long enough for gunicorn to boot its workers on a loaded 2-core machine (4 s was not, once).
        readyTimeoutMs: 15_000,
        endpoints: [{ host: '127.0.0.1', port }],
      }),
    );
    expect(e.kind).toBe('not-ready');
    expect(e.message).toMatch(/no 2xx answer within 15000 ms \(last: HTTP 503\)/);
    expect(e.message).toMatch(/GET \/health|Booting worker/);
    expect(readPids(pidsFile).filter(isRunning)).toEqual([]);
  });

  it('reports a port in use, before start and from gunicorn\'s own "Address already in use"', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const busy = net.createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as net.AddressInfo).port;
    try {
      const before = await serviceError(
        startService({
          argv: fixtureApp(port),
          cwd: dir,
          env: process.env,
          readyUrl: `http://127.0.0.1:${port}/health`,
          readyTimeoutMs: 30_000,
          endpoints: [{ host: '127.0.0.1', port }],
        }),
      );
      expect(before.kind).toBe('port-in-use');
      expect(before.message).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      // Loaded on another port than it binds: only gunicorn's log can tell (it retries for 5 s, we do not wait).
      const other = await freePort();
      const started = Date.now();
      const during = await serviceError(
        startService({
          argv: fixtureApp(port),
          cwd: dir,
          env: process.env,
          readyUrl: `http://127.0.0.1:${other}/health`,
          readyTimeoutMs: 30_000,
          endpoints: [{ host: '127.0.0.1', port: other }],
        }),
      );
      expect(during.kind).toBe('port-in-use');
      expect(during.message).toMatch(/Address already in use|Connection in use/);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await new Promise((r) => busy.close(r));
    }
  });

  it('counts 5xx answers as errors and never reports their req/s', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const port = await freePort();
    const svc = await startService({
      argv: fixtureApp(port),
      cwd: dir,
      env: process.env,
      readyUrl: `http://127.0.0.1:${port}/health`,
      readyTimeoutMs: 60_000,
      endpoints: [{ host: '127.0.0.1', port }],
    });
    try {
      const run = (p: string) =>
        runScenario({
          h2load: tools!.h2load,
          url: `http://127.0.0.1:${port}${p}`,
          role: 'command',
          shape,
          warmup: 0,
          workDir: dir,
          env: process.env,
        });
      const boom = await run('/boom');
      expect(boom.h2loadRps).toBeGreaterThan(0); // h2load counts them as done
      expect(boom).toMatchObject({ rps: 0, errors: 300, errorRate: 1, statusCodes: { 500: 300 } });
      expect(boom.warmupCommand).toBeUndefined();
      const mostly = await run('/mostly-broken');
      expect(mostly.rps).toBe(0);
      expect(mostly.errors).toBeGreaterThan(150);
      expect(Object.keys(mostly.statusCodes).sort()).toEqual(['200', '503']);
      const findings = benchmarkFindings([boom, mostly]);
      expect(findings.map((f) => f.rule)).toEqual(['failed-requests', 'failed-requests']);
      expect(findings[0]?.message).toMatch(/300 of 300 requests failed \(100\.0%.*\): 300× 500/);
    } finally {
      await svc.stop();
    }
  });

  it('runs in the terminal as `pyprod bench` does (local runtime), with duration mode and env', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const port = await freePort();
    const logLines: string[] = [];
    let summary = '';
    const rt = localRuntime({
      workspace: dir,
      env: { ...process.env, RUNNER_TEMP: dir },
      log: (l) => logLines.push(l),
      out: (t) => {
        summary += t;
      },
    });
    const values = {
      command: `${gunicorn(flask)} --chdir ${APPS} fixture_app:app -w 2 -b 127.0.0.1:${port}`,
      url: `http://127.0.0.1:${port}/ok`,
      'ready-url': `http://127.0.0.1:${port}/health`,
      env: `PIDS_FILE=${path.join(dir, 'cli.pids')}`,
      duration: '2s',
      concurrency: '8',
      warmup: '20',
      'json-file': 'cli.json',
    };
    const inputs = definition.loadInputs(new InputReader(mapInputSource(values)), rt);
    await definition.main(inputs, rt);
    expect(Number(rt.outputs.get('rps'))).toBeGreaterThan(0);
    expect(rt.outputs.get('errors')).toBe('0');
    expect(rt.outputs.get('json-file')).toBe(path.join(dir, 'cli.json'));
    expect(summary).toMatch(/^### ✅ Load benchmark: \/ok: /);
    expect(summary).toContain(`h2load --h1 -c 8 -D 2s --log-file=`);
    expect(logLines.some((l) => /^command stopped in \d+ ms\.$/.test(l))).toBe(true);
    // The env input reached the service: its workers recorded their pids, and none still runs.
    const workers = readPids(path.join(dir, 'cli.pids'));
    expect(workers.length).toBe(2);
    expect(workers.filter(isRunning)).toEqual([]);
    const b = JSON.parse(fs.readFileSync(path.join(dir, 'cli.json'), 'utf8')).meta.benchmark;
    expect(b.shape).toMatchObject({ durationMs: 2000, concurrency: 8, warmup: 20 });
    // Timing-based: req/s is per configured second, as h2load computes it.
    expect(b.scenarios[0].rps).toBeCloseTo(b.scenarios[0].h2loadRps, 0);
  });
});
