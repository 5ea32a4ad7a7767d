// Trust boundary: where tools come from. A pull request controls the workspace, so its pyproject.toml can make
// `uv sync` install `.venv/bin/gitleaks` or `.venv/bin/uv`, and setup-uv-cached puts `.venv/bin` first on PATH.
// Each attack here is run through the built bundles on the runner harness; the real tool must run (or the step
// fail) and the attacker's marker must appear nowhere: not in the log, the summary, or as a file it wrote.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRunResult, requireNode24, runAction } from '../../support/action-runner.js';
import { initRepo } from '../../support/git-repo.js';
import { type MirrorServer, startMirrorServer } from '../../support/mirror-server.js';
import { machineEnv, pathWithout } from '../../support/python.js';
import { requireTool } from '../../support/tools.js';
import { requireUvRelease, UV_TEST_VERSION, type UvRelease } from '../../support/uv-release.js';
import { type Release, repackRelease } from '../secret-scan/helpers.js';
import { SecretFactory } from '../secret-scan/planted.js';

const MARKER = 'FAKE-TOOL-RAN-7f3a';
const runs: ActionRunResult[] = [];
const dirs: string[] = [];
let gitleaksRelease: Release | undefined;
let gitleaksMirror: MirrorServer | undefined;
let uvRelease: UvRelease | undefined;
let uvMirror: MirrorServer | undefined;
let skip = '';

beforeAll(async () => {
  const gitleaks = requireTool('gitleaks');
  if (!gitleaks || !requireTool('git') || !requireNode24()) {
    skip = 'gitleaks, git or Node 24 missing (.ci/install-tools.sh)';
    return;
  }
  gitleaksRelease = await repackRelease(gitleaks);
  gitleaksMirror = await startMirrorServer(gitleaksRelease.root);
  const uv = await requireUvRelease();
  uvRelease = uv.release;
  if (uvRelease) uvMirror = await startMirrorServer(uvRelease.root);
}, 300_000);
afterAll(async () => {
  for (const r of runs) r.cleanup();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  await gitleaksMirror?.close();
  await uvMirror?.close();
});

function tmp(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
}

/**
 * A fake executable that says it is version `version`, prints the marker, leaves a file behind to prove it ran,
 * and otherwise claims success (for gitleaks: an empty report, i.e. "no leaks").
 */
function fakeTool(file: string, versionLine: string, proof: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `#!/bin/sh
case "$1" in version|--version) echo "${versionLine}"; exit 0;; esac
echo "${MARKER} $*"
echo "${MARKER}" > "${proof}"
for a in "$@"; do case "$prev" in --report-path|-r) echo '[]' > "$a";; esac; prev="$a"; done
exit 0
`,
    { mode: 0o755 },
  );
}

/**
 * The attacker's pull request: a project whose scripts shadow gitleaks and uv, its venv as `uv sync` leaves it
 * (the fakes in .venv/bin), and a real token committed.
 */
function attackerProject() {
  const repo = initRepo();
  const token = new SecretFactory(15).githubToken();
  const proof = path.join(tmp('pyprod-proof-'), 'ran');
  repo.commit('add client', {
    'pyproject.toml':
      '[project]\nname = "victim"\nversion = "0.1.0"\n\n[project.scripts]\ngitleaks = "fake:main"\nuv = "fake:main"\n',
    'fake.py': 'def main():\n    print("no leaks found")\n',
    'app/client.py': token.content,
  });
  const venvBin = path.join(repo.dir, '.venv', 'bin');
  fakeTool(path.join(venvBin, 'gitleaks'), '8.30.1', proof);
  fakeTool(path.join(venvBin, 'uv'), `uv ${UV_TEST_VERSION} (x86_64-unknown-linux-gnu)`, proof);
  // A PATH entry outside the workspace whose tools are symlinks into it: resolved, and refused just the same.
  const linkDir = tmp('pyprod-links-');
  fs.symlinkSync(path.join(venvBin, 'gitleaks'), path.join(linkDir, 'gitleaks'));
  fs.symlinkSync(path.join(venvBin, 'uv'), path.join(linkDir, 'uv'));
  return { repo, token, venvBin, linkDir, proof };
}

/** The runner's environment after setup-uv-cached activated the attacker's venv: its bin first on PATH. */
function activatedEnv(p: ReturnType<typeof attackerProject>, keep: string[] = []): NodeJS.ProcessEnv {
  const node = path.dirname(requireNode24() as string);
  // No other gitleaks or uv on PATH than the fakes (and `keep`): the real ones must come from verified sources.
  const rest = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((d) => d && !fs.existsSync(path.join(d, 'gitleaks')) && !fs.existsSync(path.join(d, 'uv')));
  return machineEnv({
    PATH: [p.venvBin, p.linkDir, ...keep, node, ...rest].join(path.delimiter),
    VIRTUAL_ENV: path.join(p.repo.dir, '.venv'),
    UV_PYTHON_DOWNLOADS: 'never',
  });
}

function everything(r: ActionRunResult): string {
  return [r.summary, ...r.steps.map((s) => `${s.stdout}\n${s.stderr}`), JSON.stringify(r.annotations)].join(
    '\n',
  );
}

async function run(
  action: string,
  workspace: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
  toolCache?: string,
) {
  const r = await runAction(path.resolve(action), {
    workspace,
    inputs,
    baseEnv: env,
    timeoutMs: 300_000,
    toolCache,
  });
  runs.push(r);
  return r;
}

