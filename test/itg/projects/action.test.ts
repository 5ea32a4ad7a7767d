// actions/projects end to end on a real repository: the monorepo of test/support/monorepo.ts pushed to an
// origin, a shallow clone as actions/checkout makes it, and the event payloads GitHub sends. changed-only
// diffs the event's commits (fetching what the clone lacks, checking nothing out).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { definition } from '../../../src/actions/projects/definition.js';
import type { MatrixEntry } from '../../../src/actions/projects/matrix.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';
import { loadEvent } from '../../fixtures/events/load.js';
import { cleanupRepos, cloneRepo, initBare, initRepo, type Repo } from '../../support/git-repo.js';
import { ALL_PROJECTS, writeMonorepo } from '../../support/monorepo.js';
import { requireTool } from '../../support/tools.js';

afterAll(cleanupRepos);

const uv = requireTool('uv');
const gitBin = requireTool('git');

interface Run {
  outputs: Map<string, string>;
  summary: string;
  logs: string[];
  dirs: string[];
}

async function runProjects(
  workspace: string,
  inputs: Record<string, string>,
  event?: { name: string; payload: object },
): Promise<Run> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  if (event) {
    const file = path.join(path.dirname(workspace), `event-${Date.now()}-${Math.random()}.json`);
    fs.writeFileSync(file, JSON.stringify(event.payload));
    Object.assign(env, { GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: file });
  }
  const logs: string[] = [];
  let summary = '';
  const rt = localRuntime({ env, workspace, log: (l) => logs.push(l), out: (t) => (summary += t) });
  const i = definition.loadInputs(new InputReader(mapInputSource(inputs)), rt);
  await definition.main(i, rt);
  const matrix = JSON.parse(rt.outputs.get('matrix') ?? '{}') as { include: MatrixEntry[] };
  return { outputs: rt.outputs, summary, logs, dirs: matrix.include.map((e) => e.dir) };
}

/** main with the monorepo on origin, then a feature branch with `edits`, published as refs/pull/<n>/head. */
function monorepoWithPullRequest(number: number, edits: (work: Repo) => void) {
  const origin = initBare();
  const work = initRepo();
  work.git('remote', 'add', 'origin', origin.url);
  writeMonorepo(work.dir, uv as string);
  work.commit('monorepo');
  work.commits(2, 'history');
  work.git('push', '-q', 'origin', 'main');
  const base = work.sha();
  work.git('checkout', '-q', '-b', 'feature');
  edits(work);
  const head = work.sha();
  work.git('push', '-q', 'origin', `feature:refs/pull/${number}/head`);
  work.git('checkout', '-q', 'main');
  const vars = {
    NUMBER: number,
    BASE_REF: 'main',
    BASE_SHA: base,
    HEAD_REF: 'feature',
    HEAD_SHA: head,
    BEFORE: base,
    COMMITS: 2,
    CHANGED_FILES: 2,
  };
  return { origin, work, base, head, vars };
}

