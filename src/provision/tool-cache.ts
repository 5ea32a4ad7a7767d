import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/**
 * The runner's tool cache, laid out as @actions/tool-cache does it so that other actions find our tools
 * and we find theirs: `<root>/<name>/<version>/<arch>/` plus the marker file `<root>/<name>/<version>/<arch>.complete`,
 * written last, so a half-written tool is never used.
 */

/** A version as the tool cache spells it: no leading 'v' or '='. */
export function cacheVersion(version: string): string {
  return version.trim().replace(/^[v=]+/, '');
}

export function toolCacheDir(root: string, name: string, version: string, arch: string): string {
  return path.join(root, name, cacheVersion(version), arch);
}

export function toolCacheMarker(root: string, name: string, version: string, arch: string): string {
  return `${toolCacheDir(root, name, version, arch)}.complete`;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

/** The tool's folder when it is cached complete, else undefined. */
export async function findInToolCache(
  root: string,
  name: string,
  version: string,
  arch: string,
): Promise<string | undefined> {
  const dir = toolCacheDir(root, name, version, arch);
  if (!(await exists(toolCacheMarker(root, name, version, arch)))) return undefined;
  const st = await fs.stat(dir).catch(() => undefined);
  return st?.isDirectory() ? dir : undefined;
}

/**
 * A fresh empty folder beside the tool's cache place (same file system, so the final move is a rename).
 * Its name starts with '.' and it has no marker, so no tool-cache lookup ever takes it for a tool.
 */
export async function makeStagingDir(
  root: string,
  name: string,
  version: string,
  arch: string,
): Promise<string> {
  const parent = path.dirname(toolCacheDir(root, name, version, arch));
  await fs.mkdir(parent, { recursive: true });
  const dir = path.join(parent, `.${arch}.partial-${randomBytes(6).toString('hex')}`);
  await fs.mkdir(dir);
  return dir;
}

/**
 * Moves a finished folder into the cache place, replacing an incomplete earlier attempt, then writes the
 * marker. If another process completed the same tool meanwhile, its copy is kept and `src` removed.
 */
export async function placeInToolCache(
  src: string,
  root: string,
  name: string,
  version: string,
  arch: string,
): Promise<string> {
  const dir = toolCacheDir(root, name, version, arch);
  const marker = toolCacheMarker(root, name, version, arch);
  await fs.mkdir(path.dirname(dir), { recursive: true });
  if (await findInToolCache(root, name, version, arch)) {
    await fs.rm(src, { recursive: true, force: true });
    return dir;
  }
  await fs.rm(marker, { force: true });
  await fs.rm(dir, { recursive: true, force: true });
  try {
    await fs.rename(src, dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (
      (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM') &&
      (await findInToolCache(root, name, version, arch))
    ) {
      await fs.rm(src, { recursive: true, force: true });
      return dir;
    }
    if (code !== 'EXDEV') throw err;
    await fs.cp(src, dir, { recursive: true, verbatimSymlinks: true });
    await fs.rm(src, { recursive: true, force: true });
  }
  await fs.writeFile(marker, '');
  return dir;
}
