import { git, gitVersion, octopusCount } from '../../core/git.js';
import { type GitleaksArgs, type GitleaksResult, type MergeDiff, runGitleaks } from './gitleaks-run.js';

/**
 * A `gitleaks git` scan of a commit selection in which merge commits count: each merge is scanned for what
 * it adds beyond merging its parents (git's --remerge-diff, git 2.36+), so a secret added in a clean merge
 * or in a conflict resolution is found while the merged branch's own changes are not reported twice. Merges
 * of three or more parents, which --remerge-diff passes over, get a second run with their first-parent
 * diffs. Older git scans every merge against its first parent.
 */

export interface GitScanResult extends GitleaksResult {
  /** How the merges were scanned, for the summary. */
  merges: MergeDiff;
  /** Octopus merges in the selection (scanned by a second run). */
  octopus: number;
}

type RunOpts = Parameters<typeof runGitleaks>[2];

export async function scanCommits(
  bin: string,
  revArgs: readonly string[],
  args: Omit<GitleaksArgs, 'reportPath' | 'target'>,
  opts: RunOpts,
): Promise<GitScanResult> {
  const [major, minor] = await gitVersion(opts.cwd);
  const merges: MergeDiff = major > 2 || (major === 2 && minor >= 36) ? 'remerge' : 'first-parent';
  const main = await runGitleaks(bin, { ...args, target: { mode: 'git', revArgs, merges } }, opts);
  if (merges === 'remerge') await fixRemergePaths(opts.cwd, main.entries);
  const octopus = merges === 'remerge' ? await octopusCount(opts.cwd, revArgs) : 0;
  if (octopus === 0) return { ...main, merges, octopus };
  const more = await runGitleaks(bin, { ...args, target: { mode: 'git', revArgs, merges: 'octopus' } }, opts);
  const entries = [...main.entries, ...more.entries];
  return {
    command: main.command,
    exitCode: entries.length > 0 ? more.exitCode || main.exitCode : 0,
    durationMs: main.durationMs + more.durationMs,
    entries,
    log: {
      commitsScanned: main.log.commitsScanned,
      bytesScanned: (main.log.bytesScanned ?? 0) + (more.log.bytesScanned ?? 0),
      leaksReported: (main.log.leaksReported ?? 0) + (more.log.leaksReported ?? 0),
      errors: [...main.log.errors, ...more.log.errors],
    },
    ...(main.incomplete || more.incomplete
      ? { incomplete: [...(main.incomplete ?? []), ...(more.incomplete ?? [])] }
      : {}),
    merges,
    octopus,
  };
}

const exists = async (cwd: string, commit: string, file: string) =>
  (await git(cwd, ['cat-file', '-e', `${commit}:${file}`], { okExitCodes: [0, 128] })).exitCode === 0;

/**
 * gitleaks' diff parser stops at the `remerge CONFLICT (...)` line git puts in a conflicted merge's header
 * and then reports the file as `b/<path>`. Where the merge holds `<path>` and no `b/<path>`, the path is
 * put right; the fingerprint stays as gitleaks wrote it, since that is what its .gitleaksignore matches.
 */
async function fixRemergePaths(cwd: string, entries: unknown[]): Promise<void> {
  for (const e of entries as Array<{ File?: unknown; Commit?: unknown }>) {
    const { File: file, Commit: commit } = e;
    if (typeof file !== 'string' || typeof commit !== 'string' || !file.startsWith('b/')) continue;
    if (!/^[0-9a-f]{40,64}$/.test(commit) || (await exists(cwd, commit, file))) continue;
    if (await exists(cwd, commit, file.slice(2))) e.File = file.slice(2);
  }
}
