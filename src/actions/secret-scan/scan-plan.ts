import * as fs from 'node:fs';
import * as path from 'node:path';
import { ToolError } from '../../core/errors.js';
import type { GitHubEvent } from '../../core/event.js';
import { ensureHistory, resolveScope, type Scope } from '../../core/event-scope.js';
import { git, resolveCommit, revCount, shortSha } from '../../core/git.js';
import type { Runtime } from '../../core/runtime.js';
import type { ScanScope } from './inputs.js';

/** What one run scans: a set of commits (`git`), the files of a folder (`dir`) or the staged changes. */
export type ScanPlan =
  | {
      mode: 'git';
      scope: Scope;
      /** The repository's top folder: gitleaks' paths are relative to it. */
      gitRoot: string;
    }
  | { mode: 'dir'; why: string }
  | { mode: 'staged'; gitRoot: string };

/**
 * The work tree's top folder, or undefined when `dir` is not in a git work tree (or git is missing). The
 * folder holding `.git` (a directory, or a file for worktrees and submodules) is found without starting
 * git, which saves a process on every run; with GIT_DIR set, git is asked.
 */
export async function gitTopLevel(
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  if (!env.GIT_DIR) {
    for (let d = path.resolve(dir); ; d = path.dirname(d)) {
      if (fs.existsSync(path.join(d, '.git'))) return d;
      if (path.dirname(d) === d) return undefined;
    }
  }
  try {
    const r = await git(dir, ['rev-parse', '--show-toplevel'], { okExitCodes: [0, 128] });
    return r.exitCode === 0 ? r.stdout.trim() || undefined : undefined;
  } catch (e) {
    if (e instanceof ToolError && e.exitCode === null) return undefined; // git is not installed
    throw e;
  }
}

/** Every commit reachable from HEAD (`scope: history`), with a shallow clone unshallowed first. */
async function historyScope(cwd: string, event: string, rt: Runtime): Promise<Scope> {
  const head = await resolveCommit(cwd, 'HEAD');
  if (!head) throw new Error(`scope 'history': HEAD does not name a commit in ${cwd} (empty repository?).`);
  const scope: Scope = {
    kind: 'all',
    reason: 'full-history',
    event,
    head,
    excluded: [],
    revArgs: [head],
    commits: 0,
    description: '',
  };
  await ensureHistory(scope, cwd, rt);
  scope.commits = await revCount(cwd, scope.revArgs);
  scope.description = `full history of ${shortSha(head)} (${scope.commits} commits), as scope 'history' asks`;
  return scope;
}

/**
 * Picks what to scan. `auto` scans the event's commits in a git repository and the files elsewhere;
 * `commits` the event's commits (push, pull request, merge group ranges; the whole history for scheduled
 * and manual runs); `history` everything reachable from HEAD; `files` the working directory's files.
 */
export async function planScan(
  scope: ScanScope,
  cwd: string,
  rt: Runtime,
  event: GitHubEvent,
): Promise<ScanPlan> {
  if (scope === 'files') return { mode: 'dir', why: "scope 'files'" };
  const gitRoot = await gitTopLevel(cwd, rt.env);
  if (!gitRoot) {
    if (scope === 'auto') return { mode: 'dir', why: `${cwd} is not in a git repository` };
    throw new Error(
      `scope '${scope}' scans commits, but ${cwd} is not in a git repository (or git is not installed); ` +
        'check out the repository first, or set scope: files to scan the files on disk',
    );
  }
  if (scope === 'staged') return { mode: 'staged', gitRoot };
  if (scope === 'history') return { mode: 'git', scope: await historyScope(cwd, event.name, rt), gitRoot };
  const resolved = await resolveScope({ eventName: event.name, payload: event.payload, cwd, runtime: rt });
  return { mode: 'git', scope: resolved, gitRoot };
}

/** The `range` output: `base..head`, `head ^x ^y`, the head sha for a whole history, '' for none. */
export function rangeOutput(plan: ScanPlan): string {
  if (plan.mode !== 'git' || plan.scope.kind === 'none') return '';
  return plan.scope.kind === 'all' ? plan.scope.head : (plan.scope.range ?? plan.scope.revArgs.join(' '));
}
