import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { affects, fixedVersions, smallestFixAbove } from '../../../src/actions/vuln-audit/affected.js';
import {
  type PypiVulnerability,
  pypiVulnerabilityToOsv,
} from '../../../src/actions/vuln-audit/sources/pypi.js';

// PyPI's documented answer for Django 3.0.2 (origin in test/fixtures/vuln-audit/README.md).
const answer = JSON.parse(fs.readFileSync('test/fixtures/vuln-audit/pypi/django-3.0.2.json', 'utf8')) as {
  vulnerabilities: PypiVulnerability[];
};

describe('pypiVulnerabilityToOsv', () => {
  const entry = answer.vulnerabilities[0]!;
  const record = pypiVulnerabilityToOsv(entry, 'django', '3.0.2');

  it('keeps id, aliases, summary, details and the link', () => {
    expect(record).toMatchObject({
      id: 'PYSEC-2021-9',
      aliases: ['CVE-2021-3281'],
      summary: 'A shorter summary of the vulnerability',
      references: [{ type: 'ADVISORY', url: 'https://osv.dev/vulnerability/PYSEC-2021-9' }],
      database_specific: { source: 'pypi', fixed_in: ['2.2.18', '3.0.12', '3.1.6'] },
    });
    expect(record.details).toMatch(/^In Django 2\.2 before 2\.2\.18/);
  });

  it('affects the version asked about; the fix is the smallest fixed_in above it', () => {
    expect(affects(record, 'Django', '3.0.2')).toBe(true);
    expect(fixedVersions(record, 'django')).toEqual(['3.0.12']);
    expect(smallestFixAbove(record, 'django', '3.0.2')).toBe('3.0.12');
    expect(affects(record, 'django', '3.0.12')).toBe(false);
  });

  it('no fix above the version: an open range; a version that is not PEP 440: the versions list only', () => {
    const late = pypiVulnerabilityToOsv(entry, 'django', '3.1.6');
    expect(late.affected![0]!.ranges).toEqual([{ type: 'ECOSYSTEM', events: [{ introduced: '3.1.6' }] }]);
    expect(smallestFixAbove(late, 'django', '3.1.6')).toBeUndefined();
    const odd = pypiVulnerabilityToOsv(entry, 'django', 'custom-build');
    expect(odd.affected![0]!.ranges).toBeUndefined();
    expect(affects(odd, 'django', 'custom-build')).toBe(true);
  });
});
