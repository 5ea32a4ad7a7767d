import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aliasKey,
  LICENSE_ALIASES,
  resolveLicenseField,
  resolveLicenseName,
} from '../../../src/actions/license-gate/aliases.js';
import { isFamilyWord } from '../../../src/actions/license-gate/families.js';
import { readMetadata } from '../../../src/actions/license-gate/metadata.js';
import {
  canonicalLicenseId,
  familiesOf,
  formatExpression,
  leaves,
} from '../../../src/actions/license-gate/spdx.js';

const DIST = path.join(import.meta.dirname, '../../fixtures/license-gate/dist-info');

function field(value: string) {
  const r = resolveLicenseField(value);
  return r && { text: formatExpression(r.expression), families: familiesOf(r.expression), how: r.how };
}

describe('License field aliases', () => {
  it.each([
    ['MIT', 'MIT', 'spdx'],
    ['MIT License', 'MIT', 'alias'],
    ['The MIT License (MIT)', 'MIT', 'alias'],
    ['Expat license', 'MIT', 'alias'],
    ['Apache 2.0', 'Apache-2.0', 'alias'],
    ['Apache License, Version 2.0', 'Apache-2.0', 'alias'],
    ['Apache Software License 2.0', 'Apache-2.0', 'alias'],
    ['apache2', 'Apache-2.0', 'alias'],
    ['Apache v2', 'Apache-2.0', 'alias'],
    ['new BSD', 'BSD-3-Clause', 'alias'],
    ['Modified BSD License', 'BSD-3-Clause', 'alias'],
    ['BSD 3-Clause', 'BSD-3-Clause', 'alias'],
    ['3-clause BSD', 'BSD-3-Clause', 'alias'],
    ['BSD (3 clause)', 'BSD-3-Clause', 'alias'],
    ['Simplified BSD', 'BSD-2-Clause', 'alias'],
    ['GPLv3', 'GPL-3.0-only', 'alias'],
    ['GPLv3+', 'GPL-3.0-or-later', 'alias'],
    ['GNU GPL v2 or later', 'GPL-2.0-or-later', 'alias'],
    ['GNU General Public License v3 (GPLv3)', 'GPL-3.0-only', 'alias'],
    ['LGPL-2.1+', 'LGPL-2.1-or-later', 'spdx'],
    ['LGPLv2.1+', 'LGPL-2.1-or-later', 'alias'],
    ['LGPLv3', 'LGPL-3.0-only', 'alias'],
    ['AGPL-3.0', 'AGPL-3.0-only', 'spdx'],
    ['PSF', 'PSF-2.0', 'alias'],
    ['PSFL', 'PSF-2.0', 'alias'],
    ['Python Software Foundation License', 'PSF-2.0', 'alias'],
    ['MPL 2.0', 'MPL-2.0', 'alias'],
    ['Mozilla Public License 2.0 (MPL 2.0)', 'MPL-2.0', 'alias'],
    ['ISC license', 'ISC', 'alias'],
    ['ISC License (ISCL)', 'ISC', 'alias'],
    ['Unlicense', 'Unlicense', 'spdx'],
    ['The Unlicense', 'Unlicense', 'alias'],
    ['CC0 1.0 Universal', 'CC0-1.0', 'alias'],
    ['zlib/libpng', 'Zlib', 'alias'],
    ['MIT OR Apache-2.0', 'MIT OR Apache-2.0', 'spdx'],
    ['MPL-2.0 AND MIT', 'MPL-2.0 AND MIT', 'spdx'],
  ])('%j is %s (%s)', (value, text, how) => {
    expect(field(value)).toMatchObject({ text, how });
  });

  it('gives only the family for names that do not say which licence of it', () => {
    expect(field('BSD')).toEqual({ text: 'BSD', families: ['bsd'], how: 'alias' });
    expect(field('BSD License')).toEqual({ text: 'BSD License', families: ['bsd'], how: 'alias' });
    expect(field('Apache Software License')).toMatchObject({ families: ['apache'] });
    expect(field('GPL')).toMatchObject({ text: 'GPL', families: ['gpl'] });
    expect(field('LGPL')).toMatchObject({ text: 'LGPL', families: ['lgpl'] });
    expect(field('GNU LGPL')).toMatchObject({ families: ['lgpl'] });
    expect(field('Public Domain')).toMatchObject({ families: ['public'] });
    expect(field('Proprietary')).toMatchObject({ families: ['proprietary'] });
    for (const v of ['BSD', 'GPL', 'Apache'])
      expect(leaves(resolveLicenseField(v)!.expression)[0]!.id).toBeUndefined();
  });

  it('reads combinations of names: or, /, and, commas', () => {
    expect(field('BSD 3-Clause OR Apache-2.0')?.text).toBe('BSD-3-Clause OR Apache-2.0');
    expect(field('MIT or Apache 2.0')?.text).toBe('MIT OR Apache-2.0');
    expect(field('MIT/Apache-2.0')?.text).toBe('MIT OR Apache-2.0');
    expect(field('MIT and PSF')?.text).toBe('MIT AND PSF-2.0');
    expect(field('BSD, Public Domain')).toMatchObject({
      text: 'BSD AND Public Domain',
      families: ['bsd', 'public'],
    });
    expect(resolveLicenseName('MIT or Whatever')).toBeUndefined();
  });

  it.each(['', 'UNKNOWN', 'Dual License', 'see LICENSE', 'Other', 'Unlicensed', 'Free'])(
    'does not read %j',
    (v) => {
      expect(resolveLicenseField(v)).toBeUndefined();
    },
  );

  it('maps every name of the table to its own target: listed SPDX ids and family words only', () => {
    for (const [target, names] of Object.entries(LICENSE_ALIASES)) {
      if (target.startsWith('@')) expect(isFamilyWord(target.slice(1)), target).toBe(true);
      else expect(canonicalLicenseId(target), target).toBe(target);
      for (const name of names) {
        const leaf = resolveLicenseName(name);
        expect(leaf?.kind, name).toBe('license');
        if (leaf?.kind !== 'license') continue;
        if (target.startsWith('@'))
          expect([leaf.id, leaf.family], name).toEqual([undefined, target.slice(1)]);
        else expect(leaf.id, name).toBe(target);
      }
    }
  });

  it('normalises spellings to one key', () => {
    expect(aliasKey('Apache License, Version 2.0')).toBe('apache 2');
    expect(aliasKey('apache-2')).toBe('apache 2');
    expect(aliasKey('GPLv3+')).toBe('gpl 3 or later');
    expect(aliasKey('GNU GPL v3 or any later version')).toBe('gnu gpl 3 or later');
    expect(aliasKey('Mozilla Public Licence, v. 2.0')).toBe('mozilla public 2');
  });
});

