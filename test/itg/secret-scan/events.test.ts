// secret-scan on real repositories holding planted fake credentials, run from its built bundle through the
// runner harness: each event scans exactly its commits, shallow clones are deepened, or the step says which
// fetch-depth it needs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEvent } from '../../fixtures/events/load.js';
import { cleanupRepos, cloneRepo, pruneUnreachable } from '../../support/git-repo.js';
import { cleanupRuns, errors, jsonFindings, log, missingTools, project, ruleFiles, scan } from './helpers.js';
import { SecretFactory } from './planted.js';

const skipReason = missingTools();
afterAll(() => {
  cleanupRuns();
  cleanupRepos();
});

const REPORTS = { 'json-file': 'reports/secrets.json' };

describe('secret-scan: the commits of each event', () => {
  it('push: only the pushed commits (not the old secret on main)', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(1);
    const { origin, work } = project(f);
    const before = work.sha();
    const c1 = work.commit('settings', { 'app/settings.py': f.awsKeyId().content });
    const c2 = work.commit('util', { 'app/util.py': 'x = 1\n' });
    const c3 = work.commit('db', { 'app/db.py': f.password().content });
    work.git('push', '-q', 'origin', 'main');
    const ci = cloneRepo(origin);
    const payload = loadEvent(
      'push',
      { BRANCH: 'main', BEFORE: before, AFTER: c3, COMMIT_1: c1, COMMIT_2: c2, COMMIT_3: c3 },
      work,
    );

    const r = await scan(ci.dir, { eventName: 'push', payload, inputs: REPORTS });

    expect(r.failed, log(r)).toBe(true);
    expect(r.outputs).toMatchObject({ findings: '2', 'new-findings': '2', 'scanned-commits': '3' });
    expect(r.outputs.range).toBe(`${before}..${c3}`);
    expect(ruleFiles(jsonFindings(r))).toEqual([
      'aws-access-token app/settings.py',
      'generic-api-key app/db.py',
    ]);
    expect(errors(r).at(-1)).toMatch(/^2 new possible secrets in 3 commits/);
    // The summary links the file at the commit and gives the exact .gitleaksignore line.
    expect(r.summary).toContain(`https://github.com/pyprod/probe-repo/blob/${c1}/app/settings.py#L1`);
    expect(r.summary).toContain(`<code>${c1}:app/settings.py:aws-access-token:1</code>`);
    expect(r.summary).toContain('Ada Tester');
    expect(r.summary).toMatch(/\*\*Range:\*\* <code>[0-9a-f]{40}\.\.[0-9a-f]{40}<\/code>/);
  });

  it('pull_request: only the PR commits, across a merge of main into the branch', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(2);
    const { origin, work } = project(f);
    work.git('checkout', '-q', '-b', 'feature');
    work.commit('client', { 'app/client.py': f.githubToken().content });
    work.git('checkout', '-q', 'main');
    // main moves on with a secret of its own: not the PR's, so not in its scan.
    work.commit('deploy key', { 'deploy/key.pem': f.privateKey().content });
    work.git('push', '-q', 'origin', 'main');
    work.git('checkout', '-q', 'feature');
    work.git('merge', '-q', '--no-edit', 'main');
    work.commit('db', { 'app/db.py': f.password().content });
    work.git('push', '-q', 'origin', 'feature:refs/pull/12/head');
    const ci = cloneRepo(origin);
    const vars = {
      NUMBER: 12,
      BASE_REF: 'main',
      BASE_SHA: work.sha('main'),
      HEAD_REF: 'feature',
      HEAD_SHA: work.sha(),
      COMMITS: 3,
      CHANGED_FILES: 2,
    };

    for (const event of ['pull_request', 'pull_request_target'] as const) {
      const payload = loadEvent(`${event}-opened`, vars, work);
      const r = await scan(ci.dir, { eventName: event, payload, inputs: REPORTS });
      expect(r.failed, log(r)).toBe(true);
      // The feature commit, the merge and the last commit; main's key is behind the merge base.
      expect(r.outputs['scanned-commits'], log(r)).toBe('3');
      expect(ruleFiles(jsonFindings(r))).toEqual(['generic-api-key app/db.py', 'github-pat app/client.py']);
      // (the summary escapes Markdown and defuses references: `pull\_request \#\u200b12`)
      expect(r.summary.replaceAll('\\', '').replaceAll('\u200b', '')).toContain(`${event} #12: 3 commits`);
    }
    // Only objects were fetched: nothing of the PR was checked out in the workspace.
    expect(ci.sha()).toBe(vars.BASE_SHA);
    expect(fs.existsSync(path.join(ci.dir, 'app', 'client.py'))).toBe(false);
  });

  it('push of a new branch: the commits not on the default branch', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(3);
    const { origin, work } = project(f);
    work.git('checkout', '-q', '-b', 'topic');
    const c1 = work.commit('token', { 'tools/notify.py': f.slackToken().content });
    const c2 = work.commit('more', { 'tools/aws.py': f.awsKeyId().content });
    work.git('push', '-q', 'origin', 'topic');
    const ci = cloneRepo(origin, { branch: 'topic' });
    const payload = loadEvent(
      'push-new-branch',
      { BRANCH: 'topic', AFTER: c2, COMMIT_1: c1, COMMIT_2: c2 },
      work,
    );

    const r = await scan(ci.dir, { eventName: 'push', payload, inputs: REPORTS });

    expect(r.outputs['scanned-commits'], log(r)).toBe('2');
    expect(ruleFiles(jsonFindings(r))).toEqual([
      'aws-access-token tools/aws.py',
      'slack-bot-token tools/notify.py',
    ]);
    expect(r.summary).toContain('push (new branch topic): 2 commits');
  });

  it('force push whose before is gone: the pushed commits only', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(4);
    const { origin, work } = project(f);
    work.git('checkout', '-q', '-b', 'topic');
    work.commit('draft', { 'draft.py': f.password('api_secret').content });
    work.git('push', '-q', 'origin', 'topic');
    const before = work.sha();
    work.git('reset', '-q', '--hard', 'main');
    const c1 = work.commit('final 1', { 'final.py': f.githubToken().content });
    const c2 = work.commit('final 2', { 'notes.md': 'n\n' });
    const c3 = work.commit('final 3', { 'more.md': 'm\n' });
    work.git('push', '-q', '--force', 'origin', 'topic');
    pruneUnreachable(origin);
    const ci = cloneRepo(origin, { branch: 'topic' });
    const payload = loadEvent(
      'push-forced',
      { BRANCH: 'topic', BEFORE: before, AFTER: c3, COMMIT_1: c1, COMMIT_2: c2, COMMIT_3: c3 },
      work,
    );

    const r = await scan(ci.dir, { eventName: 'push', payload, inputs: REPORTS });

    expect(r.outputs['scanned-commits'], log(r)).toBe('3');
    // The draft's secret was force-pushed away: it is not in the repository, and not reported.
    expect(ruleFiles(jsonFindings(r))).toEqual(['github-pat final.py']);
    expect(r.summary).toContain('force push rewrote history');
  });

  it('deepens a shallow clone as far as the range needs', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(5);
    const { origin, work } = project(f);
    const before = work.sha();
    const shas = [
      work.commit('one', { 'a.py': f.awsKeyId().content }),
      work.commit('two', { 'b.txt': 'b\n' }),
      work.commit('three', { 'c.txt': 'c\n' }),
    ] as [string, string, string];
    work.git('push', '-q', 'origin', 'main');
    const ci = cloneRepo(origin, { depth: 1 });
    expect(ci.isShallow()).toBe(true);
    const payload = loadEvent(
      'push',
      {
        BRANCH: 'main',
        BEFORE: before,
        AFTER: shas[2],
        COMMIT_1: shas[0],
        COMMIT_2: shas[1],
        COMMIT_3: shas[2],
      },
      work,
    );

    const r = await scan(ci.dir, { eventName: 'push', payload, inputs: REPORTS });

    expect(r.outputs['scanned-commits'], log(r)).toBe('3');
    expect(ruleFiles(jsonFindings(r))).toEqual(['aws-access-token a.py']);
    expect(log(r)).toMatch(/Shallow clone: fetching \d+ more commits of history from origin/);
  });

  it('fails on a shallow clone it cannot deepen, saying which fetch-depth is needed', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(6);
    const { origin, work } = project(f);
    const before = work.sha();
    const shas = work.commits(3, 'c') as [string, string, string];
    work.git('push', '-q', 'origin', 'main');
    const ci = cloneRepo(origin, { depth: 1 });
    ci.git('remote', 'remove', 'origin');
    const payload = loadEvent(
      'push',
      {
        BRANCH: 'main',
        BEFORE: before,
        AFTER: shas[2],
        COMMIT_1: shas[0],
        COMMIT_2: shas[1],
        COMMIT_3: shas[2],
      },
      work,
    );

    const r = await scan(ci.dir, { eventName: 'push', payload, inputs: REPORTS });

    expect(r.failed).toBe(true);
    expect(errors(r).join('\n')).toContain('`fetch-depth: 0`');
    expect(errors(r).join('\n')).toContain('`fetch-depth: 4`');
    // Never a clean report: no scan ran, no report was written.
    expect(r.outputs['json-file']).toBeUndefined();
    expect(r.summary).not.toContain('no secrets found');
  });

  it('merge_group: base..head of the group; schedule: the whole history', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(7);
    const { origin, work, old } = project(f);
    const base = work.sha();
    work.commit('queued', { 'q.py': f.githubToken().content });
    work.git('push', '-q', 'origin', 'main:refs/heads/gh-readonly-queue/main/pr-3');
    const ci = cloneRepo(origin, { allBranches: true });
    const payload = loadEvent(
      'merge_group-checks_requested',
      {
        NUMBER: 3,
        BASE_REF: 'main',
        BASE_SHA: base,
        HEAD_SHA: work.sha(),
      },
      work,
    );

    const mg = await scan(ci.dir, { eventName: 'merge_group', payload, inputs: REPORTS });
    expect(mg.outputs['scanned-commits'], log(mg)).toBe('1');
    expect(ruleFiles(jsonFindings(mg))).toEqual(['github-pat q.py']);

    const sched = await scan(ci.dir, {
      eventName: 'schedule',
      payload: loadEvent('schedule', {}),
      inputs: REPORTS,
    });
    expect(sched.outputs['scanned-commits'], log(sched)).toBe('2');
    expect(ruleFiles(jsonFindings(sched))).toEqual(['slack-bot-token legacy/slack.py']);
    expect(old.rule).toBe('slack-bot-token');
  });
});
