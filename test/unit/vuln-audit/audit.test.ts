import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { affects } from '../../../src/actions/vuln-audit/affected.js';
import { auditPackages, brief, verdict } from '../../../src/actions/vuln-audit/audit.js';
import { parseIgnore } from '../../../src/actions/vuln-audit/ignore.js';
import type { AuditResult, Severity } from '../../../src/actions/vuln-audit/model.js';
import { type OsvRecord, packageKey, SourceError } from '../../../src/actions/vuln-audit/osv.js';
import { type PackageSelection, selectPackages } from '../../../src/actions/vuln-audit/packages.js';
import { fixtureRecords } from '../../support/osv-records.js';

const PROJECT = path.resolve('test/fixtures/vuln-audit/project');
const EXPECTED = JSON.parse(fs.readFileSync(path.join(PROJECT, 'expected.json'), 'utf8'));
const TODAY = '2026-12-04';

/** What a source answers: for each package, the (real) records that affect its version. */
function answer(
  selection: PackageSelection,
  records: OsvRecord[] = fixtureRecords(),
): Map<string, OsvRecord[]> {
  return new Map(
    selection.audited.map((p) => [packageKey(p), records.filter((r) => affects(r, p.name, p.version))]),
  );
}

const select = (groups = '') =>
  selectPackages({
    workingDirectory: PROJECT,
    env: {},
    groups,
    runner: { platform: 'linux', machine: 'x86_64' },
  });

/** The result as expected.json records it: source-independent, paths relative to the project. */
function view(r: AuditResult) {
  return {
    audited: r.audited.map(packageKey),
    skipped: r.skipped.map((s) => ({ package: packageKey(s), reason: s.reason })),
    vulnerable: r.vulnerable.map((vp) => ({
      package: packageKey(vp.pkg),
      chain: vp.pkg.chain,
      ...(vp.pkg.group ? { group: vp.pkg.group } : {}),
      ...(vp.pkg.requirement ? { requirement: vp.pkg.requirement } : {}),
      vulnerabilities: vp.vulnerabilities.map((v) => ({
        id: v.id,
        aliases: v.aliases,
        severity: v.severity.level ?? 'unknown',
        ...(v.severity.score !== undefined ? { score: v.severity.score, from: v.severity.from } : {}),
        affected: v.affected,
        fixedIn: v.fixedIn ?? null,
        ...(v.fixAllowed !== undefined ? { fixAllowed: v.fixAllowed } : {}),
      })),
      remedy: vp.remedy
        ? {
            command: vp.remedy.command,
            ...(vp.remedy.requirement
              ? {
                  requirement: {
                    ...vp.remedy.requirement,
                    file: path.relative(PROJECT, vp.remedy.requirement.file),
                  },
                }
              : {}),
          }
        : null,
    })),
  };
}

describe('the fixture project against the real records (expected.json)', () => {
  for (const [key, groups] of [
    ['default', ''],
    ['all', 'all'],
  ] as const) {
    it(`finds what expected.json says, groups ${groups ? `"${groups}"` : 'empty'}`, async () => {
      const selection = await select(groups);
      const result = auditPackages(selection, answer(selection), {
        ignore: [],
        today: TODAY,
        source: 'fixture records',
      });
      const { verdicts, environment, ...expected } = EXPECTED[key];
      expect(selection.environment.description).toBe(environment);
      expect(view(result)).toEqual(expected);
      for (const [combo, want] of Object.entries(
        verdicts as Record<string, { pass: boolean; failing: string[] }>,
      )) {
        const [failOn, minSeverity] = combo.split('/') as ['any' | 'fixable' | 'none', Severity];
        const v = verdict(result, { failOn, minSeverity });
        expect(
          { pass: v.pass, failing: v.failing.map((f) => `${f.pkg.name} ${f.vulnerability.id}`) },
          combo,
        ).toEqual(want);
      }
      expect(result.source).toBe('fixture records');
    });
  }

  it('says so in one line', async () => {
    const selection = await select();
    const result = auditPackages(selection, answer(selection), { ignore: [], today: TODAY });
    expect(brief(result, verdict(result, { failOn: 'fixable', minSeverity: 'low' }))).toBe(
      'Fail: 6 vulnerabilities in 5 of 11 packages (5 fixable); 1 not audited',
    );
    const clean = auditPackages(selection, answer(selection, []), { ignore: [], today: TODAY });
    expect(brief(clean, verdict(clean, { failOn: 'any', minSeverity: 'low' }))).toBe(
      'Pass: no known vulnerabilities in 11 packages; 1 not audited',
    );
  });
});

