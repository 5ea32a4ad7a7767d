import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { normalizePackageName } from './python-names.js';
import { projectVenv } from './venv-paths.js';

/**
 * The project a directory belongs to, found the way uv finds it (uv-workspace's `Workspace::discover` and
 * `find_workspace`), so that every action reads the environment and lock file `uv sync` uses:
 *
 * 1. the project is the nearest directory, from the given one upwards, holding a pyproject.toml;
 * 2. if that pyproject.toml declares `[tool.uv.workspace]`, it is the workspace root itself;
 * 3. otherwise the first pyproject.toml above it decides: a `[tool.uv.workspace]` whose `members` globs match
 *    the project and whose `exclude` globs do not makes that directory the root; anything else (another
 *    project, a workspace that does not include it, a file with neither table) leaves the project its own root;
 * 4. the lock file is `<root>/uv.lock`; the environment is UV_PROJECT_ENVIRONMENT (relative to the root), else
 *    `<root>/.venv`.
 */

export interface UvProject {
  /** The directory the search started from (absolute). */
  directory: string;
  /** The project's directory: the nearest one at or above `directory` holding a pyproject.toml. */
  projectDir: string;
  pyproject: string;
  /** `[project].name`, PEP 503 normalised; undefined for a workspace root without a `[project]` table. */
  name?: string;
  /** The workspace root: where uv.lock and the default `.venv` live (the project dir for a lone project). */
  root: string;
  /** The root declares `[tool.uv.workspace]`. */
  workspace: boolean;
  /** The project is a member of a workspace whose root is another directory. */
  member: boolean;
  /** `<root>/uv.lock`, whether or not it exists. */
  lockFile: string;
  lockExists: boolean;
  /** The project environment `uv sync` and `uv run` use. */
  environment: string;
  environmentFrom: 'UV_PROJECT_ENVIRONMENT' | 'default';
}

type Table = Record<string, unknown>;
const asTable = (v: unknown): Table | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Table) : undefined;
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function readPyproject(file: string): Table {
  try {
    return asTable(parseToml(fs.readFileSync(file, 'utf8'))) ?? {};
  } catch (err) {
    throw new Error(`${file} is not valid TOML: ${err instanceof Error ? err.message : String(err)}`);
  }
}

const isFile = (p: string) => fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
const uvTable = (doc: Table) => asTable(asTable(doc.tool)?.uv);

/** `[tool.uv.workspace]` with its globs, when declared. */
function workspaceTable(doc: Table): { members: string[]; exclude: string[] } | undefined {
  const ws = asTable(uvTable(doc)?.workspace);
  return ws ? { members: strings(ws.members), exclude: strings(ws.exclude) } : undefined;
}

type Token = '*' | '?' | { chars: string; ranges: [string, string][]; negate: boolean } | string;

/** One path component of a glob as tokens: `*`, `?`, a class (`[a-z]`, `[!a]`, as the glob crate reads it) or a character. */
function tokenize(glob: string, component: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < component.length; i++) {
    const c = component[i] as string;
    if (c === '*') {
      if (out.at(-1) !== '*') out.push('*'); // `**` inside a component is refused before this
    } else if (c === '[') {
      // A `]` right after `[` or `[!` is a member of the class, not its end.
      const negate = component[i + 1] === '!';
      const from = i + (negate ? 2 : 1);
      const end = component.indexOf(']', from + 1);
      if (end < 0) throw new Error(`invalid glob "${glob}": unclosed [`);
      const body = [...component.slice(from, end)];
      const cls = { chars: '', ranges: [] as [string, string][], negate };
      for (let k = 0; k < body.length; k++) {
        const lo = body[k] as string;
        if (body[k + 1] === '-' && k + 2 < body.length) {
          cls.ranges.push([lo, body[k + 2] as string]);
          k += 2;
        } else cls.chars += lo;
      }
      out.push(cls);
      i = end;
    } else out.push(c);
  }
  return out;
}

function matchOne(t: Exclude<Token, '*'>, ch: string): boolean {
  if (t === '?') return true;
  if (typeof t === 'string') return t === ch;
  const inside = t.chars.includes(ch) || t.ranges.some(([lo, hi]) => lo <= ch && ch <= hi);
  return inside !== t.negate;
}

/**
 * Wildcard matching without regular expressions: greedy with a return to the last `*`, O(pattern × name) at
 * worst, so a hostile pyproject.toml cannot make a pattern that backtracks for ever.
 */
function matchComponent(tokens: Token[], name: string): boolean {
  const text = [...name];
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const tok = tokens[p];
    if (tok === '*') {
      star = p++;
      resume = t;
    } else if (tok !== undefined && matchOne(tok, text[t] as string)) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else return false;
  }
  while (tokens[p] === '*') p++;
  return p === tokens.length;
}

/**
 * Whether `glob` (relative to `root`, or absolute) matches directory `dir`, component by component: `*`, `?`
 * and classes stay inside one component, `**` spans any number of them, as uv's expansion with the glob crate.
 * A leading dot needs no literal dot (the crate's default).
 */
