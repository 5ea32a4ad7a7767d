// Ctrl-C (and the runner's cancellation: SIGINT, then SIGTERM) must stop every tool the CLI or an action
// started: the tools run in their own process groups, out of the terminal's reach, and a `--fix` tool left
// running keeps rewriting files after the command is gone.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRunning } from '../../../src/core/process-groups.js';
import { requireNode24 } from '../../support/action-runner.js';
import { machineEnv } from '../../support/python.js';

const CLI = path.resolve('dist/pyprod/index.js');

/** A `uv` whose every tool run is slow: it starts a deaf grandchild, records both pids, then waits. */
function slowUv(dir: string, pidFile: string): string {
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(
    path.join(bin, 'uv'),
    `#!${process.execPath}
const { spawn } = require('node:child_process');
// The grandchild ignores SIGTERM and SIGINT, like a stuck worker: only SIGKILL ends it.
const g = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); process.on('SIGINT', () => {}); setInterval(() => {}, 1000)"], { stdio: 'ignore' });
require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, process.pid + ' ' + g.pid);
setInterval(() => {}, 1000);
`,
    { mode: 0o755 },
  );
  return bin;
}

async function interrupted(signal: 'SIGINT' | 'SIGTERM') {
  const node = requireNode24();
  if (!node) throw new Error('Node 24 is not installed (.ci/install-tools.sh)');
  expect(fs.existsSync(CLI), 'run node scripts/bundle.mjs pyprod').toBe(true);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signals-'));
  const project = path.join(dir, 'project');
  fs.mkdirSync(path.join(project, 'app'), { recursive: true });
  fs.writeFileSync(path.join(project, 'pyproject.toml'), '[project]\nname = "p"\nversion = "1"\n');
  fs.writeFileSync(path.join(project, 'app', 'm.py'), 'x = 1\n');
  const pidFile = path.join(dir, 'pids');
  const bin = slowUv(dir, pidFile);
  const child = spawn(node, [CLI, 'lint', '--tools', 'ruff', '--no-fix'], {
    cwd: project,
    env: machineEnv({ PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, RUNNER_TEMP: dir }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (b) => (output += b));
  child.stderr.on('data', (b) => (output += b));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  for (let i = 0; i < 300 && !fs.existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 100));
  expect(fs.existsSync(pidFile), output).toBe(true);
  await new Promise((r) => setTimeout(r, 200));
  const pids = fs.readFileSync(pidFile, 'utf8').trim().split(' ').map(Number);
  expect(pids.every(isRunning)).toBe(true);
  const t0 = Date.now();
  child.kill(signal);
  const code = await exited;
  // Measured for the record: SIGTERM to the groups, SIGKILL for what ignores it after the grace.
  console.log(`pyprod lint ended ${Date.now() - t0} ms after ${signal}`);
  await new Promise((r) => setTimeout(r, 300));
  return { code, pids, output };
}

describe('signals stop every tool', () => {
  it('SIGINT (Ctrl-C) on pyprod lint: no tool or grandchild remains, exit code 130', async () => {
    const { code, pids, output } = await interrupted('SIGINT');
    expect(code, output).toBe(130);
    for (const pid of pids) expect(isRunning(pid), `pid ${pid} still running`).toBe(false);
  });

  it('SIGTERM (the runner cancelling): the same, exit code 143', async () => {
    const { code, pids, output } = await interrupted('SIGTERM');
    expect(code, output).toBe(143);
    for (const pid of pids) expect(isRunning(pid), `pid ${pid} still running`).toBe(false);
  });
});
