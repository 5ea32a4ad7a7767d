// End to end: nektos/act runs the monorepo workflow (workflow-templates/python-monorepo.yml, unchanged but for
// the default branch, as the starter workflow's test runs it) on a pull request against the fixture monorepo
// of test/support/monorepo.ts: a uv workspace of three members (packages/api depends on packages/core, and
// packages/cli on packages/api) and two standalone projects (services/billing, with a path dependency on
// packages/core, and tools/gen). The pull request plants a lint error in packages/core and a GPL dependency in
// tools/gen; changed-only selects every project (the others depend on packages/core), each is checked in its
// own matrix job, the reports travel as artifacts through act's artifact server, and the merge job's
// merge-reports names exactly the two failing projects and their checks.
//
// What is served from local folders (GitHub is not reachable): the pinned pyprod/pyprod-actions commit (this
// checkout's actions and dist/), codeql-action's upload-sarif (a stub recording the SARIF each job would
// upload), and the one substitution of this test: actions/upload-artifact and actions/download-artifact are
// test-only stand-ins on the real @actions/artifact client (test/support/artifact-actions.ts), talking to
// act's real artifact server. The vulnerability audit asks a loopback OSV server (PYPROD_OSV_URL); the merge
// posts its comment to a loopback GitHub API.
//
// A second run kills one matrix job's shell (SIGKILL, as the OOM killer would) before it writes its reports,
// with a step the test injects: the merge must fail naming that project.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadEvent } from '../../fixtures/events/load.js';
import { type ActRunResult, type RepoFile, runActWorkflow } from '../../support/act.js';
import { requireNode24 } from '../../support/action-runner.js';
import { type ArtifactStandIns, artifactStandIns } from '../../support/artifact-actions.js';
import { type GitHubApiServer, startGitHubApiServer } from '../../support/github-api-server.js';
import {
  ALL_PROJECTS,
  LOCK_DIRS,
  MONOREPO_FILES,
  PLANTED,
  PLANTED_FAULTS,
  uvLock,
  writeFiles,
} from '../../support/monorepo.js';
import { fixtureRecords } from '../../support/osv-records.js';
import { type OsvServer, startOsvServer } from '../../support/osv-server.js';
import { type PinnedActions, pinnedActions } from '../../support/pinned-actions.js';
import { requireTool } from '../../support/tools.js';

const TEMPLATE = fs.readFileSync(path.resolve('workflow-templates/python-monorepo.yml'), 'utf8');
const WORKFLOW = TEMPLATE.replace('[$default-branch]', '[main]');
const TOKEN = 'e2e-monorepo-token';
const HEALTHY = ALL_PROJECTS.filter((p) => !(p in PLANTED));

let reason: string | undefined;
let tmp = '';
let sarifDir = '';
let pinned: PinnedActions | undefined;
let artifacts: ArtifactStandIns | undefined;
let osv: OsvServer | undefined;
let api: GitHubApiServer | undefined;
/** The monorepo's files, but the .venv decoy (uv syncs no workspace whose .venv is not one), and its locks. */
let base: Record<string, RepoFile> = {};
/** The planted faults, with tools/gen's lock made again from PyPI for its GPL dependency. */
let faults: Record<string, RepoFile> = {};
const runs: ActRunResult[] = [];

beforeAll(async () => {
  const uv = requireTool('uv');
  for (const t of ['act', 'gitleaks']) if (!requireTool(t)) reason ??= `${t} is not installed`;
  if (!uv) reason ??= 'uv is not installed';
  if (!requireNode24()) reason ??= 'Node 24 is not installed (.ci/install-tools.sh)';
  if (reason || !uv) return;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-monorepo-'));
  sarifDir = path.join(tmp, 'sarif');
  fs.mkdirSync(sarifDir);
  pinned = pinnedActions(WORKFLOW, { sarifTo: sarifDir });
  artifacts = artifactStandIns(WORKFLOW);
  osv = await startOsvServer({ records: fixtureRecords() });

  // The .venv decoy is for discovery's own tests: uv refuses to sync into a .venv that is no environment.
  const repo = path.join(tmp, 'repo');
  const files = Object.fromEntries(Object.entries(MONOREPO_FILES).filter(([f]) => !f.startsWith('.venv/')));
  writeFiles(repo, files);
  for (const d of LOCK_DIRS) uvLock(uv, path.join(repo, d));
  base = { ...files };
  for (const d of LOCK_DIRS)
    base[path.join(d, 'uv.lock')] = fs.readFileSync(path.join(repo, d, 'uv.lock'), 'utf8');
  writeFiles(repo, PLANTED_FAULTS);
  uvLock(uv, path.join(repo, 'tools/gen'), { online: true });
  faults = {
    ...PLANTED_FAULTS,
    'tools/gen/uv.lock': fs.readFileSync(path.join(repo, 'tools/gen/uv.lock'), 'utf8'),
  };
}, 180_000);