describe('ignore entries', () => {
  let selection: PackageSelection;
  beforeAll(async () => {
    selection = await select();
  });

  it('cover a vulnerability by any alias, are reported when they match nothing, and stop at their date', () => {
    const ignore = parseIgnore(
      [
        'CVE-2024-34069 until 2027-01-31 # werkzeug debugger is off in production',
        'PYSEC-2024-60 # idna: inputs are ours', // an alias of GHSA-jjg7-2v4v-x38h
        'GHSA-0000-0000-0000 # nothing has this',
      ].join('\n'),
    );
    const result = auditPackages(selection, answer(selection), { ignore, today: TODAY });
    const werkzeug = result.vulnerable.find((v) => v.pkg.name === 'werkzeug')?.vulnerabilities[0];
    expect(werkzeug?.ignored).toEqual({
      reason: 'werkzeug debugger is off in production',
      until: '2027-01-31',
    });
    expect(result.vulnerable.find((v) => v.pkg.name === 'idna')?.vulnerabilities[0]?.ignored).toEqual({
      reason: 'idna: inputs are ours',
    });
    expect(result.unusedIgnores).toEqual(['GHSA-0000-0000-0000']);
    expect(result.expiredIgnores).toEqual([]);
    // ignored ones do not fail: at min-severity high only werkzeug counted, and it is ignored
    expect(verdict(result, { failOn: 'any', minSeverity: 'high' })).toEqual({
      pass: true,
      failing: [],
      reasons: [],
    });
    expect(brief(result)).toBe('6 vulnerabilities in 5 of 11 packages (5 fixable, 2 ignored); 1 not audited');
  });

  it('an expired entry fails the step whatever fail-on says, naming it, and no longer ignores', () => {
    const ignore = parseIgnore('GHSA-2g68-c3qc-8985 until 2026-12-03 # werkzeug, until the upgrade');
    const result = auditPackages(selection, answer(selection), { ignore, today: TODAY });
    expect(result.expiredIgnores).toEqual(['GHSA-2g68-c3qc-8985 (until 2026-12-03)']);
    expect(result.unusedIgnores).toEqual([]);
    expect(
      result.vulnerable.find((v) => v.pkg.name === 'werkzeug')?.vulnerabilities[0]?.ignored,
    ).toBeUndefined();
    expect(verdict(result, { failOn: 'none', minSeverity: 'low' })).toEqual({
      pass: false,
      failing: [],
      reasons: ['expired ignore entry: GHSA-2g68-c3qc-8985 (until 2026-12-03)'],
    });
    const v = verdict(result, { failOn: 'fixable', minSeverity: 'high' });
    expect(v.reasons).toEqual([
      '1 vulnerability at or above high (or of unknown severity) with a fix released (fail-on: fixable)',
      'expired ignore entry: GHSA-2g68-c3qc-8985 (until 2026-12-03)',
    ]);
    // the day itself is still covered
    const onTheDay = auditPackages(selection, answer(selection), { ignore, today: '2026-12-03' });
    expect(onTheDay.expiredIgnores).toEqual([]);
  });
});

describe('counting rules', () => {
  it('counts a vulnerability of unknown severity against every threshold', async () => {
    const selection = await select();
    // A record without any severity for a package of the project (in-memory variant of a real one).
    const unscored: OsvRecord = {
      id: 'PYSEC-9999-1',
      summary: 'unscored',
      affected: [
        {
          package: { ecosystem: 'PyPI', name: 'redis' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '5.0.2' }] }],
        },
      ],
    };
    const result = auditPackages(selection, answer(selection, [unscored]), { ignore: [], today: TODAY });
    expect(result.vulnerable[0]?.vulnerabilities[0]).toMatchObject({
      id: 'PYSEC-9999-1',
      severity: {},
      fixedIn: '5.0.2',
    });
    const v = verdict(result, { failOn: 'fixable', minSeverity: 'critical' });
    expect(v.failing.map((f) => f.vulnerability.id)).toEqual(['PYSEC-9999-1']);
    expect(v.pass).toBe(false);
  });

  it('fails rather than call clean a package the source did not answer for', async () => {
    const selection = await select();
    const partial = answer(selection);
    partial.delete('urllib3==2.2.1');
    partial.delete('idna==3.6');
    expect(() => auditPackages(selection, partial, { ignore: [], today: TODAY })).toThrow(SourceError);
    expect(() => auditPackages(selection, partial, { ignore: [], today: TODAY })).toThrow(
      'could not audit 2 packages: the source gave no answer for idna==3.6, urllib3==2.2.1',
    );
  });

  it('drops withdrawn records even when a source hands them over (redis PYSEC-2023-73)', async () => {
    const selection = await select();
    const withdrawn = fixtureRecords().filter((r) => r.id === 'PYSEC-2023-73');
    const records = new Map(
      selection.audited.map((p) => [packageKey(p), p.name === 'redis' ? withdrawn : []]),
    );
    expect(auditPackages(selection, records, { ignore: [], today: TODAY }).vulnerable).toEqual([]);
  });
});
