import * as fs from 'node:fs';
import * as path from 'node:path';
import { git, splitNul } from '../../core/git.js';
import type { Runtime } from '../../core/runtime.js';
import { EXCLUDED_DIRS } from './argv.js';
import { expandTargets, safeArg } from './command.js';
import { type ExcludeOwner, type ExcludeRule, excludedBy } from './exclude-patterns.js';
import type { CarriedSetting } from './shared-config.js';
import type { ToolId } from './tools.js';

/**
 * The files every tool of the stack checks: the Python files under the targets, minus what any tool's
 * configuration excludes and what git ignores. Computed once, so that every tool sees the same files.
 */

/** Files left out, grouped by the setting that excludes them. */
export interface ExcludedGroup {
  /** The tool whose configuration excludes them, or `git` for the `.gitignore`. */
  owner: ExcludeOwner;
  source: string;
  /** Paths relative to the working directory. */
  files: string[];
}

export interface Selection {
  /**
   * What to pass to every tool, relative to the working directory: the kept files, with a directory in which
   * nothing is excluded passed whole (a short command line, as without excludes).
   */
  files: string[];
  excluded: ExcludedGroup[];
}

const PYTHON_FILE = /\.pyi?$/;

/** The Python files under a directory, as the tools find them when they walk it (our EXCLUDED_DIRS, no venvs). */
function walk(dir: string, rel: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const childRel = rel === '.' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name.startsWith('.') || EXCLUDED_DIRS.includes(e.name)) continue;
      if (fs.existsSync(path.join(dir, e.name, 'pyvenv.cfg'))) continue;
      walk(path.join(dir, e.name), childRel, out);
    } else if (e.isFile() && PYTHON_FILE.test(e.name)) {
      out.push(childRel);
    }
  }
}

/** The Python files the targets name (files as given, directories walked), relative to cwd. */
export function candidateFiles(cwd: string, targets: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of targets) {
    const abs = path.resolve(cwd, t);
    const st = fs.statSync(abs, { throwIfNoEntry: false });
    if (st?.isDirectory()) walk(abs, path.relative(cwd, abs).split(path.sep).join('/') || '.', out);
    else if (st?.isFile()) out.push(path.relative(cwd, abs).split(path.sep).join('/'));
  }
  return [...new Set(out)];
}

/**
 * The files git ignores, asked of git itself (`git check-ignore`: tracked files are never ignored, as in
 * `git ls-files`). Undefined when cwd is not in a git work tree.
 */
export async function gitIgnored(cwd: string, files: readonly string[]): Promise<Set<string> | undefined> {
  if (files.length === 0) return new Set();
  const r = await git(cwd, ['check-ignore', '-z', '--stdin'], {
    input: `${files.join('\0')}\0`,
    okExitCodes: [0, 1, 128],
  });
  if (r.exitCode === 128) return undefined;
  return new Set(splitNul(r.stdout));
}

/**
 * The files to check, or undefined when nothing under the targets is excluded (then the tools get the
 * targets as they are, and walk them themselves).
 */
export async function selectFiles(
  cwd: string,
  targets: readonly string[],
  rules: readonly ExcludeRule[],
  rt: Pick<Runtime, 'info' | 'warning'>,
): Promise<Selection | undefined> {
  for (const r of rules) {
    if (r.problem)
      rt.warning(`${r.source}: ${JSON.stringify(r.pattern)} is ${r.problem}; it is not applied.`);
  }
  const candidates = candidateFiles(cwd, targets);
  const groups = new Map<string, ExcludedGroup>();
  const excluded = new Set<string>();
  const note = (owner: ExcludeOwner, source: string, file: string) => {
    const g = groups.get(source) ?? { owner, source, files: [] };
    g.files.push(file);
    groups.set(source, g);
    excluded.add(file);
  };
  for (const file of candidates) {
    const abs = path.resolve(cwd, file);
    const by = rules.find((r) => excludedBy(abs, r, cwd));
    if (by) note(by.owner, by.source, file);
  }
  const rest = candidates.filter((f) => !excluded.has(f));
  let ignored: Set<string> | undefined;
  try {
    ignored = await gitIgnored(cwd, rest);
  } catch (err) {
    rt.warning(
      `git check-ignore failed in ${cwd}, so the .gitignore is not applied: ${(err as Error).message}`,
    );
  }
  if (ignored === undefined && rest.length > 0)
    rt.info(`${cwd} is not in a git work tree: no .gitignore applies.`);
  for (const f of rest) if (ignored?.has(f)) note('git', '.gitignore (git check-ignore)', f);
  const files = pathArguments(
    targets,
    candidates.filter((f) => !excluded.has(f)),
    excluded,
  );
  return files && { files, excluded: [...groups.values()] };
}

