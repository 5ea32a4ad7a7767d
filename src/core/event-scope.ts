import {
  EventError,
  isSafeBranchName,
  type JsonObject,
  mergeGroupInfo,
  type PushInfo,
  pullRequestInfo,
  pushInfo,
} from './event.js';
import {
  boundaryOf,
  deepenUntil,
  defaultRemote,
  diffNames,
  ensureCommits,
  HistoryError,
  isShallow,
  mergeBase,
  parentsOf,
  remoteRefs,
  resolveCommit,
  revCount,
  revList,
  shallowCommits,
  shortSha,
  treeFiles,
  unshallow,
} from './git.js';
import type { Runtime } from './runtime.js';

/**
 * Which commits (and so which files) a workflow event brings: the pushed commits, a pull request's own
 * commits since its merge base, a merge group, or the whole history for scheduled and manual runs.
 */

export type ScopeReason =
  /** `before..after` of a push. */
  | 'push'
  /** A new branch: the commits not on the default branch. */
  | 'push-new-branch'
  /** A force push whose `before` is gone: the commits not on any other remote branch, or the payload's list. */
  | 'push-before-missing'
  /** A deleted branch or tag: nothing to scan. */
  | 'push-deleted'
  /** A tag: the tagged commit's commits that are not on the default branch. */
  | 'tag'
  | 'pull-request'
  | 'merge-group'
  /** Everything reachable from HEAD (schedule, workflow_dispatch, unknown events, fallbacks). */
  | 'full-history';

export interface Scope {
  /** `none` means there is nothing to scan (a deleted branch); commitsInRange and changedFiles return []. */
  kind: 'range' | 'all' | 'none';
  reason: ScopeReason;
  event: string;
  /** The commit the range starts after (exclusive): `before`, the merge base, ... Unset for `all`/`none`. */
  base?: string;
  /** The newest commit in scope (for `all`, HEAD). Empty for `none`. */
  head: string;
  /** Commits whose history is left out; `range` scopes have at least one (usually exactly `base`). */
  excluded: string[];
  /** `base..head` as git log takes it; with several excluded commits, `head ^x ^y`. Unset for `all`/`none`. */
  range?: string;
  /** The same selection as argv for `git rev-list`/`git log`: `[head, '^base']`, or `[head]` for all. */
  revArgs: string[];
  commits: number;
  /** One line for summaries: `push: 3 commits a1b2c3d..c3d4e5f`. */
  description: string;
  /** Commits of history the scope needs, when known (for the fetch-depth advice in errors). */
  needed?: number;
}

export interface ResolveScopeOptions {
  eventName: string;
  payload: JsonObject;
  cwd: string;
  runtime: Runtime;
  /** Used when the payload has no `repository.default_branch`. */
  defaultBranch?: string;
}

interface Ctx {
  cwd: string;
  runtime: Runtime;
  event: string;
  remote: string | undefined;
  log: (m: string) => void;
}

const plural = (n: number) => `${n} commit${n === 1 ? '' : 's'}`;

/**
 * Works out the scope of an event in the repository at `cwd`, fetching missing objects (never checking
 * anything out) and deepening a shallow clone as far as the scope needs (see ensureHistory).
 */
export async function resolveScope(opts: ResolveScopeOptions): Promise<Scope> {
  const ctx: Ctx = {
    cwd: opts.cwd,
    runtime: opts.runtime,
    event: opts.eventName,
    remote: await defaultRemote(opts.cwd),
    log: (m) => opts.runtime.info(m),
  };
  const scope = await resolve(ctx, opts);
  ctx.log(`Scope: ${scope.description}`);
  return scope;
}

