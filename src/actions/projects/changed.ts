import * as path from 'node:path';
import type { Project } from './discover.js';
import { transitiveDependents } from './path-deps.js';

/**
 * `changed-only`: from the files a change touched to the projects it can affect, each with the reason it
 * was selected.
 *
 * - A file inside a project selects that project (the deepest one when projects nest): any file, not only
 *   Python, since templates, data and Dockerfiles matter as much.
 * - A shared configuration file selects every project at or below its directory: the linters, uv and the
 *   hooks read these from the directories above a project, so a change at the top selects everything.
 * - A change under `.github/workflows/` or `.github/actions/` selects every project (the checks themselves
 *   changed).
 * - Then every project that depends on a selected one through a path dependency in uv.lock, transitively.
 * - A file in no project and not shared (a README at the top, docs/) selects nothing.
 */

/** The file names that configure the projects below them (their own directory included). */
export const SHARED_CONFIG_FILES: readonly string[] = [
  'pyproject.toml',
  'uv.lock',
  'uv.toml',
  '.python-version',
  '.pre-commit-config.yaml',
  'ruff.toml',
  '.ruff.toml',
  'setup.cfg',
  'tox.ini',
  '.flake8',
  '.pylintrc',
  'pylintrc',
  'mypy.ini',
  '.mypy.ini',
  '.isort.cfg',
  '.gitleaks.toml',
  '.gitleaksignore',
];

/** Directories (relative to the workspace) whose every change selects every project. */
export const SHARED_CONFIG_DIRS: readonly string[] = ['.github/workflows', '.github/actions'];

export type ReasonKind = 'all' | 'changed' | 'shared' | 'dependency';

export interface Reason {
  kind: ReasonKind;
  /** One line for the summary: `changed: src/app.py and 2 more files`. Holds repository paths: escape it. */
  text: string;
}

export interface SelectedProject {
  project: Project;
  reason: Reason;
}

export interface Selection {
  selected: SelectedProject[];
  /** Changed files that are in no project and select nothing (count, and the first few for the summary). */
  unowned: { count: number; sample: string[] };
}

/** `dir` is `base` or below it (directories relative to the workspace, `.` the top). */
export function isWithin(file: string, dir: string): boolean {
  return dir === '.' ? !file.startsWith('../') && file !== '..' : file === dir || file.startsWith(`${dir}/`);
}

function filesText(files: readonly string[]): string {
  const [first] = files;
  const more = files.length - 1;
  return `${first}${more > 0 ? ` and ${more} more file${more === 1 ? '' : 's'}` : ''}`;
}

/** Every project, for a run that does not narrow the selection; `why` says why (`changed-only is off`). */
export function selectAll(projects: readonly Project[], why: string): Selection {
  return {
    selected: projects.map((project) => ({ project, reason: { kind: 'all', text: why } })),
    unowned: { count: 0, sample: [] },
  };
}

/**
 * The projects the changed files (relative to the workspace, forward slashes) affect. `dependents` maps a
 * project directory to those that depend on it directly (pathDependencies).
 */
export function selectChanged(
  projects: readonly Project[],
  changed: readonly string[],
  dependents: ReadonlyMap<string, ReadonlySet<string>>,
): Selection {
  // Deepest first, so that a file is owned by the innermost project holding it.
  const byDepth = [...projects].sort((a, b) => depth(b.dir) - depth(a.dir) || (a.dir < b.dir ? -1 : 1));
  const own = new Map<string, string[]>();
  const shared = new Map<string, string>();
  const unowned: string[] = [];
  const share = (project: Project, file: string) => {
    if (!shared.has(project.dir)) shared.set(project.dir, file);
  };
  for (const file of [...changed].map(normalise).sort()) {
    if (SHARED_CONFIG_DIRS.some((d) => isWithin(file, d))) {
      for (const p of projects) share(p, file);
      continue;
    }
    const owner = byDepth.find((p) => isWithin(file, p.dir));
    if (owner) own.set(owner.dir, [...(own.get(owner.dir) ?? []), file]);
    const base = path.posix.basename(file);
    if (!SHARED_CONFIG_FILES.includes(base)) {
      if (!owner) unowned.push(file);
      continue;
    }
    const dir = path.posix.dirname(file);
    // The projects below this configuration, and the members of a workspace whose root it configures.
    for (const p of projects) {
      if (p.dir === owner?.dir) continue;
      if (isWithin(p.dir, dir) || p.workspace === dir) share(p, file);
    }
  }
  const selected = new Map<string, SelectedProject>();
  for (const p of projects) {
    const files = own.get(p.dir);
    if (files)
      selected.set(p.dir, { project: p, reason: { kind: 'changed', text: `changed: ${filesText(files)}` } });
    else if (shared.has(p.dir)) {
      const file = shared.get(p.dir) as string;
      const what = file.startsWith('.github/')
        ? 'workflow or action changed'
        : 'shared configuration changed';
      selected.set(p.dir, { project: p, reason: { kind: 'shared', text: `${what}: ${file}` } });
    }
  }
  const byDir = new Map(projects.map((p) => [p.dir, p]));
  for (const [dir, chain] of transitiveDependents(selected.keys(), dependents)) {
    const project = byDir.get(dir);
    if (!project) continue;
    const route = chain.slice().reverse().join(' → ');
    const text = `depends on ${chain[0]} (selected) through uv.lock: ${route}`;
    selected.set(dir, { project, reason: { kind: 'dependency', text } });
  }
  return {
    selected: projects.flatMap((p) => selected.get(p.dir) ?? []),
    unowned: { count: unowned.length, sample: unowned.slice(0, 5) },
  };
}

function depth(dir: string): number {
  return dir === '.' ? 0 : dir.split('/').length;
}

function normalise(file: string): string {
  return path.posix.normalize(file.replace(/\\/g, '/')).replace(/^\.\//, '');
}
