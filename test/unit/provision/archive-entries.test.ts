import { describe, expect, it } from 'vitest';
import {
  type ArchiveEntry,
  checkEntries,
  UnsafeArchiveError,
  unsafeReason,
} from '../../../src/provision/archive-entries.js';

const file = (p: string): ArchiveEntry => ({ path: p, type: 'file' });
const link = (p: string, target: string, type: 'symlink' | 'hardlink' = 'symlink'): ArchiveEntry => ({
  path: p,
  type,
  linkTarget: target,
});

describe('archive member checks', () => {
  it.each([
    ['../evil', /'\.\.' path segment/],
    ['a/../../evil', /'\.\.' path segment/],
    ['..\\evil', /'\.\.' path segment/],
    ['a\\..\\..\\evil', /'\.\.' path segment/],
    ['/etc/passwd', /absolute path/],
    ['\\Windows\\evil', /absolute path/],
    ['C:\\evil', /drive letter/],
    ['c:evil', /drive letter/],
    ['', /empty/],
  ])('refuses the member %j', (p, reason) => {
    expect(unsafeReason(file(p))).toMatch(reason);
  });

  it.each(['uv', 'uv-x86_64-unknown-linux-gnu/uv', './bin/tool', 'a/..b/c..', 'dir/'])('accepts %j', (p) => {
    expect(unsafeReason(file(p))).toBeUndefined();
  });

  it('refuses links out of the tree and accepts links within it', () => {
    expect(unsafeReason(link('link', '../../outside'))).toMatch(
      /symlink whose target "\.\.\/\.\.\/outside" escapes/,
    );
    expect(unsafeReason(link('a/b/link', '../../../x'))).toMatch(/escapes/);
    expect(unsafeReason(link('link', '/etc/passwd'))).toMatch(/symlink to the absolute path/);
    expect(unsafeReason(link('link', 'C:\\x'))).toMatch(/absolute path/);
    expect(unsafeReason(link('link', ''))).toMatch(/without a target/);
    expect(unsafeReason(link('a/b/link', '../../x'))).toBeUndefined();
    expect(unsafeReason(link('bin/uvx', 'uv'))).toBeUndefined();
    // Hard link targets are archive paths, relative to the root, not to the link's folder.
    expect(unsafeReason(link('a/b/h', 'a/b/f', 'hardlink'))).toBeUndefined();
    expect(unsafeReason(link('a/b/h', '../f', 'hardlink'))).toMatch(
      /hardlink whose target "\.\.\/f" escapes/,
    );
  });

  it('refuses devices, FIFOs and unknown kinds', () => {
    expect(unsafeReason({ path: 'null', type: 'device' })).toMatch(/device/);
    expect(unsafeReason({ path: 'p', type: 'fifo' })).toMatch(/FIFO/);
    expect(unsafeReason({ path: 's', type: 'other' })).toMatch(/unsupported kind/);
  });

  it('refuses a member written through an earlier symlink, and duplicates', () => {
    const chain = [link('x/l1', '..'), link('x/l1/l2', '..')];
    expect(() => checkEntries('a.tar.gz', chain)).toThrow(/entry "x\/l1\/l2" lies below the symlink "x\/l1"/);
    expect(() => checkEntries('a.tar.gz', [file('bin/uv'), file('./bin/uv')])).toThrow(/appears twice/);
  });

  it('names the archive and the first bad member, and says nothing was extracted', () => {
    try {
      checkEntries('uv.tar.gz', [file('ok'), file('../bad'), file('/worse')]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnsafeArchiveError);
      const err = e as UnsafeArchiveError;
      expect(err.entry).toBe('../bad');
      expect(err.message).toBe(
        `Refusing to extract uv.tar.gz: entry "../bad" has a '..' path segment; nothing was extracted.`,
      );
    }
  });
});
