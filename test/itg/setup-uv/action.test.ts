import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRunResult, requireNode24, runAction } from '../../support/action-runner.js';
import { type MirrorServer, startMirrorServer } from '../../support/mirror-server.js';
import { machineEnv, pathWithout, pythonBinDir } from '../../support/python.js';
import { requireUvRelease, type UvRelease } from '../../support/uv-release.js';

const ACTION = path.resolve('actions/setup-uv-cached');
const PROJECT = path.resolve('test/fixtures/setup-uv/project');
const UV_WORKSPACE = path.resolve('test/fixtures/uv-workspace');

let release: UvRelease | undefined;
let mirror: MirrorServer | undefined;
let skipReason: string | undefined;
const runs: ActionRunResult[] = [];

beforeAll(async () => {
  const r = await requireUvRelease();
  release = r.release;
  skipReason = r.reason ?? (requireNode24() ? undefined : 'Node 24 is not installed (.ci/install-tools.sh)');
  if (release) mirror = await startMirrorServer(release.root);
});
afterAll(async () => {
  for (const r of runs) r.cleanup();
  await mirror?.close();
});

/** A fresh copy of the fixture project as the workspace. */
function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'setup-uv-ws-'));
  fs.cpSync(PROJECT, dir, { recursive: true });
  return dir;
}

async function setupUv(inputs: Record<string, string>, env: Record<string, string> = {}, ws = workspace()) {
  const py311 = pythonBinDir('3.11');
  const py312 = pythonBinDir('3.12');
  const r = await runAction(ACTION, {
    workspace: ws,
    inputs: { mirror: mirror!.url, checksum: release!.sha256, ...inputs },
    // uv must come from the mirror, not from a copy on PATH; Pythons come from the machine, never a download.
    baseEnv: machineEnv({
      PATH: pathWithout(
        'uv',
        [py312, py311].filter((d): d is string => Boolean(d)),
      ),
      UV_PYTHON_DOWNLOADS: 'never',
    }),
    env,
    timeoutMs: 240_000,
  });
  runs.push(r);
  return r;
}

const errors = (r: ActionRunResult) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
const log = (r: ActionRunResult) => r.steps.map((s) => `${s.phase}: ${s.stdout}${s.stderr}`).join('\n');

