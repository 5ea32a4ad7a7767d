import { parse } from 'smol-toml';
import { normalizePackageName } from '../../core/python-names.js';
import { classifyPackages, parseLockGraph } from '../license-gate/lock-graph.js';

/** A locked package uv can only install on Linux by compiling it: an sdist and no Linux wheel. */
export interface SourceBuild {
  name: string;
  version: string;
}

interface LockEntry {
  name: string;
  version?: string;
  source?: Record<string, unknown>;
  sdist?: unknown;
  wheels?: Array<{ url?: string; filename?: string }>;
}

/** A wheel a Debian (glibc) image can install: pure (`any`) or manylinux / linux_*; musllinux is Alpine's. */
function installsOnDebian(file: string): boolean {
  const platforms = /-([^-]+)\.whl$/.exec(file)?.[1]?.split('.') ?? [];
  return platforms.some((p) => p === 'any' || /^(manylinux|linux_)/.test(p));
}

/**
 * The runtime dependencies (plus the given groups) that uv.lock offers only as source distributions for
 * Linux: building the image compiles them, so the builder needs a compiler and the library headers.
 */
export function sourceBuilds(uvLock: string, groups: readonly string[]): SourceBuild[] {
  const graph = parseLockGraph(uvLock);
  const runtime = new Set(
    [...classifyPackages(graph, { all: false, groups: [...groups] })]
      .filter(([, r]) => r.selected)
      .map(([name]) => normalizePackageName(name)),
  );
  const doc = parse(uvLock) as { package?: LockEntry[] };
  return (doc.package ?? [])
    .filter((p) => runtime.has(normalizePackageName(p.name)) && p.sdist !== undefined)
    .filter((p) => !(p.wheels ?? []).some((w) => installsOnDebian(w.filename ?? w.url ?? '')))
    .map((p) => ({ name: p.name, version: p.version ?? '' }));
}
