import { describe, expect, it } from 'vitest';
import type { LicenseResolution } from '../../../src/actions/license-gate/metadata.js';
import {
  buildPolicy,
  DEFAULT_ONLY_LICENSES,
  judgePackage,
  matchPackage,
  normalizePackageName,
  parsePackagePatterns,
  parsePolicyTerms,
} from '../../../src/actions/license-gate/policy.js';
import {
  familiesOf,
  familyLeaf,
  formatExpression,
  type LicenseExpression,
  parseSpdx,
} from '../../../src/actions/license-gate/spdx.js';
import { InputError } from '../../../src/core/errors.js';

function license(expr: LicenseExpression | string | undefined): LicenseResolution {
  const expression = typeof expr === 'string' ? parseSpdx(expr) : expr;
  if (!expression) return { text: 'unknown', families: ['unknown'], evidence: [] };
  return {
    source: 'expression',
    expression,
    text: formatExpression(expression),
    families: familiesOf(expression),
    evidence: [],
  };
}

describe('policy words', () => {
  it("reads licensecheck's default words as families", () => {
    expect(
      parsePolicyTerms('only-licenses', DEFAULT_ONLY_LICENSES).map((t) => t.kind === 'family' && t.family),
    ).toEqual(['apache', 'bsd', 'isc', 'mit', 'mpl', 'python', 'unlicense']);
  });

  it('takes SPDX ids (canonicalised), aliases of one licence, and spellings of family words', () => {
    expect(
      parsePolicyTerms('only-licenses', 'mit, Apache-2.0\nGPL-2.0+ gplv3 psf public-domain unknown'),
    ).toEqual([
      { kind: 'family', family: 'mit', input: 'mit' },
      { kind: 'license', id: 'Apache-2.0', plus: false, input: 'Apache-2.0' },
      { kind: 'license', id: 'GPL-2.0-or-later', plus: false, input: 'GPL-2.0+' },
      { kind: 'license', id: 'GPL-3.0-only', plus: false, input: 'gplv3' },
      { kind: 'family', family: 'python', input: 'psf' },
      { kind: 'family', family: 'public', input: 'public-domain' },
      { kind: 'unknown', input: 'unknown' },
    ]);
    expect(parsePolicyTerms('fail-licenses', '')).toEqual([]);
    expect(parsePolicyTerms('fail-licenses', 'lgplv2+ agplv3 Apache-2.0+ LicenseRef-Acme')).toEqual([
      { kind: 'license', id: 'LGPL-2.0-or-later', plus: false, input: 'lgplv2+' },
      { kind: 'license', id: 'AGPL-3.0-only', plus: false, input: 'agplv3' },
      { kind: 'license', id: 'Apache-2.0', plus: true, input: 'Apache-2.0+' },
      { kind: 'license', id: 'LicenseRef-Acme', plus: false, input: 'LicenseRef-Acme' },
    ]);
  });

  it('rejects an unknown word naming the input, the word and what is allowed', () => {
    const err = (() => {
      try {
        parsePolicyTerms('fail-licenses', 'gpl copyleft');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(
      /^Input 'fail-licenses' has an invalid value "copyleft": each entry must be a licence family \(public, .*, gpl, agpl, proprietary\), "unknown", or an SPDX licence id/,
    );
  });
});

describe('package patterns', () => {
  it('reads globs, several a line, with the reason after #', () => {
    const p = parsePackagePatterns(
      'ignore-packages',
      'types-* mypy_extensions # typing only\nfoo?bar\n\n# just a comment',
    );
    expect(p.map((x) => [x.pattern, x.reason])).toEqual([
      ['types-*', 'typing only'],
      ['mypy_extensions', 'typing only'],
      ['foo?bar', undefined],
    ]);
    expect(matchPackage(p, 'types-requests')?.pattern).toBe('types-*');
    expect(matchPackage(p, 'Mypy.Extensions')?.pattern).toBe('mypy_extensions');
    expect(matchPackage(p, 'foo-bar')?.pattern).toBe('foo?bar');
    expect(matchPackage(p, 'requests')).toBeUndefined();
    expect(matchPackage(p, 'xtypes-requests')).toBeUndefined();
  });

  it('rejects an entry that is not a name or glob', () => {
    expect(() => parsePackagePatterns('fail-packages', 'ok\nbad/name')).toThrow(
      `Input 'fail-packages' has an invalid value "bad/name"`,
    );
  });

  it('normalises names as PEP 503 does', () => {
    expect(normalizePackageName('Zope.Interface__x')).toBe('zope-interface-x');
  });
});

describe('verdicts with the default policy (only apache bsd isc mit mpl python unlicense, fail gpl)', () => {
  const policy = buildPolicy();

  it('passes an OR when one alternative passes, even next to a GPL one', () => {
    expect(judgePackage(policy, 'x', license('GPL-3.0-only OR MIT'))).toEqual({
      verdict: 'pass',
      reason: 'one alternative suffices: MIT is allowed (mit in only-licenses)',
      incompatible: false,
    });
  });

  it('fails an AND when one part fails', () => {
    expect(judgePackage(policy, 'x', license('MIT AND GPL-2.0-or-later'))).toEqual({
      verdict: 'fail',
      reason: 'every part must be allowed: GPL-2.0-or-later is in fail-licenses (gpl)',
      incompatible: true,
    });
    expect(judgePackage(policy, 'x', license('Apache-2.0 AND CNRI-Python')).verdict).toBe('pass');
  });

  it('keeps LGPL and AGPL out of gpl: LGPL fails only for want of lgpl in only-licenses', () => {
    const lgpl = license(familyLeaf('lgpl', 'LGPL'));
    expect(judgePackage(policy, 'chardet', lgpl)).toEqual({
      verdict: 'fail',
      reason: 'LGPL (family lgpl) is not in only-licenses',
      incompatible: true,
    });
    expect(
      judgePackage(buildPolicy({ onlyLicenses: `${DEFAULT_ONLY_LICENSES} lgpl` }), 'chardet', lgpl).verdict,
    ).toBe('pass');
    expect(judgePackage(buildPolicy({ onlyLicenses: '' }), 'x', license('AGPL-3.0-only')).verdict).toBe(
      'pass',
    );
    expect(judgePackage(buildPolicy({ onlyLicenses: '' }), 'x', license('GPL-3.0-only')).verdict).toBe(
      'fail',
    );
  });

  it('keeps WITH exceptions: the base licence decides', () => {
    const r = judgePackage(policy, 'x', license('GPL-2.0-only WITH Classpath-exception-2.0'));
    expect(r.reason).toBe('GPL-2.0-only WITH Classpath-exception-2.0 is in fail-licenses (gpl)');
  });

  it('matches SPDX ids exactly: -only is not -or-later, and a family-only licence matches no id', () => {
    const p = buildPolicy({ onlyLicenses: 'GPL-3.0-only BSD-3-Clause', failLicenses: '' });
    expect(judgePackage(p, 'x', license('GPL-3.0-only')).verdict).toBe('pass');
    expect(judgePackage(p, 'x', license('GPL-3.0-or-later')).verdict).toBe('fail');
    expect(judgePackage(p, 'x', license(familyLeaf('bsd', 'BSD License'))).reason).toBe(
      'BSD License (family bsd) is not in only-licenses',
    );
  });

  it('counts an unknown licence as incompatible, unless a policy word says otherwise', () => {
    expect(judgePackage(policy, 'x', license(undefined))).toEqual({
      verdict: 'unknown',
      reason: 'no licence found in the metadata or the licence files',
      incompatible: true,
    });
    expect(judgePackage(buildPolicy({ onlyLicenses: 'mit unknown' }), 'x', license(undefined)).verdict).toBe(
      'pass',
    );
  });

  it('names a licence string it cannot read, and still judges it as unknown', () => {
    const found: LicenseResolution = {
      text: 'BSD-MIT',
      families: ['unknown'],
      evidence: [],
      found: { field: 'License', value: 'BSD-MIT', why: 'not an SPDX expression' },
    };
    expect(judgePackage(policy, 'pyln-client', found)).toEqual({
      verdict: 'unknown',
      reason: '`BSD-MIT`: not an SPDX expression; unknown',
      incompatible: true,
    });
    expect(judgePackage(buildPolicy({ failLicenses: 'gpl unknown' }), 'pyln-client', found)).toEqual({
      verdict: 'fail',
      reason: '`BSD-MIT`: not an SPDX expression; unknown, and fail-licenses lists unknown',
      incompatible: true,
    });
    // Not accepted as BSD or MIT on the strength of the words in it.
    expect(judgePackage(buildPolicy({ onlyLicenses: 'bsd mit' }), 'pyln-client', found).verdict).toBe(
      'unknown',
    );
  });

  it('applies fail-packages before ignore-packages, with the reason given', () => {
    const p = buildPolicy({
      ignorePackages: 'optional-* # vendored, cleared by legal',
      failPackages: 'optional-bad',
    });
    expect(judgePackage(p, 'Optional_Django', license(undefined))).toEqual({
      verdict: 'ignored',
      reason: 'listed in ignore-packages (optional-*): vendored, cleared by legal',
      incompatible: false,
    });
    expect(judgePackage(p, 'optional-bad', license('MIT'))).toEqual({
      verdict: 'fail',
      reason: 'listed in fail-packages (optional-bad)',
      incompatible: true,
    });
  });

  it('with no only-list, passes whatever fail-licenses does not name', () => {
    const p = buildPolicy({ onlyLicenses: '', failLicenses: 'gpl agpl' });
    expect(judgePackage(p, 'x', license('LicenseRef-Proprietary')).reason).toBe(
      'LicenseRef-Proprietary is not in fail-licenses',
    );
    expect(judgePackage(p, 'x', license('AGPL-3.0-or-later')).verdict).toBe('fail');
  });
});
