import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localRuntime } from '../../../src/core/runtime.js';
import { GitHubClient, parseLinkHeader } from '../../../src/github/rest.js';
import {
  COMMENT_MAX_CHARS,
  commentMarker,
  fitCommentBody,
  upsertPrComment,
} from '../../../src/report/pr-comment.js';
import { type GitHubApiServer, startGitHubApiServer } from '../../support/github-api-server.js';

const TOKEN = 'ghs_TestToken0123456789abcdefABCDEF';
const PR = 42;

let server: GitHubApiServer;
let dir: string;
let lines: string[];

/** The workflow environment of a pull_request run, pointing the API at the loopback server. */
function prEnv(event: unknown = { pull_request: { number: PR } }, name = 'pull_request'): NodeJS.ProcessEnv {
  const eventPath = path.join(dir, `event-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(eventPath, JSON.stringify(event));
  return {
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: name,
  };
}

function runtime(env: NodeJS.ProcessEnv) {
  return localRuntime({ env, log: (l) => lines.push(l), out: (t) => lines.push(t) });
}

beforeEach(async () => {
  server = await startGitHubApiServer({ token: TOKEN, pageSize: 3 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-comment-'));
  lines = [];
});
afterEach(async () => {
  // Whatever happened, the token never reached a log line.
  expect(lines.join('\n')).not.toContain(TOKEN);
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('upsertPrComment against a loopback GitHub API', () => {
  it('creates the comment on the first run and edits the same one on the second', async () => {
    const env = prEnv();
    const first = await upsertPrComment(runtime(env), {
      action: 'python-lint-stack',
      body: 'run 1',
      token: TOKEN,
      env,
    });
    expect(first.status).toBe('created');
    const second = await upsertPrComment(runtime(env), {
      action: 'python-lint-stack',
      body: 'run 2',
      token: TOKEN,
      env,
    });
    expect(second).toMatchObject({ status: 'updated', commentId: first.commentId });

    expect(server.comments).toHaveLength(1);
    expect(server.comments[0]?.body).toBe(`${commentMarker('python-lint-stack')}\nrun 2`);
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/octo-org/octo-repo/issues/${PR}/comments`,
      `POST /repos/octo-org/octo-repo/issues/${PR}/comments`,
      `GET /repos/octo-org/octo-repo/issues/${PR}/comments`,
      `PATCH /repos/octo-org/octo-repo/issues/comments/${first.commentId}`,
    ]);
    for (const r of server.requests) {
      expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(r.headers['user-agent']).toContain('pyprod-actions');
      expect(r.headers.accept).toBe('application/vnd.github+json');
    }
  });

  it('follows Link rel="next" to find its comment on a later page', async () => {
    for (let i = 0; i < 4; i++) server.seed(PR, `someone else's comment ${i}`);
    const ours = server.seed(PR, `${commentMarker('secret-scan')}\nold report`, 'github-actions[bot]');
    for (let i = 0; i < 4; i++) server.seed(PR, `a later comment ${i}`); // pages 2 and 3
    const env = prEnv();
    const res = await upsertPrComment(runtime(env), {
      action: 'secret-scan',
      body: 'new report',
      token: TOKEN,
      env,
    });

    expect(res).toMatchObject({ status: 'updated', commentId: ours.id });
    const pages = server.requests.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2']); // page 2 held our comment, so page 3 was not fetched
    expect(server.comments.filter((c) => c.body.includes(commentMarker('secret-scan')))).toHaveLength(1);
    expect(server.comments.find((c) => c.id === ours.id)?.body).toContain('new report');
  });

  it('keeps comments of other actions and keys apart', async () => {
    const env = prEnv();
    await upsertPrComment(runtime(env), { action: 'license-gate', body: 'a', token: TOKEN, env });
    await upsertPrComment(runtime(env), {
      action: 'license-gate',
      key: 'py3.12',
      body: 'b',
      token: TOKEN,
      env,
    });
    await upsertPrComment(runtime(env), { action: 'deptry-report', body: 'c', token: TOKEN, env });
    expect(server.comments).toHaveLength(3);
  });

  it('answers 403 (a fork PR with a read-only token) with a notice, not a failure', async () => {
    server.failWith(403);
    const env = prEnv();
    const res = await upsertPrComment(runtime(env), {
      action: 'python-lint-stack',
      body: 'x',
      token: TOKEN,
      env,
    });
    expect(res.status).toBe('skipped');
    expect(res.reason).toContain('answered 403: Resource not accessible by integration');
    expect(
      lines.some((l) => l.startsWith('notice: Pull request comment skipped:') && l.includes('fork')),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('warning:'))).toBe(false);
  });

  it('skips with a notice when the token is wrong (401)', async () => {
    const env = prEnv();
    const res = await upsertPrComment(runtime(env), { action: 'a', body: 'x', token: 'ghs_wrong', env });
    expect(res.status).toBe('skipped');
    expect(res.reason).toMatch(/answered 401: Bad credentials/);
  });

  it('skips with a notice when there is no token, sending nothing', async () => {
    const env = prEnv();
    const res = await upsertPrComment(runtime(env), { action: 'a', body: 'x', env });
    expect(res).toMatchObject({ status: 'skipped' });
    expect(lines).toEqual([
      expect.stringMatching(/^notice: Pull request comment skipped: no token was given/),
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('skips with a notice outside a pull request', async () => {
    const env = prEnv({ ref: 'refs/heads/main', commits: [] }, 'push');
    const res = await upsertPrComment(runtime(env), { action: 'a', body: 'x', token: TOKEN, env });
    expect(res.status).toBe('skipped');
    expect(res.reason).toBe('the push event is not about a pull request');
    const issueEnv = prEnv({ issue: { number: 7 } }, 'issue_comment'); // a comment on a plain issue
    expect(
      (await upsertPrComment(runtime(issueEnv), { action: 'a', body: 'x', token: TOKEN, env: issueEnv }))
        .status,
    ).toBe('skipped');
    expect(server.requests).toHaveLength(0);
  });

  it('takes the PR number from issue.number for an issue_comment on a pull request', async () => {
    const env = prEnv(
      { issue: { number: PR, pull_request: { url: 'x' } }, comment: { body: '/lint' } },
      'issue_comment',
    );
    const res = await upsertPrComment(runtime(env), { action: 'a', body: 'x', token: TOKEN, env });
    expect(res.status).toBe('created');
    expect(server.comments[0]?.issue).toBe(PR);
  });

  it('truncates a body over 65,536 characters so GitHub accepts it, and says so', async () => {
    const env = prEnv();
    const huge = `<details><summary>All</summary>\n\n${'| row | with some text |\n'.repeat(4_000)}\n</details>\n`;
    expect(huge.length).toBeGreaterThan(COMMENT_MAX_CHARS);
    const res = await upsertPrComment(runtime(env), { action: 'a', body: huge, token: TOKEN, env });
    expect(res).toMatchObject({ status: 'created', truncated: true });
    const posted = server.comments[0]?.body ?? '';
    expect(posted.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(posted.startsWith(commentMarker('a'))).toBe(true);
    expect(posted).toMatch(/This comment was truncated: \d+ characters over GitHub's 65536-character limit/);
    expect(posted.match(/<details/g)?.length).toBe(posted.match(/<\/details>/g)?.length);
  });

  it('reports other API failures as a warning without throwing', async () => {
    server.failWith(502);
    const env = prEnv();
    const waits: number[] = [];
    const res = await upsertPrComment(runtime(env), {
      action: 'a',
      body: 'x',
      token: TOKEN,
      env,
      retry: { sleep: async (ms) => void waits.push(ms) },
    });
    expect(res.status).toBe('failed');
    expect(lines.some((l) => l.startsWith('warning: Pull request comment failed: GitHub API GET'))).toBe(
      true,
    );
    // Retried with back-off before giving up.
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(res.reason).toContain('after 4 attempts');
  });
});

describe('GitHubClient', () => {
  it('refuses to follow a pagination link to another origin with the token', async () => {
    const client = new GitHubClient({ token: TOKEN, baseUrl: server.url });
    await expect(client.request('GET', 'https://evil.example/steal')).rejects.toThrow(
      /refusing to send the GitHub token/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('parses Link headers', () => {
    expect(parseLinkHeader('<https://a/x?page=2>; rel="next", <https://a/x?page=9>; rel="last"')).toEqual({
      next: 'https://a/x?page=2',
      last: 'https://a/x?page=9',
    });
    expect(parseLinkHeader(undefined)).toEqual({});
  });

  it('truncation leaves short bodies alone', () => {
    expect(fitCommentBody('short')).toEqual({ body: 'short', truncated: false });
  });
});
