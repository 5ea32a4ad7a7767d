import type { Family } from './families.js';
import { recognizeLicenseText } from './license-text.js';
import {
  combine,
  familyLeaf,
  type LicenseExpression,
  type LicenseLeaf,
  spdxLeaf,
  tryParseSpdx,
} from './spdx.js';

/**
 * What people write in the core metadata `License` field: SPDX expressions, the names licences go by
 * ("MIT License", "Apache 2.0", "new BSD", "GPLv3+", "PSF"), and whole licence texts pasted in. A name that
 * does not say which licence of a family is meant ("BSD", "GPL") gives the family only, never a guessed id.
 */

/** Target (an SPDX id, or `@family` for a family-only name) → the names that mean it. */
export const LICENSE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  MIT: ['MIT License', 'Expat', 'Expat License', 'MIT/Expat', 'MIT/X11', 'X11/MIT'],
  'MIT-0': ['MIT No Attribution'],
  '@bsd': ['BSD', 'BSD License', 'BSD-like', 'BSD-style', 'BSD style license'],
  'BSD-3-Clause': [
    'New BSD',
    'New BSD License',
    'Modified BSD',
    'Modified BSD License',
    'Revised BSD',
    'Revised BSD License',
    'BSD 3-Clause',
    '3-Clause BSD',
    'BSD-3',
    'BSD3',
    'BSD 3 clause',
    'Three-clause BSD',
  ],
  'BSD-2-Clause': [
    'Simplified BSD',
    'Simplified BSD License',
    'FreeBSD',
    'FreeBSD License',
    'BSD 2-Clause',
    '2-Clause BSD',
    'BSD-2',
    'BSD2',
    'Two-clause BSD',
  ],
  'BSD-4-Clause': ['BSD 4-Clause', '4-Clause BSD', 'Original BSD'],
  '0BSD': ['Zero-Clause BSD', 'BSD Zero Clause', 'BSD-0'],
  '@apache': ['Apache', 'Apache License', 'Apache Software License', 'ASL'],
  'Apache-2.0': [
    'Apache 2',
    'Apache 2.0',
    'Apache-2',
    'Apache2',
    'Apache v2',
    'Apache License 2.0',
    'Apache License, Version 2.0',
    'Apache Software License 2.0',
    'Apache Software License, Version 2.0',
    'ASL 2.0',
    'ASL2',
  ],
  'Apache-1.1': ['Apache 1.1', 'Apache License 1.1'],
  ISC: ['ISC License', 'ISCL', 'ISC license (ISCL)'],
  '@mpl': ['MPL', 'Mozilla Public License'],
  'MPL-2.0': [
    'MPL 2.0',
    'MPL-2',
    'MPLv2',
    'MPL2',
    'Mozilla Public License 2.0',
    'Mozilla Public License, v. 2.0',
  ],
  'MPL-1.1': ['MPL 1.1', 'Mozilla Public License 1.1'],
  'PSF-2.0': [
    'PSF',
    'PSFL',
    'PSF License',
    'PSF 2.0',
    'Python Software Foundation',
    'Python Software Foundation License',
    'Python Software Foundation License 2.0',
  ],
  '@python': ['Python', 'Python License', 'Python-style'],
  Unlicense: ['The Unlicense'],
  '@public': ['Public Domain', 'Public-Domain', 'Public Domain Dedication'],
  'CC0-1.0': ['CC0', 'CC0 1.0', 'CC0 1.0 Universal', 'Creative Commons Zero'],
  Zlib: ['zlib/libpng', 'zlib/libpng License'],
  'BSL-1.0': ['Boost', 'Boost Software License', 'Boost Software License 1.0'],
  HPND: ['Historical Permission Notice and Disclaimer'],
  '@eclipse': ['EPL', 'Eclipse', 'Eclipse Public License'],
  'EPL-1.0': ['EPL 1.0', 'Eclipse Public License 1.0'],
  'EPL-2.0': ['EPL 2.0', 'Eclipse Public License 2.0'],
  '@eupl': ['EUPL', 'European Union Public Licence'],
  'EUPL-1.2': ['EUPL 1.2', 'European Union Public Licence 1.2'],
  '@proprietary': [
    'Proprietary',
    'Proprietary License',
    'Other/Proprietary',
    'Other/Proprietary License',
    'Commercial',
    'Commercial License',
    'All Rights Reserved',
  ],
  '@gpl': ['GPL', 'GNU GPL', 'GPL License', 'GNU General Public License'],
  'GPL-2.0-only': ['GPLv2', 'GPL 2', 'GNU GPL 2', 'GNU GPLv2', 'GNU General Public License v2'],
  'GPL-2.0-or-later': ['GPLv2+', 'GNU GPLv2+', 'GNU General Public License v2 or later'],
  'GPL-3.0-only': ['GPLv3', 'GPL 3', 'GNU GPL 3', 'GNU GPLv3', 'GNU General Public License v3'],
  'GPL-3.0-or-later': ['GPLv3+', 'GNU GPLv3+', 'GNU General Public License v3 or later'],
  '@lgpl': [
    'LGPL',
    'GNU LGPL',
    'LGPL License',
    'GNU Lesser General Public License',
    'GNU Library or Lesser General Public License',
    'GNU Library General Public License',
  ],
  'LGPL-2.0-only': ['LGPLv2', 'LGPL 2', 'GNU LGPLv2', 'GNU Library General Public License v2'],
  'LGPL-2.0-or-later': ['LGPLv2+', 'GNU LGPLv2+', 'GNU Library General Public License v2 or later'],
  'LGPL-2.1-only': ['LGPLv2.1', 'LGPL 2.1', 'GNU LGPLv2.1', 'GNU Lesser General Public License v2.1'],
  'LGPL-2.1-or-later': ['LGPLv2.1+', 'GNU LGPLv2.1+', 'GNU Lesser General Public License v2.1 or later'],
  'LGPL-3.0-only': ['LGPLv3', 'LGPL 3', 'GNU LGPLv3', 'GNU Lesser General Public License v3'],
  'LGPL-3.0-or-later': ['LGPLv3+', 'GNU LGPLv3+', 'GNU Lesser General Public License v3 or later'],
  '@agpl': ['AGPL', 'GNU AGPL', 'GNU Affero General Public License'],
  'AGPL-3.0-only': ['AGPLv3', 'AGPL 3', 'GNU AGPLv3', 'GNU Affero General Public License v3'],
  'AGPL-3.0-or-later': ['AGPLv3+', 'GNU AGPLv3+', 'GNU Affero General Public License v3 or later'],
};

