import { newestVersion } from '../checksum.js';
import uvChecksums from '../checksums/uv.json' with { type: 'json' };
import { archiveExt, rustTarget } from '../platform.js';
import type { ChecksumTable, Platform, ToolSpec } from '../types.js';

/**
 * uv's GitHub releases, as astral-sh/setup-uv reads them: `uv-<rust target>.tar.gz` holding a folder of the
 * same name with `uv` and `uvx`; on Windows `uv-<rust target>.zip` with `uv.exe` and `uvx.exe` at its root.
 * The digests in checksums/uv.json are upstream's, taken from setup-uv's known-checksums table.
 */
export const UV_CHECKSUMS: ChecksumTable = uvChecksums;

/** The newest uv version whose digests are committed; the default when no version is asked for. */
export const UV_DEFAULT_VERSION: string = newestVersion(UV_CHECKSUMS);

export function uvAssetBase(platform: Platform): string {
  return `uv-${rustTarget(platform)}`;
}

export const uvSpec: ToolSpec = {
  name: 'uv',
  defaultBaseUrl: 'https://github.com/astral-sh/uv/releases/download',
  asset: (_version, platform) => `${uvAssetBase(platform)}${archiveExt(platform)}`,
  releasePath: (version, platform) => `${version}/${uvAssetBase(platform)}${archiveExt(platform)}`,
  archiveRoot: (_version, platform) => (platform.os === 'win32' ? '' : uvAssetBase(platform)),
  binaries: ['uv', 'uvx'],
  checksums: UV_CHECKSUMS,
  // `uv --version` prints e.g. "uv 0.12.16 (x86_64-unknown-linux-gnu)" or "uv 0.9.5 (d5f39331a 2025-10-21)".
  versionProbe: { args: ['--version'], pattern: /^uv (\d+\.\d+\.\d+\S*)/m },
};
