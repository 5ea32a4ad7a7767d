import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { git, gitText, shortSha } from '../../core/git.js';

/**
 * A pull request controls the files it changes, the scanner's own configuration among them: a `.gitleaks.toml`
 * whose allowlist covers the new secret, or a `.gitleaksignore` line naming it, would pass the very scan it
 * configures (the positive control cannot see a narrow allowlist). So on pull request events a configuration
 * file the range changes is replaced by the range base's version: the change is still scanned as code, and
 * takes effect once a maintainer merges it.
 */
export const UNTRUSTED_CONFIG_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

export interface ScannerFile {
  role: 'config' | 'gitleaksignore';
  /** The path the scan would read (it may not exist in the work tree). */
  file: string;
}

export interface Replaced {
  role: ScannerFile['role'];
  /** The file the range changes, relative to the repository. */
  changed: string;
  /** The base's copy in the private temp dir; undefined when the base has no such file. */
  used?: string;
}

/** How a pull request's scan runs once a configuration file was replaced. */
export interface BaseConfig {
  /** The base commit the files were taken from. */
  base: string;
  replaced: Replaced[];
  config?: string;
  /** Always a file: gitleaks reads `./.gitleaksignore` unless given one. */
  ignoreFile: string;
  /**
   * gitleaks also reads `.gitleaks.toml` and `.gitleaksignore` from the folder it scans, whatever the flags
   * say; so it scans an empty folder, with GIT_DIR naming the repository (its `git log` needs no work tree).
   */
  source: string;
  env: NodeJS.ProcessEnv;
}

async function changedInRange(gitRoot: string, base: string, head: string, rel: string): Promise<boolean> {
  const r = await git(gitRoot, ['diff', '--quiet', '--no-ext-diff', base, head, '--', rel], {
    okExitCodes: [0, 1],
  });
  return r.exitCode === 1;
}

async function blobAt(gitRoot: string, commit: string, rel: string): Promise<string | undefined> {
  const spec = `${commit}:${rel}`;
  const exists = await git(gitRoot, ['cat-file', '-e', spec], { okExitCodes: [0, 1, 128] });
  if (exists.exitCode !== 0) return undefined;
  return (await git(gitRoot, ['cat-file', 'blob', spec], { maxOutputBytes: 16 * 1024 * 1024 })).stdout;
}

/**
 * The configuration a pull request's scan must use: undefined when the range `base..head` changes none of
 * `files` (the scan runs as usual); else the base's versions of the changed ones, in a private folder.
 */
export async function baseConfig(opts: {
  gitRoot: string;
  base: string;
  head: string;
  config?: string;
  ignoreFile?: string;
  files: readonly ScannerFile[];
  tempDir: string;
  env: NodeJS.ProcessEnv;
}): Promise<BaseConfig | undefined> {
  const { gitRoot, base, head } = opts;
  const replaced: Replaced[] = [];
  const seen = new Set<string>();
  let dir: string | undefined;
  const privateDir = async () => {
    dir ??= await fs.mkdtemp(path.join(opts.tempDir, 'base-config-'));
    return dir;
  };
  for (const f of opts.files) {
    const rel = path.relative(gitRoot, f.file).split(path.sep).join('/');
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel) || seen.has(rel)) continue;
    seen.add(rel);
    if (!(await changedInRange(gitRoot, base, head, rel))) continue;
    const blob = await blobAt(gitRoot, base, rel);
    let used: string | undefined;
    if (blob !== undefined) {
      used = path.join(await privateDir(), `${f.role}-${shortSha(base)}`);
      await fs.writeFile(used, blob, { mode: 0o600 });
    }
    replaced.push({ role: f.role, changed: rel, used });
  }
  if (replaced.length === 0) return undefined;

  const pick = (role: ScannerFile['role'], current?: string) => {
    const r = replaced.find((x) => x.role === role);
    return r ? r.used : current;
  };
  const work = await privateDir();
  const source = path.join(work, 'scan-root');
  await fs.mkdir(source, { mode: 0o700 });
  let ignoreFile = pick('gitleaksignore', opts.ignoreFile);
  if (!ignoreFile) {
    ignoreFile = path.join(work, 'no-gitleaksignore');
    await fs.writeFile(ignoreFile, '', { mode: 0o600 });
  }
  const gitDir = await gitText(gitRoot, ['rev-parse', '--absolute-git-dir']);
  return {
    base,
    replaced,
    config: pick('config', opts.config),
    ignoreFile,
    source,
    env: { ...opts.env, GIT_DIR: gitDir },
  };
}
