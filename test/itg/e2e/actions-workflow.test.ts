// End to end: nektos/act runs .github/workflows/actions.yml, unchanged, on a copy of this repository's
// actions, dist/ and example service: its ubuntu-latest jobs (the checks, the image, the load benchmark) as
// host processes. The macOS and Windows legs of the matrix are left to GitHub.
// What differs from a GitHub-hosted runner comes in through repository variables and the job environment:
// the stand-in base image and host networking of the test Docker engine, Python from the machine (no
// download), uv and gitleaks from the tools dir on PATH as .ci/run sets it (GitHub is not reachable to
// download them).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadEvent } from '../../fixtures/events/load.js';
import { type ActRunResult, type RepoFile, runActWorkflow } from '../../support/act.js';
import { requireNode24 } from '../../support/action-runner.js';
import { DOCKER_HOST, removeImages, requireDocker, STAND_IN_BASE } from '../../support/docker.js';
import { fixtureRecords } from '../../support/osv-records.js';
import { type OsvServer, startOsvServer } from '../../support/osv-server.js';
import { requireTool } from '../../support/tools.js';

const WORKFLOW_FILE = path.resolve('.github/workflows/actions.yml');
const WORKFLOW = fs.readFileSync(WORKFLOW_FILE, 'utf8');
const IMAGE_TAG = 'pyprod-example/fastapi-service:ci';

let reason: string | undefined;
// The OSV mirror the checks job's audit asks (PYPROD_OSV_URL): act runs the jobs on this host.
let osv: OsvServer | undefined;
const runs: ActRunResult[] = [];

beforeAll(async () => {
  for (const t of ['act', 'uv', 'gitleaks', 'h2load'])
    if (!requireTool(t)) reason ??= `${t} is not installed (.ci/install-tools.sh)`;
  if (!requireNode24()) reason ??= 'Node 24 is not installed (.ci/install-tools.sh)';
  reason ??= requireDocker();
  osv = await startOsvServer({ records: fixtureRecords() });
});
afterAll(async () => {
  for (const r of runs) r.cleanup();
  if (!reason) removeImages([IMAGE_TAG]);
  await osv?.close();
});

/** What `uses: ./…` needs (the action files and bundles) and the example, without venvs or caches. */
function repoFiles(): Record<string, RepoFile> {
  const files: Record<string, RepoFile> = {};
  for (const entry of ['action.yml', 'actions', 'dist', 'package.json']) {
    files[entry] = { copyFrom: path.resolve(entry) };
  }
  const example = path.resolve('examples/fastapi-service');
  for (const rel of fs.readdirSync(example, { recursive: true, encoding: 'utf8' })) {
    if (/(^|[\\/])(\.venv|__pycache__|\.pytest_cache)([\\/]|$)/.test(rel)) continue;
    const abs = path.join(example, rel);
    if (fs.statSync(abs).isFile()) files[path.join('examples/fastapi-service', rel)] = { copyFrom: abs };
  }
  return files;
}

/** One job's lines of act's log (continuation lines belong to the job of the last prefixed line). */
function jobLog(run: ActRunResult, job: string): string {
  let current = '';
  const out: string[] = [];
  for (const line of run.log.split('\n')) {
    const m = /^\[([\w-]+)\]/.exec(line);
    if (m) current = m[1] as string;
    if (current === job) out.push(line);
  }
  return out.join('\n');
}

describe('.github/workflows/actions.yml', () => {
  it('declares the matrix and jobs the docs promise', () => {
    const wf = YAML.parse(WORKFLOW) as {
      jobs: Record<string, { 'runs-on': string; strategy?: { matrix: { os: string[] } } }>;
    };
    expect(wf.jobs.checks?.strategy?.matrix.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    expect(wf.jobs.image?.['runs-on']).toBe('ubuntu-latest');
    expect(wf.jobs.bench?.['runs-on']).toBe('ubuntu-latest');
    // Every action of this repository is used from the checkout, the gate included.
    for (const a of fs.readdirSync('actions')) expect(WORKFLOW).toContain(`uses: ./actions/${a} `);
    expect(WORKFLOW).toMatch(/^ {8}uses: \.\/ /m);
  });

  it('its ubuntu-latest jobs pass under act', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const t0 = Date.now();
    const run = await runActWorkflow({
      repoFiles: repoFiles(),
      workflow: WORKFLOW,
      event: 'workflow_dispatch',
      payload: loadEvent('workflow_dispatch', {}),
      repository: 'pyprod/pyprod-actions',
      // act would run the macOS and Windows legs on this Linux host too: they are GitHub's to run.
      matrix: { os: 'ubuntu-latest' },
      vars: {
        PYTHON_VERSION: '3.11',
        PYPROD_BASE_IMAGE: STAND_IN_BASE,
        PYPROD_UV_SOURCE: 'pypi',
        PYPROD_OSV_URL: osv?.url ?? '',
      },
      env: {
        UV_PYTHON_DOWNLOADS: 'never',
        PYPROD_DOCKER_NETWORK: 'host',
        DOCKER_HOST,
      },
      concurrentJobs: 1,
      timeoutMs: 600_000,
    });
    runs.push(run);
    const ran = run.jobs.filter((j) => j.result !== 'not-run');
    const why = ran
      .filter((j) => j.result !== 'success')
      .map((j) => `--- ${j.name}: ${j.result}\n${jobLog(run, j.name).slice(-4000)}`)
      .join('\n');
    // The checks once (ubuntu-latest), the image and the benchmark, in whatever order act ran them.
    expect(ran.map((j) => `${j.name}: ${j.result}`).sort(), why || run.log.slice(-4000)).toEqual([
      'bench: success',
      'checks: success',
      'image: success',
    ]);
    const checks = jobLog(run, 'checks');
    for (const line of [
      'pyprod-actions setup-uv-cached',
      'pyprod-actions gate',
      'gate passed: lint,deps,licenses',
      'pyprod-actions vuln-audit',
      // The monorepo actions on examples/ (only the one example is copied here).
      'projects (1): examples/fastapi-service',
      'merged: 1 passed',
    ]) {
      expect(checks).toContain(line);
    }
    expect(checks).toMatch(/audited \d+ packages, 0 vulnerable/);
    expect(osv?.requests.some((q) => q.path === '/v1/querybatch')).toBe(true);
    expect(jobLog(run, 'image')).toMatch(/image sha256:[0-9a-f]{64}, \d+ bytes/);
    expect(jobLog(run, 'bench')).toMatch(/[\d.]+ req\/s, 0 errors/);
    console.info(`actions.yml under act: ${Math.round((Date.now() - t0) / 1000)} s`);
  }, 660_000);
});
