// runTool with real processes: node plays the tool, printing the real captured output and exit codes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergePylintOutputs } from '../../../src/actions/python-lint-stack/pylint-split.js';
import { crashReason, runPool, runTool, runToolParts } from '../../../src/actions/python-lint-stack/run.js';
import { offlineArgv, offlineMiss } from '../../../src/provision/python-tools.js';
import { CAPTURE_ROOT, output as captured } from './outputs.js';

/** argv of a process that prints `stdout` and `stderr` and exits with `code`. */
function fake(stdout: string, stderr: string, code: number): string[] {
  const script = `process.stdout.write(${JSON.stringify(stdout)}); process.stderr.write(${JSON.stringify(stderr)}); process.exitCode = ${code};`;
  return [process.execPath, '-e', script];
}
// The tools ran in CAPTURE_ROOT, which exists only where capture.sh ran: each run of these tests makes its
// own directory and moves the captured absolute paths into it.
const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lint-run-')));
const output = (name: string) => captured(name).replaceAll(CAPTURE_ROOT, dir);
const opts = { cwd: dir, workspace: dir, env: process.env };

describe('runTool', () => {
  it('reads the findings of a run that reported normally', async () => {
    const r = await runTool('ruff', fake(output('ruff.json'), '', 0), opts);
    expect(r.crash).toBeUndefined();
    expect(r.exitCode).toBe(0);
    expect(r.findings).toHaveLength(6);
    expect(r.command).toContain(process.execPath);
  });

  it("takes isort's exit code 1 with a diff for findings", async () => {
    const r = await runTool('isort', fake(output('isort.diff'), output('isort.diff.stderr'), 1), opts);
    expect(r.crash).toBeUndefined();
    expect(r.findings).toHaveLength(1);
  });

  it('fails a crashed flake8 (bad configuration) with its exit code and output tail, never as clean', async () => {
    const r = await runTool('flake8', fake('', output('flake8-bad-config.txt.stderr'), 1), opts);
    expect(r.findings).toEqual([]);
    expect(r.exitCode).toBe(1);
    expect(r.crash).toMatch(/exited with code 1; last output:\n/);
    expect(r.crash).toContain("ValueError: invalid literal for int() with base 10: 'abc'");
  });

  it('fails a run whose exit code means findings but that reported none (uv could not install the tool)', async () => {
    const r = await runTool(
      'mypy',
      fake('', '  × No solution found when resolving tool dependencies', 1),
      opts,
    );
    expect(r.crash).toMatch(/exited with code 1 without reporting a finding/);
    expect(r.crash).toContain('No solution found');
  });

  it('fails a run whose output is not the format asked for', async () => {
    const r = await runTool('pylint', fake('Your code has been rated at 10/10', '', 0), opts);
    expect(r.crash).toMatch(/pylint wrote output that could not be read: not JSON/);
  });

  it('fails a tool that cannot be started', async () => {
    const r = await runTool('ruff', ['/nonexistent/uv', 'tool', 'run'], opts);
    expect(r.exitCode).toBeNull();
    expect(r.crash).toMatch(/was not found/);
  });
});

describe('runToolParts', () => {
  // The captured pylint output dealt out to two parts: the first file's messages, then the others.
  const serial = JSON.parse(output('pylint.json')) as { messages: { path: string }[] };
  const first = serial.messages.filter((m) => m.path === 'app/logic.py');
  const others = serial.messages.filter((m) => m.path !== 'app/logic.py');
  const part = (messages: unknown[]) => JSON.stringify({ messages });

  it('runs the parts at once and reads their merged output as one report', async () => {
    // Each part marks that it started, then waits for the other's mark: parts run one after the other
    // would never both finish (the waiting part gives up after 30 s with exit code 3, a crash).
    const marks = fs.mkdtempSync(path.join(dir, 'marks-'));
    const meeting = (me: string, other: string, out: string) => [
      process.execPath,
      '-e',
      `const fs = require('node:fs'); fs.writeFileSync(${JSON.stringify(path.join(marks, me))}, '');
       const t0 = Date.now();
       const wait = () => fs.existsSync(${JSON.stringify(path.join(marks, other))})
         ? process.stdout.write(${JSON.stringify(out)})
         : Date.now() - t0 > 30000 ? process.exit(3) : setTimeout(wait, 20);
       wait();`,
    ];
    const r = await runToolParts(
      'pylint',
      [meeting('a', 'b', part(first)), meeting('b', 'a', part(others))],
      opts,
      mergePylintOutputs,
    );
    expect(r.crash).toBeUndefined();
    expect(r.findings).toHaveLength(9);
    expect(r.findings.filter((f) => f.file === 'app/logic.py')).toHaveLength(first.length);
    expect(r.command.split(process.execPath)).toHaveLength(3);
  });

  it('is a crash when any part crashes, never a report with a part missing', async () => {
    const traceback = 'Traceback (most recent call last):\n  File "<string>", line 1\nKeyError: 0';
    const r = await runToolParts(
      'pylint',
      [fake(part(first), '', 0), fake(part([]), traceback, 0)],
      opts,
      mergePylintOutputs,
    );
    expect(r.findings).toEqual([]);
    expect(r.crash).toMatch(/raised an exception \(exit code 0\); last output:\n/);
    expect(r.crash).toContain('KeyError: 0');
    const exit = await runToolParts(
      'pylint',
      [fake(part(first), '', 0), fake('', 'usage error', 32)],
      opts,
      mergePylintOutputs,
    );
    expect(exit.exitCode).toBe(32);
    expect(exit.crash).toMatch(/part 2 of 2: not JSON/);
    const missing = await runToolParts(
      'pylint',
      [fake(part(first), '', 0), ['/nonexistent/uv', 'run']],
      opts,
      mergePylintOutputs,
    );
    expect(missing.exitCode).toBeNull();
    expect(missing.crash).toMatch(/was not found/);
  });
});

