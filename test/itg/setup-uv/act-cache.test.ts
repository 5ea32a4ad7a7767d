// The cache round trip on a real workflow engine: nektos/act runs a cold job, then a warm job that needs
// it, both using our action from this repository; act's cache server (the v1 protocol @actions/cache
// speaks) carries uv's cache, the venv and the Python installs between them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActRunResult, CHECKOUT_STEP, runActWorkflow } from '../../support/act.js';
import { requireNode24 } from '../../support/action-runner.js';
import { type MirrorServer, startMirrorServer } from '../../support/mirror-server.js';
import { requireTool } from '../../support/tools.js';
import { requireUvRelease, type UvRelease } from '../../support/uv-release.js';

let release: UvRelease | undefined;
let mirror: MirrorServer | undefined;
let reason: string | undefined;
let run: ActRunResult | undefined;

beforeAll(async () => {
  const r = await requireUvRelease();
  release = r.release;
  reason = r.reason;
  if (!requireTool('act')) reason ??= 'act is not installed (.ci/install-tools.sh)';
  if (!requireNode24()) reason ??= 'Node 24 is not installed (.ci/install-tools.sh)';
  if (release) mirror = await startMirrorServer(release.root);
});
afterAll(async () => {
  run?.cleanup();
  await mirror?.close();
});

function setupStep(project: string, extraEnv: Record<string, string> = {}) {
  return {
    id: 'setup',
    uses: './actions/setup-uv-cached',
    // act gives each job its own RUNNER_TEMP too (GitHub's is the same path in every job), and the cache
    // service keys an entry on its paths: uv's cache goes to a fixed directory beside the project.
    env: { UV_PYTHON_DOWNLOADS: 'never', UV_CACHE_DIR: `${project}-uv-cache`, ...extraEnv },
    with: {
      'working-directory': project,
      version: release!.version,
      mirror: mirror!.url,
      checksum: release!.sha256,
      'enable-cache': 'true',
    },
  };
}

describe('setup-uv-cached through act: cold job, then warm job', () => {
  it("restores uv's cache and the venv in the warm job, which syncs with the network cut", async (ctx) => {
    if (reason) return ctx.skip(reason);
    // act gives each job its own workspace path; GitHub gives every job of a repository the same one, and
    // the venv cache is keyed on it (a venv's scripts hold absolute paths). So the project lives at one
    // fixed path for both jobs, and the warm job starts by deleting the venv the cold job left there.
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-act-project-'));
    fs.cpSync(path.resolve('test/fixtures/setup-uv/project'), project, { recursive: true });
    run = await runActWorkflow({
      workflow: {
        name: 'cache round trip',
        on: 'push',
        jobs: {
          cold: { 'runs-on': 'ubuntu-latest', steps: [CHECKOUT_STEP, setupStep(project)] },
          warm: {
            needs: 'cold',
            'runs-on': 'ubuntu-latest',
            steps: [
              CHECKOUT_STEP,
              { run: `rm -rf '${project}/.venv' '${project}-uv-cache' && test ! -e '${project}/.venv'` },
              // UV_OFFLINE: any download uv would need fails the step, so a green step proves there was none.
              setupStep(project, { UV_OFFLINE: '1' }),
              { id: 'use', run: 'python -c "import six, idna, packaging; print(six.__version__)"' },
            ],
          },
        },
      },
      repoFiles: {
        'package.json': { copyFrom: path.resolve('package.json') },
        'actions/setup-uv-cached': { copyFrom: path.resolve('actions/setup-uv-cached') },
        'dist/setup-uv-cached': { copyFrom: path.resolve('dist/setup-uv-cached') },
      },
      timeoutMs: 280_000,
    });
    const result = (job: string) => run?.jobs.find((j) => j.name === job)?.result;
    const out = (job: string, name: string) =>
      run?.outputs.find((o) => o.job === job && o.step === 'setup' && o.name === name)?.value;
    expect(result('cold'), run.log).toBe('success');
    expect(result('warm'), run.log).toBe('success');
    expect(out('cold', 'cache-hit')).toBe('false');
    expect(out('cold', 'venv-cache-hit')).toBe('false');
    expect(out('warm', 'cache-hit'), run.log).toBe('true');
    expect(out('warm', 'venv-cache-hit'), run.log).toBe('true');
    expect(out('warm', 'cache-key')).toBe(out('cold', 'cache-key'));
    // The cold job's post step saved the caches; the warm one found exact hits and saved nothing.
    expect(run.log).toMatch(/\[cold\][^\n]*Cache uv-cache: saved pyprod-uv-cache-/);
    expect(run.log).toMatch(/\[cold\][^\n]*Cache venv: saved pyprod-venv-/);
    expect(run.log).toMatch(/\[warm\][^\n]*Cache venv: exact hit on pyprod-venv-[^,]*, nothing to save/);
    fs.rmSync(project, { recursive: true, force: true });
    fs.rmSync(`${project}-uv-cache`, { recursive: true, force: true });
  });
});
