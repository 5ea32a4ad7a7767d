import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Real repositories in temp dirs, built with the real git binary. Author, committer and dates come from
 * the environment so every run makes the same objects; the user's git config is kept out.
 */

let clock = 1_700_000_000;

/** Environment for every git call here: no user/system config, fixed identity, next fixed date. */
export function gitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const date = `${clock} +0000`;
  return {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'Ada Tester',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: 'Ada Tester',
    GIT_COMMITTER_EMAIL: 'ada@example.com',
    GIT_COMMITTER_DATE: date,
    ...extra,
  };
}

/** Runs git synchronously in `dir` and returns trimmed stdout; throws with stderr on failure. */
export function runGit(dir: string, args: string[], input?: string): string {
  try {
    return execFileSync('git', ['-C', dir, ...args], {
      env: gitEnv(),
      encoding: 'utf8',
      input,
      stdio: 'pipe',
    }).trim();
  } catch (e) {
    const err = e as { stderr?: string; status?: number };
    throw new Error(`git ${args.join(' ')} (in ${dir}) exited ${err.status}: ${err.stderr ?? ''}`);
  }
}

const made: string[] = [];

/** A fresh temp dir, removed by cleanupRepos(). */
export function tempDir(prefix = 'pyprod-git-'): string {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(d);
  return d;
}

export function cleanupRepos(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export class Repo {
  constructor(readonly dir: string) {}

  git(...args: string[]): string {
    return runGit(this.dir, args);
  }

  /** Writes (or with `null`, deletes) files, stages everything and commits; returns the new sha. */
  commit(message: string, files: Record<string, string | null> = {}): string {
    for (const [name, content] of Object.entries(files)) {
      const p = path.join(this.dir, name);
      if (content === null) {
        rmSync(p, { force: true });
      } else {
        mkdirSync(path.dirname(p), { recursive: true });
        writeFileSync(p, content);
      }
    }
    this.git('add', '-A');
    clock += 60;
    this.git('commit', '--allow-empty', '--no-verify', '-q', '-m', message);
    return this.sha();
  }

  /** `count` commits, each adding `<prefix><i>.txt`; returns their shas oldest first. */
  commits(count: number, prefix: string): string[] {
    const shas: string[] = [];
    for (let i = 1; i <= count; i++)
      shas.push(this.commit(`${prefix} ${i}`, { [`${prefix}${i}.txt`]: `${prefix} ${i}\n` }));
    return shas;
  }

  sha(rev = 'HEAD'): string {
    return this.git('rev-parse', '--verify', `${rev}^{commit}`);
  }

  /** True when the object is in this repository. */
  has(sha: string): boolean {
    try {
      execFileSync('git', ['-C', this.dir, 'cat-file', '-e', `${sha}^{commit}`], {
        env: gitEnv(),
        stdio: 'ignore',
      });
      return true;
    } catch {
      return false;
    }
  }

  isShallow(): boolean {
    return this.git('rev-parse', '--is-shallow-repository') === 'true';
  }

  /** `file://` URL of this repository: local clones honour --depth only through a URL, not a plain path. */
  get url(): string {
    return pathToFileURL(this.dir).href;
  }
}

/** A new repository with one branch (`main` unless told) and no commits. */
export function initRepo(branch = 'main'): Repo {
  const dir = tempDir();
  runGit(dir, ['init', '-q', '-b', branch]);
  return new Repo(dir);
}

/** A bare repository to play the part of `origin`. */
export function initBare(branch = 'main'): Repo {
  const dir = tempDir('pyprod-origin-');
  runGit(dir, ['init', '-q', '--bare', '-b', branch]);
  return new Repo(dir);
}

export interface CloneOptions {
  /** `--depth=<n>` (shallow; single-branch unless `allBranches`). */
  depth?: number;
  branch?: string;
  allBranches?: boolean;
}

/** Clones through a file:// URL so that --depth is honoured. */
export function cloneRepo(origin: Repo, opts: CloneOptions = {}): Repo {
  const dir = path.join(tempDir('pyprod-clone-'), 'work');
  const args = ['clone', '-q'];
  if (opts.depth) args.push(`--depth=${opts.depth}`);
  if (opts.allBranches) args.push('--no-single-branch');
  if (opts.branch) args.push('--branch', opts.branch);
  args.push(origin.url, dir);
  runGit(tmpdir(), args);
  return new Repo(dir);
}

/**
 * Forgets an unreachable commit for good on a bare repository: expires reflogs and prunes, so that a
 * later fetch of that sha fails as it does on GitHub once a force-pushed-away commit is gone.
 */
export function pruneUnreachable(bare: Repo): void {
  bare.git('reflog', 'expire', '--expire=now', '--all');
  bare.git('gc', '-q', '--prune=now');
}
