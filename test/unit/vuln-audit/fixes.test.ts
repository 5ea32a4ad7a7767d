import { describe, expect, it } from 'vitest';
import {
  allowedBy,
  describeAffected,
  fixOf,
  remedyFor,
  smallestCommonFix,
  suggestRequirement,
} from '../../../src/actions/vuln-audit/fixes.js';
import type { AuditedPackage } from '../../../src/actions/vuln-audit/model.js';
import type { OsvRecord } from '../../../src/actions/vuln-audit/osv.js';
import { fixtureRecord } from '../../support/osv-records.js';

/** A record for `pkg` with the given ECOSYSTEM ranges (in-memory variants; the real ones are fixtures). */
const record = (id: string, ranges: [string, string][], aliases: string[] = []): OsvRecord => ({
  id,
  aliases,
  affected: [
    {
      package: { ecosystem: 'PyPI', name: 'pkg' },
      ranges: [
        { type: 'ECOSYSTEM', events: ranges.flatMap(([introduced, fixed]) => [{ introduced }, { fixed }]) },
      ],
    },
  ],
});

describe('the smallest fix', () => {
  it('is the smallest release all records call fixed, not just the largest of their own fixes', () => {
    // A is open on two branches (fixed 2.11.3 and 3.1.4); B is fixed in 3.0.1, which A's second branch affects.
    const a = record('GHSA-a', [
      ['0', '2.11.3'],
      ['3.0', '3.1.4'],
    ]);
    const b = record('GHSA-b', [['0', '3.0.1']]);
    expect(smallestCommonFix([a], 'pkg', '2.10')).toBe('2.11.3');
    expect(smallestCommonFix([a, b], 'pkg', '2.10')).toBe('3.1.4');
    expect(smallestCommonFix([a], 'pkg', '3.0.2')).toBe('3.1.4'); // on the second branch
    const open: OsvRecord = {
      ...b,
      id: 'GHSA-open',
      affected: [{ ...b.affected![0]!, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }],
    };
    expect(smallestCommonFix([a, open], 'pkg', '1.0')).toBeUndefined(); // one of them has no fix
  });

  it('of one vulnerability known by several records: a record without a fix does not veto the others', () => {
    const noFix: OsvRecord = {
      id: 'PYSEC-x',
      affected: [
        {
          package: { ecosystem: 'PyPI', name: 'pkg' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }],
        },
      ],
    };
    expect(fixOf([noFix, record('GHSA-x', [['0', '1.5']])], 'pkg', '1.0')).toBe('1.5');
    expect(fixOf([noFix], 'pkg', '1.0')).toBeUndefined();
    // py 1.11.0: both real records end in last_affected, no fix released
    expect(
      fixOf([fixtureRecord('PYSEC-2022-42969'), fixtureRecord('GHSA-w596-4wvx-j9j6')], 'py', '1.11.0'),
    ).toBeUndefined();
    // urllib3 2.2.1: GHSA-34jh-p97f-mpxf has two affected entries (1.x and 2.x): the fix above 2.2.1 is 2.2.2
    expect(fixOf([fixtureRecord('GHSA-34jh-p97f-mpxf')], 'urllib3', '2.2.1')).toBe('2.2.2');
  });

  it('is described for people from the ranges', () => {
    expect(describeAffected(fixtureRecord('GHSA-34jh-p97f-mpxf'), 'urllib3')).toBe(
      '<1.26.19; >=2.0.0, <2.2.2',
    );
    expect(describeAffected(fixtureRecord('GHSA-w596-4wvx-j9j6'), 'py')).toBe('<=1.11.0');
    expect(describeAffected(fixtureRecord('GHSA-2g68-c3qc-8985'), 'werkzeug')).toBe('<3.0.3');
    const versionsOnly: OsvRecord = {
      id: 'X',
      affected: [
        {
          package: { ecosystem: 'PyPI', name: 'pkg' },
          versions: ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6'],
        },
      ],
    };
    expect(describeAffected(versionsOnly, 'pkg')).toBe('1.0, 1.1, 1.2, 1.3, 1.4 (+2 more)');
  });
});

