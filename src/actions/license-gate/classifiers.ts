import type { Family } from './families.js';
import {
  canonicalLicenseId,
  combine,
  familyLeaf,
  type LicenseExpression,
  type LicenseLeaf,
  spdxLeaf,
} from './spdx.js';

/**
 * Trove licence classifiers → SPDX ids. PEP 639 ("Mapping License Classifiers to SPDX Identifiers") says a
 * classifier that names a family of licences ("BSD License", "Apache Software License") or a GNU licence
 * without saying "only" or "or later" must not be mapped to one SPDX id: those give the family (and the
 * classifier's own short name), never an invented id.
 */

type Target = string | [Family, string];

/** The part after "License :: " (and "OSI Approved :: "), as in trove-classifiers 2026.9. */
const CLASSIFIERS: Record<string, Target> = {
  'Aladdin Free Public License (AFPL)': 'Aladdin',
  'CC0 1.0 Universal (CC0 1.0) Public Domain Dedication': 'CC0-1.0',
  'CeCILL-B Free Software License Agreement (CECILL-B)': 'CECILL-B',
  'CeCILL-C Free Software License Agreement (CECILL-C)': 'CECILL-C',
  'Eiffel Forum License (EFL)': ['other', 'Eiffel Forum License'],
  'Free For Educational Use': ['other', 'Free For Educational Use'],
  'Free For Home Use': ['other', 'Free For Home Use'],
  'Free To Use But Restricted': ['other', 'Free To Use But Restricted'],
  'Free for non-commercial use': ['other', 'Free for non-commercial use'],
  'Freely Distributable': ['other', 'Freely Distributable'],
  Freeware: ['other', 'Freeware'],
  'GUST Font License 1.0': ['other', 'GUST Font License 1.0'],
  'GUST Font License 2006-09-30': ['other', 'GUST Font License 2006-09-30'],
  'Netscape Public License (NPL)': ['other', 'Netscape Public License'],
  'Nokia Open Source License (NOKOS)': 'Nokia',
  'Academic Free License (AFL)': ['afl', 'Academic Free License'],
  'Apache Software License': ['apache', 'Apache Software License'],
  'Apple Public Source License': ['other', 'Apple Public Source License'],
  'Artistic License': ['other', 'Artistic License'],
  'Attribution Assurance License': 'AAL',
  'BSD License': ['bsd', 'BSD License'],
  'Blue Oak Model License (BlueOak-1.0.0)': 'BlueOak-1.0.0',
  'Boost Software License 1.0 (BSL-1.0)': 'BSL-1.0',
  'CEA CNRS Inria Logiciel Libre License, version 2.1 (CeCILL-2.1)': 'CECILL-2.1',
  'CMU License (MIT-CMU)': 'MIT-CMU',
  'Common Development and Distribution License 1.0 (CDDL-1.0)': 'CDDL-1.0',
  'Common Public License': 'CPL-1.0',
  'Eclipse Public License 1.0 (EPL-1.0)': 'EPL-1.0',
  'Eclipse Public License 2.0 (EPL-2.0)': 'EPL-2.0',
  'Educational Community License, Version 2.0 (ECL-2.0)': 'ECL-2.0',
  'Eiffel Forum License': ['other', 'Eiffel Forum License'],
  'European Union Public Licence 1.0 (EUPL 1.0)': 'EUPL-1.0',
  'European Union Public Licence 1.1 (EUPL 1.1)': 'EUPL-1.1',
  'European Union Public Licence 1.2 (EUPL 1.2)': 'EUPL-1.2',
  'GNU Affero General Public License v3': ['agpl', 'AGPLv3'],
  'GNU Affero General Public License v3 or later (AGPLv3+)': 'AGPL-3.0-or-later',
  'GNU Free Documentation License (FDL)': ['other', 'GNU Free Documentation License'],
  'GNU General Public License (GPL)': ['gpl', 'GPL'],
  'GNU General Public License v2 (GPLv2)': ['gpl', 'GPLv2'],
  'GNU General Public License v2 or later (GPLv2+)': 'GPL-2.0-or-later',
  'GNU General Public License v3 (GPLv3)': ['gpl', 'GPLv3'],
  'GNU General Public License v3 or later (GPLv3+)': 'GPL-3.0-or-later',
  'GNU Lesser General Public License v2 (LGPLv2)': ['lgpl', 'LGPLv2'],
  'GNU Lesser General Public License v2 or later (LGPLv2+)': 'LGPL-2.0-or-later',
  'GNU Lesser General Public License v3 (LGPLv3)': ['lgpl', 'LGPLv3'],
  'GNU Lesser General Public License v3 or later (LGPLv3+)': 'LGPL-3.0-or-later',
  'GNU Library or Lesser General Public License (LGPL)': ['lgpl', 'LGPL'],
  'Historical Permission Notice and Disclaimer (HPND)': 'HPND',
  'IBM Public License': 'IPL-1.0',
  'ISC License (ISCL)': 'ISC',
  'MIT License': 'MIT',
  'MIT No Attribution License (MIT-0)': 'MIT-0',
  'MirOS License (MirOS)': 'MirOS',
  'Motosoto License': 'Motosoto',
  'Mozilla Public License 1.0 (MPL)': 'MPL-1.0',
  'Mozilla Public License 1.1 (MPL 1.1)': 'MPL-1.1',
  'Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
  'Mulan Permissive Software License v2 (MulanPSL-2.0)': 'MulanPSL-2.0',
  'NASA Open Source Agreement v1.3 (NASA-1.3)': 'NASA-1.3',
  'Nethack General Public License': 'NGPL',
  'Nokia Open Source License': 'Nokia',
  'Open Group Test Suite License': 'OGTSL',
  'Open Software License 3.0 (OSL-3.0)': 'OSL-3.0',
  'PostgreSQL License': 'PostgreSQL',
  'Python License (CNRI Python License)': 'CNRI-Python',
  'Python Software Foundation License': ['python', 'Python Software Foundation License'],
  'Qt Public License (QPL)': 'QPL-1.0',
  'Ricoh Source Code Public License': 'RSCPL',
  'SIL Open Font License 1.1 (OFL-1.1)': 'OFL-1.1',
  'Sleepycat License': 'Sleepycat',
  'Sun Public License': ['other', 'Sun Public License'],
  'The Unlicense (Unlicense)': 'Unlicense',
  'Universal Permissive License (UPL)': 'UPL-1.0',
  'University of Illinois/NCSA Open Source License': 'NCSA',
  'Vovida Software License 1.0': 'VSL-1.0',
  'W3C License': 'W3C',
  'Zero-Clause BSD (0BSD)': '0BSD',
  'Zope Public License': ['other', 'Zope Public License'],
  'zlib/libpng License': 'Zlib',
  'Other/Proprietary License': ['proprietary', 'Other/Proprietary License'],
  'Public Domain': ['public', 'Public Domain'],
  'Repoze Public License': ['other', 'Repoze Public License'],
};

