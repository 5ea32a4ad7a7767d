import type { Family } from './families.js';
import { canonicalLicenseId, familyLeaf, type LicenseLeaf, spdxLeaf } from './spdx.js';

/**
 * Recognises licences in free text (a LICENSE file, or a whole licence pasted into the `License` field) by
 * phrases that only that licence contains. Texts are compared as lower-case words, so line breaks, comment
 * markers, markdown and punctuation do not matter.
 */

/** Texts longer than this are only read up to here: every phrase we look for sits near the top. */
const MAX_TEXT = 256 * 1024;

export function words(text: string): string {
  return ` ${text
    .slice(0, MAX_TEXT)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

interface FullText {
  family: Family;
  /** Phrases that must all occur; the first one's position orders the results. */
  phrases: string[];
  leaf: (w: string) => LicenseLeaf;
}

const BSD_CLAUSES =
  'redistribution and use in source and binary forms with or without modification are permitted';

/**
 * The GNU licence texts name their version but not whether "or any later version" applies (that is said in
 * each file's notice), so a GNU text alone gives the family and version, never an `-only`/`-or-later` id.
 */
const FULL_TEXTS: FullText[] = [
  {
    family: 'agpl',
    phrases: ['gnu affero general public license version 3 19 november 2007'],
    leaf: () => familyLeaf('agpl', 'AGPLv3'),
  },
  {
    family: 'lgpl',
    phrases: ['gnu lesser general public license version 3 29 june 2007'],
    leaf: () => familyLeaf('lgpl', 'LGPLv3'),
  },
  {
    family: 'lgpl',
    phrases: ['gnu lesser general public license version 2 1 february 1999'],
    leaf: () => familyLeaf('lgpl', 'LGPLv2.1'),
  },
  {
    family: 'lgpl',
    phrases: ['gnu library general public license version 2 june 1991'],
    leaf: () => familyLeaf('lgpl', 'LGPLv2'),
  },
  {
    family: 'gpl',
    phrases: ['gnu general public license version 3 29 june 2007'],
    leaf: () => familyLeaf('gpl', 'GPLv3'),
  },
  {
    family: 'gpl',
    phrases: ['gnu general public license version 2 june 1991'],
    leaf: () => familyLeaf('gpl', 'GPLv2'),
  },
  {
    family: 'apache',
    phrases: ['apache license version 2 0 january 2004'],
    leaf: () => spdxLeaf('Apache-2.0'),
  },
  { family: 'mpl', phrases: ['mozilla public license version 2 0'], leaf: () => spdxLeaf('MPL-2.0') },
  {
    family: 'mit',
    phrases: ['permission is hereby granted free of charge to any person obtaining a copy'],
    leaf: (w) =>
      spdxLeaf(
        w.includes('above copyright notice and this permission notice shall be included') ? 'MIT' : 'MIT-0',
      ),
  },
  {
    family: 'bsd',
    phrases: [BSD_CLAUSES],
    leaf: (w) =>
      spdxLeaf(
        w.includes('all advertising materials mentioning features or use of this software')
          ? 'BSD-4-Clause'
          : w.includes('endorse or promote products derived from this software')
            ? 'BSD-3-Clause'
            : 'BSD-2-Clause',
      ),
  },
  {
    family: 'isc',
    phrases: [
      'distribute this software for any purpose with or without fee is hereby granted provided that the above copyright notice and this permission notice appear in all copies',
    ],
    leaf: () => spdxLeaf('ISC'),
  },
  {
    family: 'bsd',
    phrases: [
      'distribute this software for any purpose with or without fee is hereby granted the software is provided as is',
    ],
    leaf: () => spdxLeaf('0BSD'),
  },
  {
    family: 'python',
    phrases: ['this license agreement is between the python software foundation psf'],
    leaf: () => spdxLeaf('PSF-2.0'),
  },
  {
    family: 'unlicense',
    phrases: ['this is free and unencumbered software released into the public domain'],
    leaf: () => spdxLeaf('Unlicense'),
  },
  {
    family: 'unlicense',
    phrases: ['do what the fuck you want to public license'],
    leaf: () => spdxLeaf('WTFPL'),
  },
  { family: 'public', phrases: ['cc0 1 0 universal'], leaf: () => spdxLeaf('CC0-1.0') },
  {
    family: 'boost',
    phrases: ['boost software license version 1 0 august 17th 2003'],
    leaf: () => spdxLeaf('BSL-1.0'),
  },
  { family: 'eclipse', phrases: ['eclipse public license v 2 0'], leaf: () => spdxLeaf('EPL-2.0') },
  { family: 'eclipse', phrases: ['eclipse public license v 1 0'], leaf: () => spdxLeaf('EPL-1.0') },
  {
    family: 'other',
    phrases: [
      'in no event will the authors be held liable for any damages arising from the use of this software',
      'altered source versions must be plainly marked as such',
    ],
    leaf: () => spdxLeaf('Zlib'),
  },
];

const GNU_NOTICE =
  / free software you can redistribute (?:it|them) and or modify (?:it|them) under the terms of the gnu (lesser |library |affero )?general public license (?:as published by the free software foundation )?(?:either )?(?:version )?(\d)(?: (\d))?(?: of the license)?( or at your option any later version)?/;

interface Notice {
  find: (w: string) => { at: number; leaf: LicenseLeaf } | undefined;
}

const phraseNotice =
  (phrase: string, id: string) =>
  (w: string): { at: number; leaf: LicenseLeaf } | undefined => {
    const at = w.indexOf(` ${phrase} `);
    return at < 0 ? undefined : { at, leaf: spdxLeaf(id) };
  };

/** Short notices that point at a licence ("licensed under the Apache License, Version 2.0"). */
const NOTICES: Notice[] = [
  {
    find: (w) => {
      const m = GNU_NOTICE.exec(w);
      if (!m) return undefined;
      const prefix = { 'lesser ': 'L', 'library ': 'L', 'affero ': 'A' }[m[1] ?? ''] ?? '';
      const version = `${m[2]}.${m[3] ?? '0'}`;
      const id = canonicalLicenseId(`${prefix}GPL-${version}-${m[4] ? 'or-later' : 'only'}`);
      const family = ({ L: 'lgpl', A: 'agpl' } as const)[prefix as 'L' | 'A'] ?? 'gpl';
      return { at: m.index, leaf: id ? spdxLeaf(id) : familyLeaf(family, `${prefix}GPLv${version}`) };
    },
  },
  { find: phraseNotice('licensed under the apache license version 2 0', 'Apache-2.0') },
  { find: phraseNotice('subject to the terms of the mozilla public license v 2 0', 'MPL-2.0') },
];

/**
 * The licences a text contains, in order of appearance, each once. Empty when none is recognised. A notice
 * is only used when no full text of its family is present (the GPL's own text ends with a sample notice).
 */
export function recognizeLicenseText(text: string): LicenseLeaf[] {
  const w = words(text);
  const found: { at: number; leaf: LicenseLeaf }[] = [];
  const fullFamilies = new Set<Family>();
  for (const t of FULL_TEXTS) {
    const positions = t.phrases.map((p) => w.indexOf(` ${p} `));
    if (positions.some((p) => p < 0)) continue;
    found.push({ at: positions[0]!, leaf: t.leaf(w) });
    fullFamilies.add(t.family);
  }
  for (const n of NOTICES) {
    const hit = n.find(w);
    if (hit && !fullFamilies.has(hit.leaf.family)) found.push(hit);
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  return found
    .map((f) => f.leaf)
    .filter((l) => {
      if (seen.has(l.label)) return false;
      seen.add(l.label);
      return true;
    });
}

/** True when a text says the licences beside it are alternatives ("under the terms of *either* of ..."). */
export function saysEitherLicense(text: string): boolean {
  return / under the terms of either of the licenses /.test(words(text));
}
