import { describe, expect, it } from 'vitest';
import {
  CANARY_KINDS,
  canaryFailure,
  detectable,
  makeCanary,
  missedKinds,
  shannonEntropy,
} from '../../../src/actions/secret-scan/canary.js';
import { canaryLine } from '../../../src/actions/secret-scan/summary.js';

describe('canary', () => {
  it('puts each kind on its own lines, with fresh values each time', () => {
    const a = makeCanary(CANARY_KINDS);
    const b = makeCanary(CANARY_KINDS);
    expect(a.text).not.toBe(b.text);
    const lines = a.text.split('\n');
    expect(lines[a.lines['aws-access-key'].from - 1]).toMatch(new RegExp(`^${'AK'}${'IA'}[A-Z2-7]{16}$`));
    expect(lines[a.lines['github-token'].from - 1]).toMatch(new RegExp(`^${'gh'}${'p_'}[0-9A-Za-z]{36}$`));
    expect(lines[a.lines['slack-token'].from - 1]).toMatch(new RegExp(`^${'xo'}${'xb'}-\\d{12}-\\d{12}-`));
    const key = a.lines['private-key'];
    // (the marker is assembled, so this file holds nothing a scanner would take for a key)
    const marker = (edge: string) => `-----${edge} RSA ${'PRIV'}${'ATE'} KEY-----`;
    expect(lines[key.from - 1]).toBe(marker('BEGIN'));
    expect(lines[key.to - 1]).toBe(marker('END'));
    // Never a placeholder gitleaks' global stopwords would allow (its default config lists the alphabet).
    expect(a.text.toLowerCase()).not.toContain('abcdefghijklmnopqrstuvwxyz');
  });

  it('computes entropy as gitleaks does, and draws no value under its thresholds', () => {
    // (a value gitleaks 8.30.1 missed in a 3,000-sample run: aws-access-token wants entropy >= 3)
    expect(shannonEntropy(`${'AK'}${'IA'}SA2JUUJA6JJJUUJT`)).toBeCloseTo(2.746, 3);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    // Values gitleaks 8.30.1 missed for its global allowlist regex `(?i)^true|false|null$`, or the AWS rule's.
    expect(detectable(`${'AK'}${'IA'}X2JW77ERND6PNULL`)).toBe(false);
    expect(detectable(`${'AK'}${'IA'}X2JW7FALSEND6PQR`)).toBe(false);
    expect(detectable(`${'AK'}${'IA'}X2JW7Q2ZEXAMPLE`)).toBe(false);
    expect(detectable(`${'AK'}${'IA'}X2JW77ERND6PQR3M`)).toBe(true);
    for (let i = 0; i < 2000; i++) {
      const c = makeCanary(['aws-access-key', 'github-token', 'slack-token']);
      for (const line of c.text.split('\n').filter(Boolean))
        expect(shannonEntropy(line)).toBeGreaterThanOrEqual(3.5);
    }
  });

  it('counts a kind as detected when any finding starts on its lines, whatever the rule is called', () => {
    const c = makeCanary(['github-token', 'private-key']);
    const key = c.lines['private-key'].from;
    expect(missedKinds(c, [{ RuleID: 'my-own-pem-rule', StartLine: key }])).toEqual(['github-token']);
    expect(missedKinds(c, [])).toEqual(['github-token', 'private-key']);
    expect(missedKinds(c, [{ StartLine: c.lines['github-token'].from }, { StartLine: key }])).toEqual([]);
  });

  it('says what was missed, with which gitleaks and rules, and never holds a value', () => {
    expect(canaryFailure(['slack-token'], '8.30.1', "gitleaks' default rules")).toMatch(
      /^the scanner found nothing in a sample it must detect \(slack-token\): the result of this scan cannot be trusted\. gitleaks 8\.30\.1 with gitleaks' default rules /,
    );
  });

  it('summarises the control as one sentence', () => {
    expect(canaryLine({ checked: [], missed: [], durationMs: 0, all: false })).toBe(
      'not run (`canary-kinds: none`), so nothing shows that these rules detect anything.',
    );
    expect(canaryLine({ checked: ['github-token'], missed: [], durationMs: 1, all: false })).toBe(
      'gitleaks detected fake credentials of the kinds `canary-kinds` lists (<code>github-token</code>) in a generated sample before the scan.',
    );
  });
});
