import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseGitleaksReport,
  REDACTED,
  redactedHint,
} from '../../../src/actions/secret-scan/gitleaks-report.js';

const load = (name: string) =>
  JSON.parse(fs.readFileSync(path.resolve('test/fixtures/secret-scan', name), 'utf8')) as unknown[];
const asIs = { toRepoPath: (f: string) => f };

describe('parseGitleaksReport (captured gitleaks git report)', () => {
  const findings = parseGitleaksReport(load('git-report.json'), asIs);

  it('keeps rule, location, commit, author, date and gitleaks fingerprint', () => {
    expect(findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort()).toEqual([
      'aws-access-token app/settings.py:1',
      'generic-api-key app/settings.py:2',
      'github-pat app/client.py:1',
      'private-key deploy/id.pem:1',
      'slack-bot-token chat.py:1',
    ]);
    const gh = findings.find((f) => f.rule === 'github-pat');
    expect(gh).toMatchObject({
      tool: 'gitleaks',
      severity: 'error',
      column: 18,
      endColumn: 57,
      data: { path: 'app/client.py', author: 'Ada Tester', date: '2023-11-14', hint: REDACTED },
    });
    expect(gh?.fingerprint).toBe(`${gh?.data.commit}:app/client.py:github-pat:1`);
    expect(gh?.message).toMatch(
      /^Possible secret committed in [0-9a-f]{7} by Ada Tester on 2023-11-14: «redacted»$/,
    );
    expect(findings.find((f) => f.rule === 'private-key')?.endLine).toBeGreaterThan(10);
  });

  it('names the assigned key in the hint, never the value', () => {
    expect(findings.find((f) => f.rule === 'generic-api-key')?.data.hint).toBe(
      `aws_secret_access_key = ${REDACTED}`,
    );
  });

  it('copies neither Secret, Match nor the commit message', () => {
    const text = JSON.stringify(findings);
    expect(text).not.toContain('REDACTED"');
    expect(text).not.toContain('"Message"');
    expect(text).not.toContain('ada@example.com');
  });

  it('maps paths with toRepoPath, keeping gitleaks path for links and fingerprints', () => {
    const [f] = parseGitleaksReport(load('git-report.json').slice(0, 1), { toRepoPath: (p) => `sub/${p}` });
    expect(f?.file).toBe(`sub/${f?.data.path}`);
    expect(f?.fingerprint).toContain(`:${f?.data.path}:`);
  });
});

describe('parseGitleaksReport (captured gitleaks dir report)', () => {
  it('has no commit facts and file:rule:line fingerprints', () => {
    const findings = parseGitleaksReport(load('dir-report.json'), asIs);
    expect(findings.map((f) => f.fingerprint).sort()).toEqual([
      'app/client.py:github-pat:1',
      'app/settings.py:aws-access-token:1',
      'app/settings.py:generic-api-key:2',
      'chat.py:slack-bot-token:1',
      'deploy/id.pem:private-key:1',
    ]);
    expect(
      findings.every((f) => f.data.commit === undefined && f.message.startsWith('Possible secret: ')),
    ).toBe(true);
  });
});

describe('no secret survives parsing, even from an unredacted report', () => {
  // Built at run time: no literal credential in the source.
  const value = ['gh', 'p_', 'Q8s', '7Tz1x', 'K9mWv2', 'Lr4Np6', 'Hd3Fg5', 'Jk8Bq0', 'Yc1'].join('');
  const entry = {
    RuleID: 'github-pat',
    Match: `token = "${value}"`,
    Secret: value,
    File: 'a.py',
    StartLine: 3,
    Commit: 'c'.repeat(40),
    Author: `Eve ${value}`.slice(0, 4),
    Message: `add ${value}`,
    Fingerprint: `${'c'.repeat(40)}:a.py:github-pat:3`,
  };

  it('drops Secret, Match and Message; the hint is built from the key name only if redacted', () => {
    const [f] = parseGitleaksReport([entry], asIs);
    expect(JSON.stringify(f)).not.toContain(value);
    expect(f?.data.hint).toBe(REDACTED);
  });

  it('redactedHint keeps only a digit-free key name before the operator', () => {
    expect(redactedHint('password = "REDACTED"')).toBe(`password = ${REDACTED}`);
    expect(redactedHint('"db.password": "REDACTED"')).toBe(`db.password : ${REDACTED}`);
    expect(redactedHint('REDACTED')).toBe(REDACTED);
    expect(redactedHint('key1 = REDACTED')).toBe(REDACTED);
    expect(redactedHint(`secret = "${value}"`)).toBe(REDACTED);
    expect(redactedHint(undefined)).toBe(REDACTED);
  });

  it('rejects an entry that is not a gitleaks finding', () => {
    expect(() => parseGitleaksReport([{ rule: 'x' }], asIs)).toThrow(/entry 0 has no RuleID or File/);
  });
});
