import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Runtime } from '../core/runtime.js';
import { exeName } from './platform.js';
import { makeStagingDir, type Provenance, placeInToolCache } from './tool-cache.js';
import type { FetchOptions, Platform } from './types.js';
import { redactUrl } from './url.js';

/**
 * The one way a downloaded tool is installed, for release archives and wheels alike:
 * download → verify → place. The bytes are downloaded into a private directory of this run (0700, made with
 * mkdtemp), read into memory, hashed there, and it is that same buffer that is extracted, so nothing can
 * swap the file between the check and its use.
 */

/** A private scratch directory of this run under the runtime's temp dir (created when missing). */
export async function privateWorkDir(rt: Pick<Runtime, 'tempDir'>, prefix: string): Promise<string> {
  await fs.mkdir(rt.tempDir, { recursive: true, mode: 0o700 });
  const dir = await fs.mkdtemp(path.join(rt.tempDir, `${prefix}-`));
  await fs.chmod(dir, 0o700);
  return dir;
}

/** The digest a download must have and how to describe it. */
export interface ExpectedDigest {
  sha256: string;
  /** What the digest is, for the log and the summary: e.g. "the committed checksum table". */
  against: string;
  /** The error for a download with another digest. */
  mismatch(actual: string): Error;
}

export interface VerifiedDownload {
  data: Buffer;
  sha256: string;
  bytes: number;
  durationMs: number;
  /** The URL, credentials removed. */
  url: string;
}

/** Downloads `url` and checks the bytes in memory against `expected`; throws its mismatch error otherwise. */
export async function fetchVerified(
  url: string,
  expected: ExpectedDigest,
  rt: Pick<Runtime, 'tempDir' | 'warning'>,
  fetchOptions: FetchOptions = {},
): Promise<VerifiedDownload> {
  // Loaded only when downloading: the HTTP client is much of a bundle's start-up cost.
  const { downloadFile } = await import('./download.js');
  const work = await privateWorkDir(rt, 'download');
  try {
    const file = path.join(work, 'asset');
    const dl = await downloadFile(url, file, { ...fetchOptions, onRetry: (m) => rt.warning(m) });
    const data = await fs.readFile(file);
    const sha256 = createHash('sha256').update(data).digest('hex');
    if (sha256 !== expected.sha256.toLowerCase()) throw expected.mismatch(sha256);
    return { data, sha256, bytes: data.length, durationMs: dl.durationMs, url: redactUrl(url) };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

export interface PlaceOptions {
  rt: Pick<Runtime, 'toolCacheDir'>;
  name: string;
  version: string;
  arch: string;
  platform: Platform;
  /** Executables the tool must have, without `.exe`. */
  binaries: readonly string[];
  provenance: Provenance;
  /** Fills the (empty) staging folder; returns the folder that becomes the tool's (it or one below it). */
  fill(staging: string): Promise<string>;
  /** For the error when an executable is missing, e.g. "The archive uv-….tar.gz". */
  what: string;
}

/** Fills a staging folder, checks the executables are there, and moves it into the tool cache with our record. */
export async function placeVerified(o: PlaceOptions): Promise<string> {
  const staging = await makeStagingDir(o.rt.toolCacheDir, o.name, o.version, o.arch);
  try {
    const content = await o.fill(staging);
    const files = o.binaries.map((b) => exeName(b, o.platform));
    for (const f of files) {
      const st = await fs.stat(path.join(content, f)).catch(() => undefined);
      const runnable = o.platform.os === 'win32' || ((st?.mode ?? 0) & 0o111) !== 0;
      if (!st?.isFile() || !runnable) throw new Error(`${o.what} does not contain the executable ${f}`);
    }
    return await placeInToolCache(content, o.rt.toolCacheDir, o.name, o.version, o.arch, {
      provenance: o.provenance,
      files,
    });
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}
