import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'smol-toml';
import { normalizePackageName } from '../../core/python-names.js';
import { readPythonVersionFile } from '../../core/python-version-file.js';
import { locateUvProject } from '../../core/uv-project.js';

/** What the Dockerfile generator reads from a uv project. */
export interface UvProject {
  dir: string;
  name?: string;
  /** `[project.scripts]` names, in file order. */
  scripts: string[];
  requiresPython?: string;
  /** From .python-version (its first line, major.minor). */
  pinnedPython?: string;
  /** The uv.lock uv uses for this project: the workspace root's for a member. */
  lockFile: string;
  hasLock: boolean;
  /** The uv.lock text, when there is one. */
  lock?: string;
  /** Where the project sits in a uv workspace, found as uv finds it (src/core/uv-project.ts). */
  workspace?: {
    root: string;
    /** `dir` is a member whose workspace root is another directory. */
    member: boolean;
    /** The members uv.lock lists (`[manifest] members`), the root's own project included. */
    members: string[];
  };
}

/** `[manifest] members` of a uv.lock: empty for a lone project, or when the text is not TOML. */
function lockMembers(lock: string | undefined): string[] {
  if (!lock) return [];
  try {
    const manifest = (parse(lock) as { manifest?: { members?: unknown } }).manifest;
    const members = Array.isArray(manifest?.members) ? manifest.members : [];
    return members.filter((m): m is string => typeof m === 'string');
  } catch {
    return []; // uv reports a broken lock in its own words when the build runs
  }
}

/**
 * The project in `dir`, its lock where uv takes it from (the workspace root's, for a member) and its place
 * in a workspace. `ceiling`: the checkout, above which no pyproject.toml is the project's.
 */
export function readProject(dir: string, env: NodeJS.ProcessEnv = {}, ceiling?: string): UvProject {
  const pyprojectFile = path.join(dir, 'pyproject.toml');
  if (!fs.existsSync(pyprojectFile)) {
    throw new Error(
      `${pyprojectFile} does not exist: dockerfile: generate needs a uv project (pyproject.toml and uv.lock)`,
    );
  }
  const located = locateUvProject(dir, env, { ceiling });
  const doc = parse(fs.readFileSync(pyprojectFile, 'utf8')) as {
    project?: { name?: string; scripts?: Record<string, string>; 'requires-python'?: string };
  };
  const lockFile = located?.lockFile ?? path.join(dir, 'uv.lock');
  // `3.11.7`, `3.12`, `cpython-3.12`: the base image is tagged by major.minor.
  const pinned = /(3\.\d+)/.exec(readPythonVersionFile(dir) ?? '')?.[1];
  const hasLock = fs.existsSync(lockFile);
  const lock = hasLock ? fs.readFileSync(lockFile, 'utf8') : undefined;
  return {
    dir,
    name: doc.project?.name,
    scripts: Object.keys(doc.project?.scripts ?? {}),
    requiresPython: doc.project?.['requires-python'],
    pinnedPython: pinned,
    lockFile,
    hasLock,
    lock,
    ...(located?.workspace
      ? { workspace: { root: located.root, member: located.member, members: lockMembers(lock) } }
      : {}),
  };
}

/**
 * Why a Dockerfile cannot be generated for this project, or undefined. The generated file installs the
 * dependencies from the project's own pyproject.toml and the uv.lock beside it before copying the code: a
 * workspace member has no uv.lock of its own, and uv refuses the root's lock (`uv sync --locked`: "needs to
 * be updated") while the members it lists are not there.
 */
export function workspaceBlocker(p: UvProject, relativeTo: string): string | undefined {
  const ws = p.workspace;
  if (!ws) return undefined;
  const rel = (d: string) => path.relative(relativeTo, d).split(path.sep).join('/') || '.';
  const self = p.name === undefined ? undefined : normalizePackageName(p.name);
  const others = ws.members.filter((m) => normalizePackageName(m) !== self).length;
  if (!ws.member && others === 0) return undefined;
  const where = ws.member
    ? `${rel(p.dir)} is a member of the uv workspace at ${rel(ws.root)} (whose uv.lock it uses)`
    : `${rel(p.dir)} is the root of a uv workspace whose uv.lock lists ${others} other member${others === 1 ? '' : 's'}`;
  // At the root, uv sync installs the root project; a member is chosen with --package.
  const pkg = ws.member ? ` --package ${self ?? '<member>'}` : '';
  return (
    `${where}, and the generated Dockerfile does not support uv workspaces yet: it installs from one ` +
    "project's pyproject.toml and uv.lock, without the other members. Write a Dockerfile for the workspace " +
    "and point 'dockerfile' at it" +
    // 'context' is relative to 'working-directory', and defaults to it.
    (ws.member
      ? `, with 'context: ${path.relative(p.dir, ws.root).split(path.sep).join('/')}' (the root)`
      : '') +
    ": copy the root's pyproject.toml and uv.lock and every member's pyproject.toml, " +
    `\`uv sync --locked --no-install-workspace${pkg}\`, then the code and ` +
    `\`uv sync --locked --no-editable${pkg}\``
  );
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
