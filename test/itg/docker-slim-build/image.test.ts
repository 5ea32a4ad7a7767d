// docker-slim-build against a real engine (bash scripts/docker-engine.sh start) and the stand-in base image.
// One file on purpose: its builds run one after another, so the cleanup of one never races another's build.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../../../src/actions/docker-slim-build/definition.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';
import { type ActionRunResult, requireNode24, runAction } from '../../support/action-runner.js';
import {
  containerLog,
  danglingImages,
  dockerConfigDir,
  dockerEnv,
  dockerOut,
  removeContainers,
  removeImages,
  requireDocker,
  STAND_IN_BASE,
} from '../../support/docker.js';
import { freePort } from '../../support/ports.js';
import { machineEnv } from '../../support/python.js';
import { type HubServer, startHubServer } from './hf-hub-server.js';

const ACTION = path.resolve('actions/docker-slim-build');
const BUILD_TIMEOUT = 900_000;
const images: string[] = [];
const containers: string[] = [];
const dirs: string[] = [];
const runs: ActionRunResult[] = [];
let danglingBefore = new Set<string>();
let skipReason: string | undefined;

function copyProject(from: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsb-itg-'));
  dirs.push(dir);
  fs.cpSync(from, dir, {
    recursive: true,
    filter: (src) => !/[/\\](\.venv|\.pytest_cache|__pycache__)$/.test(src),
  });
  return dir;
}

beforeAll(() => {
  skipReason =
    requireDocker({ buildx: true }) ??
    (requireNode24() ? undefined : 'Node 24 is not installed (.ci/install-tools.sh)');
  if (!skipReason) danglingBefore = danglingImages();
});

afterAll(async () => {
  removeContainers(containers);
  removeImages(images);
  // Intermediate builder-stage images the classic builder left (not there before this file ran); not forced,
  // so an image another build on the engine is using right now stays.
  if (!skipReason)
    removeImages(
      [...danglingImages()].filter((id) => !danglingBefore.has(id)),
      { force: false },
    );
  for (const r of runs) r.cleanup();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const log = (r: ActionRunResult) => r.steps.map((s) => `${s.phase}: ${s.stdout}${s.stderr}`).join('\n');

describe('the example FastAPI service, built by the bundle on the runner harness (buildx)', () => {
  let r: ActionRunResult;
  let ws: string;

  beforeAll(async () => {
    if (skipReason) return;
    ws = copyProject(path.resolve('examples/fastapi-service'));
    const config = dockerConfigDir(true);
    dirs.push(config);
    r = await runAction(ACTION, {
      workspace: ws,
      inputs: {
        'base-image': STAND_IN_BASE,
        'uv-source': 'pypi',
        command: 'gunicorn -c gunicorn.conf.py fastapi_service.app:app',
        tags: 'pyprod-test/fastapi-service:itg',
        'smoke-command': 'python -c "import fastapi_service.app"',
        'size-budget': '400MB',
        'compare-naive': 'true',
        'json-file': 'report.json',
      },
      baseEnv: machineEnv(),
      env: dockerEnv(config),
      timeoutMs: BUILD_TIMEOUT,
    });
    runs.push(r);
    images.push('pyprod-test/fastapi-service:itg');
    if (r.outputs['image-id']) images.push(r.outputs['image-id']);
  }, BUILD_TIMEOUT);

  it('passes, writes Dockerfile.pyprod and a .dockerignore, and sets the outputs', (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    expect(r.failed, log(r)).toBe(false);
    expect(r.outputs.dockerfile).toBe(path.join(ws, 'Dockerfile.pyprod'));
    expect(fs.readFileSync(path.join(ws, 'Dockerfile.pyprod'), 'utf8')).toContain(
      `FROM ${STAND_IN_BASE} AS builder`,
    );
    expect(fs.readFileSync(path.join(ws, '.dockerignore'), 'utf8')).toMatch(/^\.venv$/m);
    expect(r.outputs['image-id']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs.digest).toBe('');
    expect(r.outputs['checks-failed']).toBe('0');
    const size = Number(r.outputs['size-bytes']);
    expect(size).toBeGreaterThan(100_000_000);
    expect(size).toBeLessThan(400_000_000);
    expect(log(r)).toMatch(/Build Dockerfile\.pyprod with buildx/);
  });

  it('summarises size against budget and the one-stage image, proofs, layers and checks', (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    expect(r.summary).toMatch(/one-stage `pip install \.`/);
    expect(r.summary).toMatch(/\| budget \| 400\.0 MB \|/);
    for (const proof of ['runs as non-root', 'bytecode compiled', 'smoke command', 'size budget']) {
      expect(r.summary).toMatch(new RegExp(`\\| ${proof} \\| pass \\|`));
    }
    expect(r.summary).toMatch(/id -u in the container: 10001/);
    expect(r.summary).toContain('## Layers');
    expect(r.summary).toMatch(/<code>COPY/);
    for (const rule of [
      'non-root-user',
      'no-alpine',
      'pinned-base',
      'multi-stage',
      'bytecode-compiled',
      'no-secret-args',
    ]) {
      expect(r.summary).toMatch(new RegExp(`<code>${rule}</code> \\| [^|]+ \\| pass \\|`));
    }
    // The generated image is smaller than the naive one.
    const m = /(\d+)% of the one-stage image/.exec(r.summary);
    expect(Number(m?.[1])).toBeLessThan(100);
  });

  it('the image serves HTTP as a non-root user', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    // Host networking: the port is the machine's, and another test's server (load-benchmark runs the same
    // kind of service) may take it between freePort and gunicorn's bind. What answered must be this
    // container, by its own log; else it runs again on another port.
    let name = '';
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      name = `dsb-itg-http-${process.pid}-${attempt}`;
      containers.push(name);
      dockerOut([
        'run',
        '-d',
        '--name',
        name,
        '--network',
        'host',
        '-e',
        `BIND=127.0.0.1:${port}`,
        'pyprod-test/fastapi-service:itg',
      ]);
      let body = '';
      for (let i = 0; i < 60 && !body; i++) {
        body = await fetch(`http://127.0.0.1:${port}/health`).then(
          (res) => (res.ok ? res.text() : ''),
          () => '',
        );
        if (!body) await new Promise((res) => setTimeout(res, 500));
      }
      const log = containerLog(name);
      if (log.includes(`Listening at: http://127.0.0.1:${port}`)) {
        expect(JSON.parse(body)).toEqual({ status: 'ok' });
        break;
      }
      if (attempt === 3)
        throw new Error(`the container never listened on 127.0.0.1:${port}; its log:\n${log}`);
    }
    // The gunicorn master and its workers, all as the image's user.
    const users = dockerOut(['exec', name, 'python3', '-c', 'import os; print(os.getuid(), os.geteuid())']);
    expect(users).toBe('10001 10001');
    expect(dockerOut(['top', name, '-o', 'pid,uid,args'])).not.toMatch(/^\s*\d+\s+0\s+.*gunicorn/m);
  });
});

