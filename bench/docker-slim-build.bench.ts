// docker-slim-build on the two example services (each copied to a temp dir), with each builder present:
// examples/fastapi-service (pure-Python dependencies, all wheels) and examples/postgres-service (psycopg2
// compiled from source: the builder needs gcc and headers, the runtime image only libpq5).
//   bash scripts/docker-engine.sh start
//   npx vitest run --config bench/vitest.config.ts bench/docker-slim-build.bench.ts
// Goals (issue 8): the generated image is at most half the size of a one-stage `FROM <same base>` +
// `pip install .` image; a rebuild after a code-only change takes at most a quarter of the cold build.
// Both builds start from an empty build cache: the bench removes its images, prunes the engine's dangling
// images and (buildx) the build cache, so run it on the test engine, not on a machine's working one.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import type { Builder, BuildPlan } from '../src/actions/docker-slim-build/build-args.js';
import { buildImage, inspectImage } from '../src/actions/docker-slim-build/docker.js';
import { generateDockerfile, naiveDockerfile } from '../src/actions/docker-slim-build/generate.js';
import { UV_DEFAULT_VERSION } from '../src/provision/tools/uv.js';
import {
  dockerConfigDir,
  dockerEnv,
  dockerOut,
  removeImages,
  requireDocker,
  STAND_IN_BASE,
} from '../test/support/docker.js';
import { machineEnv } from '../test/support/python.js';

interface Example {
  name: string;
  /** The package whose app.py the code-only change touches. */
  pkg: string;
  buildPackages: string[];
  runtimePackages: string[];
}
const EXAMPLES: Example[] = [
  { name: 'fastapi-service', pkg: 'fastapi_service', buildPackages: [], runtimePackages: [] },
  {
    name: 'postgres-service',
    pkg: 'postgres_service',
    buildPackages: ['gcc', 'libc6-dev', 'libpq-dev'],
    runtimePackages: ['libpq5'],
  },
];
const command = (e: Example) => ['gunicorn', '-c', 'gunicorn.conf.py', `${e.pkg}.app:app`];
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Row {
  example: string;
  builder: Builder;
  coldMs: number;
  rebuildMs: number;
  size: number;
  naiveSize: number;
  naiveMs: number;
}

async function measure(builder: Builder, project: string, e: Example): Promise<Row> {
  const config = dockerConfigDir(builder === 'buildx');
  const env = { ...machineEnv(), ...dockerEnv(config) };
  const tag = `pyprod-bench/${e.name}:${builder}`;
  const naiveTag = `pyprod-bench/${e.name}-naive:${builder}`;
  const plan: BuildPlan = {
    builder,
    dockerfile: path.join(project, 'Dockerfile.pyprod'),
    context: project,
    tags: [tag],
    buildArgs: [],
    platforms: [],
    push: false,
    iidFile: path.join(project, '..', `${path.basename(project)}-${builder}.iid`),
    network: 'host',
  };
  // Cold: no image of an earlier run and no build cache.
  removeImages([tag, naiveTag]);
  dockerOut(['image', 'prune', '--force'], env);
  if (builder === 'buildx') dockerOut(['buildx', 'prune', '--all', '--force'], env);
  const quiet = () => {};
  const cold = await buildImage('docker', plan, env, quiet);
  const size = (await inspectImage('docker', cold.imageId, env)).size;
  // A code-only change: the lock files are the same, so the dependency layer is reused.
  fs.appendFileSync(path.join(project, 'src', e.pkg, 'app.py'), `\n# bench change ${Date.now()}\n`);
  const rebuild = await buildImage('docker', plan, env, quiet);
  fs.writeFileSync(
    path.join(project, 'Dockerfile.naive'),
    naiveDockerfile(STAND_IN_BASE, '', command(e), [...e.buildPackages, ...e.runtimePackages]),
  );
  const naive = await buildImage(
    'docker',
    { ...plan, dockerfile: path.join(project, 'Dockerfile.naive'), tags: [naiveTag] },
    env,
    quiet,
  );
  const naiveSize = (await inspectImage('docker', naive.imageId, env)).size;
  removeImages([tag, naiveTag]);
  dockerOut(['image', 'prune', '--force'], env);
  fs.rmSync(config, { recursive: true, force: true });
  return {
    example: e.name,
    builder,
    coldMs: cold.durationMs,
    rebuildMs: rebuild.durationMs,
    size,
    naiveSize,
    naiveMs: naive.durationMs,
  };
}

it('docker-slim-build on both examples: image size against one-stage pip install, rebuild after a code change against cold', async (ctx) => {
  const reason = requireDocker({ buildx: true });
  if (reason) return ctx.skip(reason);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-bench-docker-'));
  const base = (await inspectImage('docker', STAND_IN_BASE, { ...process.env, ...dockerEnv(root) })).size;
  const rows: Row[] = [];
  for (const e of EXAMPLES) {
    const project = path.join(root, e.name);
    fs.cpSync(path.resolve('examples', e.name), project, {
      recursive: true,
      filter: (p) => !/[/\\](\.venv|\.pytest_cache|\.ruff_cache|__pycache__)$/.test(p),
    });
    fs.writeFileSync(
      path.join(project, 'Dockerfile.pyprod'),
      generateDockerfile({
        baseImage: STAND_IN_BASE,
        uvVersion: UV_DEFAULT_VERSION,
        uvSource: 'pypi',
        command: command(e),
        groups: [],
        extras: [],
        buildPackages: e.buildPackages,
        runtimePackages: e.runtimePackages,
        models: [],
        compileBytecode: true,
        user: 'appuser',
        projectPath: '',
      }),
    );
    fs.writeFileSync(path.join(project, '.dockerignore'), '.venv\n.git\n**/__pycache__\n.pytest_cache\n');
    for (const builder of ['classic', 'buildx'] as const) rows.push(await measure(builder, project, e));
  }
  fs.rmSync(root, { recursive: true, force: true });

  const lines = [
    `base ${STAND_IN_BASE}: ${mb(base)}`,
    '| example | builder | cold build | rebuild after code change | rebuild / cold | image | one-stage pip image | image / one-stage | added over base: image / one-stage |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.example} | ${r.builder} | ${s(r.coldMs)} | ${s(r.rebuildMs)} | ${(r.rebuildMs / r.coldMs).toFixed(2)} | ${mb(r.size)} | ${mb(r.naiveSize)} | ` +
        `${(r.size / r.naiveSize).toFixed(2)} | ${mb(r.size - base)} / ${mb(r.naiveSize - base)} = ${((r.size - base) / (r.naiveSize - base)).toFixed(2)} |`,
    ),
    'Goals: image / one-stage <= 0.5; rebuild / cold <= 0.25.',
  ];
  console.log(lines.join('\n'));
  for (const r of rows) {
    // What the bench can assert whatever the base: smaller than the naive image, and a much faster rebuild.
    expect(r.size).toBeLessThan(r.naiveSize);
    expect(r.rebuildMs).toBeLessThan(r.coldMs);
  }
});
