import { describe, expect, it } from 'vitest';
import type { OsvRecord } from '../../../src/actions/vuln-audit/osv.js';
import { baseScore, levelOf, meetsSeverity, severityOf } from '../../../src/actions/vuln-audit/severity.js';
import { normalizePackageName } from '../../../src/core/python-names.js';
import { fixtureRecord } from '../../support/osv-records.js';

describe('CVSS base scores, checked against the specification bodies, not the library', () => {
  it('v3.1: the examples of FIRST\'s "CVSS v3.1: Examples" document', () => {
    // FIRST, Common Vulnerability Scoring System v3.1: Examples (https://www.first.org/cvss/v3.1/examples),
    // the same examples and scores as the v3.0 document for these three (v3.1 changed only the Roundup
    // function's floating-point rule and guidance): phpMyAdmin reflected XSS, CVE-2013-1937: 6.1;
    // SSLv3 POODLE, CVE-2014-3566: 3.1; VMware guest-to-host escape, CVE-2012-1516: 9.9.
    expect(baseScore('CVSS_V3', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N')).toBe(6.1);
    expect(baseScore('CVSS_V3', 'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N')).toBe(3.1);
    expect(baseScore('CVSS_V3', 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H')).toBe(9.9);
    // and as v3.0 vectors (the prefix picks the version)
    expect(baseScore('CVSS_V3', 'CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N')).toBe(6.1);
  });

  it("v4.0: the FIRST CVSS SIG's calculator validation set, and FIRST's calculator on the fixture records", () => {
    // FIRSTdotorg/cvss-resources, vectorFiles/reference-scores ("CVSS v4 Calculator Validation Reference Set"):
    // these vectors carry E:A/CR:H/IR:H/AR:H, which are the values "Not Defined" stands for, so their
    // scores are the CVSS-B scores of the base vectors.
    expect(
      baseScore(
        'CVSS_V4',
        'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:L/SI:L/SA:L/E:A/CR:H/IR:H/AR:H',
      ),
    ).toBe(9.3);
    expect(baseScore('CVSS_V4', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:L/SI:L/SA:L')).toBe(9.3);
    expect(baseScore('CVSS_V4', 'CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:L/SI:L/SA:L')).toBe(8.7);
    expect(baseScore('CVSS_V4', 'CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L')).toBe(6.3);
    // A vector with threat metrics lowering the score: the base score ignores them (CVSS-B). Same set:
    // ...SC:L/SI:L/SA:L/E:U/CR:H/IR:H/AR:H scores 6.3 as CVSS-BTE; its CVSS-B is 9.3.
    expect(baseScore('CVSS_V4', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:L/SI:L/SA:L/E:U')).toBe(
      9.3,
    );
    // The v4 vectors of the fixture records, scored by FIRST's calculator code (cvss40.js of
    // RedHatProductSecurity/cvss-v4-calculator at d1eafe0, the origin of https://www.first.org/cvss/calculator/4.0):
    // idna GHSA-jjg7-2v4v-x38h → 6.9, aiohttp GHSA-jwhx-xcg6-8xhj → 6.3.
    expect(baseScore('CVSS_V4', 'CVSS:4.0/AV:L/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N')).toBe(6.9);
    expect(baseScore('CVSS_V4', 'CVSS:4.0/AV:N/AC:H/AT:P/PR:N/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N')).toBe(6.3);
  });

  it('v2 (NVD scale) and what is not a vector', () => {
    expect(baseScore('CVSS_V2', 'AV:N/AC:L/Au:N/C:P/I:P/A:P')).toBe(7.5);
    expect(baseScore('CVSS_V3', 'CVSS:3.1/AV:N')).toBeUndefined(); // incomplete
    expect(baseScore('CVSS_V3', 'CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBeUndefined(); // unknown value
    expect(
      baseScore('CVSS_V3', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'),
    ).toBeUndefined();
    expect(baseScore('CVSS_V4', 'garbage')).toBeUndefined();
  });

  it("maps scores to the specification's qualitative scale", () => {
    expect([0, 0.1, 3.9, 4.0, 6.9, 7.0, 8.9, 9.0, 10].map(levelOf)).toEqual([
      'low', // 0.0 is "None": the lowest level here
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });
});

describe('a record’s severity: v4 > v3 > the database word > v2 > unknown', () => {
  const idna = (r: string) => severityOf(fixtureRecord(r), 'idna', normalizePackageName);

  it('prefers the v4 vector when a record has both (GHSA-jjg7-2v4v-x38h: v3.1 6.2, v4 6.9)', () => {
    expect(idna('GHSA-jjg7-2v4v-x38h')).toEqual({
      level: 'medium',
      score: 6.9,
      vector: 'CVSS:4.0/AV:L/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N',
      from: 'CVSS_V4',
    });
    // the PYSEC record of the same CVE has a v3.1 vector only
    expect(idna('PYSEC-2024-60')).toMatchObject({ level: 'high', score: 7.5, from: 'CVSS_V3' });
  });

  it("takes GHSA's word when no vector scores, and says unknown when there is nothing", () => {
    const base = fixtureRecord('GHSA-h5c8-rqwp-cp95');
    const wordOnly: OsvRecord = { ...base, severity: [] };
    expect(severityOf(wordOnly, 'jinja2')).toEqual({ level: 'medium', from: 'database' }); // MODERATE
    const v2: OsvRecord = {
      ...wordOnly,
      database_specific: {},
      severity: [{ type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' }],
    };
    expect(severityOf(v2, 'jinja2')).toMatchObject({ level: 'high', score: 7.5, from: 'CVSS_V2' });
    // PYSEC-2024-48 (black) has neither a vector nor a word
    expect(severityOf(fixtureRecord('PYSEC-2024-48'), 'black')).toEqual({});
  });

  it('reads affected[].severity of the package as well', () => {
    const base = fixtureRecord('PYSEC-2024-48');
    const withAffected: OsvRecord = {
      ...base,
      affected: (base.affected ?? []).map((a) => ({
        ...a,
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N' }],
      })),
    };
    expect(severityOf(withAffected, 'black')).toMatchObject({ level: 'medium', score: 6.1 });
    expect(severityOf(withAffected, 'other-package')).toEqual({});
  });

  it('counts unknown severity against every threshold', () => {
    expect(meetsSeverity({}, 'critical')).toBe(true);
    expect(meetsSeverity({ level: 'high' }, 'critical')).toBe(false);
    expect(meetsSeverity({ level: 'high' }, 'medium')).toBe(true);
  });
});