/**
 * The form names are compared in: lower case, "licence" as "license", without the words that vary between
 * spellings of one name (the, license, software, version, v), `+` as "or later", "2.0" as "2".
 */
export function aliasKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/licen[cs]e/g, 'license')
    .replace(/\+/g, ' or later ')
    .replace(/([a-z])v?(\d)/g, '$1 $2')
    .replace(/[^a-z0-9.]+|\.(?!\d)|(?<!\d)\./g, ' ')
    .replace(/\b(the|license|software|version|v)\b/g, ' ')
    .replace(/\bor (any )?(later|newer)\b/g, 'or later')
    .replace(/(\d)\.0\b/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const TABLE = new Map<string, string>();
for (const [target, names] of Object.entries(LICENSE_ALIASES)) {
  for (const n of target.startsWith('@') ? names : [target, ...names]) TABLE.set(aliasKey(n), target);
}

function targetExpression(target: string, written: string): LicenseLeaf {
  return target.startsWith('@') ? familyLeaf(target.slice(1) as Family, written.trim()) : spdxLeaf(target);
}

/** A single licence name: an SPDX expression or a known alias, trying the text with and without "(...)". */
function resolveOne(name: string): LicenseExpression | undefined {
  const trimmed = name.trim().replace(/\.$/, '');
  if (!trimmed) return undefined;
  const spdx = tryParseSpdx(trimmed, { strict: true });
  if (spdx) return spdx;
  const candidates = [trimmed, trimmed.replace(/\([^)]*\)/g, ' ')];
  for (const m of trimmed.matchAll(/\(([^)]*)\)/g)) candidates.push(m[1] ?? '');
  for (const c of candidates) {
    const target = TABLE.get(aliasKey(c));
    if (target) return targetExpression(target, trimmed.replace(/\s*\([^)]*\)\s*$/, '') || trimmed);
  }
  return undefined;
}

function resolveSplit(name: string, separator: RegExp, kind: 'and' | 'or'): LicenseExpression | undefined {
  const parts = name.split(separator).filter((p) => p.trim());
  if (parts.length < 2) return undefined;
  const resolved = parts.map((p) => resolveLicenseName(p));
  if (resolved.some((r) => !r)) return undefined;
  return combine(kind, resolved as LicenseExpression[]);
}

/**
 * A licence name or a short combination of names ("MIT or Apache 2.0", "BSD 3-Clause OR Apache-2.0",
 * "MIT/Apache-2.0", "BSD, Public Domain") as an expression; undefined when any part is not recognised.
 */
export function resolveLicenseName(name: string): LicenseExpression | undefined {
  return (
    resolveOne(name) ??
    resolveSplit(name, /\s+or\s+|\s*[/|]\s*/i, 'or') ??
    resolveSplit(name, /\s+and\s+|\s*&\s*/i, 'and') ??
    resolveSplit(name, /\s*[,;]\s*/, 'and')
  );
}

export interface FieldLicense {
  expression: LicenseExpression;
  /** How the field was read: an SPDX expression, a known name, or a licence text. */
  how: 'spdx' | 'alias' | 'text';
}

/** A value this long, or on several lines, is read as licence text first. */
export const TEXT_THRESHOLD = 120;

/** Reads the `License` field; undefined when it names nothing we recognise ("UNKNOWN", "Dual License", ""). */
export function resolveLicenseField(value: string): FieldLicense | undefined {
  const text = value.trim();
  if (!text) return undefined;
  if (text.length > TEXT_THRESHOLD || text.includes('\n')) {
    const found = recognizeLicenseText(text);
    const expression = combine('and', found);
    if (expression) return { expression, how: 'text' };
    const firstLine = text.split('\n', 1)[0] ?? '';
    const named = firstLine.length <= TEXT_THRESHOLD ? resolveOne(firstLine) : undefined;
    return named ? { expression: named, how: 'alias' } : undefined;
  }
  const spdx = tryParseSpdx(text, { strict: true });
  if (spdx) return { expression: spdx, how: 'spdx' };
  const named = resolveLicenseName(text);
  return named ? { expression: named, how: 'alias' } : undefined;
}
