import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readPythonVersionFile } from '../../core/python-version-file.js';
import type { MarkerEnvironment } from './markers.js';

/**
 * The environment uv.lock's markers are evaluated against: this runner's platform (the machine the job runs
 * on is the one `uv sync` installs for), and the Python uv installs for (findPython).
 */

export interface RunnerPlatform {
  /** process.platform */
  platform: NodeJS.Platform;
  /** os.machine(): `x86_64`, `aarch64`, `arm64` */
  machine: string;
}

export interface PythonTarget {
  /** `3.12` */
  version: string;
  /** `3.12.4`, or `3.12` when only the minor version is known. */
  full: string;
  /** The full version is known only to its minor version. */
  minorOnly: boolean;
  implementation: 'cpython' | 'pypy' | 'graalpy';
  from: '.python-version' | 'pyvenv.cfg' | 'UV_PYTHON';
  /** The file it was read from (`.python-version`, `pyvenv.cfg`), or `UV_PYTHON`. */
  file: string;
}

export interface TargetEnvironment {
  markers: MarkerEnvironment;
  /** sys_platform: `linux`, `darwin`, `win32`. */
  platform: string;
  /** Undefined when nothing names a Python: python_version markers stay unknown (their edges kept). */
  python?: PythonTarget;
  /** One line for the summary: `linux x86_64, CPython 3.12 (from .python-version)`. */
  description: string;
}

export function runnerPlatform(): RunnerPlatform {
  return { platform: process.platform, machine: os.machine() };
}

/** `3.12`, `3.12.4`, `cpython-3.12.4-linux-x86_64-gnu`, `cpython@3.12`, `pypy3.10`, `3.13t`: uv's request forms. */
function parsePythonRequest(
  text: string,
): Pick<PythonTarget, 'version' | 'full' | 'minorOnly' | 'implementation'> | undefined {
  const m =
    /^(?:(cpython|pypy|graalpy|python|cp|pp)[-@]?)?(\d+)\.(\d+)(?:\.(\d+))?((?:a|b|rc)\d+)?t?(?:[-+].*)?$/i.exec(
      text.trim(),
    );
  if (!m) return undefined;
  const impl = (m[1] ?? '').toLowerCase();
  const implementation =
    impl === 'pypy' || impl === 'pp' ? 'pypy' : impl === 'graalpy' ? 'graalpy' : 'cpython';
  const version = `${m[2]}.${m[3]}`;
  const full = m[4] !== undefined ? `${version}.${m[4]}${m[5] ?? ''}` : version;
  return { version, full, minorOnly: m[4] === undefined, implementation };
}

/** `version_info = 3.12.4` (uv) or `version = 3.12.4` (venv), and `implementation = CPython` (uv). */
function readPyvenvCfg(
  file: string,
): Pick<PythonTarget, 'version' | 'full' | 'minorOnly' | 'implementation'> | undefined {
  let text: string;
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > 64 * 1024) return undefined;
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const values = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const eq = line.indexOf('=');
    if (eq > 0) values.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
  }
  const parsed = parsePythonRequest(values.get('version_info') ?? values.get('version') ?? '');
  if (!parsed) return undefined;
  const impl = values.get('implementation')?.toLowerCase();
  if (impl === 'pypy' || impl === 'graalpy') parsed.implementation = impl;
  return parsed;
}

const SYSTEM: Record<string, string> = { linux: 'Linux', darwin: 'Darwin', win32: 'Windows' };

/** platform.machine() as Python reports it: Windows says AMD64 / ARM64 where Node says x86_64 / arm64. */
function pythonMachine(p: RunnerPlatform): string {
  if (p.platform !== 'win32') return p.machine;
  if (p.machine === 'x86_64') return 'AMD64';
  if (p.machine === 'arm64' || p.machine === 'aarch64') return 'ARM64';
  return p.machine;
}

export interface TargetOptions {
  /** The project's directory and the workspace root (`.python-version` is looked for in both, nearest first). */
  projectDir: string;
  root: string;
  /** The environment to read pyvenv.cfg from: VIRTUAL_ENV when set and present, else this (the project's). */
  venv?: string;
  env: NodeJS.ProcessEnv;
  /** The lock's path. */
  lockFile: string;
  runner?: RunnerPlatform;
}

/**
 * The Python uv installs for, in the order uv itself decides it: the active environment (what setup-uv-cached
 * built and activated: its pyvenv.cfg is the fact), then UV_PYTHON (setup-uv-cached's python-version wins
 * over `.python-version` through it), then `.python-version`, then the project's own environment. Nothing
 * else: the lowest version requires-python allows is not what uv picks (it takes a newer interpreter), so
 * without one of these python_version markers stay unknown and their packages are audited.
 */
function findPython(opts: TargetOptions): PythonTarget | undefined {
  const fromVenv = (venv: string | undefined): PythonTarget | undefined => {
    if (!venv) return undefined;
    const file = path.join(venv, 'pyvenv.cfg');
    const parsed = readPyvenvCfg(file);
    return parsed ? { ...parsed, from: 'pyvenv.cfg', file } : undefined;
  };
  const active = fromVenv(opts.env.VIRTUAL_ENV);
  if (active) return active;
  const uvPython = opts.env.UV_PYTHON ? parsePythonRequest(opts.env.UV_PYTHON) : undefined;
  if (uvPython) return { ...uvPython, from: 'UV_PYTHON', file: 'UV_PYTHON' };
  for (const dir of [...new Set([opts.projectDir, opts.root])]) {
    const request = readPythonVersionFile(dir);
    const parsed = request ? parsePythonRequest(request) : undefined;
    if (parsed) return { ...parsed, from: '.python-version', file: path.join(dir, '.python-version') };
  }
  return fromVenv(opts.venv);
}

const IMPLEMENTATION = { cpython: 'CPython', pypy: 'PyPy', graalpy: 'GraalVM' } as const;

export function targetEnvironment(opts: TargetOptions): TargetEnvironment {
  const runner = opts.runner ?? runnerPlatform();
  const python = findPython(opts);
  const values: Record<string, string> = {
    sys_platform: runner.platform,
    platform_system: SYSTEM[runner.platform] ?? runner.platform,
    platform_machine: pythonMachine(runner),
    os_name: runner.platform === 'win32' ? 'nt' : 'posix',
  };
  // platform_release / platform_version (the kernel) are left unknown: the runner's kernel is not the target's.
  // `extra` and `dependency_groups` too: in uv.lock they encode which conflicting extras or groups are active
  // (`extra == 'extra-7-project-cpu'`), which the lock alone does not tell; unknown keeps such edges.
  if (python) {
    values.python_version = python.version;
    values.python_full_version = python.full;
    values.implementation_name = python.implementation;
    values.platform_python_implementation = IMPLEMENTATION[python.implementation];
    // CPython's implementation_version is its version; PyPy's and GraalPy's are their own.
    if (python.implementation === 'cpython') values.implementation_version = python.full;
  } else {
    values.implementation_name = 'cpython';
    values.platform_python_implementation = 'CPython';
  }
  const markers: MarkerEnvironment = { values, pythonMinorOnly: python?.minorOnly ?? false };
  const where = `${values.sys_platform} ${values.platform_machine}`;
  const description = python
    ? `${where}, ${IMPLEMENTATION[python.implementation]} ${python.full} (from ${python.from})`
    : `${where}, Python version unknown (no active environment, UV_PYTHON or .python-version): markers on it are not evaluated`;
  return { markers, platform: runner.platform, ...(python ? { python } : {}), description };
}
