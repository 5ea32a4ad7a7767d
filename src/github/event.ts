import * as fs from 'node:fs';

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

/** Why there is no pull request to comment on, in words for a notice. */
export type NoPullRequest = { reason: string };

interface EventPayload {
  pull_request?: { number?: unknown };
  issue?: { number?: unknown; pull_request?: unknown };
}

/**
 * The pull request this run belongs to, from the event payload at GITHUB_EVENT_PATH:
 * `pull_request.number` (pull_request, pull_request_target, pull_request_review, ...) or
 * `issue.number` for an issue_comment on a pull request. Anything else has no pull request.
 */
export function pullRequestFromEvent(env: NodeJS.ProcessEnv = process.env): PullRequestRef | NoPullRequest {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0) return { reason: 'GITHUB_REPOSITORY is not set to owner/repo' };
  const eventPath = env.GITHUB_EVENT_PATH;
  if (!eventPath) return { reason: 'GITHUB_EVENT_PATH is not set (not running in a workflow)' };
  let payload: EventPayload;
  try {
    payload = JSON.parse(fs.readFileSync(eventPath, 'utf8')) as EventPayload;
  } catch (err) {
    return { reason: `the event payload at ${eventPath} could not be read (${(err as Error).message})` };
  }
  const event = env.GITHUB_EVENT_NAME ?? 'unknown';
  let number: unknown = payload.pull_request?.number;
  if (number === undefined && payload.issue?.pull_request) number = payload.issue.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
    return { reason: `the ${event} event is not about a pull request` };
  }
  return { owner, repo, number };
}

export function isPullRequest(x: PullRequestRef | NoPullRequest): x is PullRequestRef {
  return 'number' in x;
}