/**
 * The paths that name exactly the kept files (coverOf, as arguments no tool takes for an option); undefined
 * when nothing is excluded: the tools then get the targets as they are.
 */
export function pathArguments(
  targets: readonly string[],
  kept: readonly string[],
  excluded: ReadonlySet<string>,
): string[] | undefined {
  return excluded.size === 0 ? undefined : coverOf(targets, kept, excluded).map(safeArg);
}

/**
 * What pylint is given (with `--recursive=y`): the selected paths, else each target's entries. pylint checks
 * the files in the order it finds them under these paths, and what duplicate-code (R0801) reports depends on
 * that order (a block found in three files is reported for the first pair that has it), so whatever compares
 * its output with pylint's (bench/real-projects) must give pylint the same paths.
 */
export function pylintPaths(cwd: string, targets: readonly string[], selected?: readonly string[]): string[] {
  return selected ? [...selected] : expandTargets(cwd, targets);
}

interface Node {
  files: string[];
  dirs: Map<string, Node>;
}

/**
 * The shortest list of paths that names exactly the kept files: a directory with no excluded file under it
 * stands for all of its files, any other is replaced by its kept files and its subdirectories.
 */
export function coverOf(
  targets: readonly string[],
  kept: readonly string[],
  excluded: ReadonlySet<string>,
): string[] {
  const root: Node = { files: [], dirs: new Map() };
  for (const f of kept) {
    const parts = f.split('/');
    let node = root;
    for (const d of parts.slice(0, -1)) {
      const next = node.dirs.get(d) ?? { files: [], dirs: new Map() };
      node.dirs.set(d, next);
      node = next;
    }
    node.files.push(parts[parts.length - 1] as string);
  }
  // Every directory above an excluded file, '' for the working directory itself.
  const dirty = new Set<string>();
  for (const f of excluded) {
    const parts = f.split('/');
    for (let n = 0; n < parts.length; n++) dirty.add(parts.slice(0, n).join('/'));
  }
  const out: string[] = [];
  const join = (prefix: string, name: string) => (prefix ? `${prefix}/${name}` : name);
  const emit = (node: Node, prefix: string) => {
    if (!dirty.has(prefix)) {
      out.push(prefix || '.');
      return;
    }
    for (const f of node.files) out.push(join(prefix, f));
    for (const [d, child] of [...node.dirs].sort(([a], [b]) => (a < b ? -1 : 1)))
      emit(child, join(prefix, d));
  };
  const keptSet = new Set(kept);
  for (const t of targets) {
    const rel = path.posix.normalize(t.split(path.sep).join('/')).replace(/\/$/, '');
    if (keptSet.has(rel)) {
      out.push(rel);
      continue;
    }
    let node: Node | undefined = root;
    for (const d of rel === '.' ? [] : rel.split('/')) node = node?.dirs.get(d);
    if (node) emit(node, rel === '.' ? '' : rel);
  }
  return [...new Set(out)];
}

/** ruff applies its own configuration and the `.gitignore` (respect-gitignore) itself. */
function ownsExclude(tool: ToolId, owner: ExcludeOwner): boolean {
  const ruff = tool === 'ruff' || tool === 'ruff-format';
  return owner === tool || (ruff && (owner === 'ruff' || owner === 'git'));
}

/** The excludes that reach a tool from another tool's configuration or the `.gitignore`. */
export function carriedExcludes(tool: ToolId, groups: readonly ExcludedGroup[]): CarriedSetting[] {
  return groups
    .filter((g) => !ownsExclude(tool, g.owner))
    .map((g) => {
      const shown = g.files.slice(0, 3).join(', ');
      const more = g.files.length > 3 ? `, and ${g.files.length - 3} more` : '';
      const n = g.files.length;
      return {
        tool,
        setting: 'exclude',
        value: `${n} file${n === 1 ? '' : 's'} (${shown}${more})`,
        from: g.source,
      };
    });
}