describe('a Dockerfile that breaks every rule, on the runner harness', () => {
  it('annotates each finding at its line and fails the step', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const ws = copyProject(path.resolve('test/fixtures/docker-slim-build/broken'));
    const config = dockerConfigDir(false);
    dirs.push(config);
    // The build cannot pull ubuntu (no Docker Hub here): the checks come first and are reported anyway.
    const r = await runAction(ACTION, {
      workspace: ws,
      inputs: {},
      baseEnv: machineEnv(),
      env: dockerEnv(config),
      timeoutMs: 300_000,
    });
    runs.push(r);
    expect(r.failed).toBe(true);
    const at = r.annotations
      .filter((a) => a.file === 'Dockerfile')
      .map((a) => a.line)
      .sort((a, b) => Number(a) - Number(b));
    expect(at).toEqual([4, 7, 7, 8, 9, 12, 17, 19]);
    expect(r.outputs['checks-failed']).toBe('7');
    expect(JSON.stringify(r.annotations)).not.toContain('placeholder-not-a-real-token');
    expect(r.summary).toContain('## Build failed');
  }, 300_000);
});

describe('models baked in from a loopback hub (classic builder, through the CLI runtime)', () => {
  let hub: HubServer;
  afterAll(async () => hub?.close());

  it(
    'downloads through HF_ENDPOINT at build time and loads with the network cut',
    async (ctx) => {
      if (skipReason) return ctx.skip(skipReason);
      hub = await startHubServer('pyprod/tiny-model', {
        'config.json': JSON.stringify({ model_type: 'tiny', hidden_size: 8 }),
        'vocab.txt': '[PAD]\n[UNK]\nhello\nworld\n!\n',
      });
      const ws = copyProject(path.resolve('test/fixtures/docker-slim-build/model-project'));
      const config = dockerConfigDir(false);
      dirs.push(config);
      const env = { ...machineEnv(), ...dockerEnv(config), HF_ENDPOINT: hub.url };
      const rt = localRuntime({ workspace: ws, env, log: () => {}, out: () => {} });
      const inputs = definition.loadInputs(
        new InputReader(mapInputSource({ 'base-image': STAND_IN_BASE, models: 'pyprod/tiny-model' })),
        rt,
      );
      await definition.main(inputs, rt);
      const image = rt.outputs.get('image-id') as string;
      images.push(image);
      expect(rt.outputs.get('checks-failed')).toBe('0');
      expect(hub.requests).toEqual(
        expect.arrayContaining([
          'GET /api/models/pyprod/tiny-model/revision/main',
          expect.stringMatching(/^GET \/api\/models\/pyprod\/tiny-model\/tree\//),
          expect.stringMatching(/^GET \/pyprod\/tiny-model\/resolve\/[0-9a-f]{40}\/vocab\.txt$/),
        ]),
      );
      const seen = hub.requests.length;
      // The network is cut: the project's own command reads both files from the baked-in cache.
      const out = dockerOut(['run', '--rm', '--network', 'none', image]);
      expect(JSON.parse(out)).toEqual({ model_type: 'tiny', vocab_size: 5 });
      expect(hub.requests.length).toBe(seen);
      const envs = dockerOut(['image', 'inspect', '--format', '{{json .Config.Env}}', image]);
      expect(JSON.parse(envs)).toEqual(
        expect.arrayContaining(['HF_HUB_OFFLINE=1', 'TRANSFORMERS_OFFLINE=1']),
      );
      expect(dockerOut(['run', '--rm', '--network', 'none', '--entrypoint', 'id', image, '-u'])).toBe(
        '10001',
      );
    },
    BUILD_TIMEOUT,
  );
});

describe('a dependency compiled from source: examples/postgres-service (classic builder, CLI runtime)', () => {
  it(
    'compiles psycopg2 in the builder, ships only libpq5, and adds under half of what the one-stage image adds',
    async (ctx) => {
      if (skipReason) return ctx.skip(skipReason);
      const ws = copyProject(path.resolve('examples/postgres-service'));
      const config = dockerConfigDir(false);
      dirs.push(config);
      const rt = localRuntime({
        workspace: ws,
        env: { ...machineEnv(), ...dockerEnv(config) },
        log: () => {},
        out: () => {},
      });
      const inputs = definition.loadInputs(
        new InputReader(
          mapInputSource({
            'base-image': STAND_IN_BASE,
            'build-packages': 'gcc libc6-dev libpq-dev',
            'runtime-packages': 'libpq5',
            command: 'gunicorn -c gunicorn.conf.py postgres_service.app:app',
            'smoke-command': 'python3 -c "import psycopg2; print(psycopg2.__libpq_version__)"',
            'compare-naive': 'true',
            'json-file': 'report.json',
          }),
        ),
        rt,
      );
      await definition.main(inputs, rt);
      const image = rt.outputs.get('image-id') as string;
      images.push(image);
      expect(rt.outputs.get('checks-failed')).toBe('0');
      const report = JSON.parse(fs.readFileSync(path.join(ws, 'report.json'), 'utf8')) as {
        meta: { image: { imageId: string; sizeBytes: number; naive: { sizeBytes: number } } };
      };
      const { sizeBytes, naive } = report.meta.image;
      expect(report.meta.image.imageId).toBe(image);
      expect(Number(rt.outputs.get('size-bytes'))).toBe(sizeBytes);
      // The driver loads libpq5 from the runtime image; neither the compiler nor the headers are there.
      const probe = dockerOut([
        'run',
        '--rm',
        '--network',
        'none',
        '--entrypoint',
        'python3',
        image,
        '-c',
        'import os, shutil, psycopg2; print(psycopg2.__libpq_version__ > 0, shutil.which("gcc"), os.path.exists("/usr/include/postgresql/libpq-fe.h"))',
      ]);
      expect(probe).toBe('True None False');
      // The one-stage image keeps the compiler and headers (naiveDockerfile's unit test): what the generated
      // image adds over the base is less than half of what the one-stage image adds.
      const base = Number(dockerOut(['image', 'inspect', '--format', '{{.Size}}', STAND_IN_BASE]));
      expect(sizeBytes).toBeLessThan(naive.sizeBytes);
      expect((sizeBytes - base) / (naive.sizeBytes - base)).toBeLessThan(0.5);
    },
    BUILD_TIMEOUT,
  );
});
