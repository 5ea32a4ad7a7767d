// Every action with a Node 20 first on PATH, as on a runner image whose own `node` is old: each runs on the
// runner's Node 24 (runs.using: node24) and still works, and nothing starts the `node` on PATH. That `node`
// is a wrapper that records each start and then runs the machine's Node 20 (/usr/bin/node), so a start
// would be seen even where it happens to work.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadEvent } from '../../fixtures/events/load.js';
import { type ActionRunResult, requireNode24, runAction } from '../../support/action-runner.js';
import {
  dockerConfigDir,
  dockerEnv,
  removeImages,
  requireDocker,
  STAND_IN_BASE,
} from '../../support/docker.js';
import { runGit } from '../../support/git-repo.js';
import { freePort } from '../../support/ports.js';
import { machineEnv } from '../../support/python.js';
import { requireTool, TOOLS_DIR } from '../../support/tools.js';

const ROOT = path.resolve('.');
const NODE20 = '/usr/bin/node';
const dirs: string[] = [];
const runs: ActionRunResult[] = [];
let skipReason: string | undefined;
let spyDir = '';
let spyLog = '';
let ws = '';

function tmp(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
}

beforeAll(() => {
  const need = ['uv', 'gitleaks'].filter((t) => !requireTool(t));
  if (!requireNode24()) need.push('node 24');
  if (need.length) {
    skipReason = `${need.join(', ')} not installed (.ci/install-tools.sh)`;
    return;
  }
  spyDir = tmp('node20-spy-');
  spyLog = path.join(spyDir, 'starts.log');
  fs.writeFileSync(spyLog, '');
  // The image's old `node`: every start is recorded, then it runs as Node 20 (or fails where there is none).
  const run = fs.existsSync(NODE20) ? `exec ${NODE20} "$@"` : 'echo "no Node 20 here" >&2; exit 1';
  fs.writeFileSync(path.join(spyDir, 'node'), `#!/bin/sh\necho "node $*" >> ${spyLog}\n${run}\n`, {
    mode: 0o755,
  });
  ws = tmp('node20-ws-');
  fs.cpSync(path.resolve('examples/fastapi-service'), ws, {
    recursive: true,
    filter: (src) => !/[\\/](\.venv|__pycache__|\.pytest_cache)$/.test(src),
  });
  runGit(ws, ['init', '-q', '-b', 'main']);
  runGit(ws, ['add', '-A']);
  runGit(ws, ['commit', '-q', '-m', 'service']);
});
afterAll(() => {
  for (const r of runs) r.cleanup();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Node 20 first, then what earlier steps added (the venv), then uv and gitleaks as a runner would have. */
function baseEnv(added: string[] = []): NodeJS.ProcessEnv {
  const bins = [
    spyDir,
    ...[...added].reverse(),
    path.join(TOOLS_DIR, 'bin'),
    path.dirname(requireTool('gitleaks') as string),
  ];
  return machineEnv({ PATH: [...bins, process.env.PATH ?? ''].join(path.delimiter) });
}

const log = (r: ActionRunResult) => r.steps.map((s) => `${s.phase}: ${s.stdout}${s.stderr}`).join('\n');
const starts = () => fs.readFileSync(spyLog, 'utf8');

describe('every action with Node 20 first on PATH', () => {
  let setup: ActionRunResult;
  const step = async (action: string, inputs: Record<string, string>, extra: Record<string, string> = {}) => {
    const r = await runAction(action === 'gate' ? ROOT : path.resolve('actions', action), {
      workspace: ws,
      inputs,
      baseEnv: baseEnv(setup?.path ?? []),
      env: { ...setup?.env, ...extra },
      local: true,
      // secret-scan scans what a push or pull request brings; a manual run scans the checkout.
      eventName: 'workflow_dispatch',
      payload: loadEvent('workflow_dispatch', {}),
      timeoutMs: 600_000,
    });
    runs.push(r);
    expect(r.failed, log(r)).toBe(false);
    expect(r.steps.find((s) => s.phase === 'main')?.stdout).toMatch(
      new RegExp(`^pyprod-actions ${action}$`, 'm'),
    );
    expect(starts(), `${action} started the node on PATH`).toBe('');
    return r;
  };

  it('the node on PATH is a Node 20 (when the machine has one)', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    if (!fs.existsSync(NODE20)) return ctx.skip(`${NODE20} does not exist`);
    const r = await new Promise<string>((resolve) => {
      const c = spawn('node', ['--version'], { env: baseEnv() });
      let out = '';
      c.stdout.on('data', (d) => {
        out += d;
      });
      c.on('close', () => resolve(out));
    });
    expect(r).toMatch(/^v20\./);
    fs.writeFileSync(spyLog, '');
  });

  it('setup-uv-cached, then the four checks, each as a step of its own', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    setup = await step('setup-uv-cached', {});
    expect(setup.env.VIRTUAL_ENV).toBe(path.join(ws, '.venv'));
    await step('python-lint-stack', {});
    await step('deptry-report', {});
    await step('license-gate', {});
    await step('secret-scan', {});
  });

  it('the production gate (root action.yml) starts every check bundle on its own Node 24', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    // Lint ran as its own step above (its slowest linter takes most of a minute on two cores).
    const r = await step('gate', { checks: 'deps,licenses,secrets', setup: 'false' });
    expect(r.outputs).toMatchObject({ passed: 'deps,licenses,secrets', failed: '' });
  });

  it('load-benchmark loads a loopback service', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const h2load = requireTool('h2load');
    if (!h2load) return ctx.skip('h2load is not installed (.ci/install.d/load-benchmark.sh)');
    const port = await freePort();
    const r = await step('load-benchmark', {
      command: `python3 -m http.server ${port} --bind 127.0.0.1`,
      url: `http://127.0.0.1:${port}/`,
      requests: '200',
      concurrency: '4',
      warmup: '0',
    });
    expect(r.outputs.errors).toBe('0');
  });

  it('docker-slim-build builds the example image', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const why = requireDocker({ buildx: true });
    if (why) return ctx.skip(why);
    const config = dockerConfigDir(true);
    dirs.push(config);
    const tag = `pyprod-test/node20-on-path:${process.pid}`;
    try {
      const r = await step(
        'docker-slim-build',
        { 'base-image': STAND_IN_BASE, 'uv-source': 'pypi', tags: tag },
        dockerEnv(config),
      );
      expect(r.outputs['image-id']).toMatch(/^sha256:/);
    } finally {
      removeImages([tag]);
    }
  });
});

describe('action manifests', () => {
  const manifests = [
    'action.yml',
    ...fs.readdirSync('actions').map((a) => path.join('actions', a, 'action.yml')),
  ].filter((f) => fs.existsSync(f));
  it.each(manifests)('%s runs on the runner’s Node 24, not on a shell step’s `node`', (file) => {
    const m = YAML.parse(fs.readFileSync(file, 'utf8')) as { runs: { using: string; main?: string } };
    expect(m.runs.using).toBe('node24');
    expect(m.runs.main).toMatch(/(^|\/)dist\/[a-z-]+\/index\.js$/);
  });
});
