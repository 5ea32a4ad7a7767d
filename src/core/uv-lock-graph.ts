import * as fs from 'node:fs/promises';
import { parse as parseToml } from 'smol-toml';
import { InputError } from './errors.js';
import { normalizePackageName } from './python-names.js';

/**
 * uv.lock as a dependency graph: which packages the project needs at run time (its dependencies and
 * extras), which only its dependency groups pull in, and the chain that brings each one in.
 */

export interface LockDependency {
  name: string;
  /** Extras asked of it (`{ name = "x", extra = ["socks"] }`): its optional dependencies for them come too. */
  extras: string[];
  /** Its environment marker (`sys_platform == 'win32'`); absent when it is needed everywhere. */
  marker?: string;
  /** The version the lock names for it when it holds several (a forked resolution). */
  version?: string;
}

/** A requirement as the project declares it, from `[package.metadata]`: `{ name = "jinja2", specifier = ">=2.10,<3" }`. */
export interface LockRequirementSpec {
  name: string;
  /** The PEP 440 specifier; absent for any version (or a URL, git or path source). */
  specifier?: string;
  marker?: string;
}

export interface LockPackage {
  name: string;
  /** Several when uv forked the resolution (one version per Python range, say). */
  versions: string[];
  /** The source kind: registry, virtual, editable, directory, git, path, url. */
  source: string;
  /**
   * Every source kind the lock's entries of this name give (uv writes one entry per name, version and
   * source): a second entry must not hide a registry release behind a first one's `editable`.
   */
  sources?: string[];
  /** The source's value when it is a string: the URL, or the path of a virtual or editable package. */
  sourceRef?: string;
  dependencies: LockDependency[];
  optional: Map<string, LockDependency[]>;
  /** `[package.dev-dependencies]`: dependency groups (and tool.uv dev-dependencies, as group "dev"). */
  groups: Map<string, LockDependency[]>;
  /** Whether the lock records a source distribution, and the file names of its wheels. */
  sdist: boolean;
  wheels: string[];
  /** A project's own requirements (`[package.metadata] requires-dist`, `requires-dev`): workspace members only. */
  requiresDist?: LockRequirementSpec[];
  requiresDev?: Map<string, LockRequirementSpec[]>;
}

export interface LockGraph {
  path: string;
  /** The project (and workspace members) whose dependencies these are. */
  projects: string[];
  /** Every workspace member (the projects, and in a graph seen from one member, the others too): never a dependency to judge. */
  members: string[];
  packages: Map<string, LockPackage>;
  /** The projects' dependency groups and extras, sorted. */
  groups: string[];
  extras: string[];
}

type Table = Record<string, unknown>;
const asTable = (v: unknown): Table => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Table) : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function deps(list: unknown): LockDependency[] {
  return asArray(list).flatMap((d) => {
    const t = asTable(d);
    if (typeof t.name !== 'string') return [];
    const extras = asArray(t.extra).filter((e): e is string => typeof e === 'string');
    const dep: LockDependency = { name: normalizePackageName(t.name), extras };
    if (typeof t.marker === 'string' && t.marker.trim()) dep.marker = t.marker.trim();
    if (typeof t.version === 'string') dep.version = t.version;
    return [dep];
  });
}

function specs(list: unknown): LockRequirementSpec[] {
  return asArray(list).flatMap((r) => {
    const t = asTable(r);
    if (typeof t.name !== 'string') return [];
    const spec: LockRequirementSpec = { name: normalizePackageName(t.name) };
    if (typeof t.specifier === 'string' && t.specifier.trim()) spec.specifier = t.specifier.trim();
    if (typeof t.marker === 'string' && t.marker.trim()) spec.marker = t.marker.trim();
    return [spec];
  });
}

function depsByName(table: unknown): Map<string, LockDependency[]> {
  return new Map(Object.entries(asTable(table)).map(([k, v]) => [k, deps(v)]));
}

