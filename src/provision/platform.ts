import type { ArchName, OsName, Platform } from './types.js';

const OSES: readonly OsName[] = ['linux', 'darwin', 'win32'];
const ARCHES: readonly ArchName[] = ['x64', 'arm64'];

/** Maps node's process.platform / process.arch to a supported platform, or says which are supported. */
export function currentPlatform(platform: string = process.platform, arch: string = process.arch): Platform {
  if (!(OSES as readonly string[]).includes(platform)) {
    throw new Error(
      `Unsupported operating system '${platform}': tools are provisioned for ${OSES.join(', ')}`,
    );
  }
  if (!(ARCHES as readonly string[]).includes(arch)) {
    throw new Error(`Unsupported CPU architecture '${arch}': tools are provisioned for ${ARCHES.join(', ')}`);
  }
  return { os: platform as OsName, arch: arch as ArchName };
}

/** The file name of an executable: `.exe` is added on Windows. */
export function exeName(name: string, platform: Platform): string {
  return platform.os === 'win32' ? `${name}.exe` : name;
}

/** The Rust target triple that Rust projects (uv, ruff, ...) name their release assets after. */
export function rustTarget(platform: Platform): string {
  const cpu = platform.arch === 'x64' ? 'x86_64' : 'aarch64';
  switch (platform.os) {
    case 'linux':
      return `${cpu}-unknown-linux-gnu`;
    case 'darwin':
      return `${cpu}-apple-darwin`;
    case 'win32':
      return `${cpu}-pc-windows-msvc`;
  }
}

/** The usual archive kind of a platform's release assets. */
export function archiveExt(platform: Platform): '.zip' | '.tar.gz' {
  return platform.os === 'win32' ? '.zip' : '.tar.gz';
}

/** The arch folder name in the tool cache; @actions/tool-cache uses node's os.arch() names. */
export function toolCacheArch(platform: Platform): string {
  return platform.arch;
}
