import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as tar from 'tar';
import { type ArchiveEntry, checkEntries } from './archive-entries.js';
import { readZipMembers, zipMemberData } from './zip.js';

export type ArchiveKind = 'tar.gz' | 'zip';

/** The archive kind from the asset's file name. */
export function archiveKind(fileName: string): ArchiveKind {
  if (/\.(tar\.gz|tgz)$/i.test(fileName)) return 'tar.gz';
  if (/\.zip$/i.test(fileName)) return 'zip';
  throw new Error(`Cannot extract ${fileName}: only .tar.gz, .tgz and .zip archives are supported`);
}

const TAR_TYPES: Record<string, ArchiveEntry['type']> = {
  File: 'file',
  OldFile: 'file',
  ContiguousFile: 'file',
  Directory: 'directory',
  SymbolicLink: 'symlink',
  Link: 'hardlink',
  CharacterDevice: 'device',
  BlockDevice: 'device',
  FIFO: 'fifo',
};

/** Lists a gzipped tar's members (long names and PAX headers applied) without writing anything. */
export async function listTar(file: string): Promise<ArchiveEntry[]> {
  const entries: ArchiveEntry[] = [];
  await tar.t({
    file,
    strict: true,
    onReadEntry(e) {
      const entry: ArchiveEntry = { path: e.path, type: TAR_TYPES[e.type] ?? 'other', mode: e.mode };
      if (e.linkpath) entry.linkTarget = e.linkpath;
      entries.push(entry);
    },
  });
  return entries;
}

async function extractTar(file: string, dest: string, name: string): Promise<void> {
  checkEntries(name, await listTar(file));
  await tar.x({ file, cwd: dest, strict: true, preserveOwner: false, noChmod: false });
}

async function extractZip(file: string, dest: string, name: string): Promise<void> {
  const buf = await fs.readFile(file);
  const members = readZipMembers(buf);
  checkEntries(name, members);
  for (const m of members) {
    const target = path.join(dest, ...m.path.split(/[\\/]+/).filter((s) => s !== '' && s !== '.'));
    if (m.type === 'directory') {
      await fs.mkdir(target, { recursive: true });
      continue;
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    if (m.type === 'symlink') {
      await fs.symlink(m.linkTarget ?? '', target);
    } else if (m.type === 'hardlink') {
      throw new Error(`${name}: zip archives cannot hold hard links (${m.path})`);
    } else {
      // Zips made on Windows carry no Unix mode; their files are not executable anyway.
      const mode = m.mode ? m.mode & 0o777 : 0o644;
      await fs.writeFile(target, zipMemberData(buf, m), { mode });
      await fs.chmod(target, mode);
    }
  }
}

/**
 * Extracts an archive into `dest` (which must exist). Every member is checked first, and the whole
 * extraction is refused, naming the member, if any has an absolute path, a drive letter, a '..' segment,
 * is a link whose target leaves `dest`, lies below a link, or is a device or FIFO.
 */
export async function extractArchive(file: string, dest: string, assetName: string): Promise<void> {
  const kind = archiveKind(assetName);
  if (kind === 'zip') await extractZip(file, dest, assetName);
  else await extractTar(file, dest, assetName);
}