describe('crashReason', () => {
  it("knows each tool's codes", () => {
    expect(crashReason('ruff', 0, 3, '')).toBeUndefined();
    expect(crashReason('ruff', 2, 0, 'error: TOML parse error')).toBe('exited with code 2');
    expect(crashReason('pylint', 32, 0, '')).toBe('exited with code 32');
    expect(crashReason('mypy', 1, 2, '')).toBeUndefined();
    expect(crashReason('mypy', 2, 0, '')).toBe('exited with code 2');
    expect(crashReason('ruff-format', 1, 4, '')).toBeUndefined();
    expect(crashReason('autoflake', 0, 0, 'Traceback (most recent call last):\n  File "x"')).toMatch(
      /exception/,
    );
    expect(crashReason('flake8', null, 0, '')).toBe('was killed');
  });
});

describe('runPool', () => {
  it('never runs more than the limit at once and keeps the input order', async () => {
    let running = 0;
    let peak = 0;
    const out = await runPool([30, 10, 20, 5, 15], 2, async (ms) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
      return ms * 2;
    });
    expect(out).toEqual([60, 20, 40, 10, 30]);
    expect(peak).toBe(2);
  });
});

// uv 0.12's words when it cannot resolve offline (captured from `uv tool run --offline --from ruff==0.17.5`
// with an empty cache).
const UV_OFFLINE_MISS = `error: No solution found when resolving tool dependencies
  cause: Because ruff==0.17.5 needs to be downloaded from a registry and you require ruff==0.17.5, we can conclude that your requirements are unsatisfiable.

hint: Packages were unavailable because the network was disabled. When the network is disabled, registry packages may only be read from the cache.
`;

describe('offline first', () => {
  it('adds --offline after uv run and uv tool run, and to nothing else', () => {
    expect(offlineArgv(['/x/uv', 'tool', 'run', '--from', 'ruff==1', 'ruff'])).toEqual([
      '/x/uv',
      'tool',
      'run',
      '--offline',
      '--from',
      'ruff==1',
      'ruff',
    ]);
    expect(offlineArgv(['C:\\uv\\uv.exe', 'run', '--with', 'pylint==4', 'python'])).toEqual([
      'C:\\uv\\uv.exe',
      'run',
      '--offline',
      '--with',
      'pylint==4',
      'python',
    ]);
    expect(offlineArgv(['/x/uv', 'run', '--offline', 'python'])).toBeUndefined();
    expect(offlineArgv(['/x/uv', 'pip', 'install', 'x'])).toBeUndefined();
    expect(offlineArgv(['/usr/bin/python', 'run'])).toBeUndefined();
    expect(offlineArgv(['/x/ruff', 'check'])).toBeUndefined();
  });

  it('tells uv refusing to resolve offline from a tool that failed', () => {
    expect(offlineMiss({ exitCode: 1, stderr: UV_OFFLINE_MISS })).toBe(true);
    expect(offlineMiss({ exitCode: 0, stderr: UV_OFFLINE_MISS })).toBe(false);
    expect(offlineMiss({ exitCode: 1, stderr: 'error: unrecognized arguments' })).toBe(false);
  });

  /** A `uv` that answers offline only once `cached` exists, and logs every call. */
  function fakeUv(stdout: string): { uv: string; log: string; cached: string } {
    const d = fs.mkdtempSync(path.join(dir, 'uv-'));
    const log = path.join(d, 'calls');
    const cached = path.join(d, 'cached');
    const script = path.join(d, 'uv.js');
    fs.writeFileSync(
      script,
      `const fs = require('node:fs');
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(log)}, args.join(' ') + '\\n');
if (args.includes('--offline') && !fs.existsSync(${JSON.stringify(cached)})) {
  process.stderr.write(${JSON.stringify(UV_OFFLINE_MISS)});
  process.exitCode = 1;
} else {
  process.stdout.write(${JSON.stringify(stdout)});
}
`,
    );
    const uv = path.join(d, 'uv');
    fs.writeFileSync(
      uv,
      `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(script)} "$@"\n`,
      {
        mode: 0o755,
      },
    );
    return { uv, log, cached };
  }

  it.skipIf(process.platform === 'win32')(
    'runs online when uv cannot resolve offline, offline once it can',
    async () => {
      const f = fakeUv(output('ruff.json'));
      const argv = [f.uv, 'tool', 'run', '--from', 'ruff==1', 'ruff', 'check'];
      const cold = await runTool('ruff', argv, opts);
      expect(cold.crash).toBeUndefined();
      expect(cold.findings).toHaveLength(6);
      expect(cold.command).not.toContain('--offline');
      expect(fs.readFileSync(f.log, 'utf8')).toBe(
        'tool run --offline --from ruff==1 ruff check\ntool run --from ruff==1 ruff check\n',
      );
      fs.writeFileSync(f.cached, '');
      fs.rmSync(f.log);
      const warm = await runTool('ruff', argv, opts);
      expect(warm.findings).toHaveLength(6);
      expect(warm.command).toContain('tool run --offline --from ruff==1');
      expect(fs.readFileSync(f.log, 'utf8')).toBe('tool run --offline --from ruff==1 ruff check\n');
    },
  );
});
