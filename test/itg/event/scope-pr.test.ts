import { afterAll, describe, expect, it } from 'vitest';
import { changedFiles, commitsInRange } from '../../../src/core/event-scope.js';
import { HistoryError } from '../../../src/core/git.js';
import { loadEvent } from '../../fixtures/events/load.js';
import { cleanupRepos, cloneRepo, initBare, initRepo } from '../../support/git-repo.js';
import { gitOrSkip, resolveIn, sorted } from './scenario.js';

afterAll(cleanupRepos);

/**
 * main: `mainBefore` commits, then the PR branches off and main moves on by `mainAfter` commits. The PR
 * head is published as refs/pull/<number>/head on origin (and as a branch unless `forkOnly`).
 */
function pullRequest(opts: {
  mainBefore: number;
  prCommits: number;
  mainAfter: number;
  number: number;
  forkOnly?: boolean;
}) {
  const origin = initBare();
  const work = initRepo();
  work.git('remote', 'add', 'origin', origin.url);
  work.commits(opts.mainBefore, 'base');
  const forkPoint = work.sha();
  work.git('checkout', '-q', '-b', 'feature');
  const pr = work.commits(opts.prCommits, 'pr');
  const head = work.sha();
  work.git('checkout', '-q', 'main');
  const later = work.commits(opts.mainAfter, 'later');
  work.git('push', '-q', 'origin', 'main');
  work.git('push', '-q', 'origin', `feature:refs/pull/${opts.number}/head`);
  if (!opts.forkOnly) work.git('push', '-q', 'origin', 'feature');
  const vars = {
    NUMBER: opts.number,
    BASE_REF: 'main',
    BASE_SHA: work.sha('main'),
    HEAD_REF: 'feature',
    HEAD_SHA: head,
    BEFORE: pr.at(-2) ?? forkPoint,
    COMMITS: opts.prCommits,
    CHANGED_FILES: opts.prCommits,
  };
  return { origin, work, forkPoint, pr, head, later, vars };
}

describe('pull request scope (real git)', () => {
  it('is merge-base..head even after main moved on; changed files are the PR’s only', async (ctx) => {
    gitOrSkip(ctx);
    const s = pullRequest({ mainBefore: 3, prCommits: 2, mainAfter: 2, number: 7 });
    const ci = cloneRepo(s.origin);

    const { scope } = await resolveIn(
      ci.dir,
      'pull_request',
      loadEvent('pull_request-opened', s.vars, s.work),
    );

    expect(scope).toMatchObject({
      kind: 'range',
      reason: 'pull-request',
      base: s.forkPoint,
      head: s.head,
      commits: 2,
    });
    expect(scope.range).toBe(`${s.forkPoint}..${s.head}`);
    expect(scope.description).toMatch(
      /^pull_request #7: 2 commits [0-9a-f]{7}\.\.[0-9a-f]{7} \(since the merge base with main\)$/,
    );
    const commits = await commitsInRange(scope, ci.dir);
    expect(sorted(commits)).toEqual(sorted(s.pr));
    for (const c of s.later) expect(commits).not.toContain(c);
    expect(sorted(await changedFiles(scope, ci.dir))).toEqual(['pr1.txt', 'pr2.txt']);
  });

  it('synchronize uses the new head', async (ctx) => {
    gitOrSkip(ctx);
    const s = pullRequest({ mainBefore: 2, prCommits: 3, mainAfter: 1, number: 8 });
    const ci = cloneRepo(s.origin);
    const payload = loadEvent('pull_request-synchronize', s.vars, s.work);
    expect(payload.action).toBe('synchronize');

    const { scope } = await resolveIn(ci.dir, 'pull_request', payload);

    expect(scope).toMatchObject({ base: s.forkPoint, head: s.head, commits: 3 });
  });

  it('pull_request_target from a fork fetches refs/pull/N/head as objects only, checking nothing out', async (ctx) => {
    gitOrSkip(ctx);
    const s = pullRequest({ mainBefore: 3, prCommits: 2, mainAfter: 1, number: 12, forkOnly: true });
    const ci = cloneRepo(s.origin);
    expect(ci.has(s.head)).toBe(false);
    const headBefore = ci.sha();
    const refsBefore = ci.git('for-each-ref', '--format=%(refname) %(objectname)');

    const { scope, logs } = await resolveIn(
      ci.dir,
      'pull_request_target',
      loadEvent('pull_request_target-opened', s.vars, s.work),
    );

    expect(logs).toContain('Fetching refs/pull/12/head from origin');
    expect(scope).toMatchObject({ kind: 'range', base: s.forkPoint, head: s.head, commits: 2 });
    expect(sorted(await changedFiles(scope, ci.dir))).toEqual(['pr1.txt', 'pr2.txt']);
    // The checkout is untouched: same HEAD, same refs, clean tree.
    expect(ci.sha()).toBe(headBefore);
    expect(ci.git('for-each-ref', '--format=%(refname) %(objectname)')).toBe(refsBefore);
    expect(ci.git('status', '--porcelain')).toBe('');
  });

  it('deepens a depth-1 clone until the merge base of a 5-commit PR is reachable', async (ctx) => {
    gitOrSkip(ctx);
    const s = pullRequest({ mainBefore: 40, prCommits: 5, mainAfter: 3, number: 9 });
    const ci = cloneRepo(s.origin, { depth: 1 });
    expect(ci.isShallow()).toBe(true);
    expect(ci.has(s.forkPoint)).toBe(false);

    const { scope, logs } = await resolveIn(
      ci.dir,
      'pull_request',
      loadEvent('pull_request-opened', s.vars, s.work),
    );

    expect(logs.some((l) => l.startsWith('Shallow clone: fetching 10 more commits of history'))).toBe(true);
    expect(scope).toMatchObject({ base: s.forkPoint, head: s.head, commits: 5 });
    expect(sorted(await commitsInRange(scope, ci.dir))).toEqual(sorted(s.pr));
    expect(sorted(await changedFiles(scope, ci.dir))).toEqual([
      'pr1.txt',
      'pr2.txt',
      'pr3.txt',
      'pr4.txt',
      'pr5.txt',
    ]);
    // Bounded deepening, not a full unshallow: the old part of main is still absent.
    expect(ci.isShallow()).toBe(true);
    expect(ci.has(s.work.sha('main~40'))).toBe(false);
  });

  it('fails in a shallow clone with no remote, saying to set fetch-depth: 0', async (ctx) => {
    gitOrSkip(ctx);
    const s = pullRequest({ mainBefore: 4, prCommits: 5, mainAfter: 2, number: 3 });
    const ci = cloneRepo(s.origin, { depth: 1, allBranches: true });
    ci.git('remote', 'remove', 'origin');
    expect(ci.has(s.head)).toBe(true);

    const run = resolveIn(ci.dir, 'pull_request', loadEvent('pull_request-opened', s.vars, s.work));

    await expect(run).rejects.toBeInstanceOf(HistoryError);
    await expect(run).rejects.toThrow(/fetch-depth: 0/);
    await expect(run).rejects.toThrow(/at least `fetch-depth: 6`/);
    await expect(run).rejects.toThrow(/no remote to fetch from/);
  });
});
