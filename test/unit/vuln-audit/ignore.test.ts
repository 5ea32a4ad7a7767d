import { describe, expect, it } from 'vitest';
import { isExpired, matchIgnore, parseIgnore } from '../../../src/actions/vuln-audit/ignore.js';
import { InputError } from '../../../src/core/errors.js';

describe('the ignore input', () => {
  it('reads `<id> [until YYYY-MM-DD] # reason` lines, skipping blanks and comments', () => {
    const entries = parseIgnore(
      [
        '# accepted risks, reviewed 2026-11',
        '',
        'GHSA-2g68-c3qc-8985 until 2027-01-31 # the debugger is never enabled in production',
        '  pysec-2022-42969   # py is only a test dependency of a dependency',
        'CVE-2024-3651',
      ].join('\n'),
    );
    expect(entries).toEqual([
      {
        id: 'GHSA-2g68-c3qc-8985',
        until: '2027-01-31',
        reason: 'the debugger is never enabled in production',
        line: 'GHSA-2g68-c3qc-8985 until 2027-01-31 # the debugger is never enabled in production',
      },
      {
        id: 'pysec-2022-42969',
        reason: 'py is only a test dependency of a dependency',
        line: 'pysec-2022-42969   # py is only a test dependency of a dependency',
      },
      { id: 'CVE-2024-3651', reason: '', line: 'CVE-2024-3651' },
    ]);
  });

  it('refuses a line it cannot read, naming the input and the line', () => {
    for (const bad of [
      'GHSA-2g68-c3qc-8985 until tomorrow',
      'GHSA-2g68-c3qc-8985 until 2027-02-30 # no such day',
      'GHSA-2g68-c3qc-8985, GHSA-h5c8-rqwp-cp95',
      'just words',
      '-leading-dash',
    ]) {
      const err = (() => {
        try {
          parseIgnore(`CVE-2024-3651\n${bad}\n`);
        } catch (e) {
          return e;
        }
      })();
      expect(err, bad).toBeInstanceOf(InputError);
      expect((err as InputError).input).toBe('ignore');
      expect((err as InputError).value).toBe(bad);
      expect((err as Error).message).toMatch(/<id> \[until YYYY-MM-DD\] # reason/);
    }
  });

  it('matches the id or any alias, case-insensitively, until its last day', () => {
    const [entry] = parseIgnore('cve-2024-3651 until 2026-12-04 # fixed upstream soon');
    const ids = ['GHSA-jjg7-2v4v-x38h', 'CVE-2024-3651', 'PYSEC-2024-60'];
    expect(matchIgnore([entry!], ids, '2026-12-04')).toBe(entry);
    expect(isExpired(entry!, '2026-12-04')).toBe(false);
    expect(isExpired(entry!, new Date('2026-12-05T00:00:01Z'))).toBe(true);
    expect(matchIgnore([entry!], ids, '2026-12-05')).toBeUndefined();
    expect(matchIgnore([entry!], ['GHSA-h5c8-rqwp-cp95'], '2026-12-01')).toBeUndefined();
  });
});
