import { newestVersion } from '../checksum.js';
import gitleaksChecksums from '../checksums/gitleaks.json' with { type: 'json' };
import { archiveExt } from '../platform.js';
import type { ChecksumTable, Platform, ToolSpec } from '../types.js';

/**
 * gitleaks' GitHub releases (goreleaser): `gitleaks_<version>_<os>_<arch>.tar.gz` (`.zip` on Windows) with
 * the `gitleaks` binary at the archive root; os is linux, darwin or windows and arch x64 or arm64 (goreleaser
 * renames amd64 to x64). Each release also has `gitleaks_<version>_checksums.txt`.
 *
 * The digests in checksums/gitleaks.json are upstream's, as published in those checksums files and pinned by
 * public projects (install scripts, Dockerfiles, hermit's gitleaks.hcl). An asset whose digest we could not
 * confirm is left out; for it the `checksum` input is required.
 */
export const GITLEAKS_CHECKSUMS: ChecksumTable = gitleaksChecksums;

/** The version the action installs by default (the `version` input's default in action.yml). */
export const GITLEAKS_DEFAULT_VERSION = '8.30.1';

/** The newest version in the table; a unit test keeps it equal to GITLEAKS_DEFAULT_VERSION. */
export const GITLEAKS_NEWEST_KNOWN: string = newestVersion(GITLEAKS_CHECKSUMS);

const OS_NAME: Record<Platform['os'], string> = { linux: 'linux', darwin: 'darwin', win32: 'windows' };

export function gitleaksAsset(version: string, platform: Platform): string {
  return `gitleaks_${version}_${OS_NAME[platform.os]}_${platform.arch}${archiveExt(platform)}`;
}

export const gitleaksSpec: ToolSpec = {
  name: 'gitleaks',
  defaultBaseUrl: 'https://github.com/gitleaks/gitleaks/releases/download',
  asset: gitleaksAsset,
  releasePath: (version, platform) => `v${version}/${gitleaksAsset(version, platform)}`,
  archiveRoot: () => '',
  binaries: ['gitleaks'],
  checksums: GITLEAKS_CHECKSUMS,
  // `gitleaks version` prints the bare version ("8.30.1"); a build without the version ldflag prints
  // "version is set by build process", which matches nothing and so is never taken for a pinned version.
  versionProbe: { args: ['version'], pattern: /^v?(\d+\.\d+\.\d+\S*)\s*$/m },
};
