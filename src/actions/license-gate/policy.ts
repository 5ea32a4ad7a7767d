import { InputError } from '../../core/errors.js';
import { normalizePackageName } from '../../core/python-names.js';
import { resolveLicenseName } from './aliases.js';
import { FAMILY_WORDS, type FamilyWord, isFamilyWord } from './families.js';
import { describeFound, type LicenseResolution } from './metadata.js';
import {
  canonicalLicenseId,
  evaluateExpression,
  isLicenseRef,
  type Judgement,
  type LicenseLeaf,
  spdxLeaf,
} from './spdx.js';

/**
 * The licence policy: licensecheck's words (`--only-licenses`, `--fail-licenses`, `--ignore-packages`,
 * `--fail-packages`) with SPDX semantics. A word names a family (`gpl` is the GPL only: LGPL and AGPL are
 * their own words); an SPDX id names one licence.
 */

export const DEFAULT_ONLY_LICENSES = 'apache bsd isc mit mpl python unlicense';
export const DEFAULT_FAIL_LICENSES = 'gpl';

export type PolicyTerm =
  | { kind: 'family'; family: FamilyWord; input: string }
  | { kind: 'license'; id: string; plus: boolean; input: string }
  | { kind: 'unknown'; input: string };

export interface PackagePattern {
  /** The glob as written (`types-*`). */
  pattern: string;
  /** The text after `#`, if any. */
  reason?: string;
  regex: RegExp;
}

export interface Policy {
  only: PolicyTerm[];
  fail: PolicyTerm[];
  ignorePackages: PackagePattern[];
  failPackages: PackagePattern[];
}

/** Other spellings of family words that licensecheck users write. */
const WORD_ALIASES: Record<string, FamilyWord> = {
  psf: 'python',
  psfl: 'python',
  'public-domain': 'public',
  publicdomain: 'public',
  mozilla: 'mpl',
  epl: 'eclipse',
  eu: 'eupl',
};

const ALLOWED_WORDS = `a licence family (${FAMILY_WORDS.join(', ')}), "unknown", or an SPDX licence id such as MIT or GPL-3.0-or-later`;

function parseTerm(inputName: string, word: string): PolicyTerm {
  const lower = word.toLowerCase();
  if (lower === 'unknown') return { kind: 'unknown', input: word };
  const family = isFamilyWord(lower) ? lower : WORD_ALIASES[lower];
  if (family) return { kind: 'family', family, input: word };
  const plus = word.endsWith('+');
  const bare = plus ? word.slice(0, -1) : word;
  if (canonicalLicenseId(bare) || isLicenseRef(bare)) {
    const leaf = spdxLeaf(bare, plus);
    return { kind: 'license', id: leaf.id!, plus: leaf.plus ?? false, input: word };
  }
  // licensecheck's versioned words (gplv3, lgplv2+) and other names of one licence.
  const named = resolveLicenseName(word);
  if (named?.kind === 'license') {
    if (named.id) return { kind: 'license', id: named.id, plus: named.plus ?? false, input: word };
    if (isFamilyWord(named.family)) return { kind: 'family', family: named.family, input: word };
  }
  throw new InputError(inputName, word, `each entry must be ${ALLOWED_WORDS}`);
}

/** Splits a licence list input (spaces, commas or lines) into terms; throws InputError on a word it does not know. */
export function parsePolicyTerms(inputName: string, value: string): PolicyTerm[] {
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((w) => parseTerm(inputName, w));
}

export { normalizePackageName };

/**
 * Package globs, one or more a line, with an optional reason after `#` for the whole line:
 * `types-* mypy-extensions  # typing only, never shipped`.
 */
export function parsePackagePatterns(inputName: string, value: string): PackagePattern[] {
  const out: PackagePattern[] = [];
  for (const line of value.split(/\r?\n/)) {
    const hash = line.indexOf('#');
    const globs = (hash < 0 ? line : line.slice(0, hash)).split(/[\s,]+/).filter(Boolean);
    const reason = hash < 0 ? undefined : line.slice(hash + 1).trim() || undefined;
    for (const glob of globs) {
      if (!/^[A-Za-z0-9._*?-]+$/.test(glob)) {
        throw new InputError(
          inputName,
          glob,
          'each entry must be a package name or a glob of letters, digits, ".", "_", "-", "*" and "?", optionally followed by "# reason"',
        );
      }
      const body = normalizePackageName(glob)
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('');
      const pattern: PackagePattern = { pattern: glob, regex: new RegExp(`^${body}$`) };
      if (reason) pattern.reason = reason;
      out.push(pattern);
    }
  }
  return out;
}

