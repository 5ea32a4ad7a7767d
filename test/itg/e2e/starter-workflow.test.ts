// End to end: nektos/act runs the starter workflow (workflow-templates/python-production.yml, unchanged but
// for the default branch) on a pull request against a copy of examples/fastapi-service, with our actions
// served from this checkout in place of the pinned pyprod/pyprod-actions commit. Healthy: every job green.
// Then one planted fault per run; each must fail the job it belongs to, and only that one, and say why in
// that job's summary. (A GitHub-hosted runner has Docker Hub; here the image job builds on a local
// stand-in base image and the runner has no bridge network: repository variables and PYPROD_DOCKER_NETWORK.)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDockerfile } from '../../../src/actions/docker-slim-build/generate.js';
import { execTool } from '../../../src/core/exec.js';
import { UV_DEFAULT_VERSION } from '../../../src/provision/tools/uv.js';
import { loadEvent } from '../../fixtures/events/load.js';
import { type ActRunResult, type RepoFile, runActWorkflow } from '../../support/act.js';
import { requireNode24 } from '../../support/action-runner.js';
import { DOCKER_HOST, requireDocker, STAND_IN_BASE } from '../../support/docker.js';
import { fixtureRecords } from '../../support/osv-records.js';
import { type OsvServer, startOsvServer } from '../../support/osv-server.js';
import { type PinnedActions, pinnedActions } from '../../support/pinned-actions.js';
import { requireTool, TOOLS_DIR } from '../../support/tools.js';
import { SecretFactory } from '../secret-scan/planted.js';

const TEMPLATE = fs.readFileSync(path.resolve('workflow-templates/python-production.yml'), 'utf8');
const EXAMPLE = path.resolve('examples/fastapi-service');
const APP = 'src/fastapi_service/app.py';
const JOBS = ['quality', 'secrets', 'image', 'performance'] as const;
type Job = (typeof JOBS)[number];

let reason: string | undefined;
// The pinned pyprod-actions commit served from this checkout, and a stub for codeql-action's upload-sarif.
let pinned: PinnedActions | undefined;
// The OSV mirror the quality job's audit asks (PYPROD_OSV_URL): the real records of the vuln-audit fixtures.
let osv: OsvServer | undefined;
const runs: ActRunResult[] = [];
const temp: string[] = [];

beforeAll(async () => {
  for (const t of ['act', 'uv', 'gitleaks', 'h2load'])
    if (!requireTool(t)) reason ??= `${t} is not installed`;
  if (!requireNode24()) reason ??= 'Node 24 is not installed (.ci/install-tools.sh)';
  reason ??= requireDocker();
  osv = await startOsvServer({ records: fixtureRecords() });
  // The SARIF upload is skipped (the repository being private): its stub fails if it runs.
  pinned = pinnedActions(TEMPLATE);
});
afterAll(async () => {
  for (const r of runs) r.cleanup();
  pinned?.cleanup();
  for (const d of temp) fs.rmSync(d, { recursive: true, force: true });
  await osv?.close();
});

/** The example's files (no venv or caches), as act's repository content. */
function exampleFiles(): Record<string, RepoFile> {
  const files: Record<string, RepoFile> = {};
  for (const rel of fs.readdirSync(EXAMPLE, { recursive: true, encoding: 'utf8' })) {
    if (/(^|[\\/])(\.venv|__pycache__|\.pytest_cache)([\\/]|$)/.test(rel)) continue;
    const abs = path.join(EXAMPLE, rel);
    if (fs.statSync(abs).isFile()) files[rel] = { copyFrom: abs };
  }
  return files;
}

/** pyproject.toml with more runtime dependencies, and the uv.lock real uv makes for it (from PyPI). */
async function withDependencies(extra: string[]): Promise<Record<string, string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-lock-'));
  temp.push(dir);
  const pyproject = fs
    .readFileSync(path.join(EXAMPLE, 'pyproject.toml'), 'utf8')
    .replace('    "pydantic>=2.7",\n', `    "pydantic>=2.7",\n${extra.map((d) => `    "${d}",\n`).join('')}`);
  fs.writeFileSync(path.join(dir, 'pyproject.toml'), pyproject);
  fs.copyFileSync(path.join(EXAMPLE, 'uv.lock'), path.join(dir, 'uv.lock'));
  const env = { ...process.env, PATH: `${path.join(TOOLS_DIR, 'bin')}${path.delimiter}${process.env.PATH}` };
  await execTool('uv', ['lock', '--quiet'], { cwd: dir, env, timeoutMs: 180_000 });
  return { 'pyproject.toml': pyproject, 'uv.lock': fs.readFileSync(path.join(dir, 'uv.lock'), 'utf8') };
}