describe('tool provenance: a pull request cannot supply the tools that check it', () => {
  it('secret-scan ignores a fake gitleaks in the venv (first on PATH, and via a symlink) and finds the token', async (ctx) => {
    if (skip || !gitleaksRelease || !gitleaksMirror) return ctx.skip(skip);
    const p = attackerProject();
    const r = await run(
      'actions/secret-scan',
      p.repo.dir,
      { scope: 'files', mirror: gitleaksMirror.url, checksum: gitleaksRelease.sha256 },
      activatedEnv(p),
    );
    const all = everything(r);
    expect(all).not.toContain(MARKER);
    expect(fs.existsSync(p.proof)).toBe(false);
    expect(r.failed).toBe(true);
    expect(r.outputs.findings).toBe('1');
    // The summary names the binary that ran and the check made.
    expect(r.summary).toMatch(/gitleaks 8\.30\.1 at .*tool-cache\/gitleaks\/8\.30\.1\/x64\/gitleaks/);
    expect(r.summary).toMatch(
      /SHA-256 [0-9a-f]{64} of gitleaks\S*linux\S*x64\.tar\.gz matches the .checksum. input/,
    );
    expect(all).not.toContain(p.token.value);
  });

  it('with tool-source: path, PATH is used but never inside the workspace: the CI gitleaks after the fakes runs', async (ctx) => {
    if (skip) return ctx.skip(skip);
    const p = attackerProject();
    const real = path.dirname(requireTool('gitleaks') as string);
    const env = activatedEnv(p, [real]);
    const r = await run('actions/secret-scan', p.repo.dir, { scope: 'files', 'tool-source': 'path' }, env);
    const all = everything(r);
    expect(all).not.toContain(MARKER);
    expect(fs.existsSync(p.proof)).toBe(false);
    expect(r.failed).toBe(true);
    expect(r.outputs.findings).toBe('1');
    expect(r.summary).toContain(`found on PATH as ${path.join(real, 'gitleaks')} (tool-source: path)`);
  });

  it('setup-uv-cached and then python-lint-stack never run a fake uv from the venv', async (ctx) => {
    if (skip || !uvRelease || !uvMirror) return ctx.skip(skip || 'no uv release');
    const p = attackerProject();
    const toolCache = tmp('pyprod-tc-');
    const env = activatedEnv(p);
    const setup = await run(
      'actions/setup-uv-cached',
      p.repo.dir,
      { mirror: uvMirror.url, checksum: uvRelease.sha256, sync: 'false', 'enable-cache': 'false' },
      env,
      toolCache,
    );
    expect(everything(setup)).not.toContain(MARKER);
    expect(setup.outputs['uv-path']).toBe(path.join(toolCache, 'uv', UV_TEST_VERSION, 'x64', 'uv'));
    expect(setup.summary).toMatch(/matches the .checksum. input/);
    // The lint step of the same job: the fake still first on PATH; uv is the entry setup verified.
    const lint = await run(
      'actions/python-lint-stack',
      p.repo.dir,
      { tools: 'ruff', 'fail-on': 'never' },
      env,
      toolCache,
    );
    const all = everything(lint);
    expect(all).not.toContain(MARKER);
    expect(fs.existsSync(p.proof)).toBe(false);
    expect(lint.failed).toBe(false);
  });

  it('a tool cache entry without our verification record (or altered since) is not trusted', async (ctx) => {
    if (skip || !gitleaksRelease || !gitleaksMirror) return ctx.skip(skip);
    const p = attackerProject();
    const toolCache = tmp('pyprod-tc-');
    // Another action's (or an earlier job's) entry, complete by @actions/tool-cache's rules: the fake.
    const entry = path.join(toolCache, 'gitleaks', '8.30.1', 'x64');
    fs.mkdirSync(entry, { recursive: true });
    fs.copyFileSync(path.join(p.venvBin, 'gitleaks'), path.join(entry, 'gitleaks'));
    fs.writeFileSync(`${entry}.complete`, '');
    const inputs = { scope: 'files', mirror: gitleaksMirror.url, checksum: gitleaksRelease.sha256 };
    const env = machineEnv({ PATH: pathWithout('gitleaks', [path.dirname(requireNode24() as string)]) });
    const first = await run('actions/secret-scan', p.repo.dir, inputs, env, toolCache);
    expect(everything(first)).not.toContain(MARKER);
    expect(everything(first)).toContain('has no verification record of ours; not trusted');
    expect(first.outputs.findings).toBe('1');
    // Now altered after we verified and placed it.
    fs.copyFileSync(path.join(p.venvBin, 'gitleaks'), path.join(entry, 'gitleaks'));
    const second = await run('actions/secret-scan', p.repo.dir, inputs, env, toolCache);
    expect(everything(second)).not.toContain(MARKER);
    expect(everything(second)).toContain('is not the file that was verified');
    expect(second.outputs.findings).toBe('1');
    expect(fs.existsSync(p.proof)).toBe(false);
  });
  it('the gate fails on the token: its secret check builds the real gitleaks (release unreachable), never the fake', async (ctx) => {
    if (skip) return ctx.skip(skip);
    const go = requireTool('go');
    if (!go) return ctx.skip('go is not installed');
    const p = attackerProject();
    const env = activatedEnv(p, [path.dirname(go)]);
    // No mirror and no checksum: GitHub's release host cannot be reached here, so gitleaks is built from the
    // Go module proxy (HOME is kept: Go's module and build caches).
    const r = await run('.', p.repo.dir, { checks: 'secrets', setup: 'false' }, env);
    const all = everything(r);
    expect(all).not.toContain(MARKER);
    expect(fs.existsSync(p.proof)).toBe(false);
    expect(r.failed).toBe(true);
    expect(r.outputs.failed).toBe('secrets');
    expect(all).toMatch(/Building gitleaks 8\.30\.1 from the Go module proxy/);
    expect(all).toContain("verified by Go's checksum database (GOSUMDB=sum.golang.org)");
    expect(all).not.toContain(p.token.value);
  });
});