function mergeDeps(into: LockDependency[], more: LockDependency[]): void {
  for (const d of more) {
    // Two versions of one dependency (forks) stay two edges, each with its marker.
    const have = into.find((x) => x.name === d.name && x.version === d.version);
    if (!have) {
      into.push({ ...d, extras: [...d.extras] });
      continue;
    }
    for (const e of d.extras) if (!have.extras.includes(e)) have.extras.push(e);
    // Needed under either marker (a forked resolution lists one entry per fork); unmarked wins.
    if (!have.marker || !d.marker) delete have.marker;
    else if (have.marker !== d.marker) have.marker = `(${have.marker}) or (${d.marker})`;
  }
}

/** Wheel file names: the last segment of each wheel's url (registry) or its filename (local paths). */
function wheelNames(list: unknown): string[] {
  return asArray(list).flatMap((w) => {
    const t = asTable(w);
    const ref = typeof t.filename === 'string' ? t.filename : typeof t.url === 'string' ? t.url : '';
    const name = ref.split(/[/\\]/).pop();
    return name ? [name] : [];
  });
}

function mergeMap(into: Map<string, LockDependency[]>, more: Map<string, LockDependency[]>): void {
  for (const [k, v] of more) {
    const have = into.get(k);
    if (have) mergeDeps(have, v);
    else into.set(k, v);
  }
}

/** Parses uv.lock text; throws with the file name when it is not TOML. */
export function parseLockGraph(text: string, lockPath = 'uv.lock'): LockGraph {
  let doc: Table;
  try {
    doc = parseToml(text) as Table;
  } catch (err) {
    // The parser's first line only (where and what): the lines after it quote the file, and a lock that is a
    // link to another file (a runner's environment, say) must not have it quoted into an annotation.
    const first = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 300);
    throw new Error(`${lockPath} is not valid TOML: ${first}`);
  }
  const packages = new Map<string, LockPackage>();
  // Lock files written before uv 0.3 called the entries [[distribution]].
  for (const entry of [...asArray(doc.package), ...asArray(doc.distribution)]) {
    const t = asTable(entry);
    if (typeof t.name !== 'string') continue;
    const name = normalizePackageName(t.name);
    const sourceTable = asTable(t.source);
    const kinds = Object.keys(sourceTable);
    // uv writes exactly one kind; a second one (`{ virtual = "x", registry = "…" }`, which uv installs from the
    // registry) would let the first hide the package from the checks that read this lock.
    if (t.source !== undefined && kinds.length !== 1)
      throw new Error(
        `${lockPath}: package ${JSON.stringify(t.name).slice(0, 100)} has a source with ${kinds.length} kinds ` +
          `(${kinds.slice(0, 5).join(', ') || 'none'}); uv writes exactly one`,
      );
    const source = kinds[0] ?? 'registry';
    const pkg: LockPackage = {
      name,
      versions: typeof t.version === 'string' ? [t.version] : [],
      source,
      dependencies: deps(t.dependencies),
      optional: depsByName(t['optional-dependencies']),
      groups: depsByName(t['dev-dependencies']),
      sdist: t.sdist !== undefined,
      wheels: wheelNames(t.wheels),
    };
    if (typeof sourceTable[source] === 'string') pkg.sourceRef = sourceTable[source] as string;
    const metadata = asTable(t.metadata);
    if (metadata['requires-dist'] !== undefined) pkg.requiresDist = specs(metadata['requires-dist']);
    if (metadata['requires-dev'] !== undefined)
      pkg.requiresDev = new Map(
        Object.entries(asTable(metadata['requires-dev'])).map(([k, v]) => [k, specs(v)]),
      );
    const have = packages.get(name);
    if (!have) {
      packages.set(name, pkg);
      continue;
    }
    have.versions.push(...pkg.versions.filter((v) => !have.versions.includes(v)));
    mergeDeps(have.dependencies, pkg.dependencies);
    mergeMap(have.optional, pkg.optional);
    mergeMap(have.groups, pkg.groups);
    const seen = have.sources ?? [have.source];
    if (!seen.includes(source)) have.sources = [...seen, source];
    have.sdist ||= pkg.sdist;
    have.wheels.push(...pkg.wheels.filter((w) => !have.wheels.includes(w)));
  }

  const members = asArray(asTable(doc.manifest).members).filter((m): m is string => typeof m === 'string');
  let projects = members.map(normalizePackageName).filter((m) => packages.has(m));
  if (projects.length === 0) {
    const local = [...packages.values()].filter((p) => p.source === 'virtual' || p.source === 'editable');
    const atRoot = local.filter((p) => p.sourceRef === '.');
    projects = (atRoot.length ? atRoot : local).map((p) => p.name);
  }
  const groups = new Set<string>();
  const extras = new Set<string>();
  for (const p of projects) {
    const pkg = packages.get(p)!;
    for (const g of pkg.groups.keys()) groups.add(g);
    for (const e of pkg.optional.keys()) extras.add(e);
  }
  return {
    path: lockPath,
    projects,
    members: [...projects],
    packages,
    groups: [...groups].sort(),
    extras: [...extras].sort(),
  };
}