export function workspaceGlobMatches(glob: string, root: string, dir: string): boolean {
  const abs = path.isAbsolute(glob) ? glob : `${root}/${glob}`;
  const pattern = abs.split(/[\\/]/).filter((c) => c !== '' && c !== '.');
  const target = path.resolve(dir).split(path.sep).filter(Boolean);
  // The root's own components are literal, whatever characters they hold.
  const rootParts = path.resolve(root).split(path.sep).filter(Boolean);
  let start = 0;
  if (!path.isAbsolute(glob)) {
    if (rootParts.some((p, n) => target[n] !== p)) return false;
    start = rootParts.length;
  }
  const pats = pattern.slice(start).map((c) => {
    if (c === '**') return c;
    if (c.includes('**')) throw new Error(`invalid glob "${glob}": ** must be a whole path component`);
    return tokenize(glob, c);
  });
  // Memoised on (pattern, path) positions: any number of `**` stays polynomial.
  const seen = new Map<number, boolean>();
  const match = (p: number, t: number): boolean => {
    if (p === pats.length) return t === target.length;
    const id = p * (target.length + 1) + t;
    const known = seen.get(id);
    if (known !== undefined) return known;
    const pat = pats[p] as Token[] | '**';
    let ok = false;
    if (pat === '**') {
      for (let k = t; k <= target.length && !ok; k++) ok = match(p + 1, k);
    } else {
      // `..` names a directory outside the root, which uv's comparison with the project path never matches.
      const part = target[t];
      ok = part !== undefined && part !== '..' && matchComponent(pat, part) && match(p + 1, t + 1);
    }
    seen.set(id, ok);
    return ok;
  };
  return match(0, start);
}

/** The workspace at `root` (its pyproject.toml is `file`) includes `dir`: a members glob matches, no exclude does. */
function includes(file: string, root: string, ws: { members: string[]; exclude: string[] }, dir: string) {
  const test = (key: string, glob: string) => {
    try {
      return workspaceGlobMatches(glob, root, dir);
    } catch (err) {
      throw new Error(`${file}: [tool.uv.workspace] ${key}: ${err instanceof Error ? err.message : err}`);
    }
  };
  return ws.members.some((g) => test('members', g)) && !ws.exclude.some((g) => test('exclude', g));
}

export interface LocateOptions {
  /**
   * The search does not look above this directory (the repository checkout) when `directory` is inside it:
   * a pyproject.toml outside the checkout is not the project's. uv has no such limit; inside it, the answers
   * are the same.
   */
  ceiling?: string;
}

/** `d` and its parents, nearest first, stopping at the ceiling (when `d` is inside it) or the filesystem root. */
function* upwards(d: string, ceiling: string | undefined): Generator<string> {
  const top = ceiling ? path.resolve(ceiling) : undefined;
  const rel = top ? path.relative(top, d) : '..';
  const bounded = top !== undefined && !rel.startsWith('..') && !path.isAbsolute(rel);
  for (;;) {
    yield d;
    if ((bounded && d === top) || path.dirname(d) === d) return;
    d = path.dirname(d);
  }
}

/**
 * The uv project of `directory`; undefined where uv finds none: no pyproject.toml at or above it, one that is
 * neither a project nor a workspace root, or `[tool.uv] managed = false`. A pyproject.toml that is not valid
 * TOML throws with its path (uv refuses it too).
 */
export function locateUvProject(
  directory: string,
  env: NodeJS.ProcessEnv,
  opts: LocateOptions = {},
): UvProject | undefined {
  const start = path.resolve(directory);
  let projectDir: string | undefined;
  for (const d of upwards(start, opts.ceiling)) {
    if (isFile(path.join(d, 'pyproject.toml'))) {
      projectDir = d;
      break;
    }
  }
  if (!projectDir) return undefined;
  const pyproject = path.join(projectDir, 'pyproject.toml');
  const doc = readPyproject(pyproject);
  if (uvTable(doc)?.managed === false) return undefined;
  const name = asTable(doc.project)?.name;
  const hasProject = asTable(doc.project) !== undefined;
  let root = projectDir;
  let workspace = workspaceTable(doc) !== undefined;
  if (!workspace) {
    if (!hasProject) return undefined;
    for (const d of upwards(projectDir, opts.ceiling)) {
      const file = path.join(d, 'pyproject.toml');
      if (d === projectDir || !isFile(file)) continue;
      // The first pyproject.toml above decides, whatever it holds.
      const ws = workspaceTable(readPyproject(file));
      if (ws && includes(file, d, ws, projectDir)) {
        root = d;
        workspace = true;
      }
      break;
    }
  }
  const lockFile = path.join(root, 'uv.lock');
  const custom = env.UV_PROJECT_ENVIRONMENT;
  const project: UvProject = {
    directory: start,
    projectDir,
    pyproject,
    root,
    workspace,
    member: root !== projectDir,
    lockFile,
    lockExists: isFile(lockFile),
    environment: projectVenv(root, env),
    environmentFrom: custom ? 'UV_PROJECT_ENVIRONMENT' : 'default',
  };
  if (typeof name === 'string') project.name = normalizePackageName(name);
  return project;
}

/**
 * locateUvProject for a caller whose tool reports a broken pyproject.toml in its own words (uv sync, deptry,
 * the linters): undefined instead of an error, and the tool's message is the one the user gets.
 */
export function locateUvProjectLeniently(
  directory: string,
  env: NodeJS.ProcessEnv,
  opts: LocateOptions = {},
): UvProject | undefined {
  try {
    return locateUvProject(directory, env, opts);
  } catch {
    return undefined;
  }
}

/**
 * How a summary names the project: its directory relative to `relativeTo` and, in a workspace, its part in it
 * (`member of the uv workspace at .`, `root of a uv workspace`).
 */
export function describeUvProject(p: UvProject, relativeTo: string): { dir: string; role?: string } {
  const rel = (d: string) => path.relative(relativeTo, d).split(path.sep).join('/') || '.';
  const dir = rel(p.projectDir);
  if (p.member) return { dir, role: `member of the uv workspace at ${rel(p.root)}` };
  if (p.workspace) return { dir, role: 'root of a uv workspace' };
  return { dir };
}
