import type { LockDependency, LockGraph, Requirement } from '../../core/uv-lock-graph.js';

/**
 * Which packages uv.lock needs only under an environment marker (`pywin32; sys_platform == 'win32'`).
 * Markers are not evaluated here: a package the environment lacks is "not for this platform" when every
 * path to it in the lock crosses a marker, since `uv sync` then leaves it out on a platform the marker
 * excludes; one reached by an unmarked path is really missing.
 */

/**
 * A package's edges, with the marker dropped where one list names the same dependency more than once:
 * that is a forked resolution (one version per Python range, say), whose markers together cover every
 * environment the list applies to.
 */
function edgesFrom(graph: LockGraph, name: string): LockDependency[] {
  const pkg = graph.packages.get(name);
  if (!pkg) return [];
  const lists = [pkg.dependencies, ...pkg.optional.values(), ...pkg.groups.values()];
  return lists.flatMap((list) =>
    list.map((d) =>
      list.filter((x) => x.name === d.name).length > 1 ? { name: d.name, extras: d.extras } : d,
    ),
  );
}

/** The packages reached from the projects over edges without a marker. */
export function unconditionalPackages(graph: LockGraph): Set<string> {
  const seen = new Set<string>(graph.projects);
  const queue = [...graph.projects];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    for (const dep of edgesFrom(graph, name)) {
      if (dep.marker || seen.has(dep.name)) continue;
      seen.add(dep.name);
      queue.push(dep.name);
    }
  }
  return seen;
}

/** The marker nearest the package on its chain (`['portalocker', 'pywin32']`), if any. */
export function markerOnChain(graph: LockGraph, req: Requirement): string | undefined {
  const chain = req.chain;
  for (let i = chain.length - 1; i >= 0; i--) {
    const parents = i > 0 ? [chain[i - 1]!] : graph.projects;
    const markers = parents.flatMap((p) =>
      edgesFrom(graph, p)
        .filter((d) => d.name === chain[i])
        .map((d) => d.marker),
    );
    const marked = markers.filter((m): m is string => m !== undefined);
    if (marked.length) return [...new Set(marked)].join(' or ');
  }
  return undefined;
}
