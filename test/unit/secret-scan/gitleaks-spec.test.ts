import { describe, expect, it } from 'vitest';
import { sortVersions } from '../../../src/provision/checksum.js';
import { assetUrl } from '../../../src/provision/provision.js';
import {
  GITLEAKS_CHECKSUMS,
  GITLEAKS_DEFAULT_VERSION,
  GITLEAKS_NEWEST_KNOWN,
  gitleaksAsset,
  gitleaksSpec,
} from '../../../src/provision/tools/gitleaks.js';

describe('gitleaks release assets', () => {
  it('names assets as goreleaser does for gitleaks (x64, windows zip)', () => {
    expect(gitleaksAsset('8.30.1', { os: 'linux', arch: 'x64' })).toBe('gitleaks_8.30.1_linux_x64.tar.gz');
    expect(gitleaksAsset('8.30.1', { os: 'darwin', arch: 'arm64' })).toBe(
      'gitleaks_8.30.1_darwin_arm64.tar.gz',
    );
    expect(gitleaksAsset('8.30.1', { os: 'win32', arch: 'x64' })).toBe('gitleaks_8.30.1_windows_x64.zip');
    expect(assetUrl(gitleaksSpec, '8.30.1', { os: 'linux', arch: 'x64' })).toBe(
      'https://github.com/gitleaks/gitleaks/releases/download/v8.30.1/gitleaks_8.30.1_linux_x64.tar.gz',
    );
    expect(
      assetUrl(gitleaksSpec, '8.30.1', { os: 'linux', arch: 'arm64' }, 'https://mirror.example/gl/'),
    ).toBe('https://mirror.example/gl/v8.30.1/gitleaks_8.30.1_linux_arm64.tar.gz');
    expect(gitleaksSpec.archiveRoot('8.30.1', { os: 'linux', arch: 'x64' })).toBe('');
    expect(gitleaksSpec.binaries).toEqual(['gitleaks']);
  });

  it('reads the version from `gitleaks version`, never from an unversioned build', () => {
    const probe = gitleaksSpec.versionProbe;
    expect(probe?.args).toEqual(['version']);
    expect(probe?.pattern.exec('8.30.1\n')?.[1]).toBe('8.30.1');
    expect(probe?.pattern.exec('v8.24.0\n')?.[1]).toBe('8.24.0');
    expect(probe?.pattern.exec('version is set by build process\n')).toBeNull();
  });
});

describe('gitleaks checksum table', () => {
  it('holds upstream digests: well-formed, each for its own version, none twice', () => {
    const versions = Object.keys(GITLEAKS_CHECKSUMS);
    expect(versions.length).toBeGreaterThanOrEqual(3);
    const all: string[] = [];
    for (const v of versions) {
      for (const [asset, digest] of Object.entries(GITLEAKS_CHECKSUMS[v] ?? {})) {
        expect(asset).toMatch(
          new RegExp(
            `^gitleaks_${v.replace(/\./g, '\\.')}_(linux|darwin)_(x64|arm64)\\.tar\\.gz$|^gitleaks_${v.replace(/\./g, '\\.')}_windows_(x64|arm64)\\.zip$`,
          ),
        );
        expect(digest).toMatch(/^[0-9a-f]{64}$/);
        all.push(digest);
      }
    }
    expect(new Set(all).size).toBe(all.length);
    // gitleaks_8.30.1_checksums.txt, as pinned by many public install scripts.
    expect(GITLEAKS_CHECKSUMS['8.30.1']?.['gitleaks_8.30.1_linux_x64.tar.gz']).toBe(
      '551f6fc83ea457d62a0d98237cbad105af8d557003051f41f3e7ca7b3f2470eb',
    );
  });

  it('defaults to the newest version it knows, with every platform we provision for', () => {
    expect(GITLEAKS_DEFAULT_VERSION).toBe(GITLEAKS_NEWEST_KNOWN);
    expect(GITLEAKS_NEWEST_KNOWN).toBe(sortVersions(Object.keys(GITLEAKS_CHECKSUMS))[0]);
    expect(Object.keys(GITLEAKS_CHECKSUMS[GITLEAKS_DEFAULT_VERSION] ?? {})).toHaveLength(6);
  });
});
