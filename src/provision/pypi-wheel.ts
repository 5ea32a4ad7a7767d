import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { InputError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { checkEntries } from './archive-entries.js';
import { ChecksumMismatchError, sortVersions } from './checksum.js';
import { currentPlatform, exeName, toolCacheArch } from './platform.js';
import { describeTool, provisioned } from './provision.js';
import {
  checkIndexScheme,
  fetchProjectPage,
  type IndexFile,
  normalizeProject,
  projectPageUrl,
  resolveIndexUrl,
} from './simple-index.js';
import { cacheVersion, findVerifiedInToolCache } from './tool-cache.js';
import type { FetchOptions, Platform, ProvisionedTool, ProvisionFallback } from './types.js';
import { redactUrl } from './url.js';

/**
 * A tool from its wheel on a Python package index, for when its release host cannot be reached: some
 * projects (uv, ruff) ship their release binaries as a wheel's `<name>-<version>.data/scripts/` members.
 */

const VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]*$/;
const HEX64 = /^[0-9a-f]{64}$/;

/** The parts of a wheel's file name (PEP 427), platform tags of a compressed tag set split apart. */
export interface WheelName {
  name: string;
  version: string;
  platformTags: string[];
}

export function parseWheelName(filename: string): WheelName | undefined {
  if (!filename.endsWith('.whl')) return undefined;
  const parts = filename.slice(0, -4).split('-');
  if (parts.length !== 5 && parts.length !== 6) return undefined;
  const [name, version] = parts;
  const plat = parts[parts.length - 1];
  if (!name || !version || !plat) return undefined;
  return { name, version, platformTags: plat.split('.') };
}

const LEGACY_MANYLINUX: Record<string, [number, number]> = {
  manylinux1: [2, 5],
  manylinux2010: [2, 12],
  manylinux2014: [2, 17],
};

/**
 * How well one platform tag fits (lower is better, compared in order), or undefined if it does not run there.
 * Linux: manylinux before musllinux, then the oldest libc (runs on the most systems). macOS: the exact
 * architecture before universal2, then the oldest macOS.
 */
export function tagRank(tag: string, platform: Platform): number[] | undefined {
  if (platform.os === 'win32')
    return tag === (platform.arch === 'x64' ? 'win_amd64' : 'win_arm64') ? [0] : undefined;
  if (platform.os === 'darwin') {
    const m = /^macosx_(\d+)_(\d+)_(\w+)$/.exec(tag);
    const want = platform.arch === 'x64' ? 'x86_64' : 'arm64';
    if (!m || (m[3] !== want && m[3] !== 'universal2')) return undefined;
    return [m[3] === want ? 0 : 1, Number(m[1]), Number(m[2])];
  }
  const cpu = platform.arch === 'x64' ? 'x86_64' : 'aarch64';
  const m = /^(manylinux|musllinux)_(\d+)_(\d+)_(\w+)$/.exec(tag);
  if (m) return m[4] === cpu ? [m[1] === 'manylinux' ? 0 : 1, Number(m[2]), Number(m[3])] : undefined;
  const legacy = /^(manylinux1|manylinux2010|manylinux2014)_(\w+)$/.exec(tag);
  const glibc = legacy ? LEGACY_MANYLINUX[legacy[1] ?? ''] : undefined;
  return glibc && legacy?.[2] === cpu ? [0, ...glibc] : undefined;
}

