// The `pyprod` CLI runs an action's own code in the terminal: the bundle dist/pyprod/index.js, as a user
// would run it, on a copy of a fixture project.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { requireNode24 } from '../../support/action-runner.js';
import { type MirrorServer, startMirrorServer } from '../../support/mirror-server.js';
import { machineEnv, pathWithout } from '../../support/python.js';
import { requireUvRelease, type UvRelease } from '../../support/uv-release.js';

const CLI = path.resolve('dist/pyprod/index.js');
let node: string | undefined;
let release: UvRelease | undefined;
let mirror: MirrorServer | undefined;
let reason: string | undefined;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-cli-'));

beforeAll(async () => {
  node = requireNode24();
  const r = await requireUvRelease();
  release = r.release;
  reason = node ? r.reason : 'Node 24 is not installed (.ci/install-tools.sh)';
  if (release) mirror = await startMirrorServer(release.root);
});
afterAll(async () => {
  await mirror?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function pyprod(args: string[], cwd = scratch) {
  return execTool(node as string, [CLI, ...args], {
    cwd,
    okExitCodes: [0, 1, 2],
    env: machineEnv({
      PATH: pathWithout('uv'),
      RUNNER_TOOL_CACHE: path.join(scratch, 'tools'),
      RUNNER_TEMP: path.join(scratch, 'tmp'),
      UV_PYTHON_DOWNLOADS: 'never',
    }),
    timeoutMs: 180_000,
  });
}

describe('pyprod CLI', () => {
  it('lists its commands and each command its inputs from action.yml', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const top = await pyprod(['--help']);
    expect(top.exitCode).toBe(0);
    expect(top.stdout).toMatch(/setup-uv\s+runs the setup-uv-cached action/);
    const sub = await pyprod(['setup-uv', '--help']);
    expect(sub.stdout).toMatch(
      /--sync-args <value>\s+Arguments for `uv sync`.*\(default: --locked --all-groups\)/,
    );
    // Booleans show every form they take.
    expect(sub.stdout).toMatch(
      /--sync, --no-sync\s+Run `uv sync`.*\(default: true\) \[or --sync true\|false\]/,
    );
  });

  it('rejects an unknown option and a bad value, naming them', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const unknown = await pyprod(['setup-uv', '--colour', 'red']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('unknown option --colour');
    const bad = await pyprod(['setup-uv', '--enable-cache', 'maybe']);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain(
      `Input 'enable-cache' has an invalid value "maybe": allowed values are auto, true, false.`,
    );
  });

  it('runs setup-uv on a project: same code as the action, report on stdout', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const project = path.join(scratch, 'project');
    fs.cpSync(path.resolve('test/fixtures/setup-uv/project'), project, { recursive: true });
    const r = await pyprod([
      'setup-uv',
      '--working-directory',
      project,
      '--mirror',
      mirror!.url,
      '--checksum',
      release!.sha256,
    ]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^✅ \*\*setup-uv-cached\*\*: uv 0\.12\.16, Python 3\.\d+\.\d+; <code>.*project<\/code> synced/m,
    );
    expect(r.stdout).toContain('Caching is off');
    expect(r.stderr).toContain('Verified SHA-256');
    expect(fs.existsSync(path.join(project, '.venv', 'bin', 'python'))).toBe(true);
  });
});
