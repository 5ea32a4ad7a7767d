import * as fs from 'node:fs';
import * as path from 'node:path';
import { valid, validRange } from '@renovatebot/pep440';
import {
  classifyPackages,
  type GroupSelection,
  type LockDependency,
  type LockGraph,
  type LockPackage,
  type LockRequirementSpec,
  memberGraph,
  parseGroups,
  parseLockGraph,
  type Requirement,
  readLockText,
} from '../../core/uv-lock-graph.js';
import { locateUvProject, type UvProject } from '../../core/uv-project.js';
import { type RunnerPlatform, type TargetEnvironment, targetEnvironment } from './environment.js';
import { evaluateMarker, type MarkerValue } from './markers.js';
import type { AuditedPackage, SkippedPackage } from './model.js';
import type { PackageVersion } from './osv.js';

/**
 * The packages vuln-audit asks about: uv.lock's graph as license-gate reads it (runtime dependencies and the
 * project's extras; dependency groups by the `groups` input; a workspace member's own closure, from the root
 * lock), with each dependency edge's marker evaluated against the target environment (environment.ts), so
 * that what `uv sync` would not install on this platform and Python is listed as skipped, not audited.
 */

export interface PackageSelection {
  lockFile: string;
  /** The directory of uv.lock: the workspace root. */
  root: string;
  /** The working directory's uv project, when there is one. */
  project?: UvProject;
  /** The projects whose dependencies are audited (one member, or every member under a virtual root). */
  projects: string[];
  groups: GroupSelection;
  environment: TargetEnvironment;
  audited: AuditedPackage[];
  skipped: SkippedPackage[];
  /** Packages only dependency groups outside the selection bring in: not audited, counted. */
  notSelected: PackageVersion[];
  /** Each workspace member's pyproject.toml (absolute when the lock path is), by normalised name. */
  pyprojects: Map<string, string>;
}

/** Bounds on an attacker-controlled lock: far above real ones (a 1,500-package lock is 3 MB). */
export const LOCK_LIMITS = {
  bytes: 64 * 1024 * 1024,
  packages: 20_000,
  edgesPerPackage: 5_000,
  edges: 500_000,
};

const NAME = /^([a-z0-9]|[a-z0-9][a-z0-9._-]*[a-z0-9])$/i;
/** Local source trees: the project itself (or a local package built from it); never looked up. */
const LOCAL_SOURCES = new Set(['editable', 'virtual']);

/**
 * The source a package is audited by: an index release when any of the lock's entries of that name is one
 * (a second entry of another kind must not hide it), else a wheel URL, else its first entry's kind.
 */
function auditSource(pkg: LockPackage): string {
  const kinds = pkg.sources ?? [pkg.source];
  return kinds.includes('registry') ? 'registry' : kinds.includes('url') ? 'url' : pkg.source;
}
/** Sources with no index release behind the version: a vulnerability database does not describe them. */
const UNAUDITED_SOURCES = new Set(['git', 'path', 'directory']);

const show = (s: string) => JSON.stringify(s.length > 100 ? `${s.slice(0, 100)}…` : s);

function edgesOf(pkg: LockPackage): LockDependency[][] {
  return [pkg.dependencies, ...pkg.optional.values(), ...pkg.groups.values()];
}

/** Names (PEP 508), versions (PEP 440), specifiers and counts: a lock uv would not write is refused. */
function validateLock(graph: LockGraph): void {
  const where = graph.path;
  if (graph.packages.size > LOCK_LIMITS.packages)
    throw new Error(
      `${where} lists ${graph.packages.size} packages; at most ${LOCK_LIMITS.packages} are audited`,
    );
  let edges = 0;
  const members = new Set(graph.members);
  for (const pkg of graph.packages.values()) {
    if (pkg.name.length > 200 || !NAME.test(pkg.name))
      throw new Error(`${where}: ${show(pkg.name)} is not a valid package name (PEP 508)`);
    const local = members.has(pkg.name) || LOCAL_SOURCES.has(auditSource(pkg));
    if (!local && pkg.versions.length === 0 && (pkg.source === 'registry' || pkg.source === 'url'))
      throw new Error(`${where}: package ${show(pkg.name)} from a ${pkg.source} has no version`);
    for (const v of pkg.versions) {
      if (!local && (v.length > 100 || valid(v) === null))
        throw new Error(
          `${where}: package ${show(pkg.name)} has version ${show(v)}, which is not a PEP 440 version`,
        );
    }
    const own = edgesOf(pkg).reduce((n, list) => n + list.length, 0);
    if (own > LOCK_LIMITS.edgesPerPackage)
      throw new Error(
        `${where}: package ${show(pkg.name)} lists ${own} dependencies; at most ${LOCK_LIMITS.edgesPerPackage}`,
      );
    edges += own;
    const specs = [...(pkg.requiresDist ?? []), ...[...(pkg.requiresDev?.values() ?? [])].flat()];
    for (const s of specs) {
      if (s.specifier !== undefined && (s.specifier.length > 500 || !validRange(s.specifier)))
        throw new Error(
          `${where}: ${show(pkg.name)} requires ${show(s.name)} with ${show(s.specifier)}, which is not a PEP 440 specifier`,
        );
    }
  }
  if (edges > LOCK_LIMITS.edges)
    throw new Error(`${where} lists ${edges} dependency edges; at most ${LOCK_LIMITS.edges}`);
}

