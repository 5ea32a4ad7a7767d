import { afterAll, describe, expect, it } from 'vitest';
import { readEvent } from '../../../src/core/event.js';
import { changedFiles, commitsInRange } from '../../../src/core/event-scope.js';
import { loadEvent, writeEvent } from '../../fixtures/events/load.js';
import {
  cleanupRepos,
  cloneRepo,
  initBare,
  initRepo,
  pruneUnreachable,
  tempDir,
} from '../../support/git-repo.js';
import { gitOrSkip, resolveIn, sorted } from './scenario.js';

afterAll(cleanupRepos);

/** A developer repository with `main` (4 commits) pushed to a bare origin. */
function project() {
  const origin = initBare();
  const work = initRepo();
  work.git('remote', 'add', 'origin', origin.url);
  const old = work.commits(4, 'old');
  work.git('push', '-q', 'origin', 'main');
  return { origin, work, old };
}

describe('push scope (real git)', () => {
  it('is exactly the pushed commits: 3 new commits, none of the older ones', async (ctx) => {
    gitOrSkip(ctx);
    const { origin, work, old } = project();
    const before = work.sha();
    const pushed = work.commits(3, 'new');
    work.git('push', '-q', 'origin', 'main');
    const ci = cloneRepo(origin);
    const [c1, c2, c3] = pushed as [string, string, string];
    const payload = loadEvent(
      'push',
      { BRANCH: 'main', BEFORE: before, AFTER: c3, COMMIT_1: c1, COMMIT_2: c2, COMMIT_3: c3 },
      work,
    );

    const { scope } = await resolveIn(ci.dir, 'push', payload);

    expect(scope).toMatchObject({
      kind: 'range',
      reason: 'push',
      base: before,
      head: c3,
      range: `${before}..${c3}`,
    });
    expect(scope.commits).toBe(3);
    expect(scope.description).toBe(`push: 3 commits ${before.slice(0, 7)}..${c3.slice(0, 7)}`);
    const commits = await commitsInRange(scope, ci.dir);
    expect(sorted(commits)).toEqual(sorted(pushed));
    for (const o of old) expect(commits).not.toContain(o);
    expect(sorted(await changedFiles(scope, ci.dir))).toEqual(['new1.txt', 'new2.txt', 'new3.txt']);
  });

  it('on a new branch is only the commits not on the default branch', async (ctx) => {
    gitOrSkip(ctx);
    const { origin, work } = project();
    work.git('checkout', '-q', '-b', 'feature', 'HEAD~1');
    const feature = work.commits(2, 'feat');
    work.git('push', '-q', 'origin', 'feature');
    work.git('checkout', '-q', 'main');
    work.commits(1, 'main-later');
    work.git('push', '-q', 'origin', 'main');
    const ci = cloneRepo(origin, { branch: 'feature' });
    const [f1, f2] = feature as [string, string];
    const payload = loadEvent(
      'push-new-branch',
      { BRANCH: 'feature', AFTER: f2, COMMIT_1: f1, COMMIT_2: f2 },
      work,
    );
    expect(payload.before).toBe('0'.repeat(40));

    const { scope } = await resolveIn(ci.dir, 'push', payload);

    expect(scope).toMatchObject({ kind: 'range', reason: 'push-new-branch', head: f2, commits: 2 });
    expect(scope.base).toBe(work.sha('main'));
    expect(scope.description).toMatch(
      /^push \(new branch feature\): 2 commits [0-9a-f]{7}\.\.[0-9a-f]{7} \(not on main\)$/,
    );
    expect(sorted(await commitsInRange(scope, ci.dir))).toEqual(sorted(feature));
    expect(sorted(await changedFiles(scope, ci.dir))).toEqual(['feat1.txt', 'feat2.txt']);
  });

  it('in a depth-1 checkout deepens until before is reachable, then is exactly the pushed commits', async (ctx) => {
    gitOrSkip(ctx);
    const { origin, work } = project();
    work.commits(20, 'filler');
    work.git('push', '-q', 'origin', 'main');
    const before = work.sha();
    const pushed = work.commits(3, 'new') as [string, string, string];
    work.git('push', '-q', 'origin', 'main');
    const ci = cloneRepo(origin, { depth: 1 });
    // As on a runner: the event arrives as GITHUB_EVENT_NAME and a payload file.
    const vars = {
      BRANCH: 'main',
      BEFORE: before,
      AFTER: pushed[2],
      COMMIT_1: pushed[0],
      COMMIT_2: pushed[1],
      COMMIT_3: pushed[2],
    };
    const file = writeEvent(tempDir(), loadEvent('push', vars, work));
    const event = readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file });

    const { scope, logs } = await resolveIn(ci.dir, event.name, event.payload);

    expect(logs.some((l) => l.startsWith('Shallow clone: fetching 10 more commits'))).toBe(true);
    expect(scope).toMatchObject({ kind: 'range', base: before, commits: 3 });
    expect(sorted(await commitsInRange(scope, ci.dir))).toEqual(sorted(pushed));
    expect(ci.isShallow()).toBe(true);
  });

  it('of a new branch in a depth-1 checkout fetches the default branch and finds the branch commits', async (ctx) => {
    gitOrSkip(ctx);
    const { origin, work } = project();
    work.commits(15, 'filler');
    work.git('push', '-q', 'origin', 'main');
    work.git('checkout', '-q', '-b', 'topic', 'HEAD~12');
    const topic = work.commits(2, 'topic') as [string, string];
    work.git('push', '-q', 'origin', 'topic');
    const ci = cloneRepo(origin, { depth: 1, branch: 'topic' });
    expect(ci.git('branch', '-r')).not.toContain('origin/main');
    const payload = loadEvent(
      'push-new-branch',
      { BRANCH: 'topic', AFTER: topic[1], COMMIT_1: topic[0], COMMIT_2: topic[1] },
      work,
    );

    const { scope } = await resolveIn(ci.dir, 'push', payload);

    expect(scope).toMatchObject({ reason: 'push-new-branch', base: work.sha('main'), commits: 2 });
    expect(sorted(await commitsInRange(scope, ci.dir))).toEqual(sorted(topic));
    expect(sorted(await changedFiles(scope, ci.dir))).toEqual(['topic1.txt', 'topic2.txt']);
  });

  describe('force push whose before is gone', () => {
    /** feature (2 commits) pushed, then rewritten as 3 new commits and force-pushed; the old tip pruned. */
    function rewritten() {
      const { origin, work } = project();
      work.git('checkout', '-q', '-b', 'feature');
      work.commits(2, 'draft');
      work.git('push', '-q', 'origin', 'feature');
      const before = work.sha();
      work.git('reset', '-q', '--hard', 'main');
      const pushed = work.commits(3, 'final');
      work.git('push', '-q', '--force', 'origin', 'feature');
      pruneUnreachable(origin);
      const [c1, c2, c3] = pushed as [string, string, string];
      const vars = { BRANCH: 'feature', BEFORE: before, AFTER: c3, COMMIT_1: c1, COMMIT_2: c2, COMMIT_3: c3 };
      return { origin, work, before, pushed, payload: loadEvent('push-forced', vars, work) };
    }

    it('scans the commits not on any other remote branch, and says why', async (ctx) => {
      gitOrSkip(ctx);
      const { origin, before, pushed, payload } = rewritten();
      const ci = cloneRepo(origin, { branch: 'feature' });
      expect(ci.has(before)).toBe(false);

      const { scope, logs } = await resolveIn(ci.dir, 'push', payload);

      expect(scope).toMatchObject({ kind: 'range', reason: 'push-before-missing', commits: 3 });
      expect(sorted(await commitsInRange(scope, ci.dir))).toEqual(sorted(pushed));
      expect(scope.description).toContain(
        `before ${before.slice(0, 7)} is not in the repository and could not be fetched`,
      );
      expect(scope.description).toContain('force push rewrote history');
      expect(scope.description).toContain('not on any other remote branch');
      // It did try to fetch the old sha once, and the remote no longer has it.
      expect(logs.some((l) => l.startsWith(`Fetching ${before}`))).toBe(true);
      expect(sorted(await changedFiles(scope, ci.dir))).toEqual(['final1.txt', 'final2.txt', 'final3.txt']);
    });

    it('falls back to the commits the payload lists when no other remote branch is here', async (ctx) => {
      gitOrSkip(ctx);
      const { origin, pushed, payload } = rewritten();
      const ci = cloneRepo(origin, { branch: 'feature' });
      ci.git('update-ref', '-d', 'refs/remotes/origin/main');
      ci.git('update-ref', '-d', 'refs/remotes/origin/HEAD');

      const { scope } = await resolveIn(ci.dir, 'push', payload);

      expect(scope).toMatchObject({ kind: 'range', reason: 'push-before-missing', commits: 3 });
      expect(scope.description).toContain('scanned the 3 commits the push event lists');
      expect(sorted(await commitsInRange(scope, ci.dir))).toEqual(sorted(pushed));
    });
  });

  it('of a deleted branch has nothing to scan', async (ctx) => {
    gitOrSkip(ctx);
    const { origin, work } = project();
    const ci = cloneRepo(origin);
    const payload = loadEvent('push-deleted', { BRANCH: 'feature', BEFORE: work.sha() });

    const { scope } = await resolveIn(ci.dir, 'push', payload);

    expect(scope).toMatchObject({ kind: 'none', reason: 'push-deleted', commits: 0 });
    expect(scope.description).toBe('push: refs/heads/feature was deleted; nothing to scan');
    expect(await commitsInRange(scope, ci.dir)).toEqual([]);
    expect(await changedFiles(scope, ci.dir)).toEqual([]);
  });

  it('of a tag is the tagged commits that are not on the default branch', async (ctx) => {
    gitOrSkip(ctx);
    const { origin, work } = project();
    work.git('checkout', '-q', '-b', 'release/1.4');
    const [fix] = work.commits(1, 'hotfix') as [string];
    work.git('tag', '-a', 'v1.4.0', '-m', 'Release 1.4.0');
    const tagObject = work.git('rev-parse', 'v1.4.0');
    work.git('push', '-q', 'origin', 'v1.4.0');
    const ci = cloneRepo(origin);
    const payload = loadEvent('push-tag', { TAG: 'v1.4.0', AFTER: tagObject, TAG_COMMIT: fix }, work);

    const { scope } = await resolveIn(ci.dir, 'push', payload);

    expect(scope).toMatchObject({
      kind: 'range',
      reason: 'tag',
      head: fix,
      base: work.sha('main'),
      commits: 1,
    });
    expect(scope.description).toMatch(
      /^push \(tag v1\.4\.0\): 1 commit [0-9a-f]{7}\.\.[0-9a-f]{7} \(not on main\)$/,
    );
    expect(await changedFiles(scope, ci.dir)).toEqual(['hotfix1.txt']);
  });
});
