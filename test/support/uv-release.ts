import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import * as tar from 'tar';
import { IN_CI, TOOLS_DIR } from './tools.js';

/**
 * A uv release laid out as upstream publishes it, rebuilt from the PyPI wheel (GitHub is not reachable):
 * `<root>/<version>/uv-x86_64-unknown-linux-gnu.tar.gz` holding `uv-x86_64-unknown-linux-gnu/uv` and `uvx`,
 * with `<asset>.sha256` beside it. Its bytes differ from upstream's archive, so its digest is not the one in
 * the committed table: tests pass it as the explicit checksum.
 */

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Reads one KEY=value from .ci/versions.env (the file .ci/install-tools.sh sources). */
export function pinnedVersion(key: string): string {
  const text = fs.readFileSync(path.join(REPO_ROOT, '.ci', 'versions.env'), 'utf8');
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
    if (m && m[1] === key) return (m[2] ?? '').trim().replace(/^["']|["']$/g, '');
  }
  throw new Error(`${key} is not set in .ci/versions.env`);
}

/** The uv version the tests provision: in the committed checksum table and on PyPI. */
export const UV_TEST_VERSION = pinnedVersion('UV_VERSION');
export const UV_LINUX_X64_ASSET = 'uv-x86_64-unknown-linux-gnu.tar.gz';
const ASSET_DIR = 'uv-x86_64-unknown-linux-gnu';

export interface UvRelease {
  /** Serve this folder: it holds `<version>/<asset>`. */
  root: string;
  version: string;
  asset: string;
  archive: string;
  sha256: string;
}

function findWheel(dir: string, version: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const name = fs
    .readdirSync(dir)
    .find((f) => f.startsWith(`uv-${version}-`) && f.endsWith('.whl') && /manylinux[^.]*x86_64/.test(f));
  return name ? path.join(dir, name) : undefined;
}

/** The manylinux x86_64 wheel from the tools dir, fetched with pip when absent. */
export function uvWheel(version: string = UV_TEST_VERSION): string {
  const dir = path.join(TOOLS_DIR, 'wheels');
  const found = findWheel(dir, version);
  if (found) return found;
  fs.mkdirSync(dir, { recursive: true });
  const args = [
    '-m',
    'pip',
    'download',
    '--disable-pip-version-check',
    '--quiet',
    `uv==${version}`,
    '--no-deps',
  ];
  args.push('--only-binary=:all:', '--platform', 'manylinux2014_x86_64', '-d', dir);
  execFileSync(process.env.PYTHON ?? 'python3', args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 300_000,
  });
  const got = findWheel(dir, version);
  if (!got) throw new Error(`pip download uv==${version} saved no manylinux x86_64 wheel in ${dir}`);
  return got;
}

/** Builds (once; later calls reuse the files under the tools dir) the upstream-shaped release archive. */
export async function buildUvRelease(version: string = UV_TEST_VERSION): Promise<UvRelease> {
  const root = path.join(TOOLS_DIR, 'uv-release');
  const archive = path.join(root, version, UV_LINUX_X64_ASSET);
  const sumFile = `${archive}.sha256`;
  if (fs.existsSync(archive) && fs.existsSync(sumFile)) {
    const sha256 = fs.readFileSync(sumFile, 'utf8').split(/\s+/)[0] ?? '';
    return { root, version, asset: UV_LINUX_X64_ASSET, archive, sha256 };
  }
  const wheel = uvWheel(version);
  const prefix = `uv-${version}.data/scripts/`;
  const files = unzipSync(fs.readFileSync(wheel), {
    filter: (f) => f.name === `${prefix}uv` || f.name === `${prefix}uvx`,
  });
  // Build in a private folder and rename into place, so parallel test files never see half an archive.
  const work = path.join(root, `.build-${randomBytes(6).toString('hex')}`);
  fs.mkdirSync(path.join(work, ASSET_DIR), { recursive: true });
  try {
    for (const name of ['uv', 'uvx']) {
      const data = files[`${prefix}${name}`];
      if (!data) throw new Error(`${wheel} has no ${prefix}${name}`);
      const file = path.join(work, ASSET_DIR, name);
      fs.writeFileSync(file, data);
      fs.chmodSync(file, 0o755);
    }
    const tmpArchive = path.join(work, UV_LINUX_X64_ASSET);
    // A fixed mtime makes the bytes, and so the digest, the same on every build.
    const mtime = new Date('2025-01-01T00:00:00Z');
    await tar.c({ gzip: true, file: tmpArchive, cwd: work, portable: true, mtime }, [ASSET_DIR]);
    const sha256 = createHash('sha256').update(fs.readFileSync(tmpArchive)).digest('hex');
    fs.writeFileSync(`${tmpArchive}.sha256`, `${sha256}  ${UV_LINUX_X64_ASSET}\n`);
    fs.mkdirSync(path.dirname(archive), { recursive: true });
    fs.renameSync(tmpArchive, archive);
    fs.renameSync(`${tmpArchive}.sha256`, sumFile);
    return { root, version, asset: UV_LINUX_X64_ASSET, archive, sha256 };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The release for a test, or undefined (the caller skips with the reason) where it cannot be had outside CI:
 * the binary runs only on Linux x86_64, and the wheel may need PyPI. In CI a missing release is a failure.
 */
export async function requireUvRelease(): Promise<{ release?: UvRelease; reason?: string }> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    const reason = `the repacked uv release runs only on linux x64, not ${process.platform} ${process.arch}`;
    if (IN_CI) throw new Error(reason);
    return { reason };
  }
  try {
    return { release: await buildUvRelease() };
  } catch (err) {
    if (IN_CI) throw err;
    return {
      reason: `could not build the uv ${UV_TEST_VERSION} release from its wheel: ${(err as Error).message}`,
    };
  }
}
