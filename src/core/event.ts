import { readFileSync } from 'node:fs';
import { isSha } from './git.js';

/**
 * The workflow event: its name (GITHUB_EVENT_NAME) and the webhook payload GitHub wrote to the file at
 * GITHUB_EVENT_PATH. Payloads are read as unknown JSON and only the fields this project needs are taken
 * out, each checked for its type, so a surprising payload gives `undefined` rather than a crash later.
 */

export type JsonObject = { readonly [key: string]: unknown };

export interface GitHubEvent {
  /** e.g. `push`, `pull_request`; `none` outside GitHub Actions (neither variable set). */
  name: string;
  /** The payload file, when there is one. */
  path?: string;
  payload: JsonObject;
}

/** A problem with the event variables or payload: the message names the variable and what is wrong. */
export class EventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventError';
  }
}

/** Reads the event of the running workflow. Outside Actions (both variables unset) it is `none` with `{}`. */
export function readEvent(env: NodeJS.ProcessEnv = process.env): GitHubEvent {
  const name = env.GITHUB_EVENT_NAME?.trim() ?? '';
  const file = env.GITHUB_EVENT_PATH?.trim() ?? '';
  if (!name && !file) return { name: 'none', payload: {} };
  if (!name) {
    throw new EventError(
      `GITHUB_EVENT_NAME is not set although GITHUB_EVENT_PATH is (${file}); set both or neither.`,
    );
  }
  if (!file) {
    throw new EventError(
      `GITHUB_EVENT_PATH is not set for event '${name}': it must name the JSON file with the event payload.`,
    );
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${(e as Error).message})`;
    throw new EventError(
      `GITHUB_EVENT_PATH points to ${file}, which ${why}; it must be the event payload JSON file.`,
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (e) {
    throw new EventError(`GITHUB_EVENT_PATH file ${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (!isObject(payload)) {
    const got = payload === null ? 'null' : Array.isArray(payload) ? 'an array' : typeof payload;
    throw new EventError(
      `GITHUB_EVENT_PATH file ${file} must hold a JSON object (the event payload), got ${got}.`,
    );
  }
  return { name, path: file, payload };
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value at a dotted path (`pull_request.head.sha`), or undefined when any step is missing. */
export function field(obj: unknown, dotted: string): unknown {
  let cur: unknown = obj;
  for (const key of dotted.split('.')) {
    if (!isObject(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

export function str(obj: unknown, dotted: string): string | undefined {
  const v = field(obj, dotted);
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

export function bool(obj: unknown, dotted: string): boolean {
  return field(obj, dotted) === true;
}

export function int(obj: unknown, dotted: string): number | undefined {
  const v = field(obj, dotted);
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
}

/**
 * The all-zeros id GitHub sends as `before` for a created ref and as `after` for a deleted one
 * (40 zeros, or 64 in a SHA-256 repository).
 */
export function isZeroSha(value: unknown): boolean {
  return typeof value === 'string' && /^(?:0{40}|0{64})$/.test(value);
}

/** A sha from the payload: a real commit id, or undefined for missing, malformed or all-zeros values. */
export function shaField(obj: unknown, dotted: string): string | undefined {
  const v = str(obj, dotted)?.toLowerCase();
  return isSha(v) && !isZeroSha(v) ? v : undefined;
}

export interface PushInfo {
  /** Full ref, e.g. `refs/heads/main` or `refs/tags/v1.2.0`. */
  ref?: string;
  before?: string;
  after?: string;
  created: boolean;
  deleted: boolean;
  forced: boolean;
  /** `payload.commits[].id` (GitHub lists at most 2048). */
  commitIds: string[];
  defaultBranch?: string;
}

export function pushInfo(payload: JsonObject): PushInfo {
  const commits = field(payload, 'commits');
  const commitIds = Array.isArray(commits) ? commits.map((c) => shaField(c, 'id')).filter(isSha) : [];
  return {
    ref: str(payload, 'ref'),
    before: shaField(payload, 'before'),
    after: shaField(payload, 'after'),
    // GitHub sets created/deleted, but the zero sha alone says the same; trust either.
    created: bool(payload, 'created') || isZeroSha(field(payload, 'before')),
    deleted: bool(payload, 'deleted') || isZeroSha(field(payload, 'after')),
    forced: bool(payload, 'forced'),
    commitIds,
    defaultBranch: str(payload, 'repository.default_branch'),
  };
}

export interface PullRequestInfo {
  number?: number;
  baseSha?: string;
  /** The base branch name (set by the repository's maintainers, so safe to use in a ref). */
  baseRef?: string;
  headSha?: string;
  /** Commits in the pull request, as GitHub counts them. */
  commits?: number;
}

/** For pull_request and pull_request_target. Head branch names are left out on purpose: forks choose them. */
export function pullRequestInfo(payload: JsonObject): PullRequestInfo {
  return {
    number: int(payload, 'pull_request.number') ?? int(payload, 'number'),
    baseSha: shaField(payload, 'pull_request.base.sha'),
    baseRef: str(payload, 'pull_request.base.ref'),
    headSha: shaField(payload, 'pull_request.head.sha'),
    commits: int(payload, 'pull_request.commits'),
  };
}

export interface MergeGroupInfo {
  baseSha?: string;
  headSha?: string;
  baseRef?: string;
}

export function mergeGroupInfo(payload: JsonObject): MergeGroupInfo {
  return {
    baseSha: shaField(payload, 'merge_group.base_sha'),
    headSha: shaField(payload, 'merge_group.head_sha'),
    baseRef: str(payload, 'merge_group.base_ref'),
  };
}

/** A branch name that is safe to put after `refs/heads/` or `origin/` in an argv. */
export function isSafeBranchName(name: string | undefined): name is string {
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    !name.startsWith('-') &&
    !name.includes('..') &&
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we reject
    !/[\s~^:?*[\\\x00-\x1f\x7f]/.test(name)
  );
}
