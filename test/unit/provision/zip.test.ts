import { strToU8, type Zippable, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZipMembers, zipMemberData } from '../../../src/provision/zip.js';

describe('zip reader', () => {
  const text = 'uv '.repeat(1000);
  const files: Zippable = {
    'uv.exe': [strToU8(text), { os: 3, attrs: (0o100755 << 16) >>> 0 }],
    'stored.txt': [strToU8('plain'), { level: 0 }],
    'dir/': new Uint8Array(0),
    link: [strToU8('uv.exe'), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
    'dos.txt': [strToU8('dos'), { os: 0 }],
  };
  const zip = Buffer.from(zipSync(files, { level: 6 }));

  it('lists members with their kinds and Unix modes', () => {
    const m = readZipMembers(zip);
    expect(m.map((x) => [x.path, x.type, x.mode])).toEqual([
      ['uv.exe', 'file', 0o755],
      ['stored.txt', 'file', 0],
      ['dir/', 'directory', 0],
      ['link', 'symlink', 0o777],
      ['dos.txt', 'file', 0],
    ]);
    expect(m.find((x) => x.path === 'link')?.linkTarget).toBe('uv.exe');
    expect(m[0]?.method).toBe(8);
    expect(m[1]?.method).toBe(0);
  });

  it('inflates and checks each member', () => {
    const [uv, stored] = readZipMembers(zip);
    if (!uv || !stored) throw new Error('members missing');
    expect(zipMemberData(zip, uv).toString()).toBe(text);
    expect(zipMemberData(zip, stored).toString()).toBe('plain');
  });

  it('detects damaged data with the CRC-32', () => {
    const members = readZipMembers(zip);
    const stored = members[1];
    if (!stored) throw new Error('member missing');
    const broken = Buffer.from(zip);
    const at = broken.indexOf('plain');
    broken[at] = 'P'.charCodeAt(0);
    expect(() => zipMemberData(broken, stored)).toThrow(/stored\.txt fails its size or CRC-32 check/);
  });

  it('refuses what is not a zip', () => {
    expect(() => readZipMembers(Buffer.from('not a zip at all, just some text'))).toThrow(
      /Not a readable zip archive: no end of central directory record/,
    );
  });
});
