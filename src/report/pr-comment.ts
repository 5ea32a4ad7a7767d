import { errorMessage } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { isPullRequest, pullRequestFromEvent } from '../github/event.js';
import { GitHubApiError, GitHubClient, type RetryOptions } from '../github/rest.js';
import { openBlockClosers } from './markdown.js';

/** GitHub refuses a comment body over 65,536 characters ("Body is too long (maximum is 65536 characters)"). */
export const COMMENT_MAX_CHARS = 65_536;

export interface PrCommentOptions {
  /** Names the comment: `<!-- pyprod-actions:<action>:<key> -->`. */
  action: string;
  /** Distinguishes several comments of one action in one PR (e.g. per matrix job). Default `report`. */
  key?: string;
  body: string;
  token?: string;
  env?: NodeJS.ProcessEnv;
  /** The REST client's retry settings (tests make the waits instant). */
  retry?: RetryOptions;
}

export interface PrCommentResult {
  status: 'created' | 'updated' | 'skipped' | 'failed';
  reason?: string;
  commentId?: number;
  url?: string;
  truncated?: boolean;
}

interface IssueComment {
  id: number;
  body?: string;
  html_url?: string;
  user?: { login?: string } | null;
}

/**
 * Who the workflow's GITHUB_TOKEN posts as. That token cannot read GET /user ("Resource not accessible by
 * integration"), so its login is known rather than asked: `github-actions[bot]` (user id 41898282 on
 * github.com; logins ending in `[bot]` cannot be taken by a user account).
 */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * The login comments made with this token carry: GET /user's for a user token (a PAT), else the Actions
 * bot. An installation token (`ghs_`) cannot read /user, so it is not asked. A GitHub App's own
 * installation token posts as `<app>[bot]`: its old comment is then not recognised and a new one is made,
 * never someone else's edited.
 */
export async function commenterLogin(client: GitHubClient, token: string): Promise<string> {
  if (token.startsWith('ghs_')) return ACTIONS_BOT_LOGIN;
  try {
    const res = await client.request<{ login?: unknown }>('GET', '/user');
    if (typeof res.data?.login === 'string' && res.data.login) return res.data.login;
  } catch (err) {
    if (err instanceof GitHubApiError && err.rateLimited) throw err;
  }
  return ACTIONS_BOT_LOGIN;
}

export function commentMarker(action: string, key = 'report'): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '-');
  return `<!-- pyprod-actions:${safe(action)}:${safe(key)} -->`;
}

/** Cuts a body to `max` characters (UTF-16 units, as GitHub counts), ending with a line that says so. */
export function fitCommentBody(body: string, max = COMMENT_MAX_CHARS): { body: string; truncated: boolean } {
  if (body.length <= max) return { body, truncated: false };
  const note = (n: number) =>
    `\n\n---\n_This comment was truncated: ${n} characters over GitHub's ${max}-character limit were left out. ` +
    'The job summary, the JSON report and SARIF have everything._\n';
  const noteRoom = note(body.length).length; // the longest the note can be
  let end = max - noteRoom;
  for (;;) {
    let cut = body.lastIndexOf('\n', end);
    if (cut < end / 2) cut = end;
    // Do not split a surrogate pair.
    if (cut > 0 && /[\uD800-\uDBFF]/.test(body.charAt(cut - 1))) cut -= 1;
    const kept = body.slice(0, cut);
    // An unclosed code fence or <details> would swallow the note: close what the cut left open.
    const closing = openBlockClosers(kept);
    if (kept.length + closing.length + noteRoom <= max || cut <= 0) {
      return { body: kept + closing + note(body.length - kept.length), truncated: true };
    }
    end = cut - closing.length - 1;
  }
}

/**
 * Posts or updates one sticky comment on the run's pull request, found by its hidden marker, so a
 * re-run edits the comment instead of adding another. It never fails the step: without a token, outside
 * a pull request or when the API refuses (401/403/404, e.g. the read-only token of a fork's PR) it says
 * why in a notice and returns `skipped`; other API errors become a warning and `failed`.
 */
export async function upsertPrComment(
  runtime: Pick<Runtime, 'notice' | 'warning' | 'info' | 'setSecret'>,
  opts: PrCommentOptions,
): Promise<PrCommentResult> {
  const skip = (reason: string): PrCommentResult => {
    runtime.notice(`Pull request comment skipped: ${reason}.`);
    return { status: 'skipped', reason };
  };
  if (!opts.token) return skip("no token was given (pass the token input, e.g. the workflow's github.token)");
  runtime.setSecret(opts.token);
  const env = opts.env ?? process.env;
  const pr = pullRequestFromEvent(env);
  if (!isPullRequest(pr)) return skip(pr.reason);

  const marker = commentMarker(opts.action, opts.key);
  const { body, truncated } = fitCommentBody(`${marker}\n${opts.body}`);
  const client = new GitHubClient({ token: opts.token, env, retry: opts.retry });
  const base = `/repos/${encodeURIComponent(pr.owner)}/${encodeURIComponent(pr.repo)}/issues`;
  try {
    // Oldest first; stop at the first page that has ours. The marker alone proves nothing (anyone can
    // write it in a comment): only a comment by the identity this token posts as is edited.
    const login = (await commenterLogin(client, opts.token)).toLowerCase();
    let ours: IssueComment | undefined;
    for await (const page of client.pages<IssueComment>(`${base}/${pr.number}/comments?per_page=100`)) {
      ours = page.find(
        (c) =>
          typeof c.body === 'string' && c.body.includes(marker) && c.user?.login?.toLowerCase() === login,
      );
      if (ours) break;
    }
    const res = ours
      ? await client.request<IssueComment>('PATCH', `${base}/comments/${ours.id}`, { body })
      : await client.request<IssueComment>('POST', `${base}/${pr.number}/comments`, { body });
    const status = ours ? 'updated' : 'created';
    runtime.info(
      `Pull request #${pr.number}: comment ${status}${res.data?.html_url ? ` (${res.data.html_url})` : ''}.`,
    );
    return { status, commentId: res.data?.id, url: res.data?.html_url, truncated };
  } catch (err) {
    if (err instanceof GitHubApiError && err.rateLimited) {
      const reason = `${err.message} — GitHub's rate limit for this token was reached; the comment was not posted`;
      runtime.warning(`Pull request comment failed: ${reason}`);
      return { status: 'failed', reason };
    }
    if (err instanceof GitHubApiError && [401, 403, 404].includes(err.status)) {
      const why =
        err.status === 401
          ? 'the token was not accepted'
          : 'the token may not write to this pull request (a pull request from a fork gets a read-only token; `pull-requests: write` permission is needed)';
      return skip(`${err.message} — ${why}`);
    }
    const reason = errorMessage(err);
    runtime.warning(`Pull request comment failed: ${reason}`);
    return { status: 'failed', reason };
  }
}
