import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { declarationSites } from '../../../src/actions/vuln-audit/declarations.js';
import type {
  AuditedPackage,
  AuditResult,
  Vulnerability,
  VulnerablePackage,
} from '../../../src/actions/vuln-audit/model.js';
import {
  type Blocking,
  buildReport,
  osvUrl,
  severityText,
  sourceFailureReport,
  vulnFindings,
} from '../../../src/actions/vuln-audit/report.js';
import { buildSarif } from '../../../src/report/sarif.js';
import { renderSummary } from '../../../src/report/summary.js';

// A workspace whose root declares flask and a dev group, and a member that declares requests.
const WS = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vuln-audit-report-')));
afterAll(() => fs.rmSync(WS, { recursive: true, force: true }));
fs.writeFileSync(
  path.join(WS, 'pyproject.toml'),
  [
    '[project]',
    'name = "shop"',
    'version = "1.0"',
    'dependencies = [',
    '    "flask>=2.0",',
    '    "pillow>=9,<10",',
    ']',
    '',
    '[dependency-groups]',
    'dev = ["black==22.1.0"]',
    '',
  ].join('\n'),
);
fs.mkdirSync(path.join(WS, 'packages/api'), { recursive: true });
fs.writeFileSync(
  path.join(WS, 'packages/api/pyproject.toml'),
  '[project]\nname = "api"\nversion = "0.1"\n\ndependencies = ["requests>=2.20"]\n',
);

const pkg = (name: string, version: string, chain: string[], more: Partial<AuditedPackage> = {}) =>
  ({
    name,
    version,
    chain,
    direct: chain[1] ?? name,
    declaredBy: chain[0] ?? 'shop',
    ...more,
  }) as AuditedPackage;

const vuln = (id: string, more: Partial<Vulnerability> = {}): Vulnerability => ({
  id,
  aliases: [],
  summary: `summary of ${id}`,
  severity: {},
  affected: '<1.0',
  url: osvUrl(id),
  record: { id },
  ...more,
});

const jinja: VulnerablePackage = {
  pkg: pkg('jinja2', '3.1.2', ['shop', 'flask', 'jinja2']),
  vulnerabilities: [
    vuln('GHSA-h5c8-rqwp-cp95', {
      aliases: ['CVE-2024-22195'],
      summary: 'Jinja vulnerable to HTML attribute injection',
      severity: {
        level: 'medium',
        score: 5.4,
        vector: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N',
        from: 'CVSS_V3',
      },
      affected: '<3.1.3',
      fixedIn: '3.1.3',
      fixAllowed: true,
    }),
    vuln('GHSA-q2x7-8rv6-6q7h', {
      severity: { level: 'high', from: 'database' },
      fixedIn: '3.1.5',
      ignored: { reason: 'sandbox not used', until: '2099-01-01' },
    }),
  ],
  remedy: { command: 'uv lock --upgrade-package jinja2==3.1.5' },
};
const pillow: VulnerablePackage = {
  pkg: pkg('pillow', '9.5.0', ['shop', 'pillow'], { requirement: '>=9,<10' }),
  vulnerabilities: [
    vuln('GHSA-j7hp-h8jx-5ppr', {
      aliases: ['CVE-2023-4863'],
      severity: {
        level: 'high',
        score: 8.8,
        vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H',
        from: 'CVSS_V3',
      },
      fixedIn: '10.0.1',
      fixAllowed: false,
    }),
  ],
  remedy: {
    command: 'uv lock --upgrade-package pillow==10.0.1',
    version: '10.0.1',
    requirement: {
      file: path.join(WS, 'pyproject.toml'),
      current: '>=9,<10',
      suggested: '>=10.0.1,<11',
      section: 'project.dependencies',
    },
  },
};
const black: VulnerablePackage = {
  pkg: pkg('black', '22.1.0', ['shop', 'black'], { group: 'dev' }),
  vulnerabilities: [vuln('PYSEC-2024-48', { severity: { level: 'medium', score: 5.3, from: 'CVSS_V3' } })],
};
const urllib3: VulnerablePackage = {
  pkg: pkg('urllib3', '1.26.4', ['api', 'requests', 'urllib3']),
  vulnerabilities: [
    vuln('GHSA-v845-jxx5-vc9f', { fixedIn: '1.26.17', severity: { level: 'low', score: 3.1 } }),
  ],
  remedy: { command: 'uv lock --upgrade-package urllib3==1.26.17', directory: WS },
};

