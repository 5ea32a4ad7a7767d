import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { ToolError } from './errors.js';
import { type ExecOptions, type ExecResult, execTool } from './exec.js';

/**
 * Thin helpers over the real `git` binary. Every call is an argv array run with `git -C <dir>`; values that
 * come from event payloads are validated (shas) or prefixed (refs/..., ^sha) before they reach an argv, so
 * none can be read as an option.
 */

const FETCH_TIMEOUT_MS = 10 * 60 * 1000;
const QUERY_TIMEOUT_MS = 5 * 60 * 1000;

/** A full commit id: 40 hex digits (SHA-1) or 64 (SHA-256 repositories). */
export const SHA_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export function isSha(value: unknown): value is string {
  return typeof value === 'string' && SHA_RE.test(value);
}

/** The first seven digits, as git and GitHub show commits in one line. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

function gitEnv(): NodeJS.ProcessEnv {
  // Never wait for a password prompt on a runner; a fetch that needs credentials fails instead.
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' };
}

/** Runs `git -C <cwd> ...args`; throws ToolError (command, exit code, output tail) on failure. */
export function git(cwd: string, args: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
  return execTool('git', ['-C', cwd, ...args], { timeoutMs: QUERY_TIMEOUT_MS, env: gitEnv(), ...opts });
}

/** Standard output of a git command with the final newline removed. */
export async function gitText(cwd: string, args: readonly string[]): Promise<string> {
  return (await git(cwd, args)).stdout.replace(/\n$/, '');
}

/** Splits `-z` output (NUL-terminated records) so names with spaces, newlines or any unicode survive. */
export function splitNul(stdout: string): string[] {
  return stdout.split('\0').filter((s) => s.length > 0);
}

function lines(stdout: string): string[] {
  return stdout.split('\n').filter((s) => s.length > 0);
}

/** The commit a revision names, or undefined when the repository does not have it. */
export async function resolveCommit(cwd: string, rev: string): Promise<string | undefined> {
  if (rev.startsWith('-')) return undefined; // callers pass shas, HEAD or refs/...; never an option
  const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {
    okExitCodes: [0, 1, 128],
  });
  const sha = r.stdout.trim();
  return r.exitCode === 0 && isSha(sha) ? sha : undefined;
}

/** True when the commit object is in the repository (its history may still be cut by a shallow clone). */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  if (!isSha(sha)) return false;
  const r = await git(cwd, ['cat-file', '-e', `${sha}^{commit}`], { okExitCodes: [0, 1, 128] });
  return r.exitCode === 0;
}