describe('the requirement to change when the fix is outside it', () => {
  it.each([
    ['>=2.3,<3', '3.0.3', '>=2.3,<4'], // werkzeug in the fixture project
    ['>=2.3,<2.4', '3.0.3', '>=2.3,<3.1'], // an upper bound keeps its precision
    ['==24.1.0', '24.3.0', '==24.3.0'], // a pin moves
    ['~=2.2', '3.1.6', '~=3.1'],
    ['~=2.2.0', '2.3.1', '~=2.3.1'],
    ['==2.*', '3.0.1', '==3.*'],
    ['>=1.0,!=3.0.3', '3.0.3', '>=1.0'], // an exclusion of the fix goes
    ['<=2.5', '2.6.1', '<=2.6.1'],
    ['>=1.0, <2', '2.0.1', '>=1.0,<3'],
  ])('%s with the fix %s → %s', (current, fix, suggested) => {
    expect(allowedBy(fix, current)).toBe(false);
    expect(suggestRequirement(current, fix)).toBe(suggested);
    expect(allowedBy(fix, suggested)).toBe(true);
  });

  it('allows any fix without a requirement (a transitive package)', () => {
    expect(allowedBy('9.9', undefined)).toBe(true);
    expect(allowedBy('3.1.4', '>=3.1,<4')).toBe(true);
  });
});

describe('the remedy, one per package', () => {
  /** A direct dependency of `declaredBy` (vulnapp unless given). */
  const pkg = (name: string, version: string, over: Partial<AuditedPackage> = {}): AuditedPackage => {
    const declaredBy = over.declaredBy ?? 'vulnapp';
    return { name, version, chain: [declaredBy, name], direct: name, declaredBy, ...over };
  };
  const ctx = {
    pyprojects: new Map([['vulnapp', '/repo/pyproject.toml']]),
    root: '/repo',
    projectDir: '/repo',
  };

  it('is the uv lock command, with the requirement to change first when the fix is outside it', () => {
    const records = [[fixtureRecord('GHSA-2g68-c3qc-8985')]];
    expect(remedyFor(pkg('werkzeug', '2.3.8', { requirement: '>=2.3,<3' }), records, ctx)).toEqual({
      command: 'uv lock --upgrade-package werkzeug==3.0.3',
      version: '3.0.3',
      requirement: {
        file: '/repo/pyproject.toml',
        current: '>=2.3,<3',
        suggested: '>=2.3,<4',
        section: 'project.dependencies',
      },
    });
    expect(remedyFor(pkg('werkzeug', '2.3.8', { requirement: '>=2.3' }), records, ctx)).toEqual({
      command: 'uv lock --upgrade-package werkzeug==3.0.3',
      version: '3.0.3',
    });
  });

  it('covers every fixable vulnerability of the package (jinja2: 3.1.3 and 3.1.4 → 3.1.4)', () => {
    const jinja = pkg('jinja2', '3.1.2', { requirement: '>=3.1,<4' });
    const remedy = remedyFor(
      jinja,
      [[fixtureRecord('GHSA-h5c8-rqwp-cp95')], [fixtureRecord('GHSA-h75v-3vvj-5mfj')]],
      ctx,
    );
    expect(remedy).toEqual({ command: 'uv lock --upgrade-package jinja2==3.1.4', version: '3.1.4' });
  });

  it('names the workspace root when the lock is not in the project directory, and the group the requirement is in', () => {
    const black = pkg('black', '24.1.0', { declaredBy: 'backend', group: 'dev', requirement: '==24.1.0' });
    const remedy = remedyFor(
      black,
      [[fixtureRecord('PYSEC-2024-48'), fixtureRecord('GHSA-fj7x-q9j7-g6q6')]],
      {
        pyprojects: new Map([['backend', '/repo/packages/backend/pyproject.toml']]),
        root: '/repo',
        projectDir: '/repo/packages/backend',
      },
    );
    expect(remedy).toEqual({
      command: 'uv lock --upgrade-package black==24.3.0',
      version: '24.3.0',
      directory: '/repo',
      requirement: {
        file: '/repo/packages/backend/pyproject.toml',
        current: '==24.1.0',
        suggested: '==24.3.0',
        section: 'dependency-groups.dev',
      },
    });
  });

  it('is none when nothing has a fix', () => {
    const py = pkg('py', '1.11.0');
    expect(
      remedyFor(py, [[fixtureRecord('PYSEC-2022-42969'), fixtureRecord('GHSA-w596-4wvx-j9j6')]], ctx),
    ).toBeUndefined();
  });
});
