/**
 * Attack: anyone who can comment on a pull request writes a comment holding the action's hidden marker
 * (`<!-- pyprod-actions:license-gate:report -->`). The action used to edit the first comment with the
 * marker, whoever wrote it: the attacker's comment then showed the gate's verdict under the attacker's
 * name, or (edited back by the attacker) replaced it. Only a comment by the identity the token posts as
 * may be edited; anything else is left alone and a new comment is made.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localRuntime } from '../../src/core/runtime.js';
import { commentMarker, upsertPrComment } from '../../src/report/pr-comment.js';
import { loadEvent } from '../fixtures/events/load.js';
import { cleanupRuns, project, scan } from '../itg/secret-scan/helpers.js';
import { SecretFactory } from '../itg/secret-scan/planted.js';
import { requireNode24 } from '../support/action-runner.js';
import { cleanupRepos, cloneRepo } from '../support/git-repo.js';
import { type GitHubApiServer, startGitHubApiServer } from '../support/github-api-server.js';
import { requireTool } from '../support/tools.js';

const PR = 9;
const ATTACKER = 'ATTACKER-MARKER-5f1c';
let server: GitHubApiServer | undefined;
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-sticky-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

function prEnv(url: string): NodeJS.ProcessEnv {
  const eventPath = path.join(dir, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify({ pull_request: { number: PR } }));
  return {
    GITHUB_API_URL: url,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: 'pull_request',
  };
}

async function post(token: string, body: string) {
  if (!server) throw new Error('no server');
  const env = prEnv(server.url);
  const rt = localRuntime({ env, workspace: dir, log: () => {}, out: () => {} });
  return upsertPrComment(rt, { action: 'license-gate', body, token, env });
}

const marker = commentMarker('license-gate');

describe.each([
  { kind: 'the workflow token (github-actions[bot])', token: 'ghs_WorkflowToken0123456789', as: undefined },
  { kind: 'a personal access token (GET /user)', token: 'ghp_PersonalToken0123456789', as: 'release-bot' },
])('sticky comment with $kind', ({ token, as }) => {
  const ourLogin = as ?? 'github-actions[bot]';

  it("does not edit an attacker's comment that carries the marker; makes its own", async () => {
    server = await startGitHubApiServer({ token, userLogin: as, postAs: ourLogin });
    const planted = server.seed(PR, `${marker}\n${ATTACKER} the gate passed`, 'mallory');
    // A user named like the bot but without [bot] (a real account could be called github-actions).
    const lookalike = server.seed(PR, `${marker}\n${ATTACKER} lookalike`, 'github-actions');
    const r = await post(token, 'report 1');
    expect(r.status).toBe('created');
    expect(planted.body).toBe(`${marker}\n${ATTACKER} the gate passed`);
    expect(lookalike.body).toContain(ATTACKER);
    expect(server.requests.filter((q) => q.method === 'PATCH')).toEqual([]);
    const mine = server.comments.find((c) => c.id === r.commentId);
    expect(mine?.user.login).toBe(ourLogin);
    expect(mine?.body).not.toContain(ATTACKER);
  });

  it('edits its own comment, even when an attacker copied the marker into an earlier one', async () => {
    server = await startGitHubApiServer({ token, userLogin: as, postAs: ourLogin });
    server.seed(PR, `${marker}\n${ATTACKER}`, 'mallory');
    const ours = server.seed(PR, `${marker}\nold report`, ourLogin);
    const r = await post(token, 'new report');
    expect(r).toMatchObject({ status: 'updated', commentId: ours.id });
    expect(ours.body).toBe(`${marker}\nnew report`);
    expect(server.comments.filter((c) => c.body.includes(ATTACKER))).toHaveLength(1);
    expect(server.comments).toHaveLength(2);
  });
});

describe('through the secret-scan bundle on a real pull request', () => {
  it("leaves an attacker's marker comment alone and posts its own", async (ctx) => {
    for (const [tool, ok] of [
      ['git', requireTool('git')],
      ['gitleaks', requireTool('gitleaks')],
      ['node 24', requireNode24()],
    ] as const) {
      if (!ok) return ctx.skip(`${tool} is not installed`);
    }
    const token = 'ghs_BundleStickyToken0123456789';
    server = await startGitHubApiServer({ token });
    const scanMarker = commentMarker('secret-scan');
    const planted = server.seed(5, `${scanMarker}\n### ✅ Secret scan: ${ATTACKER} no secrets`, 'mallory');
    const f = new SecretFactory(77);
    const { origin, work } = project(f);
    work.git('checkout', '-q', '-b', 'feature');
    work.commit('client', { 'svc/gh.py': f.githubToken().content });
    work.git('push', '-q', 'origin', 'feature:refs/pull/5/head');
    const vars = {
      NUMBER: 5,
      BASE_REF: 'main',
      BASE_SHA: work.sha('main'),
      HEAD_REF: 'feature',
      HEAD_SHA: work.sha(),
    };
    const r = await scan(cloneRepo(origin).dir, {
      eventName: 'pull_request',
      payload: loadEvent('pull_request-opened', { ...vars, COMMITS: 1, CHANGED_FILES: 1 }, work),
      repository: 'octo-org/octo-repo',
      apiUrl: server.url,
      token,
      inputs: { 'pr-comment': 'true' },
    });
    expect(r.outputs.findings, r.summary).toBe('1');
    // The attacker's comment is untouched; the verdict is in a new comment by the bot.
    expect(planted.body).toBe(`${scanMarker}\n### ✅ Secret scan: ${ATTACKER} no secrets`);
    expect(server.requests.filter((q) => q.method === 'PATCH')).toEqual([]);
    const ours = server.comments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain('❌ Secret scan');
    expect(ours[0]?.body).not.toContain(ATTACKER);
    cleanupRuns();
    cleanupRepos();
  });
});