const result: AuditResult = {
  audited: [jinja.pkg, pillow.pkg, black.pkg, urllib3.pkg, pkg('click', '8.1.7', ['shop', 'flask', 'click'])],
  skipped: [{ name: 'mylib', version: '0.1', reason: 'git source: no index release to look up' }],
  vulnerable: [jinja, pillow, black, urllib3],
  unusedIgnores: ['CVE-2000-0001'],
  expiredIgnores: ['PYSEC-2020-1 until 2021-01-01'],
  source: 'OSV API at https://api.osv.dev',
};

/** fail-on: fixable, min-severity: medium (unknown counts). */
const blocking: Blocking = (_vp, v) => v.fixedIn !== undefined && !v.ignored && v.severity.level !== 'low';

const siteOf = declarationSites({
  pyprojects: new Map([
    ['shop', path.join(WS, 'pyproject.toml')],
    ['api', path.join(WS, 'packages/api/pyproject.toml')],
  ]),
  fallback: path.join(WS, 'pyproject.toml'),
  workspace: WS,
});

describe('vuln-audit findings', () => {
  const findings = vulnFindings(result, siteOf, blocking, WS);

  it('one per (package, vulnerability) not ignored, ruled by the vulnerability id', () => {
    expect(findings.map((f) => `${f.data?.package} ${f.rule} ${f.severity}`)).toEqual([
      'jinja2 GHSA-h5c8-rqwp-cp95 error',
      'pillow GHSA-j7hp-h8jx-5ppr error',
      'black PYSEC-2024-48 warning', // no fix released
      'urllib3 GHSA-v845-jxx5-vc9f warning', // below min-severity
    ]);
    expect(findings[0]?.helpUri).toBe('https://osv.dev/vulnerability/GHSA-h5c8-rqwp-cp95');
  });

  it('annotates the line declaring the direct dependency, in the declaring member’s pyproject', () => {
    const at = findings.map((f) => `${f.file}:${f.line}`);
    // jinja2 through flask (line 5), pillow (6), black in the dev group (10), urllib3 through the member's requests.
    expect(at).toEqual([
      'pyproject.toml:5',
      'pyproject.toml:6',
      'pyproject.toml:10',
      'packages/api/pyproject.toml:5',
    ]);
  });

  it('says what, how bad, which chain and the fix, in one line', () => {
    expect(findings[0]?.message).toBe(
      'jinja2 3.1.2 (required by flask → jinja2): GHSA-h5c8-rqwp-cp95 (CVE-2024-22195), severity medium 5.4: ' +
        'Jinja vulnerable to HTML attribute injection; fixed in 3.1.3: uv lock --upgrade-package jinja2==3.1.5.',
    );
    expect(findings[1]?.message).toContain(
      'change the requirement pillow>=9,<10 to pillow>=10.0.1,<11 in [project].dependencies of pyproject.toml, then uv lock --upgrade-package pillow==10.0.1',
    );
    expect(findings[2]?.message).toMatch(/no fixed version released\.$/);
    expect(findings[0]?.data).toMatchObject({
      aliases: 'CVE-2024-22195',
      severity: 'medium',
      score: 5.4,
      vector: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N',
      fixedIn: '3.1.3',
      chain: 'shop → flask → jinja2',
    });
  });

  it('fingerprints the package and the vulnerability, not the version', () => {
    const bumped: AuditResult = {
      ...result,
      vulnerable: [{ ...jinja, pkg: { ...jinja.pkg, version: '3.1.1' } }],
    };
    expect(vulnFindings(bumped, siteOf, blocking, WS)[0]?.fingerprint).toBe(findings[0]?.fingerprint);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
  });

  it('gives SARIF one rule per vulnerability id with its OSV page', () => {
    const twice: AuditResult = {
      ...result,
      vulnerable: [
        ...result.vulnerable,
        { ...jinja, pkg: pkg('jinja2-fork', '1.0', ['shop', 'flask', 'jinja2-fork']) },
      ],
    };
    const report = buildReport(twice, vulnFindings(twice, siteOf, blocking, WS), opts());
    const run = buildSarif(report).log.runs[0];
    expect(run?.tool.driver.name).toBe('vuln-audit');
    expect(run?.tool.driver.rules.map((r) => [r.id, r.helpUri])).toEqual(
      ['GHSA-h5c8-rqwp-cp95', 'GHSA-j7hp-h8jx-5ppr', 'GHSA-v845-jxx5-vc9f', 'PYSEC-2024-48'].map((id) => [
        id,
        `https://osv.dev/vulnerability/${id}`,
      ]),
    );
    expect(run?.results).toHaveLength(5);
  });
});

