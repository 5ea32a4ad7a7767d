// setup-uv-cached, cold and warm, against the warm run setup-uv gives (uv's cache only), in one run of act
// with its real cache server, on a web service's ~37 locked packages.
//   npm run bench -- bench/setup-uv.bench.ts
// Goal (issue 3): the all-caches warm sync takes at most a third of the uv-cache-only warm sync, and runs
// with UV_OFFLINE=1 (no network request at all).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { CHECKOUT_STEP, runActWorkflow } from '../test/support/act.js';

const PROJECT = path.resolve('bench/fixtures/web-30');

it('setup-uv-cached: cold, warm with all caches, warm with uv cache only', async () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-bench-uv-'));
  fs.cpSync(PROJECT, project, { recursive: true });
  const uvCache = `${project}-uv-cache`;
  // act gives each job its own workspace and RUNNER_TEMP; GitHub's are the same in every job. So the
  // project and uv's cache live at fixed paths, and each job starts by deleting what the last one left.
  const reset = { run: `rm -rf '${project}/.venv' '${uvCache}'` };
  const setup = (id: string, w: Record<string, string>, env: Record<string, string> = {}) => ({
    id,
    uses: './actions/setup-uv-cached',
    env: { UV_PYTHON_DOWNLOADS: 'never', UV_CACHE_DIR: uvCache, ...env },
    with: { 'working-directory': project, 'enable-cache': 'true', ...w },
  });
  const job = (needs: string | undefined, step: object) => ({
    ...(needs ? { needs } : {}),
    'runs-on': 'ubuntu-latest',
    steps: [CHECKOUT_STEP, reset, step],
  });
  const run = await runActWorkflow({
    workflow: {
      name: 'bench setup-uv',
      on: 'push',
      jobs: {
        cold: job(undefined, setup('setup', {})),
        'warm-all': job('cold', setup('setup', {}, { UV_OFFLINE: '1' })),
        // setup-uv's defaults: uv's cache only, pruned with --ci.
        'warm-uv-cache': job('warm-all', setup('setup', { 'cache-venv': 'false' })),
        // setup-uv with prune-cache: false: uv's cache only, unpruned (seeded by its own cold job).
        'seed-unpruned': job(
          'warm-uv-cache',
          setup('setup', { 'cache-venv': 'false', 'prune-cache': 'false', 'cache-suffix': 'unpruned' }),
        ),
        'warm-unpruned': job(
          'seed-unpruned',
          setup('setup', { 'cache-venv': 'false', 'prune-cache': 'false', 'cache-suffix': 'unpruned' }),
        ),
      },
    },
    repoFiles: {
      'package.json': { copyFrom: path.resolve('package.json') },
      'actions/setup-uv-cached': { copyFrom: path.resolve('actions/setup-uv-cached') },
      'dist/setup-uv-cached': { copyFrom: path.resolve('dist/setup-uv-cached') },
    },
    timeoutMs: 1_500_000,
  });
  const jobs = ['cold', 'warm-all', 'warm-uv-cache', 'seed-unpruned', 'warm-unpruned'];
  const rows = jobs.map((name) => {
    const line = run.log
      .split('\n')
      .find((l) => l.startsWith(`[${name}]`) && l.includes('Summary - ✅ **setup-uv-cached**'));
    const step = new RegExp(
      `^\\[${name}\\]\\s+✅\\s+Success - Main ./actions/setup-uv-cached \\[([\\d.]+)(ms|s)\\]`,
      'm',
    ).exec(run.log);
    const sync = line ? /synced in (\d+) ms \((\d+) installed, (\d+) reused\)/.exec(line) : null;
    return {
      name,
      result: run.jobs.find((j) => j.name === name)?.result,
      stepMs: step ? Number(step[1]) * (step[2] === 's' ? 1000 : 1) : Number.NaN,
      syncMs: sync ? Number(sync[1]) : Number.NaN,
      installed: sync ? Number(sync[2]) : Number.NaN,
      reused: sync ? Number(sync[3]) : Number.NaN,
    };
  });
  console.log(
    `\n${'job'.padEnd(16)} ${'result'.padEnd(8)} ${'step ms'.padStart(9)} ${'sync ms'.padStart(9)} installed reused`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(16)} ${String(r.result).padEnd(8)} ${r.stepMs.toFixed(0).padStart(9)} ${String(r.syncMs).padStart(9)} ${String(r.installed).padStart(9)} ${String(r.reused).padStart(6)}`,
    );
  }
  const by = (n: string) => rows.find((r) => r.name === n)!;
  const ratio = (a: string, b: string, k: 'syncMs' | 'stepMs') => (by(a)[k] / by(b)[k]).toFixed(3);
  console.log(
    `warm-all / warm-uv-cache (setup-uv default): sync ${ratio('warm-all', 'warm-uv-cache', 'syncMs')}, step ${ratio('warm-all', 'warm-uv-cache', 'stepMs')}`,
  );
  console.log(
    `warm-all / warm-unpruned (setup-uv, prune-cache false): sync ${ratio('warm-all', 'warm-unpruned', 'syncMs')}, step ${ratio('warm-all', 'warm-unpruned', 'stepMs')}`,
  );
  console.log(
    `warm-all / cold: sync ${ratio('warm-all', 'cold', 'syncMs')}, step ${ratio('warm-all', 'cold', 'stepMs')}`,
  );
  console.log('warm-all ran with UV_OFFLINE=1: its success means uv made no network request.');
  for (const r of rows) expect(r.result, run.log).toBe('success');
  run.cleanup();
  fs.rmSync(project, { recursive: true, force: true });
  fs.rmSync(uvCache, { recursive: true, force: true });
});
