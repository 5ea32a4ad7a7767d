import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentPlatform, exeName, rustTarget, toolCacheArch } from '../../../src/provision/platform.js';
import { assetUrl, baseUrl } from '../../../src/provision/provision.js';
import { cacheVersion, toolCacheDir, toolCacheMarker } from '../../../src/provision/tool-cache.js';
import { uvSpec } from '../../../src/provision/tools/uv.js';

const ROOT = path.join(path.sep, 'opt', 'hostedtoolcache');

// node's (process.platform, process.arch) → what upstream calls the uv release for it.
const CASES = [
  ['linux', 'x64', 'uv-x86_64-unknown-linux-gnu.tar.gz', 'uv-x86_64-unknown-linux-gnu', 'uv'],
  ['linux', 'arm64', 'uv-aarch64-unknown-linux-gnu.tar.gz', 'uv-aarch64-unknown-linux-gnu', 'uv'],
  ['darwin', 'x64', 'uv-x86_64-apple-darwin.tar.gz', 'uv-x86_64-apple-darwin', 'uv'],
  ['darwin', 'arm64', 'uv-aarch64-apple-darwin.tar.gz', 'uv-aarch64-apple-darwin', 'uv'],
  ['win32', 'x64', 'uv-x86_64-pc-windows-msvc.zip', '', 'uv.exe'],
  ['win32', 'arm64', 'uv-aarch64-pc-windows-msvc.zip', '', 'uv.exe'],
] as const;

describe('platform mapping', () => {
  it.each(CASES)('%s %s → %s', (os, arch, asset, root, exe) => {
    const p = currentPlatform(os, arch);
    expect(p).toEqual({ os, arch });
    expect(uvSpec.asset('0.9.5', p)).toBe(asset);
    expect(uvSpec.archiveRoot('0.9.5', p)).toBe(root);
    expect(uvSpec.releasePath('0.9.5', p)).toBe(`0.9.5/${asset}`);
    expect(exeName('uv', p)).toBe(exe);
    expect(exeName('uvx', p)).toBe(exe.replace('uv', 'uvx'));
    expect(rustTarget(p)).toBe(asset.replace(/^uv-/, '').replace(/\.(tar\.gz|zip)$/, ''));
    const dir = toolCacheDir(ROOT, 'uv', '0.9.5', toolCacheArch(p));
    expect(dir).toBe(path.join(ROOT, 'uv', '0.9.5', arch));
    expect(toolCacheMarker(ROOT, 'uv', '0.9.5', toolCacheArch(p))).toBe(
      `${path.join(ROOT, 'uv', '0.9.5', arch)}.complete`,
    );
  });

  it('rejects platforms and architectures that have no release', () => {
    expect(() => currentPlatform('aix', 'x64')).toThrow(
      /Unsupported operating system 'aix': .*linux, darwin, win32/,
    );
    expect(() => currentPlatform('linux', 'ia32')).toThrow(
      /Unsupported CPU architecture 'ia32': .*x64, arm64/,
    );
  });

  it('maps the machine running the tests', () => {
    const p = currentPlatform();
    expect(p.os).toBe(process.platform);
    expect(p.arch).toBe(process.arch);
  });

  it('spells versions in the tool cache as @actions/tool-cache does', () => {
    expect(cacheVersion('v0.9.5')).toBe('0.9.5');
    expect(cacheVersion(' 0.9.5 ')).toBe('0.9.5');
    expect(toolCacheDir(ROOT, 'uv', 'v1.2.3', 'arm64')).toBe(path.join(ROOT, 'uv', '1.2.3', 'arm64'));
  });

  it('builds the asset URL below upstream or below a mirror, same layout', () => {
    const p = currentPlatform('linux', 'x64');
    expect(assetUrl(uvSpec, '0.9.5', p)).toBe(
      'https://github.com/astral-sh/uv/releases/download/0.9.5/uv-x86_64-unknown-linux-gnu.tar.gz',
    );
    expect(assetUrl(uvSpec, '0.9.5', p, 'https://mirror.example/uv/')).toBe(
      'https://mirror.example/uv/0.9.5/uv-x86_64-unknown-linux-gnu.tar.gz',
    );
    expect(() => baseUrl(uvSpec, 'ftp://mirror.example')).toThrow(
      /Input 'mirror' has an invalid value "ftp:\/\/mirror.example"/,
    );
    expect(() => baseUrl(uvSpec, 'not a url')).toThrow(/http:\/\/ or https:\/\/ URL/);
  });
});