export async function isShallow(cwd: string): Promise<boolean> {
  return (await gitText(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** The commits whose parents a shallow clone cut off (empty for a complete repository). */
export async function shallowCommits(cwd: string): Promise<Set<string>> {
  // Relative to `cwd` (git -C); resolved here because --path-format=absolute needs git 2.31.
  const file = path.resolve(cwd, (await gitText(cwd, ['rev-parse', '--git-path', 'shallow'])).trim());
  try {
    return new Set(lines(await readFile(file, 'utf8')).filter(isSha));
  } catch {
    return new Set();
  }
}

/** The best common ancestor of two commits, or undefined when none is reachable (yet). */
export async function mergeBase(cwd: string, a: string, b: string): Promise<string | undefined> {
  const r = await git(cwd, ['merge-base', a, b], { okExitCodes: [0, 1] });
  const sha = r.stdout.trim();
  return r.exitCode === 0 && isSha(sha) ? sha : undefined;
}

/** `git rev-list <revArgs>`: the commits the revision arguments select, newest first. */
export async function revList(cwd: string, revArgs: readonly string[]): Promise<string[]> {
  return lines((await git(cwd, ['rev-list', ...revArgs, '--'])).stdout);
}

export async function revCount(cwd: string, revArgs: readonly string[]): Promise<number> {
  return Number.parseInt(await gitText(cwd, ['rev-list', '--count', ...revArgs, '--']), 10);
}

/** Merges of more than two parents in the selection `revArgs` (octopus merges). */
export async function octopusCount(cwd: string, revArgs: readonly string[]): Promise<number> {
  return Number.parseInt(
    await gitText(cwd, ['rev-list', '--count', '--min-parents=3', ...revArgs, '--']),
    10,
  );
}

/** git's version as [major, minor], e.g. [2, 39]; [0, 0] when it cannot be read. */
export async function gitVersion(cwd: string): Promise<[number, number]> {
  const m = /(\d+)\.(\d+)/.exec(await gitText(cwd, ['version']));
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/**
 * The commits just outside a set (`rev-list --boundary` marks them with '-'): the parents of set members
 * that the set excludes. Together with the head they describe the set as `head ^b1 ^b2`.
 */
export async function boundaryOf(cwd: string, revArgs: readonly string[]): Promise<string[]> {
  const out = lines((await git(cwd, ['rev-list', '--boundary', ...revArgs, '--'])).stdout);
  return out.filter((l) => l.startsWith('-')).map((l) => l.slice(1));
}

/** The parents of each given commit (as the repository sees them: none for a shallow or root commit). */
export async function parentsOf(cwd: string, shas: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (shas.length === 0) return out;
  const r = await git(cwd, ['rev-list', '--no-walk=unsorted', '--parents', ...shas, '--']);
  for (const l of lines(r.stdout)) {
    const [sha, ...parents] = l.split(' ');
    if (sha) out.set(sha, parents);
  }
  return out;
}

/** Remote-tracking refs with the commits they point at: `refs/remotes/origin/main` → sha. */
export async function remoteRefs(cwd: string): Promise<Map<string, string>> {
  const r = await git(cwd, ['for-each-ref', '--format=%(objectname) %(refname) %(symref)', 'refs/remotes/']);
  const out = new Map<string, string>();
  for (const l of lines(r.stdout)) {
    const [sha, ref, symref] = l.split(' ');
    // origin/HEAD is an alias of another ref; counting it would count that branch twice.
    if (sha && ref && !symref) out.set(ref, sha);
  }
  return out;
}

/** The remote to fetch from: `origin` when it exists, else the only remote, else none. */
export async function defaultRemote(cwd: string): Promise<string | undefined> {
  const remotes = lines(await gitText(cwd, ['remote']));
  if (remotes.includes('origin')) return 'origin';
  return remotes.length === 1 ? remotes[0] : undefined;
}

export interface FetchOptions {
  /** `--depth=<n>`: a history this many commits deep from what is fetched. */
  depth?: number;
  /** `--deepen=<n>`: this many more commits below the current shallow boundary. */
  deepen?: number;
  /** `--unshallow`: the complete history. */
  unshallow?: boolean;
}

/**
 * Fetches objects only (no tags, no submodules, into FETCH_HEAD): nothing is checked out and no branch
 * moves, which keeps this safe in pull_request_target workflows. Returns the failure instead of throwing,
 * because a missing object on the remote is an expected outcome (e.g. a force-pushed-away sha).
 */
export async function fetchObjects(
  cwd: string,
  remote: string,
  refspecs: readonly string[],
  opts: FetchOptions = {},
): Promise<{ ok: true } | { ok: false; error: ToolError }> {
  const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', '--no-auto-gc'];
  if (opts.depth) args.push(`--depth=${opts.depth}`);
  if (opts.deepen) args.push(`--deepen=${opts.deepen}`);
  if (opts.unshallow) args.push('--unshallow');
  args.push(remote, ...refspecs);
  try {
    await git(cwd, args, { timeoutMs: FETCH_TIMEOUT_MS });
    return { ok: true };
  } catch (e) {
    if (e instanceof ToolError) return { ok: false, error: e };
    throw e;
  }
}

/** The empty tree's id in this repository's hash (SHA-1 or SHA-256), to diff a root commit against. */
export async function emptyTree(cwd: string): Promise<string> {
  return (await git(cwd, ['hash-object', '-t', 'tree', '--stdin'], { input: '' })).stdout.trim();
}

/**
 * Files that differ between two commits, repo-relative: added/copied/modified/renamed only (the files there
 * are to read), or with `deleted` every path the change touched, a deleted file and both sides of a rename
 * included (what a change could affect).
 */
export async function diffNames(
  cwd: string,
  from: string,
  to: string,
  threeDot: boolean,
  opts: { deleted?: boolean } = {},
): Promise<string[]> {
  const range = threeDot ? [`${from}...${to}`] : [from, to];
  const r = await git(cwd, [
    'diff',
    '--name-only',
    '-z',
    ...(opts.deleted ? ['--no-renames'] : ['--diff-filter=ACMR']),
    '--no-ext-diff',
    '--no-color',
    ...range,
    '--',
  ]);
  return splitNul(r.stdout);
}

/** Every file (blob) in a commit's tree, repo-relative; submodule entries are left out. */
export async function treeFiles(cwd: string, commit: string): Promise<string[]> {
  const r = await git(cwd, ['ls-tree', '-r', '-z', '--full-tree', commit]);
  const files: string[] = [];
  for (const entry of splitNul(r.stdout)) {
    // "<mode> SP <type> SP <object> TAB <path>"; with -z the path is never quoted.
    const tab = entry.indexOf('\t');
    const [, type] = entry.slice(0, tab).split(' ');
    if (tab > 0 && type === 'blob') files.push(entry.slice(tab + 1));
  }
  return files;
}

/** The shallow clone lacks history a scope needs and it cannot be fetched; the message says what to set. */
export class HistoryError extends Error {
  constructor(
    message: string,
    /** Commits of history the scope needs, when known (a lower bound for `fetch-depth`). */
    readonly needed?: number,
  ) {
    const depth = needed ? ` (or at least \`fetch-depth: ${needed}\`)` : '';
    super(`${message}. Set \`fetch-depth: 0\` on actions/checkout${depth} so the history is there.`);
    this.name = 'HistoryError';
  }
}

type Log = (message: string) => void;

/**
 * Makes sure each commit is in the repository, fetching missing ones from the remote: first through the
 * given refspecs (e.g. `refs/pull/7/head`, always advertised), then by sha. A shallow clone stays shallow
 * (`--depth=1`); deepenUntil adds history afterwards. Returns the shas that are still missing.
 */
export async function ensureCommits(
  cwd: string,
  remote: string | undefined,
  shas: readonly string[],
  log: Log,
  refspecs: readonly string[] = [],
): Promise<string[]> {
  const missing = async () => {
    const out: string[] = [];
    for (const s of shas) if (!(await hasCommit(cwd, s))) out.push(s);
    return out;
  };
  let absent = await missing();
  // With no shas to check, the refspecs are the point (e.g. a branch to fetch); otherwise stop when done.
  if ((shas.length > 0 && absent.length === 0) || !remote) return absent;
  const depth = (await isShallow(cwd)) ? 1 : undefined;
  const tryFetch = async (what: readonly string[]) => {
    log(`Fetching ${what.join(' ')} from ${remote}${depth ? ' (depth 1, shallow clone)' : ''}`);
    const r = await fetchObjects(cwd, remote, what, { depth });
    if (!r.ok) log(`Fetch failed: ${r.error.message}`);
  };
  if (refspecs.length > 0) {
    await tryFetch(refspecs);
    absent = await missing();
    if (shas.length === 0 || absent.length === 0) return absent;
  }
  if (absent.length > 0) {
    await tryFetch(absent);
    absent = await missing();
  }
  return absent;
}

/** Each step adds this many commits below the shallow boundary; bounded so a huge repo cannot stall. */
const DEEPEN_STEPS = [10, 50, 250, 1000, 4000];

/**
 * Deepens a shallow clone in growing steps (`git fetch --deepen=<n> <remote> <shas>`) until `check`
 * passes. Returns check's answer at once for a complete repository. Throws HistoryError when the clone
 * is shallow and the remote is missing, a fetch fails, or the steps run out.
 */
export async function deepenUntil(
  cwd: string,
  remote: string | undefined,
  shas: readonly string[],
  check: () => Promise<boolean>,
  opts: { what: string; needed?: number; log: Log },
): Promise<boolean> {
  if (await check()) return true;
  if (!(await isShallow(cwd))) return false;
  if (!remote) {
    throw new HistoryError(
      `${opts.what} is beyond this shallow clone's history and it has no remote to fetch from`,
      opts.needed,
    );
  }
  let total = 0;
  for (const [i, base] of DEEPEN_STEPS.entries()) {
    const step = i === 0 ? Math.max(base, opts.needed ?? 0) : base;
    total += step;
    opts.log(`Shallow clone: fetching ${step} more commits of history from ${remote} for ${opts.what}`);
    const r = await fetchObjects(cwd, remote, shas, { deepen: step });
    if (!r.ok) {
      throw new HistoryError(
        `${opts.what} needs more history, but deepening the shallow clone failed: ${r.error.message}`,
        opts.needed,
      );
    }
    if (await check()) return true;
    if (!(await isShallow(cwd))) return false;
  }
  throw new HistoryError(
    `${opts.what} is still not reachable after fetching ${total} more commits of history`,
    opts.needed,
  );
}

/** Converts a shallow clone into a complete one (`git fetch --unshallow`), for scopes over all history. */
export async function unshallow(
  cwd: string,
  remote: string | undefined,
  what: string,
  log: Log,
): Promise<void> {
  if (!(await isShallow(cwd))) return;
  if (!remote)
    throw new HistoryError(`${what} needs the full history, but this is a shallow clone with no remote`);
  log(`Shallow clone: fetching the full history from ${remote} for ${what}`);
  const r = await fetchObjects(cwd, remote, [], { unshallow: true });
  if (!r.ok)
    throw new HistoryError(`${what} needs the full history, but unshallowing failed: ${r.error.message}`);
}
