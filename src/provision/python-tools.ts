import { readFile } from 'node:fs/promises';
import { parse } from 'smol-toml';
import { displayCommand, type ExecOptions, type ExecResult, execTool } from '../core/exec.js';
import { normalizePackageName } from '../core/python-names.js';

/**
 * Python tools from PyPI are not downloaded by us: uv runs them at a pinned version, or at the version the
 * project's own uv.lock has, so that CI checks with what developers use.
 */

/**
 * How a tool must run: standalone in its own throwaway environment, or over the project's code and
 * dependencies (never syncing the project's own environment: see NON_SYNCING_RUN_FLAGS).
 */
export type PythonToolMode = 'standalone' | 'project';

export interface PythonToolSpec {
  /** The PyPI distribution, e.g. 'ruff'. */
  package: string;
  /** The version used when the project does not lock the package. */
  pin: string;
  /** The command the distribution installs (default: the package name). */
  command?: string;
  /** 'project' for tools that import the project's code or read its installed dependencies (pylint, mypy, deptry). */
  mode: PythonToolMode;
}

/** Pinned defaults for the tools the actions run. */
export const PYTHON_TOOLS = {
  ruff: { package: 'ruff', pin: '0.17.6', mode: 'standalone' },
  flake8: { package: 'flake8', pin: '7.5.0', mode: 'standalone' },
  pylint: { package: 'pylint', pin: '4.1.4', mode: 'project' },
  mypy: { package: 'mypy', pin: '2.4.1', mode: 'project' },
  deptry: { package: 'deptry', pin: '0.25.1', mode: 'project' },
  autoflake: { package: 'autoflake', pin: '2.4.0', mode: 'standalone' },
  isort: { package: 'isort', pin: '9.0.2', mode: 'standalone' },
  autopep8: { package: 'autopep8', pin: '2.3.2', mode: 'standalone' },
} as const satisfies Record<string, PythonToolSpec>;

export interface PythonToolCommand {
  argv: string[];
  version: string;
  /** Whether the version came from the project's uv.lock or from the pin. */
  versionFrom: 'uv.lock' | 'pin';
}

export { normalizePackageName };

/**
 * The `uv run` flags under which a project-mode tool may run. Each one keeps uv from syncing the project's
 * environment: `--isolated` installs the project into a throwaway environment, `--no-sync` takes the
 * environment as it is (the caller decided it has everything), `--no-project` ignores the project and
 * layers the tool over the interpreter given with `--python`. A check must never change what is installed
 * (issue 17): a verdict would then depend on the order of the steps.
 */
export const NON_SYNCING_RUN_FLAGS = ['--isolated', '--no-sync', '--no-project'] as const;

/**
 * The argv that runs a Python tool through uv, e.g. `uv tool run --from ruff==0.15.0 ruff` (standalone) or
 * `uv run --isolated --with pylint==4.0.0 pylint` (over the project's code and dependencies, in a separate
 * environment). `run` replaces `--isolated` with the caller's own `uv run` flags (e.g. `--frozen --no-sync`
 * when the caller checked that the project's environment has everything); they must hold one of
 * NON_SYNCING_RUN_FLAGS, so no caller can sync the project's environment. `lockedVersion` wins over the pin.
 */
export function pythonToolArgv(
  tool: PythonToolSpec,
  opts: {
    lockedVersion?: string;
    uv?: string;
    args?: readonly string[];
    with?: readonly string[];
    run?: readonly string[];
  } = {},
): PythonToolCommand {
  const version = opts.lockedVersion ?? tool.pin;
  const requirement = `${tool.package}==${version}`;
  const command = tool.command ?? tool.package;
  const extra = (opts.with ?? []).flatMap((r) => ['--with', r]);
  const uv = opts.uv ?? 'uv';
  const head =
    tool.mode === 'standalone'
      ? [uv, 'tool', 'run', '--from', requirement, ...extra, command]
      : [uv, 'run', ...projectRunFlags(opts.run), '--with', requirement, ...extra, command];
  return {
    argv: [...head, ...(opts.args ?? [])],
    version,
    versionFrom: opts.lockedVersion ? 'uv.lock' : 'pin',
  };
}

function projectRunFlags(run: readonly string[] | undefined): readonly string[] {
  if (run === undefined) return ['--isolated'];
  if (!run.some((f) => (NON_SYNCING_RUN_FLAGS as readonly string[]).includes(f))) {
    // A programming error, not bad input: the flags come from our own code.
    throw new Error(
      `uv run ${run.join(' ')} would sync the project's environment: give one of ${NON_SYNCING_RUN_FLAGS.join(', ')}`,
    );
  }
  return run;
}

/**
 * The version of `packageName` that the project's uv.lock pins (`[[package]]` tables with name and version),
 * or undefined when the file does not exist or does not have the package. Names compare PEP 503-normalised.
 */
export async function lockedVersion(uvLockPath: string, packageName: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(uvLockPath, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`${uvLockPath} is not valid TOML: ${(err as Error).message}`);
  }
  const packages = Array.isArray(doc.package) ? (doc.package as unknown[]) : [];
  const wanted = normalizePackageName(packageName);
  for (const p of packages) {
    if (typeof p !== 'object' || p === null) continue;
    const { name, version } = p as { name?: unknown; version?: unknown };
    if (typeof name === 'string' && normalizePackageName(name) === wanted && typeof version === 'string') {
      // A lock with forked resolutions may list a package twice; the first entry is the one uv lists first.
      return version;
    }
  }
  return undefined;
}

/**
 * The uv command with `--offline` after its subcommand (`uv run`, `uv tool run`), or undefined for any other
 * command. uv checks the package index for every tool run even when its cache has the pinned tool (a
 * round trip per package page: 0.1-0.3 s a run here, more behind a slow proxy, on the critical path of a
 * pull request's lint); offline it resolves from the cache alone. What it cannot resolve so is run again
 * online (offlineMiss).
 */
export function offlineArgv(argv: readonly string[]): string[] | undefined {
  const [uv, sub, second] = argv;
  if (!uv || !/^uv(\.exe)?$/i.test(uv.split(/[\\/]/).pop() ?? '')) return undefined;
  const at = sub === 'run' ? 2 : sub === 'tool' && second === 'run' ? 3 : -1;
  if (at < 0 || argv.includes('--offline')) return undefined;
  return [...argv.slice(0, at), '--offline', ...argv.slice(at)];
}

/** uv's own refusal to resolve offline (something not in its cache), as opposed to the tool failing. */
export function offlineMiss(r: Pick<ExecResult, 'exitCode' | 'stderr'>): boolean {
  return (
    r.exitCode !== 0 && /because the network was disabled|network connectivity is disabled/i.test(r.stderr)
  );
}

/** Runs argv, offline first when it is a uv run (offlineArgv), online when uv could not resolve offline. */
export async function execOfflineFirst(
  argv: readonly string[],
  opts: ExecOptions,
): Promise<{ r: ExecResult; command: string }> {
  const run = async (attempt: readonly string[]) => {
    const [file, ...args] = attempt as [string, ...string[]];
    return { r: await execTool(file, args, opts), command: displayCommand(file, args) };
  };
  const offline = offlineArgv(argv);
  if (offline) {
    const first = await run(offline);
    if (!offlineMiss(first.r)) return first;
  }
  return run(argv);
}
