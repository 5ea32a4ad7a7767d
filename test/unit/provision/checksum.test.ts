import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import {
  ChecksumMismatchError,
  expectedChecksum,
  lookupChecksum,
  newestVersion,
  normalizeChecksum,
  sha256File,
  sortVersions,
  verifyChecksum,
} from '../../../src/provision/checksum.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const TABLE = { '1.0.0': { 'tool-linux.tar.gz': A }, '1.10.0': { 'tool-linux.tar.gz': B } };

describe('checksum table', () => {
  it('finds a known version and asset', () => {
    expect(lookupChecksum(TABLE, '1.0.0', 'tool-linux.tar.gz')).toBe(A);
    expect(expectedChecksum('tool', TABLE, '1.10.0', 'tool-linux.tar.gz')).toEqual({
      sha256: B,
      from: 'table',
    });
  });

  it('knows nothing of other versions, assets, or inherited keys', () => {
    expect(lookupChecksum(TABLE, '9.9.9', 'tool-linux.tar.gz')).toBeUndefined();
    expect(lookupChecksum(TABLE, '1.0.0', 'tool-darwin.tar.gz')).toBeUndefined();
    expect(lookupChecksum(TABLE, 'constructor', 'tool-linux.tar.gz')).toBeUndefined();
    expect(lookupChecksum(TABLE, '1.0.0', 'toString')).toBeUndefined();
  });

  it('fails without a known checksum and says how to pass one', () => {
    expect(() => expectedChecksum('tool', TABLE, '9.9.9', 'tool-linux.tar.gz')).toThrow(
      /No known checksum for tool 9\.9\.9 asset tool-linux\.tar\.gz: version 9\.9\.9 is not in the table \(known: 1\.10\.0, 1\.0\.0\)\. Pass the asset's expected SHA-256 with the 'checksum' input/,
    );
    expect(() => expectedChecksum('tool', TABLE, '1.0.0', 'tool-mac.zip')).toThrow(
      /version 1\.0\.0 is known but not its asset tool-mac\.zip/,
    );
  });

  it("uses the user's checksum instead of the table, normalised", () => {
    expect(
      expectedChecksum('tool', TABLE, '1.0.0', 'tool-linux.tar.gz', `sha256:${B.toUpperCase()}`),
    ).toEqual({
      sha256: B,
      from: 'input',
    });
    expect(expectedChecksum('tool', TABLE, '9.9.9', 'x', `  ${A}\n`)).toEqual({ sha256: A, from: 'input' });
    // An empty input means "not given".
    expect(expectedChecksum('tool', TABLE, '1.0.0', 'tool-linux.tar.gz', '')).toEqual({
      sha256: A,
      from: 'table',
    });
  });

  it('rejects a malformed checksum input, naming the input and what is allowed', () => {
    const err = (() => {
      try {
        normalizeChecksum('abc123');
      } catch (e) {
        return e;
      }
    })() as InputError;
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(
      `Input 'checksum' has an invalid value "abc123": expected a SHA-256 digest: 64 hexadecimal digits.`,
    );
    expect(() => normalizeChecksum(`${A}0`)).toThrow(InputError);
  });

  it('hashes a real file and reports a mismatch with asset, expected and actual digests', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-sum-'));
    try {
      const file = path.join(dir, 'hello.txt');
      fs.writeFileSync(file, 'hello\n');
      const actual = await sha256File(file);
      expect(actual).toBe('5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03');
      expect(() => verifyChecksum('hello.txt', actual, { sha256: actual, from: 'table' })).not.toThrow();
      const mismatch = () => verifyChecksum('hello.txt', actual, { sha256: A, from: 'table' });
      expect(mismatch).toThrow(ChecksumMismatchError);
      expect(mismatch).toThrow(
        `Checksum mismatch for hello.txt: expected SHA-256 ${A} (from the committed checksum table), got ${actual}.`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('orders versions numerically', () => {
    expect(sortVersions(['0.9.5', '0.10.0', '0.9.10', '0.9.9', '1.0.0-rc1', '1.0.0'])).toEqual([
      '1.0.0',
      '1.0.0-rc1',
      '0.10.0',
      '0.9.10',
      '0.9.9',
      '0.9.5',
    ]);
    expect(newestVersion(TABLE)).toBe('1.10.0');
    expect(() => newestVersion({})).toThrow(/empty/);
  });
});
