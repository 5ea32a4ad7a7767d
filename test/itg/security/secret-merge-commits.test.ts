// Attack (issue 15, item 7): a pull request author adds a token only in a merge commit, either as a clean
// ("evil") merge of main into the branch or inside a conflict resolution; `git log -p` shows no diff for
// merges, so the token was never scanned. Through the built secret-scan bundle on real repositories, in
// every scope (pull_request, push, merge_group, history): the step fails, the finding names the merge
// commit, and the token's value appears nowhere in what the run wrote.
import * as fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEvent } from '../../fixtures/events/load.js';
import type { ActionRunResult } from '../../support/action-runner.js';
import { cleanupRepos, cloneRepo, type Repo } from '../../support/git-repo.js';
import {
  cleanupRuns,
  everythingWritten,
  jsonFindings,
  log,
  missingTools,
  project,
  scan,
} from '../secret-scan/helpers.js';
import { type Planted, SecretFactory } from '../secret-scan/planted.js';

const skipReason = missingTools();
afterAll(() => {
  cleanupRuns();
  cleanupRepos();
});

const REPORTS = { 'json-file': '../merge.json', 'sarif-file': '../merge.sarif' };

interface Attack {
  origin: Repo;
  work: Repo;
  token: Planted;
  /** main's tip, merged into the branch. */
  main: string;
  /** The branch's tip before the merge. */
  before: string;
  merge: string;
}

/**
 * `feature` gets a clean commit; main moves on; feature merges main, and the merge commit alone adds the
 * token: in a file of its own (clean merge) or in the resolution of a conflict on app/settings.py.
 */
function attack(seed: number, kind: 'clean' | 'conflict'): Attack {
  const f = new SecretFactory(seed);
  const { origin, work } = project(f);
  work.commit('settings', { 'app/settings.py': 'DEBUG = False\n' });
  work.git('push', '-q', 'origin', 'main');
  work.git('checkout', '-q', '-b', 'feature');
  work.commit('feature', { 'app/settings.py': 'DEBUG = True\n', 'app/feature.py': 'x = 1\n' });
  const before = work.sha();
  work.git('checkout', '-q', 'main');
  work.commit('main moves on', {
    'docs/more.md': 'more\n',
    ...(kind === 'conflict' ? { 'app/settings.py': 'DEBUG = None\n' } : {}),
  });
  work.git('push', '-q', 'origin', 'main');
  const main = work.sha();
  work.git('checkout', '-q', 'feature');
  const token = f.githubToken();
  try {
    work.git('merge', '-q', '--no-ff', '--no-commit', 'main');
  } catch {
    if (kind !== 'conflict') throw new Error('the clean merge conflicted');
  }
  if (kind === 'clean') {
    fs.writeFileSync(`${work.dir}/app/client.py`, token.content);
  } else {
    fs.writeFileSync(`${work.dir}/app/settings.py`, `DEBUG = True\n${token.content}`);
  }
  work.git('add', '-A');
  work.git('commit', '-q', '--no-verify', '-m', 'Merge main into feature');
  const merge = work.sha();
  expect(work.git('rev-list', '--parents', '-n1', merge).split(' ')).toHaveLength(3);
  work.git('push', '-q', 'origin', 'feature', 'feature:refs/pull/7/head');
  return { origin, work, token, main, before, merge };
}

function expectCaught(r: ActionRunResult, a: Attack, file: string): void {
  expect(r.failed, log(r)).toBe(true);
  const findings = jsonFindings(r);
  expect(findings.map((x) => `${x.rule} ${x.file} ${x.data.commit}`)).toEqual([
    `github-pat ${file} ${a.merge}`,
  ]);
  expect(everythingWritten(r)).not.toContain(a.token.value);
  expect(r.summary).toContain('Merge commits:');
}

