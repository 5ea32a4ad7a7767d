import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validRange } from '@renovatebot/pep440';
import { parse as parseToml } from 'smol-toml';
import { errorMessage } from '../../core/errors.js';
import { locateUvProject } from '../../core/uv-project.js';
import { ignoredPaths } from './ignored-paths.js';
import { firstLine } from './path-deps.js';

/**
 * Every Python project under a directory as uv sees it: each directory with a pyproject.toml that uv would
 * treat as a project (a `[project]` table, not `[tool.uv] managed = false`), with its place in a uv workspace
 * found by src/core/uv-project.ts exactly as `uv sync` in that directory finds it. A workspace root without
 * `[project]` (a virtual root) is not a project: its members are.
 *
 * The walk skips what is never a project of the repository: hidden directories (`.git`, `.venv`, `.tox`),
 * node_modules, __pycache__, virtual environments (a directory holding pyvenv.cfg), symbolic links (a link
 * can point outside the checkout or in a loop) and whatever .gitignore ignores. A workspace member inside such
 * a directory is therefore not listed, though uv would still count it.
 *
 * Everything here is read from the checked repository, so it is bounded (depth, directories, file sizes) and
 * validated: the values go into a job matrix that workflows pass to other actions.
 */

export type ProjectRole = 'project' | 'workspace-root' | 'member';

export interface Project {
  /** `[project].name`, PEP 503 normalised. */
  name: string;
  /** The project's directory relative to the workspace, forward slashes; `.` for the workspace itself. */
  dir: string;
  /** A unique name made of `dir` for artifact names: `services-api-1f2e3d4c`. */
  id: string;
  /** The uv workspace root the project belongs to (its lock file and environment), relative; `dir` when alone. */
  workspace: string;
  /** A standalone project, a workspace root with its own `[project]`, or a member of a workspace. */
  role: ProjectRole;
  /** `[project].requires-python`, else the workspace root's; a valid PEP 440 specifier or absent. */
  requiresPython?: string;
  /** A file named Dockerfile in the project's directory. */
  dockerfile: boolean;
  /** `[tool.pyprod] service`: the command that starts the project's service, run from its directory. */
  service?: string;
  /** `[tool.pyprod] service-url`: the URL a load benchmark requests. */
  serviceUrl?: string;
}

export interface LeftOut {
  /** The pyproject.toml's directory, relative to the workspace. */
  dir: string;
  why: string;
}

export interface Discovery {
  /** Sorted by directory. */
  projects: Project[];
  /** Virtual workspace roots (no `[project]`), relative: their uv.lock is read, they are not projects. */
  virtualRoots: string[];
  /** pyproject.toml files that are not listed as projects, and why. */
  leftOut: LeftOut[];
  /** Said in the summary: limits reached, .gitignore not applied, unreadable directories. */
  notes: string[];
  /** Directories walked. */
  scanned: number;
}

export interface DiscoverOptions {
  /** Absolute: the directory to search. */
  root: string;
  /** Absolute: the repository checkout. Directories are relative to it; no workspace root is looked for above it. */
  workspace: string;
  env: NodeJS.ProcessEnv;
}

/** Directory names never walked into (besides hidden ones). */
const SKIP_NAMES = new Set(['node_modules', '__pycache__', 'site-packages']);
export const MAX_DEPTH = 24;
export const MAX_DIRECTORIES = 200_000;
export const MAX_PYPROJECT_BYTES = 1024 * 1024;
const MAX_SERVICE_CHARS = 2_000;

/** A directory a workflow can use as it is: no space, quote, `$`, backtick or other shell or expression syntax. */
const SAFE_DIR = /^[A-Za-z0-9_+@-][A-Za-z0-9._+@-]*(\/[A-Za-z0-9_+@-][A-Za-z0-9._+@-]*)*$/;
/** A normalised PEP 508 name. */
const SAFE_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The artifact-safe id of a project directory; merge-reports recomputes it to name a project's artifacts. */
export function projectId(dir: string): string {
  const readable = dir === '.' ? 'root' : dir.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80);
  return `${readable}-${createHash('sha256').update(dir).digest('hex').slice(0, 8)}`;
}

/** A path relative to the workspace with forward slashes, `.` for the workspace itself. */
export function relativeDir(workspace: string, abs: string): string {
  return path.relative(workspace, abs).split(path.sep).join('/') || '.';
}

interface Walk {
  candidates: string[];
  notes: string[];
  scanned: number;
}

/** Depth-first walk collecting the directories that hold a pyproject.toml git does not ignore. */
function walk(root: string, ignored: Set<string>): Walk {
  const out: Walk = { candidates: [], notes: [], scanned: 0 };
  const stack: { dir: string; depth: number }[] = [{ dir: root, depth: 0 }];
  let deepest = false;
  while (stack.length > 0) {
    const { dir, depth } = stack.pop() as { dir: string; depth: number };
    if (out.scanned >= MAX_DIRECTORIES) {
      out.notes.push(`stopped after ${MAX_DIRECTORIES.toLocaleString('en-US')} directories`);
      break;
    }
    out.scanned++;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      out.notes.push(`could not read ${dir}: ${errorMessage(err)}`);
      continue;
    }
    // A virtual environment is never a project, whatever it holds.
    if (entries.some((e) => e.name === 'pyvenv.cfg' && e.isFile())) continue;
    const pyproject = path.join(dir, 'pyproject.toml');
    if (entries.some((e) => e.name === 'pyproject.toml' && e.isFile()) && !ignored.has(pyproject)) {
      out.candidates.push(dir);
    }
    const subdirs = entries
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !SKIP_NAMES.has(e.name))
      .map((e) => path.join(dir, e.name))
      .filter((d) => !ignored.has(d));
    if (depth >= MAX_DEPTH) {
      if (subdirs.length > 0) deepest = true;
      continue;
    }
    // Reverse order on the stack: the walk visits names in order (the result is sorted anyway).
    for (const d of subdirs.sort().reverse()) stack.push({ dir: d, depth: depth + 1 });
  }
  if (deepest) out.notes.push(`directories deeper than ${MAX_DEPTH} levels were not searched`);
  return out;
}

