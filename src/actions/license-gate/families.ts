/**
 * Licence families: licensecheck's policy words (apache, bsd, mit, gpl, ...) as groups of SPDX identifiers.
 * The mapping is documented in docs/license-gate-policy.md; keep both in step.
 */

/** The family words a policy may name; each is a group of SPDX identifiers (see FAMILY_PATTERNS). */
export const FAMILY_WORDS = [
  'public',
  'unlicense',
  'mit',
  'boost',
  'bsd',
  'isc',
  'ncsa',
  'python',
  'upl',
  'apache',
  'eclipse',
  'afl',
  'mpl',
  'eupl',
  'lgpl',
  'gpl',
  'agpl',
  'proprietary',
] as const;

export type FamilyWord = (typeof FAMILY_WORDS)[number];
/** A family word, `other` for a known licence outside every family, or `unknown` for no licence found. */
export type Family = FamilyWord | 'other' | 'unknown';

/**
 * SPDX identifier patterns per family, tried in order. licensecheck matches by substring, which is why it
 * puts WTFPL with the Unlicense and CC0 with the public domain; we keep its grouping but match whole ids,
 * so that `gpl` never catches LGPL or AGPL.
 */
const FAMILY_PATTERNS: readonly [FamilyWord, RegExp][] = [
  ['public', /^(CC0-1\.0|CC-PDDC|LicenseRef-Public-Domain)$/i],
  ['unlicense', /^(Unlicense|WTFPL)$/i],
  ['mit', /^MIT/i],
  ['boost', /^BSL-1\.0$/i],
  ['bsd', /^(0BSD|BSD-.*)$/i],
  ['isc', /^ISC$/i],
  ['ncsa', /^NCSA$/i],
  ['python', /^(PSF-2\.0|Python-.*|CNRI-Python.*)$/i],
  ['upl', /^UPL-1\.0$/i],
  ['apache', /^Apache-/i],
  ['eclipse', /^EPL-/i],
  ['afl', /^AFL-/i],
  ['mpl', /^MPL-/i],
  ['eupl', /^EUPL-/i],
  ['lgpl', /^LGPL-/i],
  ['gpl', /^GPL-/i],
  ['agpl', /^AGPL-/i],
  ['proprietary', /^LicenseRef-Proprietary$/i],
];

/** The family of an SPDX identifier (or LicenseRef-*), `other` when it belongs to none. */
export function familyOfId(id: string): Family {
  for (const [family, re] of FAMILY_PATTERNS) if (re.test(id)) return family;
  return 'other';
}

export function isFamilyWord(word: string): word is FamilyWord {
  return (FAMILY_WORDS as readonly string[]).includes(word);
}
