// runScenario's handling of an h2load that hangs: a stand-in program (a real process) that behaves as
// h2load 1.52 does when it hangs after a timing-based run, and one that never finishes at all.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/actions/load-benchmark/h2load-run.js';
import { isRunning } from '../../../src/actions/load-benchmark/process-group.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-run-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An executable that parses h2load's --log-file, writes `rows` rows to it, prints `lines`, then hangs. */
function fakeH2load(name: string, rows: number, lines: string[]): string {
  const file = path.join(dir, name);
  const body = `#!${process.execPath}
const fs = require('node:fs');
fs.writeFileSync(${JSON.stringify(path.join(dir, `${name}.pid`))}, String(process.pid));
const log = process.argv.slice(2).find((a) => a.startsWith('--log-file='));
if (log) {
  let text = '';
  for (let i = 0; i < ${rows}; i++) text += (1700000000000000 + i * 1000) + '\\t' + (i % 10 === 0 ? 503 : 200) + '\\t' + (1000 + i) + '\\n';
  fs.writeFileSync(log.slice('--log-file='.length), text);
}
for (const l of ${JSON.stringify(lines)}) console.log(l);
setInterval(() => {}, 1000);
`;
  fs.writeFileSync(file, body, { mode: 0o755 });
  return file;
}

const base = {
  url: 'http://127.0.0.1:9/x',
  role: 'command' as const,
  warmup: 0,
  workDir: dir,
  env: process.env,
};

describe('runScenario with an h2load that hangs', () => {
  it('stops h2load shortly after a timing-based run ends without a report, and reads the log', async () => {
    const h2load = fakeH2load('hangs-after-run', 200, [
      'Main benchmark duration is over for thread #0. Stopping all clients.',
      'Stopped all clients for thread #0',
    ]);
    const started = Date.now();
    const r = await runScenario({
      ...base,
      h2load,
      shape: { requests: 1, concurrency: 4, http1: true, durationMs: 2000 },
    });
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(2900);
    expect(took).toBeLessThan(15_000); // not the 32 s hard limit
    expect(r.stoppedAfterRun).toBe(true);
    expect(r.timedOut).toBe(false);
    expect(r.statusCodes).toEqual({ 200: 180, 503: 20 });
    expect(r.errors).toBe(20);
    expect(r.rps).toBe(90); // 180 2xx over the configured 2 s, as h2load divides
    expect(r.latencyMs?.p50).toBeCloseTo(1.099, 3);
    expect(isRunning(Number(fs.readFileSync(path.join(dir, 'hangs-after-run.pid'), 'utf8')))).toBe(false);
  });

  it('kills an h2load that never finishes at the hard limit and says it printed no report', async () => {
    const h2load = fakeH2load('never-finishes', 0, ['starting benchmark...']);
    const err = await runScenario({
      ...base,
      h2load,
      shape: { requests: 100, concurrency: 4, http1: true },
      timeoutMs: 1000,
    }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      /^`h2load --h1 -c 4 -n 100 --log-file=\S+ http:\/\/127\.0\.0\.1:9\/x` was stopped after 1000 ms and printed no report/,
    );
    expect(isRunning(Number(fs.readFileSync(path.join(dir, 'never-finishes.pid'), 'utf8')))).toBe(false);
  });

  it('fails with the exit code and output when h2load refuses its arguments', async () => {
    const file = path.join(dir, 'refuses');
    fs.writeFileSync(
      file,
      `#!${process.execPath}\nconsole.error('-c: the number of clients must be greater than 0'); process.exit(1);\n`,
      {
        mode: 0o755,
      },
    );
    const err = await runScenario({
      ...base,
      h2load: file,
      shape: { requests: 10, concurrency: 4, http1: true },
    }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      /exited with code 1; last output:\n-c: the number of clients must be greater than 0/,
    );
  });
});