async function resolve(ctx: Ctx, opts: ResolveScopeOptions): Promise<Scope> {
  switch (opts.eventName) {
    case 'push':
      return pushScope(ctx, pushInfo(opts.payload), opts.defaultBranch);
    case 'pull_request':
    case 'pull_request_target':
      return pullRequestScope(ctx, opts.payload);
    case 'merge_group':
      return mergeGroupScope(ctx, opts.payload);
    case 'schedule':
      return allScope(ctx, 'scheduled runs scan the whole history');
    case 'workflow_dispatch':
      return allScope(ctx, 'manual runs scan the whole history');
    case 'none':
      return allScope(ctx, 'as there is no GitHub event (not running in Actions)');
    default:
      return allScope(ctx, `event '${opts.eventName}' has no commit range, so the whole history`);
  }
}

async function pushScope(ctx: Ctx, p: PushInfo, fallbackDefault?: string): Promise<Scope> {
  const ref = p.ref ?? '(unknown ref)';
  if (p.deleted) {
    return {
      kind: 'none',
      reason: 'push-deleted',
      event: ctx.event,
      head: '',
      excluded: [],
      revArgs: [],
      commits: 0,
      description: p.ref
        ? `push: ${ref} was deleted; nothing to scan`
        : 'push: a branch or tag was deleted (the payload names no ref); nothing to scan',
    };
  }
  if (!p.after) throw new EventError(`The push payload has no 'after' commit sha (ref ${ref}).`);
  await requireCommits(ctx, [p.after], 'the pushed commit (after)');
  const defaultBranch = isSafeBranchName(p.defaultBranch) ? p.defaultBranch : fallbackDefault;
  const branch = p.ref?.startsWith('refs/heads/') ? p.ref.slice('refs/heads/'.length) : undefined;
  const needed = p.commitIds.length > 0 && p.commitIds.length < 2048 ? p.commitIds.length + 1 : undefined;

  if (p.ref?.startsWith('refs/tags/')) {
    const tag = p.ref.slice('refs/tags/'.length);
    const head = (await resolveCommit(ctx.cwd, p.after)) ?? p.after; // an annotated tag peels to its commit
    const main = await defaultBranchCommit(ctx, defaultBranch);
    if (!main) return allScope(ctx, `tag ${tag}: default branch not found, so the tag's whole history`, head);
    return rangeScope(ctx, {
      reason: 'tag',
      head,
      excluded: [main],
      label: `push (tag ${tag})`,
      qualifier: `not on ${defaultBranch}`,
    });
  }
  if (p.created) {
    if (branch !== undefined && branch === defaultBranch) {
      return allScope(ctx, `push created the default branch ${branch}, so its whole history`, p.after);
    }
    const main = await defaultBranchCommit(ctx, defaultBranch);
    if (main) {
      const label = `push (new branch ${branch ?? ref})`;
      const qualifier = `not on ${defaultBranch}`;
      return rangeScope(ctx, {
        reason: 'push-new-branch',
        head: p.after,
        excluded: [main],
        label,
        qualifier,
        needed,
      });
    }
    return pushedCommits(ctx, p, branch, `new branch ${branch ?? ref} and the default branch was not found`);
  }
  if (p.before && (await ensureCommits(ctx.cwd, ctx.remote, [p.before], ctx.log)).length === 0) {
    return rangeScope(ctx, {
      reason: 'push',
      head: p.after,
      excluded: [p.before],
      label: p.forced ? 'push (forced)' : 'push',
      needed,
    });
  }
  const why = p.before
    ? `before ${shortSha(p.before)} is not in the repository and could not be fetched${p.forced ? ' (force push rewrote history)' : ''}`
    : `the payload has no 'before' sha`;
  return pushedCommits(ctx, p, branch, why);
}

/**
 * The pushed commits when there is no usable `before`: `after` minus everything on other remote branches,
 * or, with no other remote branches here, the commits the payload lists.
 */