function opts() {
  return {
    verdict: 'fail' as const,
    headline: '4 vulnerable packages',
    blocking,
    policy: 'fail-on: fixable, min-severity: medium',
    durationMs: 42,
    groups: '',
    workspace: WS,
    target: 'linux x86_64, CPython 3.12 (from .python-version)',
    notSelected: 3,
  };
}

describe('vuln-audit summary', () => {
  const findings = vulnFindings(result, siteOf, blocking, WS);
  const md = renderSummary(buildReport(result, findings, opts())).markdown;

  it('puts the vulnerable packages first, each with its vulnerabilities and fix, then the rest', () => {
    const order = [
      '### ❌ Vulnerabilities: 4 vulnerable packages',
      '#### jinja2 3.1.2: 1 vulnerability — 1 failing',
      '#### pillow 9.5.0: 1 vulnerability — 1 failing',
      '#### black 22.1.0: 1 vulnerability\n',
      '#### urllib3 1.26.4: 1 vulnerability\n',
      '<summary>Ignored vulnerabilities (1)</summary>',
      '#### Ignore entries',
      '<summary>Not audited (1)</summary>',
      '<summary>No known vulnerability (1)</summary>',
      '#### Scope',
    ].map((s) => md.indexOf(s));
    expect(
      order.every((n) => n >= 0),
      md,
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('links each id to OSV and shows aliases, severity with its vector, range, fix and chain', () => {
    for (const part of [
      '[<code>GHSA-h5c8-rqwp-cp95</code>](https://osv.dev/vulnerability/GHSA-h5c8-rqwp-cp95)',
      'CVE-2024-22195',
      'medium 5.4<br><code>CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N</code>',
      '| &lt;3.1.3 |',
      'Required by: flask → jinja2 (<code>shop → flask → jinja2</code>)',
      'Fix: <code>uv lock --upgrade-package jinja2==3.1.5</code>',
      "the fixed release is outside the project's requirement: change <code>pillow&gt;=9,&lt;10</code> to <code>pillow&gt;=10.0.1,&lt;11</code> in \\[project\\].dependencies of <code>pyproject.toml</code>",
      'Required by: direct dependency (group dev)',
      // A member's fix is run where uv.lock is: the workspace root.
      'Fix: <code>uv lock --upgrade-package urllib3==1.26.17</code> (in <code>.</code>)',
      'no fix released',
      'high (advisory)',
    ])
      expect(md).toContain(part);
  });

  it('reports unused and expired ignore entries, the source and the policy', () => {
    expect(md).toMatch(/Expired .*<code>PYSEC-2020-1 until 2021-01-01<\/code>/);
    expect(md).toMatch(/Matched no vulnerability .*<code>CVE-2000-0001<\/code>/);
    expect(md).toContain('sandbox not used');
    expect(md).toContain('Source: OSV API at https:/\u200B/api.osv.dev');
    expect(md).toContain('Policy: fail-on: fixable, min-severity: medium');
    expect(md).toContain('3 packages only dependency groups bring in, not counted');
    expect(md).toContain('markers judged for linux x86\\_64, CPython 3.12 (from .python-version)');
  });

  it('names severities by where they came from', () => {
    expect(severityText({})).toBe('unknown');
    expect(severityText({ level: 'critical', score: 10 })).toBe('critical 10.0');
    expect(severityText({ level: 'high', from: 'database' })).toBe('high (advisory)');
  });

  it('reports a source failure without findings, naming the packages not audited', () => {
    const r = sourceFailureReport(
      { message: 'api.osv.dev: HTTP 503 after 4 attempts', packages: [jinja.pkg, pillow.pkg] },
      { source: 'OSV API at http://127.0.0.1:9', packages: 5, durationMs: 10 },
    );
    expect(r.verdict).toBe('fail');
    expect(r.findings).toEqual([]);
    const text = renderSummary(r).markdown;
    expect(text).toContain('could not audit 2 packages of 5');
    expect(text).toContain('<code>jinja2</code> 3.1.2, <code>pillow</code> 9.5.0');
  });
});