afterAll(async () => {
  for (const r of runs) r.cleanup();
  pinned?.cleanup();
  artifacts?.cleanup();
  await osv?.close();
  await api?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** One entry of act's `--json` log. */
interface LogEntry {
  job?: string;
  jobID?: string;
  msg?: string;
  step?: string;
  stage?: string;
  stepResult?: string;
}

interface MonorepoRun {
  run: ActRunResult;
  entries: LogEntry[];
}

async function runPullRequest(workflow: string, change: Record<string, RepoFile>): Promise<MonorepoRun> {
  await api?.close();
  api = await startGitHubApiServer({ token: TOKEN, owner: 'octo-org', repo: 'monorepo' });
  const entries: LogEntry[] = [];
  const run = await runActWorkflow({
    repoFiles: base,
    workflow,
    commits: [{ message: 'the pull request', files: change }],
    event: 'pull_request',
    vars: { PYTHON_VERSION: '3.11', PYPROD_OSV_URL: osv?.url ?? '' },
    // The merge job's sticky comment goes to the loopback API with this token.
    env: { UV_PYTHON_DOWNLOADS: 'never', GITHUB_API_URL: api.url },
    secrets: { GITHUB_TOKEN: TOKEN },
    localRepositories: { ...pinned?.localRepositories, ...artifacts?.localRepositories },
    repository: 'octo-org/monorepo',
    node: requireNode24() as string,
    concurrentJobs: 2,
    timeoutMs: 600_000,
    onLog: (line) => {
      try {
        entries.push(JSON.parse(line) as LogEntry);
      } catch {
        // act's own plain-text lines: in run.log
      }
    },
    payloadFrom: (commits) => {
      const [baseSha, head] = commits.slice(-2) as [string, string];
      return loadEvent('pull_request-opened', {
        BASE_REF: 'main',
        BASE_SHA: baseSha,
        HEAD_REF: 'feature',
        HEAD_SHA: head,
        NUMBER: 7,
        COMMITS: 1,
        CHANGED_FILES: Object.keys(change).length,
      });
    },
  });
  runs.push(run);
  return { run, entries };
}

/** An output of the merge job's merge-reports step, as act logged it. */
function mergeOutput({ run }: MonorepoRun, name: string): string | undefined {
  return run.outputs.filter((o) => o.job === 'merge' && o.name === name).at(-1)?.value;
}

/** The merge job's job summary (act logs a step's summary as "Summary - <markdown>"). */
function mergeSummary({ entries }: MonorepoRun): string {
  const msg = entries.find((e) => e.jobID === 'merge' && /Summary - /.test(e.msg ?? ''))?.msg ?? '';
  return msg.replace(/^[\s\S]*?Summary - /, '');
}

/**
 * The main-stage step results of one matrix job, by step name. act names a matrix job "<workflow>/<job
 * name>-<n>"; its job result is the whole matrix's, so the steps tell one project's job from another.
 */
function projectSteps({ entries }: MonorepoRun, project: string): Record<string, string> {
  const name = new RegExp(`/${project.replace(/[.]/g, '\\.')}-\\d+\\s*$`);
  return Object.fromEntries(
    entries
      .filter((e) => e.jobID === 'check' && e.stage === 'Main' && e.stepResult && name.test(e.job ?? ''))
      .map((e) => [e.step, e.stepResult]),
  );
}

/** The summary table's row of a project: column title → cell ("✅", "❌ 1 error", "—"). */
function row(summary: string, project: string): Record<string, string> {
  const lines = summary.split('\n');
  const header = lines.find((l) => l.startsWith('| Project |'))?.split(' | ') ?? [];
  const cells = lines.find((l) => l.includes(`<code>${project}</code> |`))?.split(' | ') ?? [];
  return Object.fromEntries(
    header
      .slice(1)
      .map((h, i) => [
        h.replace(/ \|$/, ''),
        (cells[i + 1] ?? '').replace(/ \|$/, '').replace(/^\[(.*)\]\(.*\)$/, '$1'),
      ]),
  );
}

/** Each recorded SARIF upload (one folder per job): the automation ids of its runs. */
function sarifCategories(): string[][] {
  return fs.readdirSync(sarifDir).map((job) => {
    const dir = path.join(sarifDir, job);
    return fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.sarif'))
      .flatMap((f) => {
        const sarif = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as {
          runs: { automationDetails?: { id?: string } }[];
        };
        return sarif.runs.map((r) => r.automationDetails?.id ?? '');
      });
  });
}

const TITLES = { lint: 'Lint', deps: 'Dependencies', licenses: 'Licences', audit: 'Vulnerabilities' };

describe('monorepo workflow on a pull request, through act', () => {
  it('names exactly the two failing projects and their checks; the others pass', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const r = await runPullRequest(WORKFLOW, faults);
    const summary = mergeSummary(r);
    const why = `${summary}\n${r.run.log.slice(-4000)}`;
    expect(mergeOutput(r, 'failed-projects')?.split('\n').sort(), why).toEqual(Object.keys(PLANTED).sort());
    expect(mergeOutput(r, 'failed')).toBe('2');
    // The healthy projects and the repository-wide secret scan (its own row, `.`).
    expect(mergeOutput(r, 'passed')).toBe(String(HEALTHY.length + 1));
    expect(summary).toContain('Merged report: 2 of 6 projects failed');
    expect(summary).toContain('Failed: <code>packages/core</code>, <code>tools/gen</code>\n');
    // Each project's checks, as the table shows them: the planted check fails, every other one passes.
    for (const project of ALL_PROJECTS) {
      const failing = TITLES[PLANTED[project as keyof typeof PLANTED] ?? ('' as never)];
      const cells = row(summary, project);
      for (const title of Object.values(TITLES)) {
        expect(cells[title], `${project} ${title}\n${summary}`).toMatch(
          title === failing ? /^❌ 1 error/ : /^✅$/,
        );
      }
      const steps = projectSteps(r, project);
      const failed = Object.entries(steps).filter(([, result]) => result !== 'success');
      expect(failed, project).toEqual(failing ? [[failing, 'failure']] : []);
      expect(steps['Upload the reports'], project).toBe('success');
    }
    expect(summary).toContain('<code>F401</code> | \\`os\\` imported but unused');
    expect(summary).toMatch(/Unidecode 1\.4\.0: GPL/);
    // The jobs' audits asked the loopback OSV server, and found nothing.
    expect(osv?.requests.some((q) => q.path === '/v1/querybatch')).toBe(true);
    // The merge failed its job, and posted the same verdict as the sticky comment.
    const mergeStep = r.entries.find(
      (e) => e.jobID === 'merge' && e.stage === 'Main' && e.stepResult && /merge-reports@/.test(e.step ?? ''),
    );
    expect(mergeStep?.stepResult).toBe('failure');
    expect(api?.comments.map((c) => c.issue)).toEqual([7]);
    expect(api?.comments[0]?.body).toContain('2 of 6 projects failed');
    // Code scanning would get each project's runs under categories of its own: one upload per matrix job,
    // every run's id naming its project, and no id shared between projects.
    const uploads = sarifCategories();
    expect(uploads).toHaveLength(ALL_PROJECTS.length);
    const owner = new Map<string, number>();
    uploads.forEach((ids, job) => {
      expect(ids.length).toBeGreaterThanOrEqual(4);
      const project = ALL_PROJECTS.find((p) => ids.every((id) => id.endsWith(`/${p}/`)));
      expect(project, ids.join(', ')).toBeDefined();
      for (const id of ids) {
        expect(owner.get(id) ?? job, id).toBe(job);
        owner.set(id, job);
      }
    });
  });

  it('a matrix job killed before it writes its reports fails the merge, naming that project', async (ctx) => {
    if (reason) return ctx.skip(reason);
    // The one change to the template in this run: a step, first after the checkout, that kills its own
    // shell (SIGKILL, as the OOM killer would) in packages/cli's job. setup and the checks after it do not
    // run; the audit (it runs even when setup failed) still reports.
    const doc = YAML.parseDocument(WORKFLOW);
    const steps = doc.getIn(['jobs', 'check', 'steps']) as YAML.YAMLSeq;
    steps.items.splice(
      1,
      0,
      doc.createNode({
        name: 'Killed (test)',
        if: "matrix.dir == 'packages/cli'",
        shell: 'bash',
        run: 'kill -KILL $$',
      }),
    );
    // A healthy change to packages/api: it and packages/cli (which depends on it) are selected.
    const api = 'packages/api/src/acme_api/__init__.py';
    const r = await runPullRequest(String(doc), {
      [api]: `${MONOREPO_FILES[api]}\nVERSION = "0.2.0"\n`,
    });
    const summary = mergeSummary(r);
    expect(mergeOutput(r, 'failed-projects'), `${summary}\n${r.run.log.slice(-4000)}`).toBe('packages/cli');
    expect(mergeOutput(r, 'passed')).toBe('2'); // packages/api and the repository-wide secret scan
    expect(projectSteps(r, 'packages/cli')['Killed (test)']).toBe('failure');
    for (const check of ['Lint', 'Dependencies', 'Licences']) {
      expect(r.run.log).toContain(`packages/cli: no ${check} report`);
      expect(row(summary, 'packages/cli')[check]).not.toMatch(/^✅/);
    }
    expect(row(summary, 'packages/api')).toMatchObject({ Lint: '✅', Vulnerabilities: '✅' });
    expect(summary).not.toContain('<code>tools/gen</code>');
  });
});