async function pushedCommits(ctx: Ctx, p: PushInfo, branch: string | undefined, why: string): Promise<Scope> {
  const after = p.after as string;
  const label = `push${p.forced ? ' (forced)' : ''}`;
  const own = branch && ctx.remote ? `refs/remotes/${ctx.remote}/${branch}` : undefined;
  const others = [...(await remoteRefs(ctx.cwd)).entries()]
    .filter(([ref]) => ref !== own)
    .map(([, sha]) => sha);
  if (others.length > 0) {
    const selection = [after, ...others.map((s) => `^${s}`)];
    // The boundary is only right once the walk from `after` is not cut short by a shallow clone.
    const what = 'the pushed commits';
    await deepenUntil(
      ctx.cwd,
      ctx.remote,
      [after, ...others],
      () => rangeComplete(ctx.cwd, after, others, true),
      {
        what,
        log: ctx.log,
      },
    );
    const excluded = await boundaryOf(ctx.cwd, selection);
    if (excluded.length === 0) return allScope(ctx, `${why}; no other branch shares its history`, after);
    const note = `${why}; scanned the commits not on any other remote branch`;
    return rangeScope(ctx, { reason: 'push-before-missing', head: after, excluded, label, note });
  }
  const ids = p.commitIds;
  if (ids.length > 0) {
    const needed = ids.length + 1;
    const missing = await ensureCommits(ctx.cwd, ctx.remote, ids, ctx.log);
    if (missing.length > 0)
      throw new HistoryError(
        `The pushed commits ${missing.map(shortSha).join(', ')} are not in the repository`,
        needed,
      );
    // The payload's commits are a contiguous run ending at `after`: what lies outside is their parents.
    const set = new Set(ids);
    const complete = async () => {
      const shallow = await shallowCommits(ctx.cwd);
      return ids.every((id) => !shallow.has(id));
    };
    await deepenUntil(ctx.cwd, ctx.remote, [after], complete, {
      what: 'the parents of the pushed commits',
      needed,
      log: ctx.log,
    });
    const parents = await parentsOf(ctx.cwd, ids);
    const excluded = [...new Set([...parents.values()].flat().filter((s) => !set.has(s)))];
    if (excluded.length === 0) return allScope(ctx, `${why}; the pushed commits start at the root`, after);
    const note = `${why}; scanned the ${plural(ids.length)} the push event lists`;
    return rangeScope(ctx, { reason: 'push-before-missing', head: after, excluded, label, needed, note });
  }
  ctx.runtime.warning(
    `push: ${why}, and there is nothing else to tell the pushed commits apart; scanning the whole history.`,
  );
  return allScope(ctx, `${why}, so the whole history`, after);
}

/** The default branch's commit: `<remote>/<default>`, else the local branch, else fetched from the remote. */
async function defaultBranchCommit(ctx: Ctx, branch: string | undefined): Promise<string | undefined> {
  if (!isSafeBranchName(branch)) return undefined;
  const tracking = ctx.remote ? `refs/remotes/${ctx.remote}/${branch}` : undefined;
  for (const ref of [tracking, `refs/heads/${branch}`]) {
    const sha = ref && (await resolveCommit(ctx.cwd, ref));
    if (sha) return sha;
  }
  if (!ctx.remote || !tracking) return undefined;
  await ensureCommits(ctx.cwd, ctx.remote, [], ctx.log, [`+refs/heads/${branch}:${tracking}`]);
  return resolveCommit(ctx.cwd, tracking);
}