export interface PolicyInputs {
  onlyLicenses?: string;
  failLicenses?: string;
  ignorePackages?: string;
  failPackages?: string;
}

/** The policy from the action's inputs; absent inputs take the defaults, an empty one means "none". */
export function buildPolicy(inputs: PolicyInputs = {}): Policy {
  return {
    only: parsePolicyTerms('only-licenses', inputs.onlyLicenses ?? DEFAULT_ONLY_LICENSES),
    fail: parsePolicyTerms('fail-licenses', inputs.failLicenses ?? DEFAULT_FAIL_LICENSES),
    ignorePackages: parsePackagePatterns('ignore-packages', inputs.ignorePackages ?? ''),
    failPackages: parsePackagePatterns('fail-packages', inputs.failPackages ?? ''),
  };
}

export function matchPackage(patterns: readonly PackagePattern[], name: string): PackagePattern | undefined {
  const n = normalizePackageName(name);
  return patterns.find((p) => p.regex.test(n));
}

function termMatches(term: PolicyTerm, leaf: LicenseLeaf): boolean {
  if (term.kind === 'family') return leaf.family === term.family;
  if (term.kind === 'license') return leaf.id === term.id && (leaf.plus ?? false) === term.plus;
  return false;
}

/** The verdict on one licence of an expression. */
export function judgeLicense(policy: Policy, leaf: LicenseLeaf): Judgement {
  const failing = policy.fail.find((t) => termMatches(t, leaf));
  if (failing) return { pass: false, reason: `${leaf.label} is in fail-licenses (${failing.input})` };
  if (policy.only.length === 0) return { pass: true, reason: `${leaf.label} is not in fail-licenses` };
  const allowing = policy.only.find((t) => termMatches(t, leaf));
  if (allowing)
    return { pass: true, reason: `${leaf.label} is allowed (${allowing.input} in only-licenses)` };
  return { pass: false, reason: `${leaf.label} (family ${leaf.family}) is not in only-licenses` };
}

/** pass, fail, unknown (no licence found: incompatible unless ignored) or ignored (ignore-packages). */
export type Verdict = 'pass' | 'fail' | 'unknown' | 'ignored';

export interface PackageJudgement {
  verdict: Verdict;
  reason: string;
  /** fail or unknown: what makes the gate fail. */
  incompatible: boolean;
}

const listed = (input: string, p: PackagePattern) =>
  `listed in ${input} (${p.pattern})${p.reason ? `: ${p.reason}` : ''}`;

/** The verdict on a package: fail-packages, then ignore-packages, then its licence against the policy. */
export function judgePackage(policy: Policy, name: string, license: LicenseResolution): PackageJudgement {
  const failed = matchPackage(policy.failPackages, name);
  if (failed) return { verdict: 'fail', reason: listed('fail-packages', failed), incompatible: true };
  const ignored = matchPackage(policy.ignorePackages, name);
  if (ignored) return { verdict: 'ignored', reason: listed('ignore-packages', ignored), incompatible: false };
  if (!license.expression) {
    // A licence string that is there but not readable is reported as found, not as "no licence".
    const what = license.found
      ? describeFound(license.found)
      : 'no licence found in the metadata or the licence files';
    const term = (list: PolicyTerm[]) => list.find((t) => t.kind === 'unknown');
    const f = term(policy.fail);
    if (f)
      return { verdict: 'fail', reason: `${what}, and fail-licenses lists ${f.input}`, incompatible: true };
    const o = term(policy.only);
    if (o)
      return { verdict: 'pass', reason: `${what}, and only-licenses allows ${o.input}`, incompatible: false };
    return { verdict: 'unknown', reason: what, incompatible: true };
  }
  const j = evaluateExpression(license.expression, (leaf) => judgeLicense(policy, leaf));
  return { verdict: j.pass ? 'pass' : 'fail', reason: j.reason, incompatible: !j.pass };
}
