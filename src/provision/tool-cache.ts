import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/**
 * The runner's tool cache, laid out as @actions/tool-cache does it so that other actions find our tools
 * and we find theirs: `<root>/<name>/<version>/<arch>/` plus the marker file `<root>/<name>/<version>/<arch>.complete`,
 * written last, so a half-written tool is never used.
 *
 * The runner's tool cache is shared with other actions (and, on a self-hosted runner, with earlier jobs), so an
 * entry is trusted only with our own record beside it, `<arch>.pyprod-verified.json`: where the tool came
 * from, the check made, and the SHA-256 of each file we placed. Reuse re-hashes those files against it.
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

/** Our record of a tool cache entry: what was verified, how, and the files as they were placed. */
export interface VerifiedRecord {
  format: 1;
  tool: string;
  version: string;
  /** Where the bytes came from, e.g. a release URL (credentials removed) or `go install <module>@<version>`. */
  source: string;
  /** The check made, as shown in logs and summaries. */
  verification: string;
  /** The digest of the downloaded asset, when there was one. */
  sha256?: string;
  /** Relative file name → SHA-256 of each executable placed. */
  files: Record<string, string>;
  placedAt: string;
}

export type Provenance = Pick<VerifiedRecord, 'source' | 'verification' | 'sha256'>;

export function verifiedMarker(root: string, name: string, version: string, arch: string): string {
  return `${toolCacheDir(root, name, version, arch)}.pyprod-verified.json`;
}

async function sha256Of(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

async function hashFiles(dir: string, files: readonly string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of files) out[f] = await sha256Of(path.join(dir, f));
  return out;
}

/**
 * The complete entry with our record, its executables unchanged since we placed them; otherwise why not
 * (no entry, no record of ours, or a file that changed), for a log line.
 */
export async function findVerifiedInToolCache(
  root: string,
  name: string,
  version: string,
  arch: string,
  files: readonly string[],
): Promise<{ dir: string; record: VerifiedRecord } | { why: string }> {
  const dir = await findInToolCache(root, name, version, arch);
  if (!dir) return { why: 'not in the tool cache' };
  let record: VerifiedRecord;
  try {
    record = JSON.parse(
      await fs.readFile(verifiedMarker(root, name, version, arch), 'utf8'),
    ) as VerifiedRecord;
  } catch {
    return { why: `the tool cache entry ${dir} has no verification record of ours; not trusted` };
  }
  if (record.format !== 1 || typeof record.files !== 'object' || record.files === null)
    return { why: `the tool cache entry ${dir} has an unreadable verification record; not trusted` };
  for (const f of files) {
    const want = record.files[f];
    const got = await sha256Of(path.join(dir, f)).catch(() => undefined);
    if (!want || got !== want)
      return { why: `${path.join(dir, f)} is not the file that was verified (SHA-256 differs); not trusted` };
  }
  return { dir, record };
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
  verified?: { provenance: Provenance; files: readonly string[] },
): Promise<string> {
  const dir = toolCacheDir(root, name, version, arch);
  const marker = toolCacheMarker(root, name, version, arch);
  const ours = verifiedMarker(root, name, version, arch);
  const files = verified?.files ?? [];
  // Hashed before the move: the record describes the files as verified, not as found later.
  const hashes = await hashFiles(src, files);
  // Already there: kept only if it is the same verified content (an entry from other bytes is replaced).
  const done = async () => {
    if (!verified) return Boolean(await findInToolCache(root, name, version, arch));
    const found = await findVerifiedInToolCache(root, name, version, arch, files);
    return 'dir' in found && found.record.sha256 === verified.provenance.sha256;
  };
  await fs.mkdir(path.dirname(dir), { recursive: true });
  if (await done()) {
    await fs.rm(src, { recursive: true, force: true });
    return dir;
  }
  await fs.rm(marker, { force: true });
  await fs.rm(ours, { force: true });
  await fs.rm(dir, { recursive: true, force: true });
  try {
    await fs.rename(src, dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if ((code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM') && (await done())) {
      await fs.rm(src, { recursive: true, force: true });
      return dir;
    }
    if (code !== 'EXDEV') throw err;
    await fs.cp(src, dir, { recursive: true, verbatimSymlinks: true });
    await fs.rm(src, { recursive: true, force: true });
  }
  if (verified) {
    const record: VerifiedRecord = {
      format: 1,
      tool: name,
      version: cacheVersion(version),
      ...verified.provenance,
      files: hashes,
      placedAt: new Date().toISOString(),
    };
    await fs.writeFile(ours, `${JSON.stringify(record, null, 2)}\n`);
  }
  await fs.writeFile(marker, '');
  return dir;
}