async function pullRequestScope(ctx: Ctx, payload: JsonObject): Promise<Scope> {
  const pr = pullRequestInfo(payload);
  const { baseSha, headSha } = pr;
  if (!baseSha || !headSha) {
    throw new EventError(
      `The ${ctx.event} payload has no pull_request.base.sha / pull_request.head.sha commit ids.`,
    );
  }
  // Objects only: refs/pull/N/head is fetched into FETCH_HEAD, nothing is checked out (pull_request_target).
  const headRefs = pr.number !== undefined ? [`refs/pull/${pr.number}/head`] : [];
  await requireCommits(ctx, [headSha], `pull request head ${shortSha(headSha)}`, headRefs);
  const baseRefs = isSafeBranchName(pr.baseRef) ? [`refs/heads/${pr.baseRef}`] : [];
  await requireCommits(ctx, [baseSha], `pull request base ${shortSha(baseSha)}`, baseRefs);
  const needed = pr.commits !== undefined ? pr.commits + 1 : undefined;
  let mb: string | undefined;
  const found = async () => {
    mb = await mergeBase(ctx.cwd, baseSha, headSha);
    return mb !== undefined && (await rangeComplete(ctx.cwd, headSha, [mb]));
  };
  const what = `the merge base of ${shortSha(baseSha)} and ${shortSha(headSha)}`;
  if (
    !(await deepenUntil(ctx.cwd, ctx.remote, [headSha, baseSha], found, { what, needed, log: ctx.log })) ||
    !mb
  ) {
    throw new EventError(`${ctx.event}: base ${baseSha} and head ${headSha} have no common ancestor.`);
  }
  const label = `${ctx.event}${pr.number !== undefined ? ` #${pr.number}` : ''}`;
  const since = `since the merge base with ${pr.baseRef ?? shortSha(baseSha)}`;
  return rangeScope(ctx, {
    reason: 'pull-request',
    head: headSha,
    excluded: [mb],
    label,
    qualifier: since,
    needed,
  });
}

async function mergeGroupScope(ctx: Ctx, payload: JsonObject): Promise<Scope> {
  const mg = mergeGroupInfo(payload);
  if (!mg.baseSha || !mg.headSha) {
    throw new EventError(
      'The merge_group payload has no merge_group.base_sha / merge_group.head_sha commit ids.',
    );
  }
  await requireCommits(ctx, [mg.headSha, mg.baseSha], 'the merge group commits');
  return rangeScope(ctx, {
    reason: 'merge-group',
    head: mg.headSha,
    excluded: [mg.baseSha],
    label: 'merge_group',
  });
}

async function requireCommits(
  ctx: Ctx,
  shas: string[],
  what: string,
  refspecs: string[] = [],
): Promise<void> {
  const missing = await ensureCommits(ctx.cwd, ctx.remote, shas, ctx.log, refspecs);
  if (missing.length === 0) return;
  const where = ctx.remote
    ? `could not be fetched from ${ctx.remote}`
    : 'the repository has no remote to fetch it from';
  const msg = `${ctx.event}: ${what} (${missing.join(', ')}) is not in the repository and ${where}`;
  if (await isShallow(ctx.cwd)) throw new HistoryError(msg);
  throw new EventError(`${msg}.`);
}

interface RangeSpec {
  reason: ScopeReason;
  head: string;
  excluded: string[];
  /** Start of the description: `push`, `pull_request #7`, ... */
  label: string;
  /** Said after the span, in parentheses: `not on main`. */
  qualifier?: string;
  /** Said after everything, for the unusual cases: why the range is what it is. */
  note?: string;
  needed?: number;
}

async function rangeScope(ctx: Ctx, spec: RangeSpec): Promise<Scope> {
  const { reason, head, excluded, label, qualifier, note, needed } = spec;
  const revArgs = [head, ...excluded.map((e) => `^${e}`)];
  const only = excluded.length === 1 ? excluded[0] : undefined;
  const scope: Scope = {
    kind: 'range',
    reason,
    event: ctx.event,
    base: only,
    head,
    excluded,
    range: only ? `${only}..${head}` : revArgs.join(' '),
    revArgs,
    commits: 0,
    description: '',
    needed,
  };
  await ensureHistory(scope, ctx.cwd, ctx.runtime);
  scope.commits = await revCount(ctx.cwd, revArgs);
  const span = only ? `${shortSha(only)}..${shortSha(head)}` : `up to ${shortSha(head)}`;
  const q = qualifier ? ` (${qualifier})` : '';
  scope.description = `${label}: ${plural(scope.commits)} ${span}${q}${note ? `; ${note}` : ''}`;
  return scope;
}

