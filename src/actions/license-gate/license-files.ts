import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { recognizeLicenseText, saysEitherLicense } from './license-text.js';
import { combine, formatExpression, type LicenseExpression, type LicenseLeaf } from './spdx.js';

/**
 * Licence files of an installed distribution: `*.dist-info/licenses/**` (PEP 639) and, from wheels built
 * before PEP 639, `LICENSE*`, `LICENCE*` and `COPYING*` at the dist-info root. NOTICE, AUTHORS and
 * CONTRIBUTORS files are not licences and are skipped.
 */

const ROOT_LICENSE = /^(licen[cs]e|copying)/i;
const NOT_A_LICENSE = /^(notice|authors?|contributors?)\b/i;
const MAX_FILES = 64;
const MAX_DEPTH = 4;
const MAX_BYTES = 256 * 1024;

async function walk(dir: string, rel: string, depth: number, out: string[]): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (out.length >= MAX_FILES) return;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory() && depth < MAX_DEPTH) await walk(path.join(dir, e.name), r, depth + 1, out);
    else if (e.isFile() && !NOT_A_LICENSE.test(e.name)) out.push(r);
  }
}

/**
 * The licence files of a dist-info directory, as paths relative to it (`licenses/LICENSE`, `COPYING`),
 * sorted. `licenseFileHeaders` are the METADATA `License-File` values, which may name root files with
 * other names.
 */
export async function findLicenseFiles(
  distInfo: string,
  licenseFileHeaders: readonly string[] = [],
): Promise<string[]> {
  const found: string[] = [];
  await walk(path.join(distInfo, 'licenses'), 'licenses', 0, found);
  let rootEntries: import('node:fs').Dirent[] = [];
  try {
    rootEntries = await fs.readdir(distInfo, { withFileTypes: true });
  } catch {
    /* no dist-info: no files */
  }
  const rootFiles = new Set(rootEntries.filter((e) => e.isFile()).map((e) => e.name));
  for (const name of rootFiles) if (ROOT_LICENSE.test(name)) found.push(name);
  for (const h of licenseFileHeaders) {
    const rel = h.replace(/\\/g, '/');
    if (rel.includes('..') || path.isAbsolute(rel) || NOT_A_LICENSE.test(path.posix.basename(rel))) continue;
    if (found.includes(`licenses/${rel}`)) continue;
    if (!rel.includes('/') && rootFiles.has(rel)) found.push(rel);
  }
  return [...new Set(found)].sort();
}

export interface LicenseFileReading {
  /** The path relative to the dist-info directory. */
  file: string;
  /** The licences recognised in it (empty when none). */
  licenses: LicenseLeaf[];
  /** The file says the licences beside it are alternatives ("under the terms of *either* of ..."). */
  either: boolean;
}

export interface LicenseFilesResult {
  /** The licences of all files together; undefined when no file was recognised. */
  expression?: LicenseExpression;
  files: LicenseFileReading[];
}

async function readHead(file: string): Promise<string> {
  const handle = await fs.open(file, 'r');
  try {
    const buf = Buffer.alloc(MAX_BYTES);
    const { bytesRead } = await handle.read(buf, 0, MAX_BYTES, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Reads and recognises the licence files. The licences of several files all apply (AND: a project and
 * what it bundles), unless one file says they are alternatives, as packaging's and sniffio's LICENSE do.
 */
export async function readLicenseFiles(
  distInfo: string,
  licenseFileHeaders: readonly string[] = [],
): Promise<LicenseFilesResult> {
  const rels = await findLicenseFiles(distInfo, licenseFileHeaders);
  const files = await Promise.all(
    rels.map(async (file): Promise<LicenseFileReading> => {
      const text = await readHead(path.join(distInfo, file));
      return { file, licenses: recognizeLicenseText(text), either: saysEitherLicense(text) };
    }),
  );
  const perFile = files
    .map((f) => combine('and', f.licenses))
    .filter((e): e is LicenseExpression => e !== undefined);
  const expression = combine(files.some((f) => f.either) ? 'or' : 'and', perFile);
  return expression ? { expression, files } : { files };
}

/** One evidence line per file: `licenses/LICENSE.BSD: BSD-2-Clause text`. */
export function describeLicenseFiles(files: readonly LicenseFileReading[]): string[] {
  return files.map((f) => {
    if (f.licenses.length === 0)
      return `${f.file}: ${f.either ? 'says the other files are alternatives' : 'no licence recognised'}`;
    const what = formatExpression(combine('and', f.licenses)!);
    return `${f.file}: ${what} text`;
  });
}
