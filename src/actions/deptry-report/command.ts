import * as fs from 'node:fs';
import * as path from 'node:path';
import { venvPython } from '../../core/venv-paths.js';
import type { ProjectEnvState } from '../../provision/project-env.js';
import { PYTHON_TOOLS, pythonToolArgv } from '../../provision/python-tools.js';
import { configList, type ProjectInfo } from './project.js';

/**
 * Where deptry runs. deptry maps imports to distributions through the installed packages' metadata, so it
 * must see the project's environment:
 * - `uv-project`: `uv run --no-sync --with deptry==X` in uv's project environment when it already holds every
 *   locked package, extra and group (`state`, asked of uv); else `uv run --isolated`, a separate environment
 *   installed from uv.lock, so that deptry never installs into or removes from the project's environment;
 * - `venv`: an existing virtual environment (the active one, or the project's `.venv`) with deptry layered
 *   over it by `uv run --no-project --python <venv python> --with deptry==X`, for Poetry or requirements
 *   projects that uv does not manage.
 */
export type Environment =
  | {
      kind: 'uv-project';
      lock?: string;
      allExtrasAndGroups: boolean;
      /** The project environment as uv sees it; unset (not asked) runs in a separate environment. */
      state?: ProjectEnvState;
      /**
       * Set when the separate environment could not be built (uv's message, e.g. an sdist that needs system
       * headers) and deptry ran in the project environment as it is, lacking `state.missing`.
       */
      separateFailed?: string;
    }
  | { kind: 'venv'; venv: string; python: string; from: 'VIRTUAL_ENV' | '.venv' };

/**
 * A uv.lock wins (the environment is what the lock says); else the active venv (VIRTUAL_ENV); else the
 * project's `.venv`; else a project with a `[project]` table that uv can resolve and install. Anything else
 * has no environment to look at, and deptry would guess module names: that is an error, not a guess.
 */
export function chooseEnvironment(p: ProjectInfo, env: NodeJS.ProcessEnv): Environment {
  const uvProject = (): Environment => ({
    kind: 'uv-project',
    ...(p.uvLock ? { lock: p.uvLock } : {}),
    allExtrasAndGroups: !p.uvConflicts,
  });
  if (p.uvLock) return uvProject();
  const venv = (dir: string, from: 'VIRTUAL_ENV' | '.venv'): Environment | undefined => {
    const python = venvPython(dir);
    return fs.existsSync(python) ? { kind: 'venv', venv: dir, python, from } : undefined;
  };
  // The project's own environment: in a uv workspace the root's (or UV_PROJECT_ENVIRONMENT's).
  const own = p.uvEnvironment ?? path.join(p.dir, '.venv');
  const found =
    (env.VIRTUAL_ENV ? venv(path.resolve(env.VIRTUAL_ENV), 'VIRTUAL_ENV') : undefined) ?? venv(own, '.venv');
  if (found) return found;
  if (p.hasProjectTable) return uvProject();
  throw new Error(
    `${p.dir} has no uv.lock, no [project] table and no virtual environment (VIRTUAL_ENV is not set and ` +
      `${own} does not exist). deptry needs the project's installed packages to map ` +
      'imports to distributions: install them first (setup-uv-cached, or `python -m venv .venv` and ' +
      '`.venv/bin/pip install -r requirements.txt`).',
  );
}

/** deptry's options that take no value; every other option takes one (deptry 0.25's `--help`). */
const FLAGS = new Set([
  '-v',
  '--verbose',
  '--no-ansi',
  '-nb',
  '--ignore-notebooks',
  '--version',
  '--help',
  '-go',
  '--github-output',
  '--experimental-namespace-package',
  '--enforce-posix-paths',
]);

/** Splits `extra-args` into deptry's positional ROOT arguments and its options (with their values). */
export function splitExtraArgs(args: readonly string[]): { roots: string[]; options: string[] } {
  const roots: string[] = [];
  const options: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      roots.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      roots.push(a);
      continue;
    }
    options.push(a);
    if (!FLAGS.has(a) && !a.includes('=') && i + 1 < args.length) options.push(args[++i] as string);
  }
  return { roots, options };
}

/**
 * The first-party modules to pass with `--known-first-party` in a src layout when deptry scans `.`: deptry
 * only takes top-level directories of its roots as local, so `src/mypkg` imported as `mypkg` would be reported
 * missing (DEP001) or transitive (DEP003). A value on the command line replaces `[tool.deptry]
 * known_first_party`, so the configured names are kept. Nothing is added when the user passes roots or
 * `--known-first-party` themselves.
 */
export function srcFirstParty(p: ProjectInfo, extra: { roots: string[]; options: string[] }): string[] {
  if (p.srcModules.length === 0 || extra.roots.length > 0) return [];
  if (extra.options.some((o) => o === '-kf' || o.startsWith('--known-first-party'))) return [];
  return [...new Set([...configList(p, 'known_first_party'), ...p.srcModules])];
}

export interface DeptryCommand {
  argv: string[];
  /** The first-party names added for a src layout (empty when none). */
  firstParty: string[];
}

/** uv's options that select what deptry needs installed from the lock. */
export function uvProjectSelection(env: Environment & { kind: 'uv-project' }): string[] {
  return [
    ...(env.lock ? ['--frozen'] : []),
    ...(env.allExtrasAndGroups ? ['--all-extras', '--all-groups'] : []),
  ];
}

/** Whether deptry runs in the project's own environment (it has everything), not in a separate one. */
export function usesProjectEnv(env: Environment): boolean {
  return env.kind === 'uv-project' && (env.state?.missing.length === 0 || env.separateFailed !== undefined);
}

/** The full argv (uv first) that runs deptry for one project and writes its JSON report to `jsonOutput`. */
export function deptryCommand(o: {
  uv: string;
  project: ProjectInfo;
  environment: Environment;
  version: string;
  jsonOutput: string;
  extraArgs: readonly string[];
}): DeptryCommand {
  const extra = splitExtraArgs(o.extraArgs);
  const firstParty = srcFirstParty(o.project, extra);
  const args = [
    ...(extra.roots.length > 0 ? extra.roots : ['.']),
    '--no-ansi',
    '--json-output',
    o.jsonOutput,
    ...firstParty.flatMap((m) => ['--known-first-party', m]),
    ...extra.options,
  ];
  // `python -m deptry` rather than the `deptry` script: a venv that was moved or restored elsewhere keeps
  // working scripts only if their shebangs still point at it, and a project that has deptry installed itself
  // would otherwise run that script.
  const env = o.environment;
  const run =
    env.kind === 'venv'
      ? ['--no-project', '--python', env.python]
      : [
          // --frozen: what uv.lock says without rewriting it; all extras and groups so that every declared
          // package is installed and deptry reads its real module names instead of guessing. --no-sync when
          // the project's environment has them all, else --isolated: never a sync of the project's own.
          ...uvProjectSelection(env),
          ...(usesProjectEnv(env) ? ['--no-sync'] : ['--isolated']),
        ];
  const { argv } = pythonToolArgv(
    { ...PYTHON_TOOLS.deptry, command: 'python' },
    { uv: o.uv, lockedVersion: o.version, run, args: ['-m', 'deptry', ...args] },
  );
  return { argv, firstParty };
}
