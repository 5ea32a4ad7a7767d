import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localRuntime } from '../../../src/core/runtime.js';
import { GitHubApiError, GitHubClient } from '../../../src/github/rest.js';
import { upsertPrComment } from '../../../src/report/pr-comment.js';
import { type GitHubApiServer, startGitHubApiServer } from '../../support/github-api-server.js';

const TOKEN = 'ghs_RetryToken0123456789abcdef';
const LIST = '/repos/octo-org/octo-repo/issues/5/comments';
let server: GitHubApiServer;
let waits: number[];

const client = (retry = {}) =>
  new GitHubClient({
    token: TOKEN,
    baseUrl: server.url,
    retry: {
      sleep: async (ms: number) => {
        waits.push(ms);
      },
      ...retry,
    },
  });

beforeEach(async () => {
  server = await startGitHubApiServer({ token: TOKEN });
  waits = [];
});
afterEach(async () => {
  await server.close();
});

describe('GitHubClient retries', () => {
  it('retries a 500 with back-off and returns the 200 that follows', async () => {
    server.script({ status: 500 }, { status: 503 });
    const res = await client().request<unknown[]>('GET', LIST);
    expect(res.status).toBe(200);
    expect(waits).toEqual([1000, 2000]);
    expect(server.requests).toHaveLength(3);
  });

  it('waits as long as Retry-After says on a 429', async () => {
    server.script({ status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too many requests' } });
    const res = await client().request('GET', LIST);
    expect(res.status).toBe(200);
    expect(waits).toEqual([1000]);
  });

  it('really sleeps for Retry-After when no sleep is injected', async () => {
    server.script({ status: 429, headers: { 'retry-after': '1' } });
    const c = new GitHubClient({ token: TOKEN, baseUrl: server.url });
    const t0 = performance.now();
    await c.request('GET', LIST);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(990);
  });

  it('recognises a secondary rate limit 403 by its message and by x-ratelimit headers', async () => {
    server.script(
      {
        status: 403,
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        },
      },
      {
        status: 403,
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 2),
        },
        body: { message: 'API rate limit exceeded' },
      },
    );
    const res = await client({ maxWaitMs: 120_000 }).request('GET', LIST);
    expect(res.status).toBe(200);
    expect(waits[0]).toBe(60_000);
    expect(waits[1]).toBeGreaterThan(0);
    expect(waits[1]).toBeLessThanOrEqual(2000);
  });

  it('does not retry a plain 403 (no rate limit)', async () => {
    server.failWith(403);
    const err = await client()
      .request('GET', LIST)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect((err as GitHubApiError).rateLimited).toBe(false);
    expect(server.requests).toHaveLength(1);
  });

  it('gives up on a persistent 502 after the last attempt with a clear error', async () => {
    server.script(...Array.from({ length: 10 }, () => ({ status: 502, body: { message: 'Bad Gateway' } })));
    const err = await client()
      .request('GET', LIST)
      .catch((e: unknown) => e);
    expect((err as Error).message).toBe(`GitHub API GET ${LIST} answered 502: Bad Gateway after 4 attempts`);
    expect(server.requests).toHaveLength(4);
    expect(waits).toEqual([1000, 2000, 4000]);
  });

  it('retries a refused connection, then fails with the network error', async () => {
    const closed = await startGitHubApiServer({ token: TOKEN });
    const url = closed.url;
    await closed.close();
    const c = new GitHubClient({
      token: TOKEN,
      baseUrl: url,
      retry: { sleep: async (ms: number) => void waits.push(ms) },
    });
    await expect(c.request('GET', LIST)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(waits).toEqual([1000, 2000, 4000]);
  });

  it('does not wait longer than the cap: a Retry-After of an hour fails at once', async () => {
    server.script({ status: 429, headers: { 'retry-after': '3600' } });
    const err = await client()
      .request('GET', LIST)
      .catch((e: unknown) => e);
    expect((err as GitHubApiError).rateLimited).toBe(true);
    expect(waits).toEqual([]);
  });

  it('does not resend a POST after a 500 (the comment may exist), but does after a rate limit', async () => {
    server.script({ status: 500 });
    await expect(client().request('POST', LIST, { body: 'x' })).rejects.toThrow(/answered 500/);
    server.script({ status: 429, headers: { 'retry-after': '1' } });
    const res = await client().request('POST', LIST, { body: 'x' });
    expect(res.status).toBe(201);
    expect(server.comments).toHaveLength(1);
  });
});

describe('a rate-limited pull request comment', () => {
  it('is reported as a rate limit, not as a token that may not write', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-rest-'));
    try {
      const eventPath = path.join(dir, 'event.json');
      fs.writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 5 } }));
      const env = {
        GITHUB_API_URL: server.url,
        GITHUB_REPOSITORY: 'octo-org/octo-repo',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_EVENT_NAME: 'pull_request',
      };
      const lines: string[] = [];
      const rt = localRuntime({ env, workspace: dir, log: (l) => lines.push(l), out: () => {} });
      const secondary = {
        status: 403,
        body: { message: 'You have exceeded a secondary rate limit' },
        headers: { 'retry-after': '120' },
      };
      server.script(secondary);
      const r = await upsertPrComment(rt, {
        action: 'lint',
        body: 'x',
        token: TOKEN,
        env,
        retry: { sleep: async () => {} },
      });
      expect(r.status).toBe('failed');
      expect(r.reason).toContain('rate limit');
      expect(lines.join('\n')).not.toContain('may not write');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
