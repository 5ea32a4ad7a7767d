import { describe, expect, it } from 'vitest';
import { sortVersions } from '../../../src/provision/checksum.js';
import { UV_CHECKSUMS, UV_DEFAULT_VERSION, uvSpec } from '../../../src/provision/tools/uv.js';
import { UV_TEST_VERSION } from '../../support/uv-release.js';

const ASSETS = [
  'uv-x86_64-unknown-linux-gnu.tar.gz',
  'uv-aarch64-unknown-linux-gnu.tar.gz',
  'uv-x86_64-apple-darwin.tar.gz',
  'uv-aarch64-apple-darwin.tar.gz',
  'uv-x86_64-pc-windows-msvc.zip',
  'uv-aarch64-pc-windows-msvc.zip',
].sort();

describe('uv checksum table', () => {
  it('holds at least 15 versions, each with all six platform assets', () => {
    const versions = Object.keys(UV_CHECKSUMS);
    expect(versions.length).toBeGreaterThanOrEqual(15);
    for (const v of versions) {
      expect(v).toMatch(/^\d+\.\d+\.\d+$/);
      expect(Object.keys(UV_CHECKSUMS[v] ?? {}).sort(), v).toEqual(ASSETS);
      for (const digest of Object.values(UV_CHECKSUMS[v] ?? {})) expect(digest).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('has no digest twice (a copy-paste slip would show here)', () => {
    const all = Object.values(UV_CHECKSUMS).flatMap((a) => Object.values(a));
    expect(new Set(all).size).toBe(all.length);
  });

  it('defaults to the newest version in the table', () => {
    expect(UV_DEFAULT_VERSION).toBe(sortVersions(Object.keys(UV_CHECKSUMS))[0]);
    // The upstream digest of one asset, as published by astral-sh/setup-uv's known checksums.
    expect(UV_CHECKSUMS['0.12.16']?.['uv-x86_64-unknown-linux-gnu.tar.gz']).toBe(
      '8e5c6e5523dffc2dcf615bd995554c84c9feb4e577808a3fb8698a639d3f8d9c',
    );
  });

  it('knows the version the tests provision (.ci/versions.env)', () => {
    expect(Object.keys(UV_CHECKSUMS)).toContain(UV_TEST_VERSION);
  });

  it('reads the version from `uv --version` output', () => {
    const probe = uvSpec.versionProbe;
    expect(probe?.args).toEqual(['--version']);
    expect(probe?.pattern.exec('uv 0.12.16 (x86_64-unknown-linux-gnu)')?.[1]).toBe('0.12.16');
    expect(probe?.pattern.exec('uv 0.9.5 (d5f39331a 2025-10-21)')?.[1]).toBe('0.9.5');
    expect(probe?.pattern.exec('ruff 0.9.5')).toBeNull();
    expect(uvSpec.binaries).toEqual(['uv', 'uvx']);
  });
});