async function runPullRequest(change: Record<string, RepoFile | null>): Promise<ActRunResult> {
  const node = requireNode24() as string;
  const run = await runActWorkflow({
    repoFiles: exampleFiles(),
    workflow: TEMPLATE.replace('[$default-branch]', '[main]'),
    commits: [{ message: 'the pull request', files: change }],
    event: 'pull_request',
    vars: {
      PYTHON_VERSION: '3.11',
      PYPROD_BASE_IMAGE: STAND_IN_BASE,
      PYPROD_UV_SOURCE: 'pypi',
      // Two shared cores vary far more from one minute to the next than a runner: the gate is opened wide
      // (load-benchmark's own tests prove that a regression fails); the jobs run one at a time.
      PYPROD_MAX_REGRESSION: '99%',
      // The jobs run on this host: the loopback mirror stands in for api.osv.dev.
      PYPROD_OSV_URL: osv?.url ?? '',
    },
    env: {
      UV_PYTHON_DOWNLOADS: 'never',
      PYPROD_DOCKER_NETWORK: 'host',
      DOCKER_HOST,
    },
    localRepositories: pinned?.localRepositories ?? {},
    repository: 'octo-org/service',
    node,
    concurrentJobs: 1,
    timeoutMs: 900_000,
    payloadFrom: (commits) => {
      const [base, head] = commits.slice(-2) as [string, string];
      const p = loadEvent('pull_request-opened', {
        BASE_REF: 'main',
        BASE_SHA: base,
        HEAD_REF: 'feature',
        HEAD_SHA: head,
        NUMBER: 7,
        COMMITS: 1,
        CHANGED_FILES: Object.keys(change).length,
      }) as { repository: { visibility: string } };
      // A private repository without code scanning: the SARIF upload step is skipped, as it should be.
      p.repository.visibility = 'private';
      return p;
    },
  });
  runs.push(run);
  return run;
}

function results(run: ActRunResult): Record<Job, string> {
  return Object.fromEntries(
    JOBS.map((j) => [j, run.jobs.find((x) => x.name === j)?.result ?? 'not-run']),
  ) as Record<Job, string>;
}

/**
 * One job's log (act prints each step summary as "Summary - ..."); a message's later lines carry no job
 * prefix, so they belong to the job of the last prefixed line.
 */
function jobLog(run: ActRunResult, job: Job): string {
  let current = '';
  const out: string[] = [];
  for (const line of run.log.split('\n')) {
    const m = /^\[([\w-]+)\]/.exec(line);
    if (m) current = m[1] as string;
    if (current === job) out.push(line);
  }
  return out.join('\n');
}

function expectOnlyFailing(run: ActRunResult, failing: Job | undefined) {
  const want = Object.fromEntries(JOBS.map((j) => [j, j === failing ? 'failure' : 'success']));
  const got = results(run);
  // On a surprise, the end of each surprising job's log says why.
  const why = JOBS.filter((j) => got[j] !== want[j])
    .map((j) => `--- ${j}: ${got[j]}\n${jobLog(run, j).slice(-4000)}`)
    .join('\n');
  expect(got, why).toEqual(want);
}

