/** deptry's violation codes, what each means, and where deptry documents it. */

export const DEPTRY_CODES = ['DEP001', 'DEP002', 'DEP003', 'DEP004', 'DEP005'] as const;
export type DeptryCode = (typeof DEPTRY_CODES)[number];

export interface RuleInfo {
  /** A short title: `Missing dependencies`. */
  title: string;
  /** What the violation means, in one sentence. */
  meaning: string;
  helpUri: string;
}

const DOCS = 'https://deptry.com/rules-violations/';

export const RULES: Record<DeptryCode, RuleInfo> = {
  DEP001: {
    title: 'Missing dependencies',
    meaning: 'The code imports a module that no declared dependency provides.',
    helpUri: `${DOCS}#missing-dependencies-dep001`,
  },
  DEP002: {
    title: 'Unused dependencies',
    meaning: 'A dependency is declared, but deptry found no import of it in the code it scanned.',
    helpUri: `${DOCS}#unused-dependencies-dep002`,
  },
  DEP003: {
    title: 'Transitive dependencies',
    meaning:
      'The code imports a package that is only installed because another dependency needs it; it can disappear when that one changes.',
    helpUri: `${DOCS}#transitive-dependencies-dep003`,
  },
  DEP004: {
    title: 'Misplaced development dependencies',
    meaning: 'Code that is not development code imports a package declared only as a development dependency.',
    helpUri: `${DOCS}#misplaced-development-dependencies-dep004`,
  },
  DEP005: {
    title: 'Standard library dependencies',
    meaning: 'A dependency is declared that is part of the Python standard library.',
    helpUri: `${DOCS}#standard-library-dependencies-dep005`,
  },
};

export function isDeptryCode(code: string): code is DeptryCode {
  return (DEPTRY_CODES as readonly string[]).includes(code);
}
