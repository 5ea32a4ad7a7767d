import { classifyPackages, parseLockGraph } from '../../core/uv-lock-graph.js';

/** A locked package uv can only install on Linux by compiling it: an sdist and no Linux wheel. */
export interface SourceBuild {
  name: string;
  version: string;
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
  return [...classifyPackages(graph, { all: false, groups: [...groups] })].flatMap(([name, r]) => {
    const pkg = graph.packages.get(name);
    if (!r.selected || !pkg?.sdist || pkg.wheels.some(installsOnDebian)) return [];
    return [{ name: pkg.name, version: pkg.versions.join(', ') }];
  });
}