type Table = Record<string, unknown>;
const asTable = (v: unknown): Table | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Table) : undefined;

function readToml(file: string): Table {
  return asTable(parseToml(fs.readFileSync(file, 'utf8'))) ?? {};
}

/** `[project].requires-python` when it is a valid PEP 440 specifier of sane length. */
function requiresPythonOf(doc: Table): string | undefined {
  const v = asTable(doc.project)?.['requires-python'];
  if (typeof v !== 'string') return undefined;
  const spec = v.trim();
  return spec.length > 0 && spec.length <= 200 && !CONTROL.test(spec) && validRange(spec) ? spec : undefined;
}

/** `[tool.pyprod]`'s service command and URL, each dropped with a note when it is not a single sane line. */
function serviceOf(doc: Table, where: string, notes: string[]): { service?: string; serviceUrl?: string } {
  const table = asTable(asTable(doc.tool)?.pyprod);
  if (!table) return {};
  const out: { service?: string; serviceUrl?: string } = {};
  const service = table.service;
  if (service !== undefined) {
    if (
      typeof service === 'string' &&
      service.trim() &&
      service.length <= MAX_SERVICE_CHARS &&
      !CONTROL.test(service)
    )
      out.service = service.trim();
    else notes.push(`${where}: [tool.pyprod] service is not one line of text; ignored`);
  }
  const url = table['service-url'];
  if (url !== undefined) {
    if (typeof url === 'string' && url.length <= MAX_SERVICE_CHARS && /^https?:\/\/[^\s]+$/.test(url))
      out.serviceUrl = url;
    else notes.push(`${where}: [tool.pyprod] service-url is not an http(s) URL; ignored`);
  }
  return out;
}

/** Lists the projects under `opts.root`. */
export async function discoverProjects(opts: DiscoverOptions): Promise<Discovery> {
  const root = path.resolve(opts.root);
  const workspace = path.resolve(opts.workspace);
  const ignored = await ignoredPaths(root);
  const found = walk(root, ignored.paths);
  const notes = [...(ignored.note ? [ignored.note] : []), ...found.notes];
  const rel = (abs: string) => relativeDir(workspace, abs);
  const projects: Project[] = [];
  const virtualRoots: string[] = [];
  const leftOut: LeftOut[] = [];
  const docs = new Map<string, Table>();
  const docOf = (dir: string): Table => {
    let doc = docs.get(dir);
    if (!doc) {
      doc = readToml(path.join(dir, 'pyproject.toml'));
      docs.set(dir, doc);
    }
    return doc;
  };
  for (const abs of found.candidates) {
    const dir = rel(abs);
    const leave = (why: string) => leftOut.push({ dir, why });
    const size = fs.statSync(path.join(abs, 'pyproject.toml')).size;
    if (size > MAX_PYPROJECT_BYTES) {
      leave(`pyproject.toml is ${size.toLocaleString('en-US')} bytes, over the 1 MiB this reads`);
      continue;
    }
    let located: ReturnType<typeof locateUvProject>;
    try {
      located = locateUvProject(abs, opts.env, { ceiling: workspace });
    } catch (err) {
      // Not valid TOML (this one or the one above that decides its workspace): uv refuses it too.
      leave(firstLine(errorMessage(err)).replace(`${workspace}${path.sep}`, ''));
      continue;
    }
    if (!located) {
      leave('not a uv project: no [project] table (or [tool.uv] managed = false)');
      continue;
    }
    if (located.workspace && !located.member && !located.name) {
      virtualRoots.push(dir);
      continue;
    }
    if (!SAFE_DIR.test(dir) && dir !== '.') {
      leave('its path has characters other than letters, digits and . _ - + @ (unsafe in a workflow)');
      continue;
    }
    const name = located.name ?? '';
    if (!SAFE_NAME.test(name)) {
      leave(`[project].name ${JSON.stringify(name.slice(0, 100))} is not a valid package name`);
      continue;
    }
    const doc = docOf(abs);
    const requiresPython =
      requiresPythonOf(doc) ?? (located.member ? requiresPythonOf(docOf(located.root)) : undefined);
    const dockerfile =
      fs.statSync(path.join(abs, 'Dockerfile'), { throwIfNoEntry: false })?.isFile() ?? false;
    const role: ProjectRole = located.member ? 'member' : located.workspace ? 'workspace-root' : 'project';
    projects.push({
      name,
      dir,
      id: projectId(dir),
      workspace: rel(located.root),
      role,
      ...(requiresPython ? { requiresPython } : {}),
      dockerfile,
      ...serviceOf(doc, `${dir}/pyproject.toml`, notes),
    });
  }
  const byDir = (a: { dir: string }, b: { dir: string }) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0);
  return {
    projects: projects.sort(byDir),
    virtualRoots: virtualRoots.sort(),
    leftOut: leftOut.sort(byDir),
    notes,
    scanned: found.scanned,
  };
}
