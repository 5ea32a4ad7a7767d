import { describe, expect, it } from 'vitest';
import {
  affectedEntries,
  affects,
  fixedVersions,
  smallestFixAbove,
} from '../../../src/actions/vuln-audit/affected.js';
import type { OsvRecord } from '../../../src/actions/vuln-audit/osv.js';
import { fixtureRecord } from '../../support/osv-records.js';

/** [version, affected?] for one record and package. */
function check(id: string, name: string, cases: [string, boolean][]) {
  const record = fixtureRecord(id);
  expect(cases.map(([v]) => [v, affects(record, name, v)])).toEqual(cases);
}

describe('affects: ECOSYSTEM ranges ordered by PEP 440', () => {
  it('introduced "0" .. fixed, the package name as the record spells it (Jinja2, Werkzeug)', () => {
    check('GHSA-h5c8-rqwp-cp95', 'jinja2', [
      ['2.11.3', true],
      ['3.1.2', true],
      ['3.1.3', false],
      ['3.1.10', false],
    ]);
    check('GHSA-h75v-3vvj-5mfj', 'Jinja2', [
      ['3.1.3', true],
      ['3.1.4', false],
    ]);
    check('GHSA-2g68-c3qc-8985', 'werkzeug', [
      ['2.3.8', true],
      ['3.0.2', true],
      ['3.0.3', false],
    ]);
  });

  it('two introduced/fixed pairs in one range (PYSEC-2023-221)', () => {
    check('PYSEC-2023-221', 'werkzeug', [
      ['2.3.7', true],
      ['2.3.8', false],
      ['2.3.9', false],
      ['3.0.0', true],
      ['3.0.1', false],
    ]);
  });

  it('two affected entries for the same package (GHSA-34jh-p97f-mpxf)', () => {
    check('GHSA-34jh-p97f-mpxf', 'urllib3', [
      ['1.26.18', true],
      ['1.26.19', false],
      ['1.26.20', false],
      ['2.0.0', true],
      ['2.2.1', true],
      ['2.2.2', false],
    ]);
  });

  it('introduced above 0 (tqdm 4.4.0), pre-releases order before their release', () => {
    check('GHSA-g7vv-2v7x-gj9p', 'tqdm', [
      ['4.3.0', false],
      ['4.4.0rc1', false],
      ['4.4.0', true],
      ['4.66.2', true],
      ['4.66.3rc1', true],
      ['4.66.3', false],
    ]);
  });

  it('PEP 440 normalisation: certifi 2021.05.30 is 2021.5.30', () => {
    check('GHSA-248v-346w-9cwc', 'certifi', [
      ['2021.5.30', true],
      ['2021.05.30', true],
      ['2021.5.29', false],
      ['2024.2.2', true],
      ['2024.7.4', false],
    ]);
  });

  it('last_affected without a fix (py through 1.11.0)', () => {
    for (const id of ['PYSEC-2022-42969', 'GHSA-w596-4wvx-j9j6']) {
      check(id, 'py', [
        ['1.4.0', true],
        ['1.11.0', true],
        ['1.11.1', false],
      ]);
    }
  });
});

describe('affects: the versions list', () => {
  it('names versions the ranges leave out: django 4.2rc1 is below introduced 4.2 (PYSEC-2023-61)', () => {
    check('PYSEC-2023-61', 'django', [
      ['3.1', false],
      ['3.2.18', true],
      ['3.2.19', false],
      ['4.1.9', false],
      ['4.2rc1', true],
      ['4.2', true],
      ['4.2.1', false],
    ]);
  });

  it('wins over a range that calls the version fixed: gevent 23.9.0 (PYSEC-2023-177)', () => {
    check('PYSEC-2023-177', 'gevent', [
      ['23.7.0', true],
      ['23.9.0', true],
      ['23.9.0.post1', true],
      ['23.9.1', false],
    ]);
  });

  it('is all a version that is not PEP 440 can match', () => {
    const record = fixtureRecord('PYSEC-2022-42969');
    expect(affects(record, 'py', '0.8.0-alpha2')).toBe(true); // listed as written
    expect(affects(record, 'py', 'not a version')).toBe(false);
    // A range alone would have said yes (introduced 0).
    expect(affects({ ...record, affected: [{ ...record.affected![0]!, versions: [] }] }, 'py', 'x1')).toBe(
      false,
    );
  });
});

