// PyPI sdists pinned by file name and sha256, for the benches: downloaded once into a cache under the tools
// dir (never into the repository), checked against the pin on every use, and unpacked.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tar from 'tar';
import { downloadFile } from '../../src/provision/download.js';
import { fetchProjectPage, projectPageUrl, resolveIndexUrl } from '../../src/provision/simple-index.js';

export interface PinnedSdist {
  /** The project's name on the index. */
  project: string;
  /** The sdist's file name, e.g. `rich-15.0.0.tar.gz`. */
  file: string;
  sha256: string;
}

const sha256Of = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * The archive in `dir`, downloaded from the package index (PIP_INDEX_URL / UV_INDEX_URL, else PyPI) when absent,
 * and checked against its pinned sha256 on every use: a mismatch removes it and throws, naming `pinnedIn`.
 */
export async function cachedSdist(dir: string, p: PinnedSdist, pinnedIn = 'the bench'): Promise<string> {
  const archive = path.join(dir, p.file);
  if (!fs.existsSync(archive)) {
    fs.mkdirSync(dir, { recursive: true });
    const index = resolveIndexUrl(undefined, process.env).url;
    const entry = (await fetchProjectPage(projectPageUrl(index, p.project))).find(
      (f) => f.filename === p.file,
    );
    if (!entry) throw new Error(`${p.file} is not on ${index}/${p.project}/`);
    await downloadFile(entry.url, `${archive}.part`);
    fs.renameSync(`${archive}.part`, archive);
  }
  const digest = sha256Of(archive);
  if (digest !== p.sha256) {
    fs.rmSync(archive, { force: true });
    throw new Error(`${p.file}: sha256 ${digest}, expected ${p.sha256} (${pinnedIn})`);
  }
  return archive;
}

/** Unpacks an sdist into `dest` without its top directory: regular files and directories only. */
export async function extractSdist(archive: string, dest: string): Promise<void> {
  fs.mkdirSync(dest, { recursive: true });
  // node-tar refuses absolute paths and `..`; links are skipped too.
  await tar.x({
    file: archive,
    cwd: dest,
    strip: 1,
    filter: (_p, e) => 'type' in e && (e.type === 'File' || e.type === 'Directory'),
  });
}

/**
 * The sdist unpacked in `dir/<file without .tar.gz>` (kept there across runs: a `.complete` marker is written
 * last, so an interrupted unpack is redone).
 */
export async function unpackedSdist(dir: string, p: PinnedSdist): Promise<string> {
  const src = path.join(dir, p.file.replace(/\.tar\.gz$/, ''));
  const archive = await cachedSdist(dir, p);
  if (fs.existsSync(path.join(src, '.complete'))) return src;
  fs.rmSync(src, { recursive: true, force: true });
  await extractSdist(archive, src);
  fs.writeFileSync(path.join(src, '.complete'), '');
  return src;
}
