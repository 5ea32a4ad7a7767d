import { errorMessage } from '../core/errors.js';
import { field, type GitHubEvent, int, readEvent } from '../core/event.js';

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

/** Why there is no pull request to comment on, in words for a notice. */
export type NoPullRequest = { reason: string };

/**
 * The pull request this run belongs to, from the event payload at GITHUB_EVENT_PATH:
 * `pull_request.number` (pull_request, pull_request_target, pull_request_review, ...) or
 * `issue.number` for an issue_comment on a pull request (GitHub marks those with `issue.pull_request`).
 * Anything else, or an unreadable payload, gives the reason instead of throwing.
 */
export function pullRequestFromEvent(env: NodeJS.ProcessEnv = process.env): PullRequestRef | NoPullRequest {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0) return { reason: 'GITHUB_REPOSITORY is not set to owner/repo' };
  let event: GitHubEvent;
  try {
    event = readEvent(env);
  } catch (err) {
    return { reason: errorMessage(err) };
  }
  if (event.name === 'none') return { reason: 'there is no workflow event (not running in GitHub Actions)' };
  let number = int(event.payload, 'pull_request.number');
  if (number === undefined && field(event.payload, 'issue.pull_request') !== undefined) {
    number = int(event.payload, 'issue.number');
  }
  if (number === undefined || number < 1)
    return { reason: `the ${event.name} event is not about a pull request` };
  return { owner, repo, number };
}

export function isPullRequest(x: PullRequestRef | NoPullRequest): x is PullRequestRef {
  return 'number' in x;
}
