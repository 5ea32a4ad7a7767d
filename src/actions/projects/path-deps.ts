import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorMessage } from '../../core/errors.js';
import { readLockGraph } from '../../core/uv-lock-graph.js';
import type { Project } from './discover.js';

/**
 * Which projects depend on which through local path dependencies, as uv.lock records them: a workspace's
 * members (`source = { editable = "packages/core" }`, the root `{ virtual = "." }`) and a standalone
 * project's path dependencies (`{ editable = "../lib" }`, `{ directory = ... }`). Every kind of dependency
 * counts (runtime, extras, dependency groups): a change to a package can break any of its users.
 */

/** A lock file over this size is not read (the dependents it would give are then assumed: all of them). */
export const MAX_LOCK_BYTES = 64 * 1024 * 1024;

export interface PathDependencies {
  /** Project directory → the directories of the projects that depend on it directly. */
  dependents: Map<string, Set<string>>;
  /** Lock files read, relative to the workspace. */
  locks: string[];
  /** Locks missing or unreadable, said in the summary. */
  notes: string[];
}

const LOCAL_SOURCES = new Set(['editable', 'virtual', 'directory', 'path']);

/** TOML errors quote the document over several lines: the summary takes the first. */
export function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}

function add(map: Map<string, Set<string>>, dependency: string, dependent: string): void {
  if (dependency === dependent) return;
  const set = map.get(dependency) ?? new Set<string>();
  set.add(dependent);
  map.set(dependency, set);
}

/**
 * Reads the uv.lock of every workspace root the projects belong to. A lock that is missing or cannot be
 * read gives no edges but, to stay on the safe side, makes every project of that workspace a dependent of
 * every other: a change to one then selects them all.
 */
export async function pathDependencies(
  projects: readonly Project[],
  workspaceDir: string,
): Promise<PathDependencies> {
  const out: PathDependencies = { dependents: new Map(), locks: [], notes: [] };
  const byDir = new Map(projects.map((p) => [p.dir, p]));
  const roots = [...new Set(projects.map((p) => p.workspace))].sort();
  for (const root of roots) {
    const members = projects.filter((p) => p.workspace === root);
    const rootAbs = path.resolve(workspaceDir, root);
    const lockRel = root === '.' ? 'uv.lock' : `${root}/uv.lock`;
    const lockFile = path.join(rootAbs, 'uv.lock');
    const everyone = (why: string) => {
      if (members.length > 1)
        out.notes.push(`${lockRel} ${why}: its ${members.length} projects are taken to depend on each other`);
      else if (members.length === 1 && members[0]?.role !== 'project') out.notes.push(`${lockRel} ${why}`);
      for (const a of members) for (const b of members) add(out.dependents, a.dir, b.dir);
    };
    const st = fs.statSync(lockFile, { throwIfNoEntry: false });
    if (!st?.isFile()) {
      // A lone project without a lock has no path dependencies anyone could know of (nor does uv until it locks).
      if (members.length > 1) everyone('does not exist');
      continue;
    }
    if (st.size > MAX_LOCK_BYTES) {
      everyone(`is over ${MAX_LOCK_BYTES / 1024 / 1024} MiB and was not read`);
      continue;
    }
    let graph: Awaited<ReturnType<typeof readLockGraph>>;
    try {
      graph = await readLockGraph(lockFile);
    } catch (err) {
      everyone(
        `could not be read (${firstLine(errorMessage(err)).replace(`${workspaceDir}${path.sep}`, '')})`,
      );
      continue;
    }
    out.locks.push(lockRel);
    // The lock's local packages by name → the discovered project in that directory.
    const local = new Map<string, string>();
    for (const pkg of graph.packages.values()) {
      if (!LOCAL_SOURCES.has(pkg.source) || pkg.sourceRef === undefined) continue;
      const dir =
        path.relative(workspaceDir, path.resolve(rootAbs, pkg.sourceRef)).split(path.sep).join('/') || '.';
      if (byDir.has(dir)) local.set(pkg.name, dir);
    }
    for (const [name, dir] of local) {
      const pkg = graph.packages.get(name);
      if (!pkg) continue;
      const deps = [
        ...pkg.dependencies,
        ...[...pkg.optional.values()].flat(),
        ...[...pkg.groups.values()].flat(),
      ];
      for (const d of deps) {
        const target = local.get(d.name);
        if (target !== undefined) add(out.dependents, target, dir);
      }
    }
  }
  return out;
}

/**
 * Every project that depends on one of `from`, directly or through others, with the chain that leads to it
 * (`['libs/core', 'libs/api', 'services/web']`: web depends on api, which depends on core). Breadth first, so
 * each chain is a shortest one.
 */
export function transitiveDependents(
  from: Iterable<string>,
  dependents: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, string[]> {
  const chains = new Map<string, string[]>();
  const seen = new Set(from);
  const queue = [...seen].map((d) => [d]);
  for (let chain = queue.shift(); chain; chain = queue.shift()) {
    const last = chain.at(-1) as string;
    for (const next of [...(dependents.get(last) ?? [])].sort()) {
      if (seen.has(next)) continue;
      seen.add(next);
      const longer = [...chain, next];
      chains.set(next, longer);
      queue.push(longer);
    }
  }
  return chains;
}
