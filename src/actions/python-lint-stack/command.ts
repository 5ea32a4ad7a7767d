import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'smol-toml';
import type { UvProject } from '../../core/uv-project.js';
import { venvPython } from '../../core/venv-paths.js';
import { lockedVersion, normalizePackageName, pythonToolArgv } from '../../provision/python-tools.js';
import { EXCLUDED_DIRS, type ToolInvocation } from './argv.js';
import { TOOLS, type ToolId } from './tools.js';

/**
 * Where a tool runs. Standalone tools (ruff, flake8, ...) only read source text and run in uv's own tool
 * environment. pylint and mypy resolve imports, so they run over the project's environment, with the
 * tool layered on top by `uv run --with`: the active venv (what setup-uv-cached activates), else the
 * project's `.venv`, else a separate environment that uv installs from the project (`uv run --isolated`:
 * the checks never create or sync the project's own environment). With no project at all they run isolated,
 * and imports of third-party packages are reported as missing.
 */
export type PythonEnv =
  | { kind: 'venv'; venv: string; python: string; from: 'VIRTUAL_ENV' | '.venv' }
  | { kind: 'uv-project'; frozen: boolean }
  | { kind: 'isolated' };

function hasProjectTable(dir: string): boolean {
  try {
    const doc = parse(fs.readFileSync(path.join(dir, 'pyproject.toml'), 'utf8')) as Record<string, unknown>;
    return typeof doc.project === 'object' && doc.project !== null;
  } catch {
    return false;
  }
}

/** `project`: the working directory's uv project, whose environment (in a workspace, the root's) is the `.venv`. */
export function chooseEnvironment(
  workingDirectory: string,
  env: NodeJS.ProcessEnv,
  project?: UvProject,
): PythonEnv {
  const venv = (dir: string, from: 'VIRTUAL_ENV' | '.venv'): PythonEnv | undefined => {
    const python = venvPython(dir);
    return fs.existsSync(python) ? { kind: 'venv', venv: dir, python, from } : undefined;
  };
  const active = env.VIRTUAL_ENV
    ? venv(path.resolve(workingDirectory, env.VIRTUAL_ENV), 'VIRTUAL_ENV')
    : undefined;
  const found = active ?? venv(project?.environment ?? path.join(workingDirectory, '.venv'), '.venv');
  if (found) return found;
  if (hasProjectTable(project?.projectDir ?? workingDirectory)) {
    return {
      kind: 'uv-project',
      frozen: fs.existsSync(project?.lockFile ?? path.join(workingDirectory, 'uv.lock')),
    };
  }
  return { kind: 'isolated' };
}

export function describeEnvironment(e: PythonEnv): string {
  if (e.kind === 'venv')
    return e.from === 'VIRTUAL_ENV' ? `the active venv ${e.venv}` : `the project's ${e.venv}`;
  if (e.kind === 'uv-project')
    return `a separate environment installed from the project${e.frozen ? "'s uv.lock" : ''} (there is no venv)`;
  return "an isolated environment without the project's dependencies";
}

export type VersionFrom = 'tool-versions' | 'uv.lock' | 'pin';

export interface ToolVersion {
  version: string;
  from: VersionFrom;
}

/** `tool-versions` first, then the version the project's uv.lock has, then our pin. */
export async function resolveVersion(
  tool: ToolId,
  overrides: Readonly<Record<string, string>>,
  uvLock: string,
): Promise<ToolVersion> {
  const pkg = TOOLS[tool].spec.package;
  const override = overrides[normalizePackageName(pkg)];
  if (override) return { version: override, from: 'tool-versions' };
  const locked = await lockedVersion(uvLock, pkg);
  if (locked) return { version: locked, from: 'uv.lock' };
  return { version: TOOLS[tool].spec.pin, from: 'pin' };
}

/**
 * Whether the tool runs over the project's environment: pylint and mypy always; a standalone tool when the
 * project locks it (its plugins are then in the project's environment too, as when developers run it).
 */
export function runsInProject(tool: ToolId, version: ToolVersion): boolean {
  return TOOLS[tool].spec.mode === 'project' || version.from === 'uv.lock';
}

/** The full argv, uv first. */
export function toolArgv(
  uv: string,
  tool: ToolId,
  version: string,
  invocation: ToolInvocation,
  env: PythonEnv | undefined,
): string[] {
  const spec = { ...TOOLS[tool].spec, command: invocation.command };
  const opts = { uv, lockedVersion: version, args: invocation.args };
  if (!env || env.kind === 'isolated') return pythonToolArgv({ ...spec, mode: 'standalone' }, opts).argv;
  const run =
    env.kind === 'venv'
      ? ['--no-project', '--python', env.python]
      : ['--isolated', ...(env.frozen ? ['--frozen'] : [])];
  return pythonToolArgv({ ...spec, mode: 'project' }, { ...opts, run }).argv;
}

/** A path as an argument that no tool can take for an option. */
export function safeArg(p: string): string {
  return p.startsWith('-') ? `./${p}` : p;
}

/**
 * Directories replaced by the Python files and directories directly in them, minus EXCLUDED_DIRS, hidden
 * ones and venvs (pylint walks into `.venv` otherwise). Files are kept as given.
 */
export function expandTargets(cwd: string, targets: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of targets) {
    const abs = path.resolve(cwd, t);
    if (!fs.statSync(abs, { throwIfNoEntry: false })?.isDirectory()) {
      out.push(t);
      continue;
    }
    for (const e of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = t === '.' ? e.name : path.join(t, e.name);
      if (e.isDirectory()) {
        if (e.name.startsWith('.') || EXCLUDED_DIRS.includes(e.name)) continue;
        if (fs.existsSync(path.join(abs, e.name, 'pyvenv.cfg'))) continue;
        out.push(safeArg(rel));
      } else if (e.isFile() && /\.pyi?$/.test(e.name)) {
        out.push(safeArg(rel));
      }
    }
  }
  return out;
}