describe('starter workflow on a pull request, through act', () => {
  it('a healthy pull request: every job green', async (ctx) => {
    if (reason) return ctx.skip(reason);
    // A clean Python change too: the template lints a pull request's changed files (changed-files-only).
    const app = fs
      .readFileSync(path.join(EXAMPLE, APP), 'utf8')
      .replace(
        '    return item\n',
        '    return item\n\n\ndef item_count() -> int:\n    """How many items are stored."""\n    return len(_ITEMS)\n',
      );
    const run = await runPullRequest({ 'README.md': '# fastapi-service\n\nA healthy change.\n', [APP]: app });
    expectOnlyFailing(run, undefined);
    expect(jobLog(run, 'quality')).toMatch(/: 1 changed Python file linted \(of 2 changed files\)/);
    expect(jobLog(run, 'quality')).toContain('Python lint: no findings');
    expect(jobLog(run, 'quality')).toMatch(/Vulnerabilities: no known vulnerabilities in \d+ packages/);
    // The base branch was measured first and the pull request compared with it.
    expect(jobLog(run, 'performance')).toContain('Against the baseline');
  });

  it('a fake cloud key committed fails the secrets job only', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const key = new SecretFactory(41).awsKeyId();
    const run = await runPullRequest({ 'deploy/prod.env': key.content });
    expectOnlyFailing(run, 'secrets');
    expect(jobLog(run, 'secrets')).toContain('aws-access-token');
    expect(run.log).not.toContain(key.value);
  });

  it('a GPL dependency fails the quality job only, in the licence check', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const deps = await withDependencies(['unidecode>=1.3']);
    const app = fs
      .readFileSync(path.join(EXAMPLE, APP), 'utf8')
      .replace(
        'from pydantic import BaseModel, Field\n',
        'from pydantic import BaseModel, Field\nfrom unidecode import unidecode\n',
      )
      .replace(
        '    return item\n',
        '    return item\n\n\ndef slug(name: str) -> str:\n    """The ASCII form of an item name."""\n    return unidecode(name).lower()\n',
      );
    const run = await runPullRequest({ ...deps, [APP]: app });
    expectOnlyFailing(run, 'quality');
    const log = jobLog(run, 'quality');
    expect(log).toContain('unidecode');
    expect(log).toMatch(/GPL/);
  });

  it('a dependency with a known vulnerability fails the quality job only, in the audit', async (ctx) => {
    if (reason) return ctx.skip(reason);
    // Jinja2 3.1.2, used by the service (so that deptry and the linters have nothing to say): two advisories
    // with a fix released, in the records the mirror serves.
    const deps = await withDependencies(['jinja2==3.1.2']);
    const app = fs
      .readFileSync(path.join(EXAMPLE, APP), 'utf8')
      .replace(
        'from pydantic import BaseModel, Field\n',
        'from jinja2 import Template\nfrom pydantic import BaseModel, Field\n',
      )
      .replace(
        '    return item\n',
        '    return item\n\n\ndef greeting(name: str) -> str:\n    """A greeting for an item\'s owner."""\n    return Template("Hello {{ name }}").render(name=name)\n',
      );
    const run = await runPullRequest({ ...deps, [APP]: app });
    expectOnlyFailing(run, 'quality');
    const log = jobLog(run, 'quality');
    expect(log).toMatch(/vuln-audit: 2 vulnerabilities fail the audit: jinja2 GHSA-\S+, jinja2 GHSA-/);
    expect(log).toContain('Python lint: no findings');
    expect(osv?.requests.some((q) => q.path === '/v1/querybatch')).toBe(true);
  });

  it('an unused dependency fails the quality job only, in the dependency check', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const run = await runPullRequest(await withDependencies(['six>=1.16']));
    expectOnlyFailing(run, 'quality');
    expect(jobLog(run, 'quality')).toMatch(/DEP002[\s\S]*six|six[\s\S]*DEP002/);
  });

  it('a lint error fails the quality job only', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const app = fs
      .readFileSync(path.join(EXAMPLE, APP), 'utf8')
      .replace('from fastapi import', 'import os\nfrom fastapi import');
    const run = await runPullRequest({ [APP]: app });
    expectOnlyFailing(run, 'quality');
    expect(jobLog(run, 'quality')).toMatch(/F401/);
  });

  it('a Dockerfile whose last USER is root fails the image job only', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const run = await runPullRequest({ Dockerfile: ROOT_DOCKERFILE });
    expectOnlyFailing(run, 'image');
    expect(jobLog(run, 'image')).toMatch(/root/);
  });
});

/** The Dockerfile we would generate for the example, as a user's own file whose last USER is root. */
const ROOT_DOCKERFILE = `${generateDockerfile({
  baseImage: STAND_IN_BASE,
  uvVersion: UV_DEFAULT_VERSION,
  uvSource: 'pypi',
  command: ['gunicorn', '-c', 'gunicorn.conf.py', 'fastapi_service.app:app'],
  groups: [],
  extras: [],
  buildPackages: [],
  runtimePackages: [],
  models: [],
  compileBytecode: true,
  user: 'appuser',
  projectPath: '',
})
  .replace(/^# Generated by .*\n/, '# Our service image.\n')
  .replace(/^CMD .*$/m, (cmd) => `USER root\n${cmd}`)}`;
