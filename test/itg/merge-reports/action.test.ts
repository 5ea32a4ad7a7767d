// actions/merge-reports as the runner runs it (its definition, on reports written by the real publishing
// code), against a loopback GitHub API: job links, the sticky PR comment, outputs and the failure.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { definition } from '../../../src/actions/merge-reports/definition.js';
import { projectId } from '../../../src/actions/projects/discover.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';
import { type GitHubApiServer, startGitHubApiServer } from '../../support/github-api-server.js';
import { findingIn, reportOf, viaPublish } from '../../support/reports.js';

const TOKEN = 'ghs_MergeReportsToken0123456789abcdef';
let workspace: string;
let server: GitHubApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  fs.rmSync(workspace, { recursive: true, force: true });
});
beforeEach(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-merge-action-'));
});

const PROJECTS = ['libs/core', 'services/api', 'tools/gen'];
const matrix = JSON.stringify({ include: PROJECTS.map((dir) => ({ dir, id: projectId(dir) })) });
const runner = (p: string) => `GitHub Actions ${PROJECTS.indexOf(p) + 10}`;

/** libs/core passes; services/api fails lint; tools/gen's job died before writing its report. */
async function reports() {
  await viaPublish(
    workspace,
    path.join(workspace, 'pyprod-reports'),
    'libs/core',
    reportOf('python-lint-stack', []),
    runner('libs/core'),
  );
  const api = [findingIn('services/api', 1), findingIn('services/api', 2, 'warning')];
  await viaPublish(
    workspace,
    path.join(workspace, 'pyprod-reports'),
    'services/api',
    reportOf('python-lint-stack', api),
    runner('services/api'),
  );
}

async function merge(inputs: Record<string, string>, env: NodeJS.ProcessEnv) {
  const logs: string[] = [];
  let summary = '';
  const rt = localRuntime({ env, workspace, log: (l) => logs.push(l), out: (t) => (summary += t) });
  const i = definition.loadInputs(new InputReader(mapInputSource(inputs)), rt);
  const error = await definition.main(i, rt).then(
    () => undefined,
    (e: Error) => e,
  );
  expect([...logs, summary].join('\n')).not.toContain(TOKEN);
  return { error, logs, summary, outputs: rt.outputs };
}

describe('actions/merge-reports', () => {
  it('fails naming the failing and the missing project, links each job, posts one sticky comment', async () => {
    await reports();
    server = await startGitHubApiServer({
      token: TOKEN,
      jobs: PROJECTS.map((p, n) => ({
        id: 9000 + n,
        run_id: 4242,
        run_attempt: 1,
        runner_name: runner(p),
        name: `check (${p})`,
      })),
    });
    const eventPath = path.join(workspace, 'event.json');
    fs.writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 12 } }));
    const env = {
      GITHUB_API_URL: server.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
    };
    const inputs = { projects: matrix, 'pr-comment': 'true', 'github-token': TOKEN, 'sarif-dir': 'sarif' };
    const r = await merge(inputs, env);
    expect(r.error?.message).toBe(
      'merge-reports: 2 of 3 projects failed: services/api, tools/gen; see the job summary',
    );
    expect(r.outputs.get('failed-projects')).toBe('services/api\ntools/gen');
    expect(r.outputs.get('passed')).toBe('1');
    expect(r.outputs.get('failed')).toBe('2');
    expect(r.outputs.get('sarif-files')).toBe(path.join(workspace, 'sarif', 'lint.sarif'));
    // Each cell links to its own job, found by the runner its report names.
    expect(r.summary).toContain(
      '[❌ 1 error, 1 warning](https://github.com/octo-org/octo-repo/actions/runs/4242/job/9001)',
    );
    expect(r.summary).toContain(
      '| ✅ <code>libs/core</code> | [✅](https://github.com/octo-org/octo-repo/actions/runs/4242/job/9000) |',
    );
    expect(
      r.logs.some((l) => l.startsWith('error: merge-reports: missing report: tools/gen: no report')),
    ).toBe(true);
    // One comment, updated in place by a second run.
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0]?.body).toMatch(
      /^<!-- pyprod-actions:merge-reports:report -->\n## ❌ Merged report: 2 of 3 projects failed/,
    );
    await merge(inputs, env);
    expect(server.comments).toHaveLength(1);
  });

  it('without actions: read, links go to the run; all projects reporting clean pass', async () => {
    await viaPublish(
      workspace,
      path.join(workspace, 'pyprod-reports'),
      'libs/core',
      reportOf('python-lint-stack', []),
    );
    server = await startGitHubApiServer({ token: TOKEN });
    server.failWith(403);
    const env = { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'octo-org/octo-repo' };
    const r = await merge({ projects: 'libs/core', 'github-token': TOKEN }, env);
    expect(r.error).toBeUndefined();
    expect(r.outputs.get('failed-projects')).toBe('');
    expect(r.outputs.get('passed')).toBe('1');
    expect(r.summary).toMatch(/^## ✅ Merged report: all 1 project passed/);
    expect(r.summary).toContain('[✅](https://github.com/octo-org/octo-repo/actions/runs/4242/attempts/1)');
    expect(
      r.logs.some((l) => l.startsWith('notice: merge-reports: the jobs of run 4242 could not be listed')),
    ).toBe(true);
  });

  it('an empty reports directory with no expected projects fails', async () => {
    const r = await merge({ 'job-links': 'false' }, {});
    expect(r.error?.message).toMatch(/no reports in .*pyprod-reports and no expected projects/);
    expect(r.summary).toMatch(/^## ❌ Merged report: no reports found/);
  });
});
