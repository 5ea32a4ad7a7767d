import * as path from 'node:path';
import { git, splitNul } from '../../core/git.js';

export interface IgnoredPaths {
  /** Absolute paths git ignores (directories without their trailing slash); empty outside a repository. */
  paths: Set<string>;
  /** Said in the summary when .gitignore could not be applied. */
  note?: string;
}

/**
 * What .gitignore (and .git/info/exclude, core.excludesFile) leaves out under `root`, in one `git ls-files`
 * call: an ignored directory is listed once, not file by file (`--directory`), so a large ignored build tree
 * costs nothing. A tracked file is never listed, even under an ignored pattern: it is part of the repository.
 */
export async function ignoredPaths(root: string): Promise<IgnoredPaths> {
  const args = ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory'];
  const r = await git(root, args, { okExitCodes: [0, 128] }).catch((err: Error) => err);
  if (r instanceof Error) return { paths: new Set(), note: `.gitignore not applied: ${r.message}` };
  if (r.exitCode !== 0) return { paths: new Set(), note: '.gitignore not applied: not a git repository' };
  // Paths are relative to `root` (git -C); directories end with a slash.
  const paths = new Set(splitNul(r.stdout).map((p) => path.resolve(root, p.replace(/\/$/, ''))));
  return { paths };
}
