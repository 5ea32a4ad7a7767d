import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../../core/errors.js';
import { type CoreMetadata, readMetadata } from './metadata.js';
import { normalizePackageName } from './policy.js';

/**
 * The Python environment to read: the `venv` input, else the active one (`VIRTUAL_ENV`), else the uv project's
 * environment (where `uv sync` puts it: UV_PROJECT_ENVIRONMENT, else `.venv` at the uv workspace root), else
 * `.venv` in the working directory. Only files are read; Python is never started.
 */

export interface PythonEnvironment {
  /** The environment's root directory (holding pyvenv.cfg). */
  root: string;
  /** How it was found: the venv input, VIRTUAL_ENV, UV_PROJECT_ENVIRONMENT, or the project's .venv. */
  foundBy: 'input' | 'VIRTUAL_ENV' | 'UV_PROJECT_ENVIRONMENT' | '.venv';
  /** Its site-packages directories (one in practice). */
  sitePackages: string[];
}

export interface FindEnvironmentOptions {
  /** The `venv` input, relative to the working directory; empty or undefined to look for one. */
  venv?: string;
  workingDirectory: string;
  env: NodeJS.ProcessEnv;
  /** The uv project's environment (uv-project.ts), when the working directory is in a uv project. */
  project?: { environment: string; environmentFrom: 'UV_PROJECT_ENVIRONMENT' | 'default' };
}

const isDir = (p: string) => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;

/**
 * `Lib/site-packages` on Windows, `lib/python3.X/site-packages` (or `lib/pypy3.X/...`, `python3.13t` for
 * free-threaded builds) elsewhere.
 */
export function sitePackagesOf(root: string): string[] {
  const found: string[] = [];
  const win = path.join(root, 'Lib', 'site-packages');
  if (isDir(win)) found.push(win);
  const lib = path.join(root, 'lib');
  if (isDir(lib)) {
    for (const name of fs.readdirSync(lib).sort()) {
      const sp = path.join(lib, name, 'site-packages');
      if (/^(python|pypy)\d/.test(name) && isDir(sp) && !found.includes(sp)) found.push(sp);
    }
  }
  return found;
}

export function findEnvironment(opts: FindEnvironmentOptions): PythonEnvironment {
  const explicit = opts.venv?.trim();
  let root: string;
  let foundBy: PythonEnvironment['foundBy'];
  if (explicit) {
    root = path.resolve(opts.workingDirectory, explicit);
    foundBy = 'input';
    if (!isDir(root))
      throw new InputError(
        'venv',
        explicit,
        `a directory holding a virtual environment; ${root} does not exist`,
      );
  } else if (opts.env.VIRTUAL_ENV && isDir(opts.env.VIRTUAL_ENV)) {
    root = path.resolve(opts.env.VIRTUAL_ENV);
    foundBy = 'VIRTUAL_ENV';
  } else {
    root = opts.project?.environment ?? path.resolve(opts.workingDirectory, '.venv');
    foundBy = opts.project?.environmentFrom === 'UV_PROJECT_ENVIRONMENT' ? 'UV_PROJECT_ENVIRONMENT' : '.venv';
    if (!isDir(root)) {
      const where = opts.project ? `the uv project's environment ${root}` : root;
      throw new Error(
        `No Python environment to read: the venv input is empty, VIRTUAL_ENV is not set, and ${where} does not exist. ` +
          'Run uv sync first (setup-uv-cached does), or set venv.',
      );
    }
  }
  const sitePackages = sitePackagesOf(root);
  if (sitePackages.length === 0) {
    const msg = `${root} has neither lib/python3.X/site-packages nor Lib/site-packages`;
    if (foundBy === 'input') throw new InputError('venv', explicit!, `a virtual environment; ${msg}`);
    throw new Error(`${msg}; is it a virtual environment?`);
  }
  return { root, foundBy, sitePackages };
}

export interface InstalledDistribution {
  /** The name as its METADATA spells it (`Django`). */
  name: string;
  /** PEP 503 normalised (`django`), the key used with uv.lock. */
  key: string;
  version: string;
  /** The absolute path of its `*.dist-info` directory. */
  distInfo: string;
  metadata: CoreMetadata;
}

/** Every `*.dist-info` with a METADATA file in the site-packages directories, sorted by name. */
export async function listDistributions(sitePackages: readonly string[]): Promise<InstalledDistribution[]> {
  const dirs = sitePackages.flatMap((sp) =>
    fs
      .readdirSync(sp, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name.endsWith('.dist-info'))
      .map((e) => path.join(sp, e.name)),
  );
  const dists = await Promise.all(
    dirs.map(async (distInfo): Promise<InstalledDistribution | undefined> => {
      let metadata: CoreMetadata;
      try {
        metadata = await readMetadata(distInfo);
      } catch {
        return undefined; // an interrupted install leaves a dist-info without METADATA
      }
      const fromDir = /^(.+?)-([^-]+)\.dist-info$/.exec(path.basename(distInfo));
      const name = metadata.get('Name') ?? fromDir?.[1] ?? path.basename(distInfo);
      const version = metadata.get('Version') ?? fromDir?.[2] ?? '';
      return { name, key: normalizePackageName(name), version, distInfo, metadata };
    }),
  );
  return dists
    .filter((d): d is InstalledDistribution => d !== undefined)
    .sort((a, b) => a.key.localeCompare(b.key));
}
