import type { InputReader } from '../../core/inputs.js';
import type { Runtime } from '../../core/runtime.js';
import { readToolSource, type ToolSource } from '../../provision/trust.js';

export interface SetupUvInputs {
  /** Exact version or specifier; undefined: from version files, else our newest known version. */
  version?: string;
  versionFile?: string;
  pythonVersion?: string;
  /** Absolute. */
  workingDirectory: string;
  sync: boolean;
  syncArgs: string[];
  activateEnvironment: boolean;
  enableCache: 'auto' | 'true' | 'false';
  cacheDependencyGlob: string[];
  cacheSuffix?: string;
  cacheVenv: boolean;
  cachePython: boolean;
  pruneCache: boolean;
  mirror?: string;
  checksum?: string;
  /** Where uv may come from (tool-source). */
  toolSource: ToolSource;
  githubToken?: string;
}

export const DEFAULT_SYNC_ARGS = '--locked --all-groups';
export const DEFAULT_DEPENDENCY_GLOB = [
  '**/uv.lock',
  '**/pyproject.toml',
  '**/requirements*.txt',
  '**/*.py.lock',
];

/** Splits sync-args on white space; quotes are not interpreted (arguments are never passed through a shell). */
export function splitArgs(value: string): string[] {
  return value.split(/\s+/).filter(Boolean);
}

export function loadInputs(r: InputReader, rt: Runtime): SetupUvInputs {
  const wd = r.string('working-directory', '.');
  return {
    version: r.string('version'),
    versionFile: r.string('version-file'),
    pythonVersion: r.string('python-version'),
    workingDirectory: r.path('working-directory', rt.workspace, 'directory', wd),
    sync: r.bool('sync', true),
    syncArgs: splitArgs(r.string('sync-args', DEFAULT_SYNC_ARGS)),
    activateEnvironment: r.bool('activate-environment', true),
    enableCache: r.choice('enable-cache', ['auto', 'true', 'false'] as const, 'auto'),
    cacheDependencyGlob: r.lines('cache-dependency-glob', DEFAULT_DEPENDENCY_GLOB),
    cacheSuffix: r.string('cache-suffix'),
    cacheVenv: r.bool('cache-venv', true),
    cachePython: r.bool('cache-python', true),
    pruneCache: r.bool('prune-cache', true),
    mirror: r.url('mirror'),
    checksum: r.sha256('checksum'),
    toolSource: readToolSource(r, rt),
    githubToken: r.string('github-token'),
  };
}