/** The platform tags a wheel needs for this platform, for messages. */
export function expectedTags(platform: Platform): string {
  if (platform.os === 'win32') return platform.arch === 'x64' ? 'win_amd64' : 'win_arm64';
  if (platform.os === 'darwin')
    return `macosx_*_${platform.arch === 'x64' ? 'x86_64' : 'arm64'} or macosx_*_universal2`;
  const cpu = platform.arch === 'x64' ? 'x86_64' : 'aarch64';
  return `manylinux*_${cpu} (or musllinux_*_${cpu})`;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const sameVersion = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The best wheel of `project` at exactly `version` for the platform (not yanked before yanked), or an
 * error that lists what the index offers.
 */
export function selectWheel(
  files: readonly IndexFile[],
  project: string,
  version: string,
  platform: Platform,
  where = 'the index',
): { file: IndexFile; wheel: WheelName } {
  const mine = files.flatMap((file) => {
    const wheel = parseWheelName(file.filename);
    return wheel && normalizeProject(wheel.name) === normalizeProject(project) ? [{ file, wheel }] : [];
  });
  const atVersion = mine.filter((c) => sameVersion(c.wheel.version, version));
  const ranked = atVersion.flatMap((c) => {
    const ranks = c.wheel.platformTags.flatMap((t) => {
      const r = tagRank(t, platform);
      return r ? [r] : [];
    });
    const best = ranks.length > 0 ? ranks.sort(compareRanks)[0] : undefined;
    // Ties go to the wheel with fewer platform tags: a single-architecture wheel is the smaller download.
    return best ? [{ ...c, rank: [c.file.yanked ? 1 : 0, ...best, c.wheel.platformTags.length] }] : [];
  });
  ranked.sort((a, b) => compareRanks(a.rank, b.rank) || a.file.filename.localeCompare(b.file.filename));
  const chosen = ranked[0];
  if (chosen) return chosen;
  const what = `No ${project} ${version} wheel for ${platform.os} ${platform.arch} on ${where} (wanted platform tag ${expectedTags(platform)})`;
  if (atVersion.length > 0) {
    throw new Error(`${what}; it lists for ${version}: ${atVersion.map((c) => c.file.filename).join(', ')}`);
  }
  const versions = sortVersions([...new Set(mine.map((c) => c.wheel.version))]);
  const seen =
    versions.length > 0
      ? `wheels of versions ${versions.slice(0, 10).join(', ')}${versions.length > 10 ? ', ...' : ''}`
      : `no ${project} wheels`;
  throw new Error(`${what}; it lists ${files.length} file${files.length === 1 ? '' : 's'} with ${seen}`);
}

/** A wheel whose bytes do not have the digest the index lists. */
export class WheelDigestMismatchError extends ChecksumMismatchError {
  constructor(wheel: string, expected: string, actual: string, index: string) {
    super(wheel, expected, actual, 'table');
    this.message = `Checksum mismatch for ${wheel}: the index ${index} lists SHA-256 ${expected}, the download has ${actual}. The download was discarded.`;
  }
}

/** Writes the wheel's `*.data/scripts/<exe>` members, and nothing else, into `dest` as executables. */
export async function extractWheelScripts(
  wheel: Buffer | string,
  wheelName: string,
  exes: readonly string[],
  dest: string,
) {
  const { readZipMembers, zipMemberData } = await import('./zip.js');
  const buf = typeof wheel === 'string' ? await fs.readFile(wheel) : wheel;
  const members = readZipMembers(buf);
  checkEntries(wheelName, members);
  const name = parseWheelName(wheelName);
  if (!name) throw new Error(`${wheelName} is not a wheel file name (<name>-<version>-<tags>.whl)`);
  // The spec names the folder after the file name's own (escaped) name and version.
  const scripts = `${name.name}-${name.version}.data/scripts/`.toLowerCase();
  for (const exe of exes) {
    const m = members.find((e) => e.path.toLowerCase() === `${scripts}${exe.toLowerCase()}`);
    if (m?.type !== 'file') {
      const found = members.filter((e) => /^[^/]+\.data\/scripts\/[^/]+$/.test(e.path)).map((e) => e.path);
      throw new Error(
        `The wheel ${wheelName} has no file ${name.name}-${name.version}.data/scripts/${exe} (its scripts: ${found.join(', ') || 'none'})`,
      );
    }
    const target = path.join(dest, exe);
    await fs.writeFile(target, zipMemberData(buf, m), { mode: 0o755 });
    await fs.chmod(target, 0o755);
  }
}

export interface PyPIProvisionOptions {
  /** The index's project name, e.g. 'uv'; also the tool cache name. */
  project: string;
  version: string;
  runtime: Runtime;
  /** A simple index URL; default UV_DEFAULT_INDEX, UV_INDEX_URL, PIP_INDEX_URL, then https://pypi.org/simple. */
  indexUrl?: string;
  platform?: Platform;
  fetchOptions?: FetchOptions;
  /** Executables to take from the wheel's scripts, without `.exe`. */
  binaries: readonly string[];
  /** Tests only: accept a plain-http index on the loopback interface. No input or variable sets it. */
  allowHttpLoopback?: boolean;
}

/**
 * Gets a tool from its wheel: reads the project page of the simple index (https only), picks the wheel for the
 * exact version and platform, verifies its SHA-256 against the index's digest (none listed: refused), extracts
 * only the named scripts from the bytes checked, and caches them where the release download would
 * (`<cache>/<name>/<version>/<arch>/`), with our record saying the check was the index's digest.
 */
export async function provisionFromPyPI(opts: PyPIProvisionOptions): Promise<ProvisionedTool> {
  const rt = opts.runtime;
  const version = cacheVersion(opts.version);
  if (!VERSION_RE.test(version))
    throw new InputError('version', opts.version, 'expected an exact version such as 1.2.3');
  const platform = opts.platform ?? currentPlatform();
  const arch = toolCacheArch(platform);
  const name = opts.project;
  const spec = { name };
  const exes = opts.binaries.map((b) => exeName(b, platform));

  const cached = await findVerifiedInToolCache(rt.toolCacheDir, name, version, arch, exes);
  if ('dir' in cached) {
    const how = `tool cache entry placed by pyprod after: ${cached.record.verification}`;
    const t = provisioned(spec, version, cached.dir, 'tool-cache', platform, how);
    rt.info(`Using ${describeTool(t, opts.binaries[0])}`);
    return t;
  }

  const index = resolveIndexUrl(opts.indexUrl, rt.env, opts.allowHttpLoopback);
  const password = URL.canParse(index.url) ? new URL(index.url).password : '';
  if (password) {
    rt.setSecret(password);
    rt.setSecret(decodeURIComponent(password));
  }
  const shownIndex = redactUrl(index.url);
  const onRetry = (m: string) => rt.warning(m);
  rt.info(`Looking up ${name} ${version} on the package index ${shownIndex} (${index.from})`);
  const files = await fetchProjectPage(projectPageUrl(index.url, name), { ...opts.fetchOptions, onRetry });
  const { file } = selectWheel(files, name, version, platform, shownIndex);
  const expected = file.hashes.sha256 ?? '';
  if (!HEX64.test(expected)) {
    const other = Object.keys(file.hashes);
    throw new Error(
      `The index ${shownIndex} lists ${file.filename} without a SHA-256 digest${other.length ? ` (only ${other.join(', ')})` : ''}; an unverifiable binary is never run`,
    );
  }
  checkIndexScheme(file.url, `the file URL ${file.filename} on ${index.from}`, opts.allowHttpLoopback);
  if (file.yanked)
    rt.warning(
      `${file.filename} is yanked on ${shownIndex}; using it because version ${version} was asked for exactly`,
    );

  rt.info(`Downloading ${file.filename} from ${redactUrl(file.url)}`);
  const { fetchVerified, placeVerified } = await import('./pipeline.js');
  const dl = await fetchVerified(
    file.url,
    {
      sha256: expected,
      against: `the digest ${shownIndex} lists`,
      mismatch: (actual) => new WheelDigestMismatchError(file.filename, expected, actual, shownIndex),
    },
    rt,
    opts.fetchOptions,
  );
  // Never "verified" without saying by what: here only the index vouches for the bytes.
  const verification = `sha256 ${dl.sha256} of ${file.filename} from ${shownIndex} (the index's digest, not a pinned checksum)`;
  rt.info(`Checked: ${verification} (${dl.bytes} bytes)`);
  const dir = await placeVerified({
    rt,
    name,
    version,
    arch,
    platform,
    binaries: opts.binaries,
    provenance: { source: dl.url, verification, sha256: dl.sha256 },
    what: `The wheel ${file.filename}`,
    async fill(staging) {
      await extractWheelScripts(dl.data, file.filename, exes, staging);
      return staging;
    },
  });
  rt.info(`Cached ${name} ${version} (${exes.join(', ')} from ${file.filename}) in ${dir}`);
  return {
    ...provisioned(spec, version, dir, 'download', platform, verification),
    sha256: dl.sha256,
    downloadMs: dl.durationMs,
    bytes: dl.bytes,
    url: dl.url,
  };
}

/**
 * The fallback for `provisionTool(uvSpec, { fallback: uvFromPyPI() })`: uv from its PyPI wheel (or the
 * https index named by the environment) when its GitHub release cannot be reached.
 */
export function uvFromPyPI(
  opts: { indexUrl?: string; fetchOptions?: FetchOptions; allowHttpLoopback?: boolean } = {},
): ProvisionFallback {
  return (ctx) =>
    provisionFromPyPI({
      project: 'uv',
      version: ctx.version,
      runtime: ctx.runtime,
      platform: ctx.platform,
      indexUrl: opts.indexUrl,
      fetchOptions: opts.fetchOptions ?? ctx.fetchOptions,
      binaries: ctx.spec.binaries,
      allowHttpLoopback: opts.allowHttpLoopback,
    });
}