describe('setup-uv-cached on the runner harness', () => {
  it('installs verified uv from the mirror, syncs the project and reports it', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const before = mirror!.total();
    // A cache service that refuses connections: a warning, and the job goes on.
    const r = await setupUv(
      { 'enable-cache': 'true' },
      { ACTIONS_CACHE_URL: 'http://127.0.0.1:9/', ACTIONS_RUNTIME_TOKEN: 'dummy-token' },
    );
    expect(r.failed, log(r)).toBe(false);
    expect(mirror!.total() - before).toBe(1);
    expect(r.outputs['uv-version']).toBe(release!.version);
    expect(r.outputs['uv-path']).toBe(path.join(r.toolCache, 'uv', release!.version, 'x64', 'uv'));
    expect(r.outputs.venv).toBe(path.join(r.workspace, '.venv'));
    expect(r.outputs['python-path']).toBe(path.join(r.workspace, '.venv', 'bin', 'python'));
    expect(r.outputs['python-version']).toMatch(/^3\.1[0-9]\.\d+$/);
    expect(r.outputs['cache-hit']).toBe('false');
    expect(r.outputs['cache-key']).toMatch(/^pyprod-uv-cache-Linux-x64-[^,\s]+-[0-9a-f]{32}$/);
    // The venv really holds the locked packages, dev group included (--all-groups).
    for (const pkg of ['six', 'idna', 'packaging', 'iniconfig']) {
      const site = fs.readdirSync(path.join(r.workspace, '.venv', 'lib'))[0] as string;
      expect(
        fs
          .readdirSync(path.join(r.workspace, '.venv', 'lib', site, 'site-packages'))
          .some((f) => f.startsWith(`${pkg}-`)),
      ).toBe(true);
    }
    expect(r.path).toContain(path.join(r.workspace, '.venv', 'bin'));
    expect(r.env.VIRTUAL_ENV).toBe(path.join(r.workspace, '.venv'));
    expect(r.summary).toMatch(
      /^✅ \*\*setup-uv-cached\*\*: uv 0\.\d+\.\d+, Python 3\.\d+\.\d+; <code>\.<\/code> synced in \d+ ms \(4 installed, 0 reused\)/,
    );
    // @actions/cache turns a refused connection into a warning and a miss.
    expect(r.summary).toContain('| uv-cache | ❌ miss |');
    expect(r.annotations.some((a) => a.level === 'warning' && /ECONNREFUSED/.test(a.message))).toBe(true);
    // Post: nothing saved while the service is down, and the job still passes.
    expect(r.steps.find((s) => s.phase === 'post')?.exitCode).toBe(0);
  });

  it('uses the tool cache on a second run: no request to the mirror', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const first = await setupUv({ 'enable-cache': 'false' });
    expect(first.failed, log(first)).toBe(false);
    const before = mirror!.total();
    const second = await runAction(ACTION, {
      workspace: first.workspace,
      toolCache: first.toolCache,
      inputs: { mirror: mirror!.url, checksum: release!.sha256, 'enable-cache': 'false' },
      baseEnv: machineEnv({ PATH: pathWithout('uv'), UV_PYTHON_DOWNLOADS: 'never' }),
    });
    runs.push(second);
    expect(second.failed, log(second)).toBe(false);
    expect(mirror!.total()).toBe(before);
    expect(second.summary).toContain('tool-cache');
  });

  it('fails on a stale lockfile, naming the file and the fix', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const ws = workspace();
    const pyproject = path.join(ws, 'pyproject.toml');
    fs.writeFileSync(
      pyproject,
      fs.readFileSync(pyproject, 'utf8').replace('"six>=1.16"', '"six>=1.16", "certifi"'),
    );
    const r = await setupUv({ 'enable-cache': 'false' }, {}, ws);
    expect(r.failed).toBe(true);
    const [message] = errors(r);
    expect(message).toContain(path.join(ws, 'uv.lock'));
    expect(message).toContain('Run `uv lock` and commit uv.lock');
    expect(message).toMatch(/exited with code 2|exited with code 1/);
  });

  it('fails on a mismatched checksum and installs nothing', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const r = await setupUv({ 'enable-cache': 'false', checksum: 'f'.repeat(64) });
    expect(r.failed).toBe(true);
    expect(errors(r).join('\n')).toMatch(/mismatch/i);
    expect(errors(r).join('\n')).toContain('f'.repeat(64));
    expect(fs.existsSync(path.join(r.toolCache, 'uv', release!.version, 'x64.complete'))).toBe(false);
  });

  it('rejects a bad input naming it, the value and what is allowed', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const r = await setupUv({ 'enable-cache': 'sometimes' });
    expect(r.failed).toBe(true);
    expect(errors(r)).toContain(
      `Input 'enable-cache' has an invalid value "sometimes": allowed values are auto, true, false.`,
    );
  });

  it('gives each Python of a matrix its own cache keys', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    if (!pythonBinDir('3.12') || !pythonBinDir('3.11'))
      return ctx.skip('CPython 3.11 and 3.12 are both needed');
    const [a, b] = await Promise.all(
      ['3.11', '3.12'].map((v) =>
        setupUv(
          { 'python-version': v, 'enable-cache': 'true' },
          { ACTIONS_CACHE_URL: 'http://127.0.0.1:9/', ACTIONS_RUNTIME_TOKEN: 't' },
        ),
      ),
    );
    expect(a!.failed, log(a!)).toBe(false);
    expect(b!.failed, log(b!)).toBe(false);
    expect(a!.outputs['python-version']).toMatch(/^3\.11\./);
    expect(b!.outputs['python-version']).toMatch(/^3\.12\./);
    expect(a!.outputs['cache-key']).toContain('-3.11-');
    expect(b!.outputs['cache-key']).toContain('-3.12-');
    expect(a!.outputs['cache-key']).not.toBe(b!.outputs['cache-key']);
  });

  it("from a uv workspace member: activates, caches and reports the root's environment", async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'setup-uv-member-'));
    ctx.onTestFinished(() => fs.rmSync(ws, { recursive: true, force: true }));
    fs.cpSync(UV_WORKSPACE, ws, { recursive: true });
    const r = await setupUv(
      { 'working-directory': 'packages/backend', 'enable-cache': 'true' },
      { ACTIONS_CACHE_URL: 'http://127.0.0.1:9/', ACTIONS_RUNTIME_TOKEN: 'dummy-token' },
      ws,
    );
    expect(r.failed, log(r)).toBe(false);
    const venv = path.join(r.workspace, '.venv');
    expect(r.outputs.venv).toBe(venv);
    expect(r.env.VIRTUAL_ENV).toBe(venv);
    expect(r.path).toContain(path.join(venv, 'bin'));
    expect(fs.existsSync(path.join(r.workspace, 'packages/backend/.venv'))).toBe(false);
    expect(r.summary).toContain('<code>packages/backend</code> (member of the uv workspace at .) synced');
    // The venv cache is the root's environment, keyed on the member's directory.
    const state = JSON.parse(r.state['setup-uv-cached'] ?? '{}') as {
      caches: { name: string; paths: string[]; key: string }[];
    };
    const venvCache = state.caches.find((c) => c.name === 'venv');
    expect(venvCache?.paths).toEqual([venv]);
    expect(venvCache?.key).toContain('-packages_backend-');
  });
});
