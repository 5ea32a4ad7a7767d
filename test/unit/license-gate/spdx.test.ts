import { describe, expect, it } from 'vitest';
import {
  canonicalLicenseId,
  combine,
  evaluateExpression,
  familiesOf,
  familyLeaf,
  formatExpression,
  type LicenseCompound,
  leaves,
  parseSpdx,
  SpdxParseError,
  spdxLeaf,
  tryParseSpdx,
} from '../../../src/actions/license-gate/spdx.js';

const fmt = (text: string, strict = false) => formatExpression(parseSpdx(text, { strict }));

describe('SPDX expression parser', () => {
  it('reads single ids in their canonical spelling, with their family', () => {
    const mit = parseSpdx('mit');
    expect(mit).toEqual({ kind: 'license', id: 'MIT', family: 'mit', label: 'MIT' });
    expect(fmt('apache-2.0')).toBe('Apache-2.0');
    expect(fmt('bsd-3-clause')).toBe('BSD-3-Clause');
    expect(canonicalLicenseId('PSF-2.0')).toBe('PSF-2.0');
    expect(canonicalLicenseId('Apache2')).toBeUndefined();
  });

  it('binds AND tighter than OR', () => {
    const e = parseSpdx('MIT OR Apache-2.0 AND BSD-3-Clause');
    expect(e.kind).toBe('or');
    const or = e as LicenseCompound;
    expect(or.terms.map(formatExpression)).toEqual(['MIT', 'Apache-2.0 AND BSD-3-Clause']);
    expect(formatExpression(e)).toBe('MIT OR Apache-2.0 AND BSD-3-Clause');
    const and = parseSpdx('MIT AND Apache-2.0 OR BSD-3-Clause');
    expect(and.kind).toBe('or');
    expect(formatExpression(and)).toBe('MIT AND Apache-2.0 OR BSD-3-Clause');
  });

  it('keeps parentheses where they change the meaning, and drops the rest', () => {
    const e = parseSpdx('MIT AND (Apache-2.0 OR BSD-2-Clause)');
    expect(e.kind).toBe('and');
    expect(formatExpression(e)).toBe('MIT AND (Apache-2.0 OR BSD-2-Clause)');
    expect(fmt('((MIT))')).toBe('MIT');
    expect(fmt('(MIT AND ISC) OR Zlib')).toBe('MIT AND ISC OR Zlib');
    expect(fmt('MIT AND (ISC AND Zlib)')).toBe('MIT AND ISC AND Zlib');
  });

  it('matches operators case-insensitively, as packaging.licenses does', () => {
    expect(fmt('mit and (apache-2.0 or bsd-2-clause)')).toBe('MIT AND (Apache-2.0 OR BSD-2-Clause)');
  });

  it('keeps WITH exceptions in the text and the leaf', () => {
    const e = parseSpdx('GPL-2.0-or-later WITH classpath-exception-2.0 OR MIT');
    const [gpl] = leaves(e);
    expect(gpl).toMatchObject({
      id: 'GPL-2.0-or-later',
      exception: 'Classpath-exception-2.0',
      family: 'gpl',
    });
    expect(formatExpression(e)).toBe('GPL-2.0-or-later WITH Classpath-exception-2.0 OR MIT');
  });

  it('reads + as "or later" and rewrites the deprecated GNU ids to -only / -or-later', () => {
    expect(parseSpdx('Apache-2.0+')).toMatchObject({ id: 'Apache-2.0', plus: true, label: 'Apache-2.0+' });
    expect(fmt('GPL-2.0+')).toBe('GPL-2.0-or-later');
    expect(fmt('LGPL-2.1+')).toBe('LGPL-2.1-or-later');
    expect(fmt('GPL-3.0')).toBe('GPL-3.0-only');
    expect(fmt('AGPL-3.0')).toBe('AGPL-3.0-only');
    expect(fmt('GPL-2.0-with-classpath-exception')).toBe('GPL-2.0-only WITH Classpath-exception-2.0');
  });

  it('accepts LicenseRef and DocumentRef ids', () => {
    expect(parseSpdx('LicenseRef-Proprietary', { strict: true })).toMatchObject({
      id: 'LicenseRef-Proprietary',
      family: 'proprietary',
    });
    expect(fmt('DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2', true)).toBe(
      'DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2',
    );
    expect(
      parseSpdx('licenseref-acme').kind === 'license' && leaves(parseSpdx('licenseref-acme'))[0]!.id,
    ).toBe('LicenseRef-acme');
  });

  it('rejects unlisted ids only when strict', () => {
    expect(fmt('Apache2')).toBe('Apache2');
    expect(familiesOf(parseSpdx('Apache2'))).toEqual(['other']);
    expect(() => parseSpdx('Apache2', { strict: true })).toThrow('unknown licence id "Apache2"');
    expect(() => parseSpdx('MIT WITH No-Such-exception', { strict: true })).toThrow('unknown exception id');
    expect(tryParseSpdx('MIT License', { strict: true })).toBeUndefined();
  });

  it.each([
    ['', 'it is empty'],
    ['MIT OR', 'it ends where a licence was expected'],
    ['AND MIT', '"AND" at 1 where a licence was expected'],
    ['(MIT OR ISC', 'missing ")" for the "(" at 1'],
    ['MIT ISC', 'unexpected "ISC" at 5'],
    ['MIT)', 'unexpected ")" at 4'],
    ['MIT WITH', 'WITH must be followed by an exception id'],
    ['MIT, ISC', 'unexpected ","'],
    ['MIT++', 'is not a licence id'],
  ])('rejects %j: %s', (text, detail) => {
    expect(() => parseSpdx(text)).toThrow(SpdxParseError);
    expect(() => parseSpdx(text)).toThrow(detail);
  });
});

