import { describe, expect, it } from 'vitest';
import { checkedRecord, recordProblem } from '../../../src/actions/vuln-audit/sources/record-shape.js';
import { fixtureRecord, fixtureRecords } from '../../support/osv-records.js';

describe('recordProblem', () => {
  it('accepts every real record of the fixtures', () => {
    const records = fixtureRecords();
    expect(records.length).toBeGreaterThanOrEqual(20);
    expect(records.map((r) => [r.id, recordProblem(r)])).toEqual(records.map((r) => [r.id, undefined]));
  });

  it('names what is wrong with a record a mirror could send', () => {
    const good = fixtureRecord('GHSA-34jh-p97f-mpxf');
    const entry = good.affected![0]!;
    expect(recordProblem('PYSEC-1')).toBe('not a JSON object');
    expect(recordProblem({ ...good, id: 'GHSA x/../y' })).toBe('no valid id');
    expect(recordProblem({ ...good, modified: 20240101 })).toBe('modified is not a string');
    expect(recordProblem({ ...good, aliases: 'CVE-2024-37891' })).toBe(
      'aliases or related is not a list of strings',
    );
    expect(recordProblem({ ...good, severity: [{ type: 'CVSS_V3' }] })).toBe(
      'severity is not a list of {type, score}',
    );
    expect(recordProblem({ ...good, affected: {} })).toBe('affected is not a list');
    expect(recordProblem({ ...good, affected: [{ ...entry, versions: [1.1] }] })).toBe(
      'affected[].versions is not a list of strings',
    );
    expect(
      recordProblem({
        ...good,
        affected: [{ ...entry, ranges: [{ type: 'ECOSYSTEM', events: [{ fixed: 2.2 }] }] }],
      }),
    ).toBe('a range event is not an object of strings');
    expect(() => checkedRecord({ id: 1 }, 'vulns/X')).toThrow(
      'vulns/X is not a usable OSV record: no valid id',
    );
  });
});