describe('affects: what never matches', () => {
  it('a withdrawn record, even one whose range covers every version (PYSEC-2023-73)', () => {
    const record = fixtureRecord('PYSEC-2023-73');
    expect(record.withdrawn).toBeTruthy();
    expect(affects(record, 'redis', '5.0.1')).toBe(false);
    expect(affects({ ...record, withdrawn: undefined }, 'redis', '5.0.1')).toBe(true);
  });

  it('another package, another ecosystem, GIT ranges', () => {
    const record = fixtureRecord('PYSEC-2024-60');
    expect(affects(record, 'idna', '3.6')).toBe(true);
    expect(affects(record, 'idna-ssl', '3.6')).toBe(false);
    const npm: OsvRecord = {
      ...record,
      affected: record.affected!.map((a) => ({ ...a, package: { ...a.package!, ecosystem: 'npm' } })),
    };
    expect(affects(npm, 'idna', '3.6')).toBe(false);
    // Only the GIT range left: a commit hash says nothing about a PyPI version.
    const git: OsvRecord = {
      ...record,
      affected: record.affected!.map((a) => ({
        ...a,
        versions: [],
        ranges: a.ranges!.filter((r) => r.type === 'GIT'),
      })),
    };
    expect(affects(git, 'idna', '3.6')).toBe(false);
  });

  it('a limit bounds the range', () => {
    const record = fixtureRecord('PYSEC-2022-42969');
    const entry = record.affected![0]!;
    const limited: OsvRecord = {
      ...record,
      affected: [
        {
          ...entry,
          versions: [],
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { limit: '1.5' }] }],
        },
      ],
    };
    expect(affects(limited, 'py', '1.4.34')).toBe(true);
    expect(affects(limited, 'py', '1.5')).toBe(false);
  });
});

describe('fixedVersions and smallestFixAbove', () => {
  it('every fixed event, PEP 440 ascending', () => {
    expect(fixedVersions(fixtureRecord('GHSA-34jh-p97f-mpxf'), 'urllib3')).toEqual(['1.26.19', '2.2.2']);
    expect(fixedVersions(fixtureRecord('PYSEC-2023-221'), 'werkzeug')).toEqual(['2.3.8', '3.0.1']);
    expect(fixedVersions(fixtureRecord('PYSEC-2023-61'), 'Django')).toEqual(['3.2.19', '4.1.9', '4.2.1']);
    // GIT fixed events (commit hashes) are not versions.
    expect(fixedVersions(fixtureRecord('PYSEC-2024-48'), 'black')).toEqual(['24.3.0']);
    expect(fixedVersions(fixtureRecord('PYSEC-2022-42969'), 'py')).toEqual([]);
  });

  it('the smallest fix above the installed version', () => {
    expect(smallestFixAbove(fixtureRecord('GHSA-34jh-p97f-mpxf'), 'urllib3', '2.2.1')).toBe('2.2.2');
    expect(smallestFixAbove(fixtureRecord('GHSA-34jh-p97f-mpxf'), 'urllib3', '1.26.5')).toBe('1.26.19');
    expect(smallestFixAbove(fixtureRecord('PYSEC-2023-221'), 'werkzeug', '2.3.7')).toBe('2.3.8');
    expect(smallestFixAbove(fixtureRecord('PYSEC-2023-61'), 'django', '4.2rc1')).toBe('4.2.1');
    expect(smallestFixAbove(fixtureRecord('PYSEC-2023-61'), 'django', '3.2.5')).toBe('3.2.19');
    expect(smallestFixAbove(fixtureRecord('GHSA-2g68-c3qc-8985'), 'werkzeug', '2.3.8')).toBe('3.0.3');
    expect(smallestFixAbove(fixtureRecord('GHSA-jjg7-2v4v-x38h'), 'idna', '3.6')).toBe('3.7');
  });

  it('none when only last_affected is known, or the record lists its own fix as affected', () => {
    expect(smallestFixAbove(fixtureRecord('PYSEC-2022-42969'), 'py', '1.11.0')).toBeUndefined();
    expect(smallestFixAbove(fixtureRecord('PYSEC-2023-177'), 'gevent', '23.7.0')).toBeUndefined();
    expect(smallestFixAbove(fixtureRecord('GHSA-h5c8-rqwp-cp95'), 'jinja2', 'not a version')).toBeUndefined();
  });

  it('affectedEntries picks the package by its PEP 503 name', () => {
    expect(affectedEntries(fixtureRecord('GHSA-34jh-p97f-mpxf'), 'URLLIB3')).toHaveLength(2);
    expect(affectedEntries(fixtureRecord('GHSA-h75v-3vvj-5mfj'), 'jinja2')).toHaveLength(1);
  });
});