describe('combine', () => {
  it('flattens nested terms of the same kind and drops repeats', () => {
    const e = combine('and', [spdxLeaf('MIT'), parseSpdx('MIT AND ISC'), spdxLeaf('Zlib')])!;
    expect(formatExpression(e)).toBe('MIT AND ISC AND Zlib');
    expect(combine('or', [spdxLeaf('MIT')])).toEqual(spdxLeaf('MIT'));
    expect(combine('or', [])).toBeUndefined();
  });

  it('holds family-only leaves', () => {
    const e = combine('or', [
      familyLeaf('bsd', 'BSD License'),
      familyLeaf('apache', 'Apache Software License'),
    ])!;
    expect(formatExpression(e)).toBe('BSD License OR Apache Software License');
    expect(familiesOf(e)).toEqual(['bsd', 'apache']);
  });
});

describe('evaluateExpression', () => {
  const allow = (ids: string[]) => (leaf: { label: string; id?: string }) => ({
    pass: ids.includes(leaf.id ?? ''),
    reason: `${leaf.label} ${ids.includes(leaf.id ?? '') ? 'ok' : 'no'}`,
  });

  it('passes A OR B when one alternative passes, naming it', () => {
    const r = evaluateExpression(parseSpdx('GPL-3.0-only OR MIT'), allow(['MIT']));
    expect(r).toEqual({ pass: true, reason: 'one alternative suffices: MIT ok' });
  });

  it('fails A OR B when no alternative passes, naming each', () => {
    const r = evaluateExpression(parseSpdx('GPL-3.0-only OR LGPL-3.0-only'), allow(['MIT']));
    expect(r).toEqual({
      pass: false,
      reason: 'no alternative is allowed: GPL-3.0-only no; LGPL-3.0-only no',
    });
  });

  it('passes A AND B only when both pass, naming the part that fails', () => {
    expect(evaluateExpression(parseSpdx('MIT AND ISC'), allow(['MIT', 'ISC'])).pass).toBe(true);
    const r = evaluateExpression(parseSpdx('MIT AND GPL-2.0-only'), allow(['MIT']));
    expect(r).toEqual({ pass: false, reason: 'every part must be allowed: GPL-2.0-only no' });
  });

  it('nests: MIT AND (GPL OR Apache) passes through Apache', () => {
    const r = evaluateExpression(
      parseSpdx('MIT AND (GPL-3.0-only OR Apache-2.0)'),
      allow(['MIT', 'Apache-2.0']),
    );
    expect(r.pass).toBe(true);
    expect(r.reason).toBe('every part is allowed: MIT ok; one alternative suffices: Apache-2.0 ok');
  });
});
