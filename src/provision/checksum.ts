import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { InputError } from '../core/errors.js';
import { compareVersions } from '../core/versions.js';
import type { ChecksumTable } from './types.js';

const HEX64 = /^[0-9a-f]{64}$/;

export interface ExpectedChecksum {
  sha256: string;
  /** Where the digest came from: the user's `checksum` input or the table committed in this repository. */
  from: 'input' | 'table';
}

/** Accepts a 64-digit hex SHA-256, optionally prefixed `sha256:`, in any case; returns it lower-case. */
export function normalizeChecksum(value: string, input = 'checksum'): string {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/^sha256:/, '');
  if (!HEX64.test(v)) throw new InputError(input, value, 'expected a SHA-256 digest: 64 hexadecimal digits');
  return v;
}

/** The committed digest of one asset, or undefined when the table does not know the version or asset. */
export function lookupChecksum(table: ChecksumTable, version: string, asset: string): string | undefined {
  const assets = Object.hasOwn(table, version) ? table[version] : undefined;
  return assets && Object.hasOwn(assets, asset) ? assets[asset] : undefined;
}

/**
 * The digest an asset must have. The user's checksum wins over the table (it is how a version newer than
 * this release, or a privately rebuilt asset, is allowed); without either, provisioning fails.
 */
export function expectedChecksum(
  tool: string,
  table: ChecksumTable,
  version: string,
  asset: string,
  userChecksum?: string,
): ExpectedChecksum {
  if (userChecksum !== undefined && userChecksum.trim() !== '') {
    return { sha256: normalizeChecksum(userChecksum), from: 'input' };
  }
  const known = lookupChecksum(table, version, asset);
  if (known) return { sha256: known, from: 'table' };
  const versions = Object.keys(table);
  const why = Object.hasOwn(table, version)
    ? `version ${version} is known but not its asset ${asset}`
    : `version ${version} is not in the table (known: ${sortVersions(versions).slice(0, 5).join(', ')}${versions.length > 5 ? ', ...' : ''})`;
  throw new Error(
    `No known checksum for ${tool} ${version} asset ${asset}: ${why}. ` +
      `Pass the asset's expected SHA-256 with the 'checksum' input (64 hex digits, as in the release's .sha256 file), or choose a known version.`,
  );
}

export class ChecksumMismatchError extends Error {
  constructor(
    readonly asset: string,
    readonly expected: string,
    readonly actual: string,
    from: ExpectedChecksum['from'],
  ) {
    super(
      `Checksum mismatch for ${asset}: expected SHA-256 ${expected} (${from === 'input' ? "from the 'checksum' input" : 'from the committed checksum table'}), got ${actual}. The download was discarded.`,
    );
    this.name = 'ChecksumMismatchError';
  }
}

export function verifyChecksum(asset: string, actual: string, expected: ExpectedChecksum): void {
  if (actual.toLowerCase() !== expected.sha256) {
    throw new ChecksumMismatchError(asset, expected.sha256, actual.toLowerCase(), expected.from);
  }
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Newest first. */
export function sortVersions(versions: readonly string[]): string[] {
  return [...versions].sort((a, b) => compareVersions(b, a));
}

export function newestVersion(table: ChecksumTable): string {
  const v = sortVersions(Object.keys(table))[0];
  if (!v) throw new Error('The checksum table is empty');
  return v;
}