async function allScope(ctx: Ctx, why: string, headRev = 'HEAD'): Promise<Scope> {
  const head = await resolveCommit(ctx.cwd, headRev);
  if (!head)
    throw new EventError(
      `${ctx.event}: ${headRev} does not name a commit in ${ctx.cwd} (empty repository?).`,
    );
  const scope: Scope = {
    kind: 'all',
    reason: 'full-history',
    event: ctx.event,
    head,
    excluded: [],
    revArgs: [head],
    commits: 0,
    description: '',
  };
  await ensureHistory(scope, ctx.cwd, ctx.runtime);
  scope.commits = await revCount(ctx.cwd, scope.revArgs);
  const span = `full history of ${shortSha(head)} (${plural(scope.commits)})`;
  // Without an event there is no name to start with: the line must still read as a sentence.
  scope.description = ctx.event === 'none' ? `the ${span}, ${why}` : `${ctx.event}: ${span}; ${why}`;
  return scope;
}

/**
 * True when a shallow clone holds the whole selection `head ^x ^y`: no commit in it had its parents cut
 * off, and head meets the excluded side (a visible merge base with each of `meet`, or with any one when
 * `meetAny`). Without that meeting point the walk cannot know which old commits the excluded side
 * already has, and would count them in. A complete repository always passes.
 */
async function rangeComplete(cwd: string, head: string, meet: string[], meetAny = false): Promise<boolean> {
  const shallow = await shallowCommits(cwd);
  if (shallow.size === 0) return true;
  let met = 0;
  for (const m of meet) {
    if (await mergeBase(cwd, head, m)) met++;
    else if (!meetAny) return false;
  }
  if (meet.length > 0 && met === 0) return false;
  const selection = [head, ...meet.map((m) => `^${m}`)];
  return !(await revList(cwd, selection)).some((c) => shallow.has(c));
}

/**
 * Makes the scope's history present: for a shallow clone, fetches missing endpoints, deepens until no
 * commit in the range has its parents cut off, or unshallows for `all`. Throws HistoryError (which says to
 * set `fetch-depth: 0` on actions/checkout) when the repository has no remote or it still cannot.
 */
export async function ensureHistory(scope: Scope, cwd: string, runtime: Runtime): Promise<void> {
  if (scope.kind === 'none') return;
  const remote = await defaultRemote(cwd);
  const log = (m: string) => runtime.info(m);
  const ends = [scope.head, ...scope.excluded];
  const missing = await ensureCommits(cwd, remote, ends, log);
  if (missing.length > 0) {
    throw new HistoryError(
      `Commits ${missing.join(', ')} of the scope are not in the repository and could not be fetched`,
      scope.needed,
    );
  }
  if (scope.kind === 'all') return unshallow(cwd, remote, `a scan of ${scope.event}`, log);
  const what = `the range ${scope.range ?? ''}`;
  const ok = await deepenUntil(cwd, remote, ends, () => rangeComplete(cwd, scope.head, scope.excluded), {
    what,
    needed: scope.needed,
    log,
  });
  if (!ok) throw new HistoryError(`${what} is incomplete in this repository`, scope.needed);
}

/**
 * Files the scope changed, repo-relative; for `all`, every file in HEAD's tree. With `deleted`, deleted files
 * and the old side of renames too (diffNames).
 */
export async function changedFiles(
  scope: Scope,
  cwd: string,
  opts: { deleted?: boolean } = {},
): Promise<string[]> {
  if (scope.kind === 'none') return [];
  if (scope.kind === 'all' || scope.excluded.length === 0) return treeFiles(cwd, scope.head);
  // `base...head`: what head changed since it forked from base. With several excluded commits (a pushed
  // merge), keep the files that differ from every one of them, i.e. the ones the pushed commits touched.
  let result: string[] | undefined;
  for (const base of scope.excluded) {
    const names = await diffNames(cwd, base, scope.head, true, opts);
    result = result === undefined ? names : result.filter((n) => names.includes(n));
  }
  return result ?? [];
}

/** The commits in scope, newest first (all of HEAD's history for `all`, none for `none`). */
export async function commitsInRange(scope: Scope, cwd: string): Promise<string[]> {
  if (scope.kind === 'none') return [];
  return revList(cwd, scope.revArgs);
}
