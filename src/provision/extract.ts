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

/** Feeds `data` to a tar stream (lister or unpacker) and waits for it to finish or fail. */
function feed(
  stream: NodeJS.WritableStream & NodeJS.EventEmitter,
  data: Buffer,
  done: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once(done, () => resolve());
    stream.once('error', reject);
    stream.end(data);
  });
}

/** Lists a gzipped tar's members (long names and PAX headers applied) without writing anything. */
export async function listTar(data: Buffer): Promise<ArchiveEntry[]> {
  const entries: ArchiveEntry[] = [];
  const lister = tar.t({
    strict: true,
    onReadEntry(e) {
      const entry: ArchiveEntry = { path: e.path, type: TAR_TYPES[e.type] ?? 'other', mode: e.mode };
      if (e.linkpath) entry.linkTarget = e.linkpath;
      entries.push(entry);
    },
  });
  await feed(lister, data, 'end');
  return entries;
}

async function extractTar(data: Buffer, dest: string, name: string): Promise<void> {
  checkEntries(name, await listTar(data));
  await feed(tar.x({ cwd: dest, strict: true, preserveOwner: false, noChmod: false }), data, 'close');
}

async function extractZip(buf: Buffer, dest: string, name: string): Promise<void> {
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
 * Extracts an archive held in memory (the very bytes whose digest was checked) into `dest`, which must exist.
 * Every member is checked first, and the whole extraction is refused, naming the member, if any has an
 * absolute path, a drive letter, a '..' segment, is a link whose target leaves `dest`, lies below a link, or
 * is a device or FIFO.
 */
export async function extractArchive(data: Buffer, dest: string, assetName: string): Promise<void> {
  const kind = archiveKind(assetName);
  if (kind === 'zip') await extractZip(data, dest, assetName);
  else await extractTar(data, dest, assetName);
}