describe.each([
  ['clean merge', 'clean', 'app/client.py', 51],
  ['conflict resolution', 'conflict', 'app/settings.py', 52],
] as const)('a token added only in a merge commit (%s)', (_name, kind, file, seed) => {
  it('is found in every scope: pull_request, push, merge_group, history', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const a = attack(seed, kind);
    const ci = cloneRepo(a.origin);

    const pr = loadEvent(
      'pull_request-opened',
      {
        NUMBER: 7,
        BASE_REF: 'main',
        BASE_SHA: a.main,
        HEAD_REF: 'feature',
        HEAD_SHA: a.merge,
        COMMITS: 2,
        CHANGED_FILES: 2,
      },
      a.work,
    );
    const push = loadEvent(
      'push',
      // The payload lists the pushed commits (only read when `before` is unusable).
      {
        BRANCH: 'feature',
        BEFORE: a.before,
        AFTER: a.merge,
        COMMIT_1: a.main,
        COMMIT_2: a.merge,
        COMMIT_3: a.merge,
      },
      a.work,
    );
    const group = loadEvent(
      'merge_group-checks_requested',
      { NUMBER: 7, BASE_REF: 'main', BASE_SHA: a.main, HEAD_SHA: a.merge },
      a.work,
    );
    const runs: Array<[string, Parameters<typeof scan>[1]]> = [
      ['pull_request', { eventName: 'pull_request', payload: pr }],
      ['push', { eventName: 'push', payload: push }],
      ['merge_group', { eventName: 'merge_group', payload: group }],
    ];
    for (const [name, opts] of runs) {
      const r = await scan(ci.dir, { ...opts, inputs: REPORTS });
      expect(r.summary, name).toBeTruthy();
      expectCaught(r, a, file);
    }
    // history: a checkout of the merge itself.
    const head = cloneRepo(a.origin, { branch: 'feature' });
    const r = await scan(head.dir, {
      eventName: 'workflow_dispatch',
      payload: loadEvent('workflow_dispatch', {}),
      inputs: { ...REPORTS, scope: 'history' },
    });
    expect(
      jsonFindings(r)
        .map((x) => x.rule)
        .sort(),
    ).toEqual(['github-pat', 'slack-bot-token']);
    expect(r.failed).toBe(true);
  });
});

describe('a token added only in an octopus merge (three parents, which --remerge-diff skips)', () => {
  it('is found by the first-parent pass over octopus merges', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(53);
    const { origin, work } = project(f);
    const base = work.sha();
    for (const b of ['x', 'y']) {
      work.git('checkout', '-q', '-b', b, base);
      work.commit(b, { [`${b}.txt`]: `${b}\n` });
    }
    work.git('checkout', '-q', 'main');
    work.commit('main moves on', { 'm.txt': 'm\n' });
    const main = work.sha();
    work.git('merge', '-q', '--no-ff', '--no-commit', 'x', 'y');
    const token = f.githubToken();
    fs.writeFileSync(`${work.dir}/app.py`, token.content);
    work.git('add', '-A');
    work.git('commit', '-q', '--no-verify', '-m', 'Merge x and y');
    const merge = work.sha();
    expect(work.git('rev-list', '--parents', '-n1', merge).split(' ')).toHaveLength(4);
    work.git('push', '-q', 'origin', 'main');
    const ci = cloneRepo(origin);
    const push = loadEvent(
      'push',
      { BRANCH: 'main', BEFORE: main, AFTER: merge, COMMIT_1: merge, COMMIT_2: merge, COMMIT_3: merge },
      work,
    );

    const r = await scan(ci.dir, { eventName: 'push', payload: push, inputs: REPORTS });

    expect(r.failed, log(r)).toBe(true);
    expect(jsonFindings(r).map((x) => `${x.rule} ${x.file} ${x.data.commit}`)).toEqual([
      `github-pat app.py ${merge}`,
    ]);
    expect(r.summary).toContain('1 merge of three or more parents against their first parent');
    expect(`${log(r)}\n${r.summary}\n${JSON.stringify(r.annotations)}`).not.toContain(token.value);
  });
});