/**
 * Every edge marker evaluated once, up front, so that an invalid one fails naming the package that holds it.
 * An edge is followed unless its marker is false: unknown (a variable the target does not fix, such as uv's
 * conflict markers `extra == 'extra-7-project-cpu'`) keeps it, since leaving out a package that may be
 * installed would call it clean unseen.
 */
function markerValues(graph: LockGraph, env: TargetEnvironment): Map<string, MarkerValue> {
  const values = new Map<string, MarkerValue>();
  const check = (owner: string, marker: string | undefined) => {
    if (marker === undefined || values.has(marker)) return;
    try {
      values.set(marker, evaluateMarker(marker, env.markers));
    } catch (err) {
      throw new Error(
        `${graph.path}: package ${show(owner)}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  };
  for (const pkg of graph.packages.values()) {
    for (const list of edgesOf(pkg)) for (const d of list) check(pkg.name, d.marker);
    for (const s of [...(pkg.requiresDist ?? []), ...[...(pkg.requiresDev?.values() ?? [])].flat()])
      check(pkg.name, s.marker);
  }
  return values;
}

interface Context {
  graph: LockGraph;
  env: TargetEnvironment;
  markers: Map<string, MarkerValue>;
  follows: (d: { marker?: string }) => boolean;
}

/** The project's edges that start a chain with this origin (its dependencies, one extra, one group). */
function originEdges(pkg: LockPackage, origin: Requirement['origin']): LockDependency[] {
  if (origin.kind === 'dependencies') return pkg.dependencies;
  if (origin.kind === 'extra') return pkg.optional.get(origin.name ?? '') ?? [];
  return pkg.groups.get(origin.name ?? '') ?? [];
}

/** The project whose dependency starts the chain: the first one (the walk's order) with a followed edge to it. */
function startingProject(ctx: Context, req: Requirement): string {
  const direct = req.chain[0];
  const found = ctx.graph.projects.find((p) => {
    const pkg = ctx.graph.packages.get(p);
    return pkg && originEdges(pkg, req.origin).some((d) => d.name === direct && ctx.follows(d));
  });
  return found ?? (ctx.graph.projects[0] as string);
}

/**
 * Who declares the dependency that brings a package in: the last workspace member on its chain (a member can
 * depend on another: `backend → shared → idna` is shared's `idna`), else the project the chain starts from.
 */
function declaration(
  ctx: Context,
  req: Requirement,
): { declaredBy: string; direct: string; fromProject: boolean } {
  const members = new Set(ctx.graph.members);
  for (let i = req.chain.length - 2; i >= 0; i--) {
    if (members.has(req.chain[i] as string))
      return { declaredBy: req.chain[i] as string, direct: req.chain[i + 1] as string, fromProject: false };
  }
  return { declaredBy: startingProject(ctx, req), direct: req.chain[0] as string, fromProject: true };
}

/**
 * The declaring project's own requirement on a direct dependency, from uv.lock's `[package.metadata]`: its
 * requires-dist (with its extras' requirements under `extra == '<name>'`), or requires-dev for a group.
 */
function declaredRequirement(
  ctx: Context,
  declaredBy: string,
  name: string,
  origin: Requirement['origin'] | undefined,
): string | undefined {
  const pkg = ctx.graph.packages.get(declaredBy);
  if (!pkg) return undefined;
  const list: LockRequirementSpec[] =
    origin?.kind === 'group' ? (pkg.requiresDev?.get(origin.name ?? '') ?? []) : (pkg.requiresDist ?? []);
  const candidates = list.filter((s) => s.name === name && ctx.follows(s));
  const compact = (s: LockRequirementSpec) => (s.marker ?? '').replace(/\s+/g, '').replace(/"/g, "'");
  const preferred =
    origin?.kind === 'extra'
      ? candidates.find((s) => compact(s).includes(`extra=='${origin.name}'`))
      : candidates.find((s) => !compact(s).includes('extra=='));
  return (preferred ?? candidates[0])?.specifier;
}

/** Edges into `name` from the packages (or projects) that reach it. */
function edgesInto(ctx: Context, name: string, parents: readonly string[]): LockDependency[] {
  return parents.flatMap((p) => {
    const pkg = ctx.graph.packages.get(p);
    return pkg ? edgesOf(pkg).flatMap((list) => list.filter((d) => d.name === name)) : [];
  });
}

/**
 * Which of a package's versions the target installs. One version: that one. Several (uv forked the resolution,
 * one version per Python range, say): those the followed edges name; all of them when an edge names none.
 */
function installedVersions(ctx: Context, pkg: LockPackage, req: Requirement): string[] {
  if (pkg.versions.length <= 1) return pkg.versions;
  const into = edgesInto(ctx, pkg.name, req.requiredBy).filter((d) => ctx.follows(d));
  if (into.length === 0 || into.some((d) => d.version === undefined)) return pkg.versions;
  const named = new Set(into.map((d) => d.version as string));
  return pkg.versions.filter((v) => named.has(v));
}

function platformText(ctx: Context, marker: string): string {
  const py = ctx.env.python;
  return /python_|implementation_/.test(marker) && py
    ? `${ctx.env.platform}, Python ${py.full}`
    : ctx.env.platform;
}

/** Why a package the selection reaches is not installed: the first step of its chain whose markers are all false. */
function markerReason(ctx: Context, req: Requirement): string {
  for (const [i, name] of req.chain.entries()) {
    // The first step: the projects' edges of the chain's origin (their dependencies, an extra, a group).
    const edges =
      i === 0
        ? ctx.graph.projects.flatMap((p) => {
            const pkg = ctx.graph.packages.get(p);
            return pkg ? originEdges(pkg, req.origin).filter((d) => d.name === name) : [];
          })
        : edgesInto(ctx, name, [req.chain[i - 1] as string]);
    if (edges.length === 0 || edges.some((d) => ctx.follows(d))) continue;
    const marker = [...new Set(edges.map((d) => d.marker as string))].join(' or ');
    const via = i < req.chain.length - 1 ? ` (via ${name})` : '';
    return `not installed on ${platformText(ctx, marker)}: ${marker}${via}`;
  }
  return `not installed on ${ctx.env.platform}: every path to it has a marker that is false here`;
}

/** The version a fork edge names is not for this target: the marker of the edge that names it. */
function forkReason(ctx: Context, name: string, version: string, req: Requirement): string {
  const edges = edgesInto(ctx, name, req.requiredBy).filter((d) => d.version === version && d.marker);
  const marker = [...new Set(edges.map((d) => d.marker as string))].join(' or ');
  return marker
    ? `not installed on ${platformText(ctx, marker)}: ${marker}`
    : `not installed on ${ctx.env.platform}: another version of it is`;
}

function sourceReason(pkg: LockPackage): string | undefined {
  const source = auditSource(pkg);
  if (UNAUDITED_SOURCES.has(source)) return `${source} source: not audited`;
  // A direct URL to a wheel names a release (name, version) the database can know; a bare sdist URL does not.
  if (source === 'url' && pkg.wheels.length === 0) return 'sdist URL source: not audited';
  if (!['registry', 'url'].includes(source)) return `${source} source: not audited`;
  return undefined;
}

/** Each workspace member's pyproject.toml: `<root>/<its source path>/pyproject.toml`. */
function memberPyprojects(graph: LockGraph, root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of graph.members) {
    const ref = graph.packages.get(m)?.sourceRef ?? '.';
    out.set(m, path.join(root, ref, 'pyproject.toml'));
  }
  return out;
}

const byName = <T extends PackageVersion>(a: T, b: T) =>
  a.name.localeCompare(b.name) || a.version.localeCompare(b.version);

/**
 * The selection over a parsed lock (pure: no file is read). `graph` is already the member's view (memberGraph)
 * when the working directory is a workspace member.
 */
export function selectFromLock(
  graph: LockGraph,
  groups: GroupSelection,
  env: TargetEnvironment,
  root: string,
): Pick<PackageSelection, 'audited' | 'skipped' | 'notSelected' | 'pyprojects' | 'projects'> {
  validateLock(graph);
  const markers = markerValues(graph, env);
  const follows = (d: { marker?: string }) => d.marker === undefined || markers.get(d.marker) !== false;
  const ctx: Context = { graph, env, markers, follows };
  const everywhere = classifyPackages(graph, groups);
  const here = classifyPackages(graph, groups, follows);

  const audited: AuditedPackage[] = [];
  const skipped: SkippedPackage[] = [];
  const notSelected: PackageVersion[] = [];
  for (const [name, req] of everywhere) {
    const pkg = graph.packages.get(name);
    if (!pkg) {
      if (req.selected)
        skipped.push({ name, version: '', reason: `not in ${path.basename(graph.path)} (stale lock)` });
      continue;
    }
    // Workspace members are the project. Any other package is audited or listed as not audited, never left
    // out: an `editable` path dependency is named with its source.
    if (ctx.graph.members.includes(name)) continue;
    if (!req.selected) {
      for (const version of pkg.versions) notSelected.push({ name, version });
      continue;
    }
    // A source tree with a dynamic version may have none in the lock: still listed (not audited, by its source).
    const versions = pkg.versions.length ? pkg.versions : [''];
    const reached = here.get(name);
    if (!reached?.selected) {
      const reason = markerReason(ctx, req);
      for (const version of versions) skipped.push({ name, version, reason });
      continue;
    }
    const installed = pkg.versions.length ? installedVersions(ctx, pkg, reached) : versions;
    for (const version of versions.filter((v) => !installed.includes(v)))
      skipped.push({ name, version, reason: forkReason(ctx, name, version, reached) });
    const unaudited = sourceReason(pkg);
    const { declaredBy, direct, fromProject } = declaration(ctx, reached);
    for (const version of installed) {
      if (unaudited) {
        skipped.push({ name, version, reason: unaudited });
        continue;
      }
      const p: AuditedPackage = {
        name,
        version,
        chain: [startingProject(ctx, reached), ...reached.chain],
        direct,
        declaredBy,
      };
      if (reached.scope === 'dev' && reached.origin.name) p.group = reached.origin.name;
      if (fromProject && reached.origin.kind === 'extra' && reached.origin.name)
        p.extra = reached.origin.name;
      if (direct === name) {
        // A member's own dependencies are its runtime ones: the chain's origin describes the first project only.
        const requirement = declaredRequirement(
          ctx,
          declaredBy,
          name,
          fromProject ? reached.origin : undefined,
        );
        if (requirement) p.requirement = requirement;
      }
      audited.push(p);
    }
  }
  return {
    projects: graph.projects,
    audited: audited.sort(byName),
    skipped: skipped.sort(byName),
    notSelected: notSelected.sort(byName),
    pyprojects: memberPyprojects(graph, root),
  };
}

export interface SelectOptions {
  workingDirectory: string;
  env: NodeJS.ProcessEnv;
  /** The `groups` input (parseGroups). */
  groups?: string;
  /** The checkout: the project search does not look above it. */
  workspace?: string;
  /** This runner's platform; tests pass another. */
  runner?: RunnerPlatform;
}

async function readLock(lockFile: string): Promise<string> {
  let size: number;
  try {
    size = (await fs.promises.lstat(lockFile)).size;
  } catch {
    throw new Error(`No uv.lock at ${lockFile}: vuln-audit reads the lock file; run uv lock and commit it`);
  }
  if (size > LOCK_LIMITS.bytes)
    throw new Error(`${lockFile} is ${size} bytes; at most ${LOCK_LIMITS.bytes} are read`);
  return readLockText(lockFile);
}

/**
 * The packages to audit for the working directory's project, from the lock uv uses for it (the workspace
 * root's uv.lock; a member counts its own closure, a virtual root every member's, as license-gate does).
 */
export async function selectPackages(opts: SelectOptions): Promise<PackageSelection> {
  const project = locateUvProject(
    opts.workingDirectory,
    opts.env,
    opts.workspace ? { ceiling: opts.workspace } : {},
  );
  const lockFile = project?.lockFile ?? path.resolve(opts.workingDirectory, 'uv.lock');
  const root = path.dirname(lockFile);
  const full = parseLockGraph(await readLock(lockFile), lockFile);
  const graph = (project?.name && memberGraph(full, project.name)) || full;
  const groups = parseGroups(opts.groups ?? '', graph);
  const environment = targetEnvironment({
    projectDir: project?.projectDir ?? root,
    root,
    ...(project ? { venv: project.environment } : {}),
    env: opts.env,
    lockFile,
    ...(opts.runner ? { runner: opts.runner } : {}),
  });
  const picked = selectFromLock(graph, groups, environment, root);
  return { lockFile, root, ...(project ? { project } : {}), groups, environment, ...picked };
}
