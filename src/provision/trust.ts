import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { InputReader } from '../core/inputs.js';
import type { Runtime } from '../core/runtime.js';
import { exeName } from './platform.js';
import type { Platform } from './types.js';

/**
 * Where a tool may come from. The pull request's author controls the workspace (and so the project's venv,
 * which `uv sync` fills with the scripts its pyproject.toml declares), so on the runner a tool comes only
 * from a verified source unless the workflow asks for PATH with the one input every action shares.
 */

/** The input every action that runs a downloaded tool reads. */
export const TOOL_SOURCE_INPUT = 'tool-source';
export const TOOL_SOURCES = ['verified', 'path'] as const;
export type ToolSource = (typeof TOOL_SOURCES)[number];

/** `tool-source`: given, or `verified` on the runner and `path` in the terminal (the CLI, the pre-commit hook). */
export function readToolSource(r: InputReader, rt: Pick<Runtime, 'kind'>): ToolSource {
  return r.choice(TOOL_SOURCE_INPUT, TOOL_SOURCES, rt.kind === 'github' ? 'verified' : 'path');
}

async function real(p: string): Promise<string | undefined> {
  return fs.realpath(p).catch(() => undefined);
}

/**
 * Folders no tool is ever taken from on the runner: the workspace and the project's environment (wherever
 * VIRTUAL_ENV or UV_PROJECT_ENVIRONMENT put it), symlinks resolved.
 */
export async function untrustedRoots(rt: Pick<Runtime, 'env' | 'workspace' | 'kind'>): Promise<string[]> {
  const names = [rt.env.GITHUB_WORKSPACE, rt.workspace, rt.env.VIRTUAL_ENV, rt.env.UV_PROJECT_ENVIRONMENT];
  const dirs = names.filter((d): d is string => d !== undefined && d.trim() !== '' && path.isAbsolute(d));
  const out = new Set<string>();
  for (const d of dirs) {
    out.add(path.resolve(d));
    const r = await real(d);
    if (r) out.add(r);
  }
  return [...out];
}

export function isInside(file: string, roots: readonly string[]): boolean {
  return roots.some((root) => {
    const rel = path.relative(root, file);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
}

export interface PathCandidate {
  /** The executable as found on PATH. */
  file: string;
  /** Its real path (symlinks resolved): what runs. */
  real: string;
}

async function isExecutableFile(file: string): Promise<boolean> {
  const st = await fs.stat(file).catch(() => undefined);
  if (!st?.isFile()) return false;
  if (process.platform === 'win32') return true;
  return fs.access(file, fs.constants.X_OK).then(
    () => true,
    () => false,
  );
}

/**
 * The copies of `name` on PATH, in PATH order. On the runner an entry inside the workspace or the project's
 * environment is skipped (by its real path, so a symlink out of the workspace into it is skipped too), with a
 * debug line; in the terminal every copy is offered and the caller prints which one ran.
 */
export async function pathCandidates(
  name: string,
  rt: Pick<Runtime, 'env' | 'workspace' | 'kind' | 'debug'>,
  platform: Platform,
): Promise<PathCandidate[]> {
  const roots = rt.kind === 'github' ? await untrustedRoots(rt) : [];
  const out: PathCandidate[] = [];
  const seen = new Set<string>();
  for (const dir of (rt.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '' || !path.isAbsolute(dir)) continue;
    const file = path.join(dir, exeName(name, platform));
    if (!(await isExecutableFile(file))) continue;
    const realFile = (await real(file)) ?? file;
    if (seen.has(realFile)) continue;
    seen.add(realFile);
    if (isInside(path.resolve(file), roots) || isInside(realFile, roots)) {
      rt.debug(`${file} is inside the workspace or the project's environment; never run from there`);
      continue;
    }
    out.push({ file, real: realFile });
  }
  return out;
}
