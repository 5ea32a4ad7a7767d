import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  buildCacheKey,
  type RestoreResult,
  restoreCache,
  runnerOs,
  type SaveResult,
  saveCache,
  serviceMissing,
  shortHash,
} from '../../core/cache.js';
import type { Runtime } from '../../core/runtime.js';
import { formatBytes } from '../../report/markdown.js';
import { CONFIG_PROBES, searchDirs } from './config.js';

/**
 * The lint's own caches: ruff's and mypy's caches and pylint's index (pylint-index.ts), in one directory
 * outside the project. Nothing is written into the checked project: ruff and mypy would otherwise write
 * `.ruff_cache` and `.mypy_cache` there (into the user's tree locally, into the checkout on a runner). On a
 * runner the directory is under RUNNER_TEMP and the cache service carries it from run to run (the core's
 * restore and save, which refuse to save on events that risk poisoning the cache); in the CLI it is a
 * directory of the user's cache that stays. With `cache: false` it is this run's private temp directory.
 *
 * The tools' bytecode (PYTHONPYCACHEPREFIX) goes to a directory of the machine beside it, never into the
 * one the cache service carries (bytecode is code, and a cache is data): in the CLI it stays, so pylint,
 * astroid, mypy and flake8 are not compiled again at every run (pylint's start: 0.62 s without it, 0.34 s
 * with it), even where PYTHONDONTWRITEBYTECODE is set, as many Docker images and CI machines do. That
 * variable is cleared for the tools: with the prefix, Python writes nothing next to any source, the
 * project's included.
 */

export type CacheWhere = 'service' | 'local' | 'off';

export interface LintCacheLayout {
  where: CacheWhere;
  dir: string;
  /** The pylint index file. */
  pylintIndex: string;
  /** RUFF_CACHE_DIR, MYPY_CACHE_DIR and the bytecode prefix, for every tool of the stack (fixers too). */
  env: Record<string, string>;
}

/** The cache directory of a project: a hash of its absolute path keeps two projects of a monorepo apart. */
export function lintCacheLayout(
  rt: Pick<Runtime, 'kind' | 'env' | 'runnerTempDir' | 'tempDir'>,
  projectDir: string,
  enabled: boolean,
): LintCacheLayout {
  const id = shortHash(path.resolve(projectDir));
  let where: CacheWhere = 'off';
  let dir = path.join(rt.tempDir, 'lint-cache');
  let bytecode = path.join(rt.tempDir, 'pycache');
  if (enabled && rt.kind === 'github') {
    where = 'service';
    dir = path.join(rt.runnerTempDir, 'pyprod-lint', id);
    bytecode = path.join(rt.runnerTempDir, 'pyprod-pycache');
  } else if (enabled) {
    where = 'local';
    const xdg = rt.env.XDG_CACHE_HOME;
    const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache');
    dir = path.join(base, 'pyprod', 'lint', id);
    bytecode = path.join(base, 'pyprod', 'pycache');
  }
  return {
    where,
    dir,
    pylintIndex: path.join(dir, 'pylint-index.json'),
    env: {
      RUFF_CACHE_DIR: path.join(dir, 'ruff'),
      MYPY_CACHE_DIR: path.join(dir, 'mypy'),
      PYTHONPYCACHEPREFIX: bytecode,
      // Python honours it when it is not empty.
      PYTHONDONTWRITEBYTECODE: '',
    },
  };
}

/** Files that configure a tool of the stack, or what shared-config.ts reads, from `start` up to `root`. */
export function configFiles(start: string, root: string, env: NodeJS.ProcessEnv): string[] {
  const names = new Set(Object.values(CONFIG_PROBES).flatMap((probes) => probes.map((p) => p.file)));
  names.add('.pre-commit-config.yaml');
  const out: string[] = [];
  for (const dir of searchDirs(start, root)) {
    for (const name of [...names].sort()) {
      const file = path.join(dir, name);
      if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) out.push(file);
    }
  }
  if (env.PYLINTRC) out.push(path.resolve(start, env.PYLINTRC));
  return out;
}

export interface KeyInputs {
  /** Tool → version, every tool of the run (and ruff for the import graph). */
  versions: Readonly<Record<string, string>>;
  /** Configuration files (absolute): their paths and contents. */
  configFiles: readonly string[];
  /** The inputs that shape the tools' arguments (tools, paths, line length, ...), as JSON. */
  settings: unknown;
  /** The project's uv.lock (its environment is what pylint and mypy see). */
  uvLock?: string;
  cwd: string;
  /** Every Python file of the project the stack lints, relative to cwd. */
  files: readonly string[];
  /** Their digests (default: read here). */
  digest?: Digest;
  platform?: NodeJS.Platform;
  arch?: string;
}

/** A file's sha256 (hex), or undefined when it cannot be read. */
export type Digest = (file: string) => string | undefined;

/**
 * The digests of files under `cwd`, each file read once however often it is asked for: a changed run's cache
 * key and its stale files (pylint-index.ts) both need every project file's.
 */