describe('licence texts in the License field (real METADATA)', () => {
  it('recognises the BSD-3-Clause text kiwisolver 1.5.1 puts in its License field', async () => {
    const md = await readMetadata(path.join(DIST, 'kiwisolver-1.5.1.dist-info'));
    const value = md.get('License')!;
    expect(value.length).toBeGreaterThan(3000);
    // Continuation lines lose setuptools' 8-space indent and keep the text's own.
    expect(value.startsWith('=========================\n The Kiwi licensing terms\n=====')).toBe(true);
    expect(field(value)).toEqual({ text: 'BSD-3-Clause', families: ['bsd'], how: 'text' });
  });

  it("recognises pyzmq 26.4.0's BSD-3-Clause text", async () => {
    const md = await readMetadata(path.join(DIST, 'pyzmq-26.4.0.dist-info'));
    expect(field(md.get('License')!)).toEqual({ text: 'BSD-3-Clause', families: ['bsd'], how: 'text' });
  });

  it('falls back to the first line when a long value holds no known text', () => {
    const value = `Apache License 2.0\n\n${'Some project-specific words. '.repeat(10)}`;
    expect(field(value)).toMatchObject({ text: 'Apache-2.0', how: 'alias' });
    expect(resolveLicenseField(`Custom terms\n${'x '.repeat(100)}`)).toBeUndefined();
  });

  it('reads every one-line License field of the fixture wheels', async () => {
    const seen: Record<string, string | undefined> = {};
    for (const d of fs.readdirSync(DIST).sort()) {
      const value = (await readMetadata(path.join(DIST, d))).get('License');
      if (value && !value.includes('\n')) seen[d.replace(/-[^-]+\.dist-info$/, '')] = field(value)?.text;
    }
    expect(seen).toEqual({
      Unidecode: 'GPL',
      certifi: 'MPL-2.0',
      chardet: 'LGPL',
      defusedxml: 'PSF-2.0',
      greenlet: 'MIT AND Python-2.0',
      nose: 'GNU LGPL',
      pexpect: 'ISC',
      ptyprocess: undefined,
      sniffio: 'MIT OR Apache-2.0',
      tqdm: 'MPL-2.0 AND MIT',
      ultralytics: 'AGPL-3.0-only',
      uritemplate: 'BSD-3-Clause OR Apache-2.0',
    });
  });
});