/**
 * The graph as one workspace member sees it: `uv sync` in the member's directory installs its dependencies,
 * extras and groups, not the other members' (which stay members: the project, never a dependency). Undefined
 * when the lock has no such member (a stale lock).
 */
export function memberGraph(graph: LockGraph, name: string): LockGraph | undefined {
  const pkg = graph.packages.get(name);
  if (!pkg || !graph.members.includes(name)) return undefined;
  return {
    ...graph,
    projects: [name],
    groups: [...pkg.groups.keys()].sort(),
    extras: [...pkg.optional.keys()].sort(),
  };
}

/** uv.lock's text; a symbolic link is refused (a pull request could point it at any file of the runner). */
export async function readLockText(lockPath: string): Promise<string> {
  const st = await fs.lstat(lockPath);
  if (st.isSymbolicLink())
    throw new Error(`${lockPath} is a symbolic link; uv.lock is read only as a regular file of the project`);
  return fs.readFile(lockPath, 'utf8');
}

export async function readLockGraph(lockPath: string): Promise<LockGraph> {
  return parseLockGraph(await readLockText(lockPath), lockPath);
}

/** Which dependencies count: always the runtime ones; `all` adds every group, or the named groups. */
export interface GroupSelection {
  all: boolean;
  groups: string[];
}

/**
 * The `groups` input: empty for the runtime dependencies (with the project's extras), `all` for every
 * dependency group too, or group names (spaces, commas or lines) to add those groups.
 */
export function parseGroups(value: string, graph?: LockGraph): GroupSelection {
  const names = value.split(/[\s,]+/).filter(Boolean);
  if (names.some((n) => n.toLowerCase() === 'all')) return { all: true, groups: graph?.groups ?? [] };
  if (graph) {
    for (const n of names) {
      if (!graph.groups.includes(n)) {
        const known = graph.groups.length ? graph.groups.join(', ') : 'none';
        throw new InputError('groups', n, `"all" or dependency groups in ${graph.path} (${known})`);
      }
    }
  }
  return { all: false, groups: names };
}

export interface Origin {
  kind: 'dependencies' | 'extra' | 'group';
  /** The extra or group name. */
  name?: string;
}

export interface Requirement {
  scope: 'runtime' | 'dev';
  /** How the shortest chain starts: the project's dependencies, one of its extras, or a group. */
  origin: Origin;
  /** From the project's direct dependency down to the package: `['django-cron', 'django', 'asgiref']`. */
  chain: string[];
  /** The packages that require it directly, or the project itself for a direct dependency. */
  requiredBy: string[];
  /** The dependency groups that reach it (for a dev-only package). */
  groups: string[];
  /** Counted under the selection. */
  selected: boolean;
}

interface Reach {
  chains: Map<string, { chain: string[]; origin: Origin }>;
  parents: Map<string, Set<string>>;
}

/** Which edges a walk follows: all by default; vuln-audit leaves out those whose marker is false on the target. */
export type EdgeFilter = (dep: LockDependency) => boolean;

