// The service lifecycle with real processes (Node scripts as the service): ready-wait, early exit, never
// ready, port in use, and the whole process group stopped. test/itg/load-benchmark does the same with
// gunicorn.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  isRunning,
  runningInGroup,
  trackedGroups,
} from '../../../src/actions/load-benchmark/process-group.js';
import {
  probe,
  ServiceError,
  serviceEnv,
  startService,
} from '../../../src/actions/load-benchmark/service.js';
import { freePort } from '../../support/ports.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-service-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A Node HTTP server answering `status`, listening after `delayMs`. */
function server(
  port: number,
  opts: { status?: number; delayMs?: number; children?: number; pidFile?: string } = {},
) {
  const file = JSON.stringify(opts.pidFile ?? '');
  const n = opts.children ?? 0;
  // Each child records its pid only once its SIGTERM handler is in place, and the server listens (so the
  // service counts as ready) only after every child has: no race with the stop.
  const child = (deaf: boolean) =>
    JSON.stringify(
      `${deaf ? "process.on('SIGTERM', () => {});" : ''} require('node:fs').appendFileSync(${file} || '/dev/null', process.pid + '\\n'); setInterval(() => {}, 1000)`,
    );
  const script = `
    const http = require('node:http');
    const { spawn } = require('node:child_process');
    const fs = require('node:fs');
    for (let i = 0; i < ${n}; i++) {
      // Children in the same process group, one of them deaf to SIGTERM, like a stuck worker.
      spawn(process.execPath, ['-e', i === 0 ? ${child(true)} : ${child(false)}], { stdio: 'ignore' });
    }
    console.log('starting on ${port}');
    const listen = () => http.createServer((q, s) => { s.statusCode = ${opts.status ?? 200}; s.end('x'); }).listen(${port}, '127.0.0.1');
    const recorded = () => { try { return fs.readFileSync(${file}, 'utf8').trim().split('\\n').filter(Boolean).length; } catch { return 0; } };
    const wait = () => (${n} === 0 || recorded() >= ${n} ? setTimeout(listen, ${opts.delayMs ?? 0}) : setTimeout(wait, 20));
    wait();
  `;
  return [process.execPath, '-e', script];
}

const base = (argv: string[], port: number, over: Partial<Parameters<typeof startService>[0]> = {}) => ({
  argv,
  cwd: dir,
  env: process.env,
  readyUrl: `http://127.0.0.1:${port}/health`,
  readyTimeoutMs: 10_000,
  endpoints: [{ host: '127.0.0.1', port }],
  ...over,
});

async function serviceError(p: Promise<unknown>): Promise<ServiceError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ServiceError);
  return e as ServiceError;
}

describe('startService', () => {
  it('waits until the ready URL answers 2xx, captures the output, and stops the group', async () => {
    const port = await freePort();
    const lines: string[] = [];
    const svc = await startService(
      base(server(port, { delayMs: 600 }), port, { onLine: (l) => lines.push(l) }),
    );
    try {
      expect(svc.readyMs).toBeGreaterThanOrEqual(500);
      expect(svc.alive()).toBe(true);
      expect((await probe(`http://127.0.0.1:${port}/`, 1000)).status).toBe(200);
      expect(lines).toContain(`starting on ${port}`);
      expect(trackedGroups()).toContain(svc.pid);
    } finally {
      const stopped = await svc.stop();
      expect(stopped).toMatchObject({ graceful: true, leftover: [] });
    }
    expect(isRunning(svc.pid)).toBe(false);
    expect(trackedGroups()).not.toContain(svc.pid);
    expect((await probe(`http://127.0.0.1:${port}/`, 500)).error).toBe('ECONNREFUSED');
  });

  it('fails with the last log lines when the service exits before it is ready', async () => {
    const port = await freePort();
    const argv = [
      process.execPath,
      '-e',
      "console.error('config: DATABASE_URL is not set'); process.exit(3)",
    ];
    const e = await serviceError(startService(base(argv, port)));
    expect(e.kind).toBe('exited');
    expect(e.message).toMatch(/exited with code 3 before http:\/\/127\.0\.0\.1:\d+\/health answered 2xx/);
    expect(e.message).toContain('config: DATABASE_URL is not set');
  });

  it('fails after ready-timeout when the service never answers 2xx, and stops it', async () => {
    const port = await freePort();
    const started = Date.now();
    const e = await serviceError(
      startService(base(server(port, { status: 503 }), port, { readyTimeoutMs: 1500 })),
    );
    expect(e.kind).toBe('not-ready');
    expect(e.message).toMatch(/no 2xx answer within 1500 ms \(last: HTTP 503\)/);
    expect(e.message).toContain(`starting on ${port}`);
    expect(Date.now() - started).toBeLessThan(8000);
    expect((await probe(`http://127.0.0.1:${port}/`, 500)).error).toBe('ECONNREFUSED');
  });

  it('reports a port in use before starting anything', async () => {
    const busy = net.createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as net.AddressInfo).port;
    const marker = path.join(dir, 'started');
    try {
      const argv = [process.execPath, '-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`];
      const e = await serviceError(startService(base(argv, port)));
      expect(e.kind).toBe('port-in-use');
      expect(e.message).toContain(`Port ${port} on 127.0.0.1 is already in use by another process`);
      expect(fs.existsSync(marker)).toBe(false);
    } finally {
      await new Promise((r) => busy.close(r));
    }
  });

  it("recognises the service's own 'address in use' error", async () => {
    const busy = net.createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as net.AddressInfo).port;
    try {
      // Checked on another port, so only the service's own error can tell.
      const other = await freePort();
      const e = await serviceError(
        startService(base(server(port), other, { readyUrl: `http://127.0.0.1:${other}/` })),
      );
      expect(e.kind).toBe('port-in-use');
      expect(e.message).toMatch(/address is already in use/);
      expect(e.message).toContain('EADDRINUSE');
    } finally {
      await new Promise((r) => busy.close(r));
    }
  });

  it('kills the whole group, SIGKILL for what ignores SIGTERM, and leaves no process behind', async () => {
    const port = await freePort();
    const pidFile = path.join(dir, 'children.pids');
    const svc = await startService(base(server(port, { children: 2, pidFile }), port, { stopGraceMs: 800 }));
    const children = fs.readFileSync(pidFile, 'utf8').trim().split('\n').map(Number);
    expect(children).toHaveLength(2);
    expect(children.every(isRunning)).toBe(true);
    expect(runningInGroup(svc.pid)?.sort()).toEqual([svc.pid, ...children].sort());
    const stopped = await svc.stop();
    expect(stopped.graceful).toBe(false);
    expect(stopped.leftover).toEqual([]);
    expect([svc.pid, ...children].filter(isRunning)).toEqual([]);
  });

  it('says when the program does not exist', async () => {
    const port = await freePort();
    const e = await serviceError(startService(base(['no-such-server-binary', '--port', '1'], port)));
    expect(e.kind).toBe('not-found');
    expect(e.message).toMatch(/`no-such-server-binary` was not found/);
  });
});

describe('serviceEnv', () => {
  it("passes the step's environment and the env input, but not the action's inputs or tokens", () => {
    const env = serviceEnv(
      {
        PATH: '/bin',
        'INPUT_GITHUB-TOKEN': 'ghs_secret',
        STATE_x: '1',
        ACTIONS_RUNTIME_TOKEN: 't',
        HOME: '/h',
      },
      { APP_ENV: 'bench' },
    );
    expect(env).toEqual({ PATH: '/bin', HOME: '/h', APP_ENV: 'bench' });
  });
});
