import { describe, expect, it } from 'vitest';
import { affects } from '../../../src/actions/vuln-audit/affected.js';
import { fixtureRecords } from '../../support/osv-records.js';
import { serverMatches } from '../../support/osv-server.js';

/**
 * The loopback OSV server decides what a version is affected by with its own code (intervals), so that the
 * source tests do not compare affected.ts with itself; here the two are checked against each other on every
 * real record, at every version the record names and a few around each.
 */
describe('the loopback server and affected.ts agree on the real records', () => {
  const records = fixtureRecords();
  for (const record of records) {
    it(record.id, () => {
      const rec = { ...record, withdrawn: undefined };
      for (const a of rec.affected ?? []) {
        const name = a.package!.name;
        const named = [
          ...(a.versions ?? []),
          ...(a.ranges ?? []).flatMap((r) => r.events.flatMap((e) => Object.values(e) as string[])),
        ].filter((v) => /^\d/.test(v));
        const around = named.flatMap((v) => [v, `${v}.1`, `${v}rc1`, `${v}.post1`, `${v}.dev0`]);
        const versions = [...new Set(['0.0.1', '99.0', ...around])];
        const disagree = versions.filter((v) => affects(rec, name, v) !== serverMatches(rec, name, v));
        expect(disagree).toEqual([]);
        // Not vacuous: each record affects some of these versions and not others.
        const hits = versions.filter((v) => affects(rec, name, v)).length;
        expect(hits).toBeGreaterThan(0);
        expect(hits).toBeLessThan(versions.length);
      }
    });
  }
});
