// Attack: a pull request adds a token and, in the same pull request, exempts it: a `.gitleaksignore` line
// with its fingerprint, or a `.gitleaks.toml` whose allowlist covers its file. The positive control cannot
// see a narrow exemption, and gitleaks reads both files from the checkout (the pull request's merge commit).
// Through the built secret-scan bundle on real repositories: the scan uses the base's versions of the files
// the pull request changes, fails on the token, says so in the summary, and shows the token nowhere.
import { afterAll, describe, expect, it } from 'vitest';
import { loadEvent } from '../../fixtures/events/load.js';
import { cleanupRepos, cloneRepo } from '../../support/git-repo.js';
import {
  cleanupRuns,
  everythingWritten,
  jsonFindings,
  log,
  missingTools,
  project,
  scan,
} from '../secret-scan/helpers.js';
import { SecretFactory } from '../secret-scan/planted.js';

const skipReason = missingTools();
afterAll(() => {
  cleanupRuns();
  cleanupRepos();
});

const REPORTS = { 'json-file': '../cfg.json', 'sarif-file': '../cfg.sarif' };

type Exemption = 'gitleaksignore' | 'gitleaks.toml';

function attack(seed: number, how: Exemption) {
  const f = new SecretFactory(seed);
  const { origin, work } = project(f);
  const main = work.sha();
  work.git('checkout', '-q', '-b', 'feature');
  const token = f.githubToken();
  work.commit('client', { 'app/client.py': token.content });
  const leak = work.sha();
  const line = token.content.split('\n').findIndex((l) => l.includes(token.value)) + 1;
  work.commit(
    'config',
    how === 'gitleaksignore'
      ? { '.gitleaksignore': `${leak}:app/client.py:github-pat:${line}\n` }
      : {
          '.gitleaks.toml':
            "[extend]\nuseDefault = true\n\n[allowlist]\ndescription = 'generated'\npaths = ['''app/client\\.py''']\n",
        },
  );
  const head = work.sha();
  work.git('push', '-q', 'origin', 'feature', 'feature:refs/pull/7/head');
  const event = loadEvent(
    'pull_request-opened',
    {
      NUMBER: 7,
      BASE_REF: 'main',
      BASE_SHA: main,
      HEAD_REF: 'feature',
      HEAD_SHA: head,
      COMMITS: 2,
      CHANGED_FILES: 2,
    },
    work,
  );
  // The checkout a pull_request run has: the pull request's files.
  const ci = cloneRepo(origin, { branch: 'feature' });
  return { ci, token, leak, event };
}

describe.each([
  ['a .gitleaksignore line for the new token', 'gitleaksignore', '.gitleaksignore', 61],
  ['a .gitleaks.toml allowlisting its file', 'gitleaks.toml', '.gitleaks.toml', 62],
] as const)('a pull request that exempts its own secret with %s', (_name, how, file, seed) => {
  it('is scanned with the base branch configuration and fails', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const a = attack(seed, how);
    const r = await scan(a.ci.dir, { eventName: 'pull_request', payload: a.event, inputs: REPORTS });

    expect(r.failed, log(r)).toBe(true);
    expect(jsonFindings(r).map((x) => `${x.rule} ${x.file} ${x.data.commit}`)).toEqual([
      `github-pat app/client.py ${a.leak}`,
    ]);
    expect(r.summary).toContain('Changed by this pull request:');
    expect(r.summary).toContain(file);
    expect(log(r)).toContain("changes the secret scanner's configuration");
    expect(everythingWritten(r)).not.toContain(a.token.value);
  });
});

describe('a push of the same commits (the configuration is the branch owner’s)', () => {
  it('uses the checkout’s configuration, so a merged exemption keeps working', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const a = attack(63, 'gitleaksignore');
    const r = await scan(a.ci.dir, {
      eventName: 'workflow_dispatch',
      payload: loadEvent('workflow_dispatch', {}),
      inputs: { ...REPORTS, scope: 'history' },
    });
    // Only main's planted Slack token is left: the feature's token is exempted by its .gitleaksignore line.
    expect(jsonFindings(r).map((x) => x.rule)).toEqual(['slack-bot-token']);
    expect(r.summary).not.toContain('Changed by this pull request:');
  });
});
