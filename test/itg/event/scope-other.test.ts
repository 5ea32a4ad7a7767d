import { afterAll, describe, expect, it } from 'vitest';
import { changedFiles, commitsInRange, ensureHistory } from '../../../src/core/event-scope.js';
import { loadEvent } from '../../fixtures/events/load.js';
import { cleanupRepos, cloneRepo, initBare, initRepo } from '../../support/git-repo.js';
import { gitOrSkip, resolveIn, runtimeWithLog, sorted } from './scenario.js';

afterAll(cleanupRepos);

function published(commits: number) {
  const origin = initBare();
  const work = initRepo();
  work.git('remote', 'add', 'origin', origin.url);
  const shas = work.commits(commits, 'c');
  work.git('push', '-q', 'origin', 'main');
  return { origin, work, shas };
}

describe('merge group, scheduled and manual scopes (real git)', () => {
  it('merge_group is base_sha..head_sha of the queue branch', async (ctx) => {
    gitOrSkip(ctx);
    const { origin, work } = published(3);
    const base = work.sha();
    work.git('checkout', '-q', '-b', 'feature', 'HEAD~1');
    const feature = work.commits(2, 'queued');
    const queue = `gh-readonly-queue/main/pr-104-${base}`;
    work.git('checkout', '-q', '-b', queue, base);
    work.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #104', 'feature');
    const head = work.sha();
    work.git('push', '-q', 'origin', queue);
    const ci = cloneRepo(origin, { branch: queue });
    const payload = loadEvent(
      'merge_group-checks_requested',
      { HEAD_SHA: head, BASE_SHA: base, BASE_REF: 'main', NUMBER: 104 },
      work,
    );

    const { scope } = await resolveIn(ci.dir, 'merge_group', payload);

    expect(scope).toMatchObject({
      kind: 'range',
      reason: 'merge-group',
      base,
      head,
      range: `${base}..${head}`,
      commits: 3,
    });
    expect(sorted(await commitsInRange(scope, ci.dir))).toEqual(sorted([head, ...feature]));
    expect(sorted(await changedFiles(scope, ci.dir))).toEqual(['queued1.txt', 'queued2.txt']);
  });

  for (const event of ['schedule', 'workflow_dispatch'] as const) {
    it(`${event} scans the full history of HEAD and every tracked file`, async (ctx) => {
      gitOrSkip(ctx);
      const { origin, work, shas } = published(6);
      work.commit('drop one', { 'c2.txt': null });
      work.git('push', '-q', 'origin', 'main');
      const ci = cloneRepo(origin);

      const { scope } = await resolveIn(ci.dir, event, loadEvent(event, {}));

      expect(scope).toMatchObject({ kind: 'all', reason: 'full-history', head: work.sha(), commits: 7 });
      expect(scope.range).toBeUndefined();
      expect(scope.description).toMatch(
        new RegExp(`^${event}: full history of [0-9a-f]{7} \\(7 commits\\); `),
      );
      expect(sorted(await commitsInRange(scope, ci.dir))).toEqual(sorted([...shas, work.sha()]));
      expect(sorted(await changedFiles(scope, ci.dir))).toEqual([
        'c1.txt',
        'c3.txt',
        'c4.txt',
        'c5.txt',
        'c6.txt',
      ]);
    });
  }

  it('without an event (not in Actions) the description still reads as a sentence', async (ctx) => {
    gitOrSkip(ctx);
    const { origin } = published(2);
    const ci = cloneRepo(origin);
    const { scope } = await resolveIn(ci.dir, 'none', {});
    expect(scope.description).toMatch(
      /^the full history of [0-9a-f]{7} \(2 commits\), as there is no GitHub event \(not running in Actions\)$/,
    );
  });

  it('a full-history scope unshallows a depth-1 clone', async (ctx) => {
    gitOrSkip(ctx);
    const { origin, shas } = published(12);
    const ci = cloneRepo(origin, { depth: 1 });
    expect(ci.isShallow()).toBe(true);

    const { scope, logs } = await resolveIn(ci.dir, 'workflow_dispatch', loadEvent('workflow_dispatch', {}));

    expect(logs).toContain(
      'Shallow clone: fetching the full history from origin for a scan of workflow_dispatch',
    );
    expect(ci.isShallow()).toBe(false);
    expect(scope.commits).toBe(12);
    expect(sorted(await commitsInRange(scope, ci.dir))).toEqual(sorted(shas));
  });

  it('an event without a commit range is the full history, and the description says why', async (ctx) => {
    gitOrSkip(ctx);
    const { origin } = published(2);
    const ci = cloneRepo(origin);

    const { scope } = await resolveIn(ci.dir, 'issue_comment', { action: 'created' });

    expect(scope).toMatchObject({ kind: 'all', commits: 2 });
    expect(scope.description).toContain("event 'issue_comment' has no commit range");
  });

  it('ensureHistory on a resolved scope is a no-op for a complete clone', async (ctx) => {
    gitOrSkip(ctx);
    const { origin } = published(3);
    const ci = cloneRepo(origin);
    const { scope } = await resolveIn(ci.dir, 'schedule', loadEvent('schedule', {}));
    const { runtime, logs } = runtimeWithLog(ci.dir);

    await ensureHistory(scope, ci.dir, runtime);

    expect(logs).toEqual([]);
  });
});

describe('changedFiles with odd file names (real git)', () => {
  const odd = [
    'dir with space/naïve café.py',
    '日本語/ファイル名.txt',
    'tab\there.txt',
    'quote"d \\ back.py',
    'new\nline.md',
    '-dash.txt',
  ];

  it('keeps spaces, unicode, tabs, quotes and newlines intact, and leaves deletions out', async (ctx) => {
    gitOrSkip(ctx);
    const { origin, work } = published(2);
    const before = work.sha();
    work.commit('odd names', Object.fromEntries(odd.map((n) => [n, `${n}\n`])));
    work.git('mv', 'c1.txt', 'renamed à.txt');
    const after = work.commit('rename and delete', { 'c2.txt': null });
    work.git('push', '-q', 'origin', 'main');
    const ci = cloneRepo(origin);
    const payload = loadEvent(
      'push',
      { BRANCH: 'main', BEFORE: before, AFTER: after, COMMIT_1: after, COMMIT_2: after, COMMIT_3: after },
      work,
    );

    const { scope } = await resolveIn(ci.dir, 'push', payload);
    const files = await changedFiles(scope, ci.dir);

    expect(sorted(files)).toEqual(sorted([...odd, 'renamed à.txt']));
    expect(files).not.toContain('c2.txt');

    const all = await resolveIn(ci.dir, 'schedule', loadEvent('schedule', {}));
    expect(sorted(await changedFiles(all.scope, ci.dir))).toEqual(sorted([...odd, 'renamed à.txt']));
  });
});
