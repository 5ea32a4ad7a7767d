import * as path from 'node:path';
import { buildCacheKey, hashFiles, type RestoreResult, runnerOs, shortHash } from '../../core/cache.js';

export type CacheName = 'uv-cache' | 'venv' | 'python';

export interface CachePlan {
  name: CacheName;
  paths: string[];
  key: string;
  restoreKeys: string[];
}

export interface CacheState extends CachePlan {
  restore?: RestoreResult;
}

/** The project's directory for a key: its path in the workspace, or a hash of its absolute path outside it. */
export function projectKeyPart(workspace: string, projectDir: string): string {
  const rel = path.relative(workspace, projectDir).split(path.sep).join('/');
  if (rel === '') return 'root';
  if (rel.startsWith('../') || path.isAbsolute(rel) || rel.length > 24)
    return shortHash(path.resolve(projectDir));
  return rel;
}

const OPERATORS: [RegExp, string][] = [
  [/>=/g, 'ge'],
  [/<=/g, 'le'],
  [/~=/g, 'compat'],
  [/!=/g, 'ne'],
  [/==/g, ''],
  [/>/g, 'gt'],
  [/</g, 'lt'],
];

/** A Python request for a key: `3.12` stays, `>=3.10,<3.13` becomes `ge3.10_lt3.13`. */
export function pythonKeyPart(request: string): string {
  if (!request) return 'default-python';
  return OPERATORS.reduce((s, [re, word]) => s.replace(re, word), request.replace(/\s+/g, ''));
}

export interface PlanInput {
  workspace: string;
  projectDir: string;
  /** Where the dependency globs are matched: the uv workspace root, whose uv.lock governs every member. */
  lockRoot?: string;
  dependencyGlobs: readonly string[];
  pythonRequest: string;
  uvVersion: string;
  syncArgs: readonly string[];
  suffix?: string;
  dirs: { uvCache: string; venv: string; pythonInstall: string };
  enabled: { uvCache: boolean; venv: boolean; python: boolean };
  platform?: NodeJS.Platform;
  arch?: string;
}

/**
 * One key per cache. Every part that makes two caches incompatible is in the key (OS, arch, Python,
 * the project's directory, for the venv the sync arguments), so a matrix never shares a key; the
 * lockfile hash comes last so a changed lockfile restores the newest cache of the same cell.
 */
export async function planCaches(i: PlanInput): Promise<CachePlan[]> {
  const os = runnerOs(i.platform);
  const arch = i.arch ?? process.arch;
  const project = projectKeyPart(i.workspace, i.projectDir);
  const lockHash = (await hashFiles(i.dependencyGlobs, i.lockRoot ?? i.projectDir)) || 'nolock';
  const py = pythonKeyPart(i.pythonRequest);
  const plans: CachePlan[] = [];
  if (i.enabled.uvCache) {
    const k = buildCacheKey({
      kind: 'uv-cache',
      os,
      arch,
      parts: [py, project],
      hash: lockHash.slice(0, 32),
      suffix: i.suffix,
    });
    plans.push({ name: 'uv-cache', paths: [i.dirs.uvCache], ...k });
  }
  if (i.enabled.venv) {
    // The venv holds absolute paths (script shebangs, pyvenv.cfg), so its location is part of the key.
    const where = shortHash(`${i.dirs.venv}\0${i.syncArgs.join(' ')}`);
    const k = buildCacheKey({
      kind: 'venv',
      os,
      arch,
      parts: [py, project, where],
      hash: lockHash.slice(0, 32),
      suffix: i.suffix,
    });
    plans.push({ name: 'venv', paths: [i.dirs.venv], ...k });
  }
  if (i.enabled.python) {
    const k = buildCacheKey({ kind: 'python', os, arch, parts: [py, `uv${i.uvVersion}`], suffix: i.suffix });
    plans.push({ name: 'python', paths: [i.dirs.pythonInstall], ...k });
  }
  return plans;
}
