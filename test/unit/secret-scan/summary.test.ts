import { describe, expect, it } from 'vitest';
import type { SecretFinding } from '../../../src/actions/secret-scan/gitleaks-report.js';
import {
  blobUrl,
  findingsSection,
  MAX_ROWS,
  mergesLine,
  scopeSection,
} from '../../../src/actions/secret-scan/summary.js';

const C = '0123456789abcdef0123456789abcdef01234567';
function finding(over: Partial<SecretFinding['data']> = {}, line = 4): SecretFinding {
  return {
    tool: 'gitleaks',
    rule: 'github-pat',
    severity: 'error',
    message: 'Possible secret',
    file: 'src/my app/a.py',
    line,
    fingerprint: `${C}:src/my app/a.py:github-pat:${line}`,
    data: {
      path: 'src/my app/a.py',
      commit: C,
      author: 'Ada',
      date: '2024-01-02',
      hint: '«redacted»',
      ...over,
    },
  };
}
const env = { GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_SERVER_URL: 'https://github.example.com' };

describe('secret-scan summary', () => {
  it('links the file at the commit and line', () => {
    expect(blobUrl(env, finding())).toBe(
      `https://github.example.com/octo-org/octo-repo/blob/${C}/src/my%20app/a.py#L4`,
    );
    expect(blobUrl({}, finding())).toBeUndefined();
    expect(blobUrl(env, finding({ commit: undefined }))).toBeUndefined();
    expect(blobUrl({ ...env, GITHUB_SERVER_URL: 'javascript:alert(1)' }, finding())).toBeUndefined();
  });

  it('gives author, date and the exact .gitleaksignore line; marks known findings', () => {
    const f = finding();
    const md = findingsSection([f], env, new Set([f.fingerprint])).markdown;
    expect(md).toContain(`<code>${C}:src/my app/a.py:github-pat:4</code>`);
    expect(md).toContain('| <code>github-pat</code> (known) |');
    expect(md).toContain('| Ada | 2024-01-02 |');
    expect(md).toContain('revoked or rotated first');
  });

  it('escapes what authors and paths hold', () => {
    const md = findingsSection(
      [finding({ author: 'Mallory | <img src=x onerror=alert(1)>' })],
      {},
      new Set(),
    ).markdown;
    expect(md).toContain('Mallory \\| &lt;img src=x onerror=alert(1)&gt;');
    expect(md).not.toContain('<img');
  });

  it(`shows at most ${MAX_ROWS} rows and says how many more there are`, () => {
    const many = Array.from({ length: MAX_ROWS + 5 }, (_, i) => finding({}, i + 1));
    const md = findingsSection(many, env, new Set()).markdown;
    expect(md.split('\n').filter((l) => l.startsWith('| <code>github-pat'))).toHaveLength(MAX_ROWS);
    expect(md).toContain('5 more findings in the JSON report and SARIF.');
  });

  it('says what was scanned, with which rules and ignore file', () => {
    const md = scopeSection({
      what: 'push: 3 commits a1b2c3d..c3d4e5f',
      commits: 3,
      range: `${C}..${C}`,
      gitleaksVersion: '8.30.1',
      gitleaksSource: 'download',
      config: '/ws/.gitleaks.toml',
      ignoreFile: '/ws/.gitleaksignore',
      ignoreEntries: 2,
      workspace: '/ws',
    }).markdown;
    expect(md).toContain('- **Commits scanned:** 3');
    expect(md).toContain('- **Rules:** <code>.gitleaks.toml</code>');
    expect(md).toContain('- **Ignore file:** <code>.gitleaksignore</code> (2 entries)');
  });

  it('reads as sentences when facts are missing: no ignore file, gitleaks not run, no config', () => {
    const md = scopeSection({
      what: 'push: refs/heads/old was deleted; nothing to scan',
      gitleaksVersion: '8.30.1',
      gitleaksSource: 'not run: nothing to scan',
      workspace: '/ws',
    }).markdown;
    expect(md.split('\n')).toEqual([
      '- **Scanned:** push: refs/heads/old was deleted; nothing to scan',
      '- **gitleaks:** <code>8.30.1</code> (not run: nothing to scan)',
      "- **Rules:** gitleaks' default rules",
      '- **Ignore file:** none (no `.gitleaksignore` file)',
    ]);
  });

  it('says how merge commits were scanned', () => {
    expect(mergesLine({ diff: 'remerge', octopus: 0 })).toBe(
      'scanned for what each adds beyond merging its parents (`git log --remerge-diff`).',
    );
    expect(mergesLine({ diff: 'remerge', octopus: 2 })).toContain(
      '; 2 merges of three or more parents against their first parent.',
    );
    expect(mergesLine({ diff: 'first-parent', octopus: 0 })).toContain('against their first parent');
  });
});