export function fileDigests(cwd: string): Digest {
  const memo = new Map<string, string | undefined>();
  return (file) => {
    if (!memo.has(file)) {
      let digest: string | undefined;
      try {
        digest = createHash('sha256')
          .update(fs.readFileSync(path.resolve(cwd, file)))
          .digest('hex');
      } catch {
        digest = undefined;
      }
      memo.set(file, digest);
    }
    return memo.get(file);
  };
}

/** The files' names and digests, in order; a file that cannot be read counts as absent. */
function hashContents(h: ReturnType<typeof createHash>, files: readonly string[], digest: Digest): void {
  for (const f of files) h.update(`${f}\0${digest(f) ?? 'absent'}\0`);
}

/**
 * `pyprod-lint-<os>-<arch>-<settings hash>-<files hash>`: the settings hash covers the tool versions, the
 * configuration files, the inputs that shape the tools' arguments and uv.lock; the files hash the project's
 * Python files. The restore key is everything before the files hash: a run restores the newest cache saved
 * with the same settings, whose entries the tools check themselves (ruff and mypy per file, pylint's index
 * by its fingerprint and each file's sha256).
 */
export function lintCacheKey(k: KeyInputs): { key: string; restoreKeys: string[] } {
  const settings = createHash('sha256');
  settings.update(JSON.stringify({ versions: k.versions, settings: k.settings }));
  const digest = k.digest ?? fileDigests(k.cwd);
  hashContents(settings, [...k.configFiles, ...(k.uvLock ? [k.uvLock] : [])], digest);
  const files = createHash('sha256');
  hashContents(files, [...k.files].sort(), digest);
  return buildCacheKey({
    kind: 'lint',
    os: runnerOs(k.platform),
    arch: k.arch ?? process.arch,
    parts: [settings.digest('hex').slice(0, 16)],
    hash: files.digest('hex').slice(0, 32),
  });
}

export interface LintCacheState {
  layout: LintCacheLayout;
  key?: string;
  restoreKeys?: string[];
  restore?: RestoreResult;
  /** Why the cache service is not used (no service: not on a GitHub runner). */
  unavailable?: string;
  save?: SaveResult;
}

/** Restores the cache on a runner (a miss when there is no cache service); elsewhere only makes the directory. */
export async function openLintCache(
  rt: Runtime,
  layout: LintCacheLayout,
  key: () => { key: string; restoreKeys: string[] },
): Promise<LintCacheState> {
  fs.mkdirSync(layout.dir, { recursive: true, mode: 0o700 });
  if (layout.where !== 'service') return { layout };
  const missing = serviceMissing(rt.env);
  if (missing) {
    rt.info(`Lint cache not restored: ${missing}.`);
    return { layout, unavailable: missing };
  }
  const k = key();
  const restore = await restoreCache(rt, [layout.dir], k.key, k.restoreKeys);
  return { layout, key: k.key, restoreKeys: k.restoreKeys, restore };
}

/** Saves after the tools ran, unless the restore was an exact hit (the same settings and files). */
export async function closeLintCache(rt: Runtime, state: LintCacheState): Promise<void> {
  if (!state.key || !state.restore || state.restore.unavailable) return;
  if (state.restore.hit === 'exact') return;
  state.save = await saveCache(rt, [state.layout.dir], state.key);
}

/** One line for the summary and the log: where the cache is, hit or miss, saved or why not. */
export function describeLintCache(state: LintCacheState): string {
  const { layout } = state;
  if (layout.where === 'off')
    return 'Cache: off (cache: false); ruff and mypy wrote theirs to a temporary directory.';
  if (layout.where === 'local') return `Cache: the local directory ${layout.dir}.`;
  if (state.unavailable) return `Cache: not used, ${state.unavailable}.`;
  const r = state.restore;
  const restored =
    r?.hit === 'exact'
      ? `hit (${state.key}, ${formatBytes(r.sizeBytes)})`
      : r?.hit === 'partial'
        ? `restored from ${r.matchedKey} (${formatBytes(r.sizeBytes)}), wanted ${state.key}`
        : `miss (${state.key})`;
  const s = state.save;
  const saved =
    r?.hit === 'exact'
      ? 'not saved again (exact hit)'
      : s?.saved
        ? `saved (${formatBytes(s.sizeBytes)})`
        : s?.skipped?.startsWith('not saved')
          ? s.skipped
          : `not saved${s?.skipped ? `: ${s.skipped}` : ''}`;
  return `Cache: ${restored}; ${saved}.`;
}

/** What pylint does with its index (pylint-index.ts): reads a usable one, or writes one. */
export type IndexUse = 'read' | 'write';

/** One line for the log and the summary about pylint's index. */
export function describeIndexUse(use: IndexUse, changed: boolean): string {
  if (use === 'read')
    return "pylint's duplicate-code and cyclic-import: over the whole project from the cached index.";
  return changed
    ? "pylint's duplicate-code and cyclic-import: no usable cached index, so over every file; the index is written."
    : "pylint's index is written for later pull requests.";
}
