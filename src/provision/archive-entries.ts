import * as posix from 'node:path/posix';

/** One member of an archive, as read before anything is written. */
export interface ArchiveEntry {
  path: string;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'device' | 'fifo' | 'other';
  /** Symlink target, or for a hard link the archive path it links to. */
  linkTarget?: string;
  mode?: number;
}

export class UnsafeArchiveError extends Error {
  constructor(
    readonly archive: string,
    readonly entry: string,
    readonly reason: string,
  ) {
    super(`Refusing to extract ${archive}: entry ${JSON.stringify(entry)} ${reason}; nothing was extracted.`);
    this.name = 'UnsafeArchiveError';
  }
}

const segments = (p: string): string[] => p.split(/[\\/]+/);
const isAbsolute = (p: string): boolean => /^[\\/]/.test(p);
const hasDrive = (p: string): boolean => /^[a-zA-Z]:/.test(p);

/** Where a relative path lands from the archive root, or undefined if it climbs out of it. */
function resolveInside(fromDir: string, target: string): string | undefined {
  const joined = posix.normalize(posix.join(fromDir, target.replace(/\\/g, '/')));
  return joined === '..' || joined.startsWith('../') ? undefined : joined.replace(/\/+$/, '');
}

/** Why a member may not be extracted, or undefined when it is safe. `symlinks` holds earlier symlink paths. */
export function unsafeReason(
  entry: ArchiveEntry,
  symlinks: ReadonlySet<string> = new Set(),
): string | undefined {
  const p = entry.path;
  if (p === '' || p.includes('\0')) return 'has an empty or NUL-containing name';
  if (isAbsolute(p)) return 'has an absolute path';
  if (hasDrive(p)) return 'has a drive letter';
  if (segments(p).includes('..')) return "has a '..' path segment";
  if (entry.type === 'device') return 'is a device file';
  if (entry.type === 'fifo') return 'is a FIFO';
  if (entry.type === 'other') return 'is of an unsupported kind (not a file, directory or link)';
  const clean = segments(p)
    .filter((s) => s !== '' && s !== '.')
    .join('/');
  // A member below an earlier symlink would be written wherever that link points.
  const parts = clean.split('/');
  for (let i = 1; i < parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    if (symlinks.has(prefix)) return `lies below the symlink ${JSON.stringify(prefix)}`;
  }
  if (entry.type === 'symlink' || entry.type === 'hardlink') {
    const t = entry.linkTarget ?? '';
    if (t === '') return `is a ${entry.type} without a target`;
    if (isAbsolute(t) || hasDrive(t)) return `is a ${entry.type} to the absolute path ${JSON.stringify(t)}`;
    // Symlink targets are relative to the link's folder; hard link targets to the archive root.
    const from = entry.type === 'symlink' ? posix.dirname(clean) : '.';
    if (resolveInside(from, t) === undefined)
      return `is a ${entry.type} whose target ${JSON.stringify(t)} escapes the destination`;
  }
  return undefined;
}

/** Throws UnsafeArchiveError on the first unsafe member; checks every member before anything is written. */
export function checkEntries(archive: string, entries: readonly ArchiveEntry[]): void {
  const symlinks = new Set<string>();
  const seen = new Set<string>();
  for (const e of entries) {
    const reason = unsafeReason(e, symlinks);
    if (reason) throw new UnsafeArchiveError(archive, e.path, reason);
    const key = segments(e.path)
      .filter((s) => s !== '' && s !== '.')
      .join('/');
    if (e.type === 'symlink') symlinks.add(key);
    if (e.type !== 'directory' && seen.has(key))
      throw new UnsafeArchiveError(archive, e.path, 'appears twice');
    seen.add(key);
  }
}
