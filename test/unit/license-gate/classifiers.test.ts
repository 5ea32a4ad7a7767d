import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifierLicense, classifiersLicense } from '../../../src/actions/license-gate/classifiers.js';
import { canonicalLicenseId, formatExpression } from '../../../src/actions/license-gate/spdx.js';

/** Every "License ::" classifier of trove-classifiers 2026.9.21.13. */
const TROVE = fs
  .readFileSync(
    path.join(import.meta.dirname, '../../fixtures/license-gate/trove-license-classifiers.txt'),
    'utf8',
  )
  .split('\n')
  .filter(Boolean);

describe('Trove licence classifiers', () => {
  it('maps every licence classifier of trove-classifiers, except the two that name no licence', () => {
    expect(TROVE.length).toBe(84);
    const none = TROVE.filter((c) => !classifierLicense(c));
    expect(none).toEqual(['License :: DFSG approved', 'License :: OSI Approved']);
  });

  it('maps to listed SPDX ids only, spelled canonically', () => {
    for (const c of TROVE) {
      const leaf = classifierLicense(c);
      if (leaf?.id) expect(canonicalLicenseId(leaf.id), c).toBe(leaf.id);
    }
  });

  it.each([
    ['License :: OSI Approved :: MIT License', 'MIT', 'mit'],
    ['License :: OSI Approved :: Apache Software License', undefined, 'apache'],
    ['License :: OSI Approved :: BSD License', undefined, 'bsd'],
    ['License :: OSI Approved :: Python Software Foundation License', undefined, 'python'],
    ['License :: OSI Approved :: GNU General Public License (GPL)', undefined, 'gpl'],
    ['License :: OSI Approved :: GNU General Public License v3 (GPLv3)', undefined, 'gpl'],
    ['License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)', 'GPL-2.0-or-later', 'gpl'],
    [
      'License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)',
      'LGPL-2.0-or-later',
      'lgpl',
    ],
    ['License :: OSI Approved :: GNU Library or Lesser General Public License (LGPL)', undefined, 'lgpl'],
    ['License :: OSI Approved :: GNU Affero General Public License v3', undefined, 'agpl'],
    ['License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)', 'MPL-2.0', 'mpl'],
    ['License :: OSI Approved :: ISC License (ISCL)', 'ISC', 'isc'],
    ['License :: OSI Approved :: The Unlicense (Unlicense)', 'Unlicense', 'unlicense'],
    ['License :: OSI Approved :: Python License (CNRI Python License)', 'CNRI-Python', 'python'],
    ['License :: OSI Approved :: Historical Permission Notice and Disclaimer (HPND)', 'HPND', 'other'],
    ['License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication', 'CC0-1.0', 'public'],
    ['License :: Public Domain', undefined, 'public'],
    ['License :: Other/Proprietary License', undefined, 'proprietary'],
    ['License :: Freeware', undefined, 'other'],
  ])('%s → %s (%s)', (classifier, id, family) => {
    const leaf = classifierLicense(classifier);
    expect(leaf?.id).toBe(id);
    expect(leaf?.family).toBe(family);
  });

  it('names an ambiguous classifier by its own words, never an invented id (PEP 639)', () => {
    expect(classifierLicense('License :: OSI Approved :: BSD License')).toEqual({
      kind: 'license',
      family: 'bsd',
      label: 'BSD License',
    });
    expect(classifierLicense('License :: OSI Approved :: GNU General Public License v2 (GPLv2)')?.label).toBe(
      'GPLv2',
    );
  });

  it('reads a licence classifier newer than the table by its parenthesised SPDX id, else as other', () => {
    expect(classifierLicense('License :: OSI Approved :: Some New License (Apache-2.0)')?.id).toBe(
      'Apache-2.0',
    );
    expect(classifierLicense('License :: OSI Approved :: Some New License (SNL)')).toEqual({
      kind: 'license',
      family: 'other',
      label: 'Some New License (SNL)',
    });
  });

  it('ignores classifiers that are not about licences', () => {
    expect(classifierLicense('Programming Language :: Python :: 3')).toBeUndefined();
    expect(classifierLicense('License')).toBeUndefined();
    expect(classifiersLicense(['Programming Language :: Python', 'License :: OSI Approved'])).toBeUndefined();
  });

  it('reads several licence classifiers as alternatives, in the order given', () => {
    const r = classifiersLicense([
      'Development Status :: 5 - Production/Stable',
      'License :: OSI Approved :: BSD License',
      'License :: OSI Approved :: Apache Software License',
      'License :: OSI Approved :: BSD License',
    ])!;
    expect(formatExpression(r.expression)).toBe('BSD License OR Apache Software License');
    expect(r.classifiers).toEqual([
      'License :: OSI Approved :: BSD License',
      'License :: OSI Approved :: Apache Software License',
      'License :: OSI Approved :: BSD License',
    ]);
  });
});