/** Classifiers that are about licences but name none. */
const SAYS_NOTHING = new Set(['OSI Approved', 'DFSG approved']);

/**
 * The licence a Trove classifier names; undefined for a classifier that is not about a licence or names
 * none ("License :: OSI Approved"). A licence classifier newer than this table gives its parenthesised
 * SPDX id when it has one, else the family `other` under its own name.
 */
export function classifierLicense(classifier: string): LicenseLeaf | undefined {
  const parts = classifier.split('::').map((p) => p.trim());
  if (parts[0] !== 'License' || parts.length < 2) return undefined;
  const name = parts.slice(parts[1] === 'OSI Approved' && parts.length > 2 ? 2 : 1).join(' :: ');
  if (SAYS_NOTHING.has(name)) return undefined;
  const target = CLASSIFIERS[name];
  if (typeof target === 'string') return spdxLeaf(target);
  if (target) return familyLeaf(target[0], target[1]);
  const inParens = /\(([^)]+)\)\s*$/.exec(name)?.[1];
  const id = inParens ? canonicalLicenseId(inParens) : undefined;
  return id ? spdxLeaf(id) : familyLeaf('other', name);
}

export interface ClassifierLicense {
  expression: LicenseExpression;
  /** The licence classifiers that gave it. */
  classifiers: string[];
}

/**
 * The licence the classifiers give together. Several licence classifiers are read as alternatives (OR), as
 * licensecheck and pip-licenses read them: that is how dual-licensed projects list their licences.
 */
export function classifiersLicense(classifiers: readonly string[]): ClassifierLicense | undefined {
  const used: string[] = [];
  const found: LicenseLeaf[] = [];
  for (const c of classifiers) {
    const leaf = classifierLicense(c);
    if (!leaf) continue;
    used.push(c);
    found.push(leaf);
  }
  const expression = combine('or', found);
  return expression ? { expression, classifiers: used } : undefined;
}