describe('actions/projects on a real repository', () => {
  it('without changed-only: every project, the matrix and the outputs', async (ctx) => {
    if (!uv || !gitBin) return ctx.skip('uv or git is not installed (.ci/install-tools.sh)');
    const s = monorepoWithPullRequest(1, (w) => w.commit('noop'));
    const ci = cloneRepo(s.origin, { depth: 1 });
    const r = await runProjects(ci.dir, {});
    expect(r.dirs).toEqual(ALL_PROJECTS);
    expect(r.outputs.get('count')).toBe('5');
    expect(r.outputs.get('projects')).toBe(ALL_PROJECTS.join('\n'));
    expect(r.summary).toMatch(/^### ✅ Projects: 5 of 5 selected \(5 projects under <code>\.<\/code>\)/);
    expect(r.summary).toContain('Every project (changed-only is off).');
    expect(
      r.logs.some((l) => l.startsWith('matrix={"include":[{"name":"acme-api","dir":"packages/api"')),
    ).toBe(true);
  });

  it('pull_request: an edit to the shared member selects it, its dependents, and both sides of a rename', async (ctx) => {
    if (!uv || !gitBin) return ctx.skip('uv or git is not installed (.ci/install-tools.sh)');
    const s = monorepoWithPullRequest(2, (w) => {
      w.commit('core', { 'packages/core/src/acme_core/__init__.py': 'VALUE = 2\n' });
      w.git('mv', 'tools/gen/gen.py', 'services/billing/gen.py');
      w.commit('move gen');
    });
    // A shallow clone of main, as actions/checkout makes it for the merge commit: the PR head is fetched.
    const ci = cloneRepo(s.origin, { depth: 1 });
    const payload = loadEvent('pull_request-opened', s.vars, s.work);
    const r = await runProjects(ci.dir, { 'changed-only': 'true' }, { name: 'pull_request', payload });
    expect(r.dirs).toEqual(ALL_PROJECTS);
    // (Escaped: `_` and `#` as the Markdown helpers write them; a zero-width space keeps `#2` from linking.)
    expect(r.summary).toMatch(
      /Changed-only: pull\\_request \\#\u200B2: 2 commits [0-9a-f]{7}\.\.[0-9a-f]{7} .*: 3 changed files\./,
    );
    expect(r.summary).toContain(
      'depends on packages/core (selected) through uv.lock: packages/cli → packages/api → packages/core',
    );
    expect(r.summary).toContain('changed: tools/gen/gen.py');
    // Nothing was checked out: the clone is still on main.
    expect(ci.git('rev-parse', 'HEAD')).toBe(s.base);
  });

  it('push touching only a README: an empty matrix and a summary that says so', async (ctx) => {
    if (!uv || !gitBin) return ctx.skip('uv or git is not installed (.ci/install-tools.sh)');
    const s = monorepoWithPullRequest(3, (w) => w.commit('noop'));
    const before = s.work.sha('main');
    const commits = [1, 2, 3].map((n) => s.work.commit(`docs ${n}`, { 'README.md': `# acme, take ${n}\n` }));
    const after = s.work.sha();
    s.work.git('push', '-q', 'origin', 'main');
    const ci = cloneRepo(s.origin, { depth: 1 });
    const [COMMIT_1, COMMIT_2, COMMIT_3] = commits as [string, string, string];
    const vars = { BEFORE: before, AFTER: after, BRANCH: 'main', COMMIT_1, COMMIT_2, COMMIT_3 };
    const payload = loadEvent('push', vars, s.work);
    const r = await runProjects(ci.dir, { 'changed-only': 'true' }, { name: 'push', payload });
    expect(r.outputs.get('matrix')).toBe('{"include":[]}');
    expect(r.outputs.get('count')).toBe('0');
    expect(r.outputs.get('projects')).toBe('');
    expect(r.summary).toMatch(/^### ⏭️ Projects: none selected/);
    expect(r.summary).toContain('1 changed file in no project: <code>README.md</code>');
    expect(r.summary).toContain("outputs.count != '0'");
  });

  it('a scheduled run selects every project; include/exclude narrow it', async (ctx) => {
    if (!uv || !gitBin) return ctx.skip('uv or git is not installed (.ci/install-tools.sh)');
    const s = monorepoWithPullRequest(4, (w) => w.commit('noop'));
    const ci = cloneRepo(s.origin, { depth: 1 });
    const r = await runProjects(
      ci.dir,
      { 'changed-only': 'true', include: 'packages/*\nservices/*', exclude: 'packages/cli' },
      { name: 'schedule', payload: { schedule: '0 3 * * *' } },
    );
    expect(r.dirs).toEqual(['packages/api', 'packages/core', 'services/billing']);
    expect(r.summary).toContain('every project: a schedule event has no change set');
  });

  it('more projects than max fails, naming both numbers', async (ctx) => {
    if (!uv || !gitBin) return ctx.skip('uv or git is not installed (.ci/install-tools.sh)');
    const s = monorepoWithPullRequest(5, (w) => w.commit('noop'));
    const ci = cloneRepo(s.origin, { depth: 1 });
    await expect(runProjects(ci.dir, { max: '3' })).rejects.toThrow(
      /^5 projects are selected, more than max \(3\)/,
    );
  });
});
