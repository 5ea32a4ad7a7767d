import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'smol-toml';
import { readPythonVersionFile } from '../../core/python-version-file.js';

/** What the Dockerfile generator reads from a uv project. */
export interface UvProject {
  dir: string;
  name?: string;
  /** `[project.scripts]` names, in file order. */
  scripts: string[];
  requiresPython?: string;
  /** From .python-version (its first line, major.minor). */
  pinnedPython?: string;
  hasLock: boolean;
  /** The uv.lock text, when there is one. */
  lock?: string;
}

export function readProject(dir: string): UvProject {
  const pyprojectFile = path.join(dir, 'pyproject.toml');
  if (!fs.existsSync(pyprojectFile)) {
    throw new Error(
      `${pyprojectFile} does not exist: dockerfile: generate needs a uv project (pyproject.toml and uv.lock)`,
    );
  }
  const doc = parse(fs.readFileSync(pyprojectFile, 'utf8')) as {
    project?: { name?: string; scripts?: Record<string, string>; 'requires-python'?: string };
  };
  const lockFile = path.join(dir, 'uv.lock');
  // `3.11.7`, `3.12`, `cpython-3.12`: the base image is tagged by major.minor.
  const pinned = /(3\.\d+)/.exec(readPythonVersionFile(dir) ?? '')?.[1];
  const hasLock = fs.existsSync(lockFile);
  return {
    dir,
    name: doc.project?.name,
    scripts: Object.keys(doc.project?.scripts ?? {}),
    requiresPython: doc.project?.['requires-python'],
    pinnedPython: pinned,
    hasLock,
    lock: hasLock ? fs.readFileSync(lockFile, 'utf8') : undefined,
  };
}

/** The Python minor version to build with: the input, .python-version, requires-python's lower bound, else 3.12. */
export function choosePython(input: string | undefined, p: UvProject | undefined): string {
  if (input) return input.split('.').slice(0, 2).join('.');
  if (p?.pinnedPython) return p.pinnedPython;
  const lower = p?.requiresPython ? /(?:>=|~=|==)\s*(3\.\d+)/.exec(p.requiresPython)?.[1] : undefined;
  return lower ?? '3.12';
}

export function defaultBaseImage(pythonVersion: string): string {
  return `python:${pythonVersion}-slim-bookworm`;
}