function walk(
  graph: LockGraph,
  starts: { project: string; dep: LockDependency; origin: Origin }[],
  follow: EdgeFilter,
): Reach {
  const chains: Reach['chains'] = new Map();
  const parents: Reach['parents'] = new Map();
  const addParent = (child: string, parent: string) => {
    const set = parents.get(child) ?? new Set<string>();
    set.add(parent);
    parents.set(child, set);
  };
  const queue = starts
    .filter((s) => follow(s.dep))
    .map((s) => {
      addParent(s.dep.name, s.project);
      return { dep: s.dep, chain: [s.dep.name], origin: s.origin };
    });
  const expanded = new Set<string>();
  for (let item = queue.shift(); item; item = queue.shift()) {
    const { dep, chain, origin } = item;
    if (!chains.has(dep.name)) chains.set(dep.name, { chain, origin });
    const pkg = graph.packages.get(dep.name);
    if (!pkg) continue;
    for (const extra of ['', ...dep.extras]) {
      const key = `${dep.name}[${extra}]`;
      if (expanded.has(key)) continue;
      expanded.add(key);
      for (const child of extra ? (pkg.optional.get(extra) ?? []) : pkg.dependencies) {
        if (!follow(child)) continue;
        addParent(child.name, dep.name);
        if (!chain.includes(child.name)) queue.push({ dep: child, chain: [...chain, child.name], origin });
      }
    }
  }
  return { chains, parents };
}

/**
 * Every package the lock reaches from the projects, with its scope, chain and whether it is selected; over the
 * edges `follow` accepts (all by default).
 */
export function classifyPackages(
  graph: LockGraph,
  selection: GroupSelection,
  follow: EdgeFilter = () => true,
): Map<string, Requirement> {
  const runtimeStarts = graph.projects.flatMap((project) => {
    const pkg = graph.packages.get(project)!;
    return [
      ...pkg.dependencies.map((dep) => ({ project, dep, origin: { kind: 'dependencies' } as Origin })),
      ...[...pkg.optional].flatMap(([name, list]) =>
        list.map((dep) => ({ project, dep, origin: { kind: 'extra', name } as Origin })),
      ),
    ];
  });
  const runtime = walk(graph, runtimeStarts, follow);
  const byGroup = new Map<string, Reach>();
  for (const group of graph.groups) {
    const starts = graph.projects.flatMap((project) =>
      (graph.packages.get(project)!.groups.get(group) ?? []).map((dep) => ({
        project,
        dep,
        origin: { kind: 'group', name: group } as Origin,
      })),
    );
    byGroup.set(group, walk(graph, starts, follow));
  }
  const isSelected = (g: string) => selection.all || selection.groups.includes(g);
  const out = new Map<string, Requirement>();
  const projects = new Set(graph.members);
  for (const [name, { chain, origin }] of runtime.chains) {
    if (projects.has(name)) continue;
    const groups = [...byGroup].filter(([, r]) => r.chains.has(name)).map(([g]) => g);
    const requiredBy = [...(runtime.parents.get(name) ?? [])];
    out.set(name, { scope: 'runtime', origin, chain, requiredBy, groups, selected: true });
  }
  for (const [group, reach] of byGroup) {
    for (const [name, { chain, origin }] of reach.chains) {
      if (projects.has(name) || runtime.chains.has(name)) continue;
      const have = out.get(name);
      const parents = [...(reach.parents.get(name) ?? [])];
      if (!have) {
        out.set(name, {
          scope: 'dev',
          origin,
          chain,
          requiredBy: parents,
          groups: [group],
          selected: isSelected(group),
        });
        continue;
      }
      have.groups.push(group);
      for (const p of parents) if (!have.requiredBy.includes(p)) have.requiredBy.push(p);
      // Show the chain of a selected group rather than of one that does not count.
      if (!have.selected && isSelected(group)) Object.assign(have, { origin, chain, selected: true });
    }
  }
  return out;
}
