import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localRuntime } from '../../../src/core/runtime.js';
import { emitAnnotations } from '../../../src/report/annotations.js';
import { escapeCell } from '../../../src/report/markdown.js';
import { renderSummary } from '../../../src/report/summary.js';
import { manyFindings, normaliseTables, sampleFindings, sampleReport } from './sample-report.js';

const FIXTURE = path.join(import.meta.dirname, '../../fixtures/report/sample-summary.md');

/** Table rows of the findings tables (they start with a severity label). */
const findingRows = (md: string) => md.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) /.test(l));
/** Cell separators a Markdown table parser sees: `|` not escaped with a backslash. */
const separators = (row: string) => row.match(/(?<!\\)\|/g)?.length ?? 0;
const count = (md: string, re: RegExp) => md.match(re)?.length ?? 0;

function expectBalancedHtml(md: string) {
  expect(count(md, /<details[\s>]/g)).toBe(count(md, /<\/details>/g));
  expect(count(md, /<summary>/g)).toBe(count(md, /<\/summary>/g));
  expect(count(md, /<code>/g)).toBe(count(md, /<\/code>/g));
}

describe('renderSummary', () => {
  it('renders a real-looking report: verdict first, counts, findings table, sections, tools', () => {
    const report = sampleReport();
    const { markdown, rowsShown, rowsOmitted } = renderSummary(report);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('### ❌ Python lint: 2 errors block the merge');
    expect(markdown).toContain('**2** errors · **2** warnings · **1** note');

    const rows = findingRows(markdown);
    expect(rows).toHaveLength(5);
    expect(rowsShown).toBe(5);
    expect(rowsOmitted).toBe(0);
    // Most severe first; the merged ruff/pylint finding names both tools.
    expect(rows[0]).toBe(
      '| ❌ error | <code>config/settings.py:3:12</code> | <code>aws-access-token</code> | ' +
        'Identified a pattern that may indicate AWS credentials, risking unauthorized cloud resource access. | gitleaks |',
    );
    expect(rows[1]).toBe(
      '| ❌ error | <code>src/app/util.py:1:8</code> | [<code>F401</code>](https://docs.astral.sh/ruff/rules/unused-import) | ' +
        '\\`os\\` imported but unused | ruff, pylint W0611 |',
    );
    expect(rows[4]).toMatch(/^\| ℹ️ note \| <code>src\/app\/views\.py:4:1<\/code> /);
    // Five cells per row whatever the messages contain (`|`, backticks, HTML, a newline).
    for (const row of rows) expect(separators(row)).toBe(6);
    expect(rows[4]).toContain('docstring \\| render() builds &lt;b&gt;HTML&lt;/b&gt;<br>second line');
    expect(markdown).toContain('<code>src/app/\\_\\_init\\_\\_.py:1:1</code>');
    expect(markdown).not.toContain('<b>');

    expect(markdown).toContain('#### How to fix\n\nRun `ruff check --fix` locally, then re-run the job.');
    expect(markdown).toContain('<details><summary>Configuration</summary>\n\n- ruff: `pyproject.toml`');
    expect(markdown).toMatch(
      /<details><summary>Tools \(3\)<\/summary>[\s\S]*\| pylint \| <code>4\.0\.2<\/code> \| 2 \| 6\.2 s \| 20 \|/,
    );
    expect(markdown).not.toContain('not shown');
    expectBalancedHtml(markdown);

    // The sample kept for the README; UPDATE_FIXTURES=1 rewrites it after an intended change.
    if (process.env.UPDATE_FIXTURES === '1') fs.writeFileSync(FIXTURE, markdown);
    expect(normaliseTables(markdown)).toBe(normaliseTables(fs.readFileSync(FIXTURE, 'utf8')));
  });

  it('says which verdict it is with the icon', () => {
    const warn = renderSummary({ ...sampleReport(), verdict: 'warn', headline: 'only warnings' }).markdown;
    const pass = renderSummary({ ...sampleReport([]), verdict: 'pass', headline: 'no findings' }).markdown;
    expect(warn.split('\n')[0]).toBe('### ⚠️ Python lint: only warnings');
    expect(pass.split('\n')[0]).toBe('### ✅ Python lint: no findings');
    expect(pass).not.toContain('#### Findings');
  });

  it('shows ten rows openly and the rest in a collapsed block', () => {
    const report = { ...sampleReport(manyFindings(25, 'warning')), sections: [] };
    const { markdown, rowsShown } = renderSummary(report);
    expect(rowsShown).toBe(25);
    const [open, rest] = markdown.split('<details><summary>15 more findings</summary>');
    expect(findingRows(open ?? '')).toHaveLength(10);
    expect(findingRows(rest ?? '')).toHaveLength(15);
    expectBalancedHtml(markdown);
  });

  it('drops rows that do not fit the budget, says how many, and stays valid', () => {
    const findings = [...manyFindings(150, 'note'), ...manyFindings(150, 'error')];
    const budget = 8_000;
    const { markdown, bytes, rowsShown, rowsOmitted } = renderSummary(sampleReport(findings), {
      budgetBytes: budget,
    });
    expect(bytes).toBe(Buffer.byteLength(markdown));
    expect(bytes).toBeLessThanOrEqual(budget);
    expect(rowsShown).toBeGreaterThan(10);
    expect(rowsShown + rowsOmitted).toBe(300);
    expect(markdown).toContain(
      `\n\n${rowsOmitted} more findings not shown (see the JSON report / SARIF).\n\n`,
    );
    const rows = findingRows(markdown);
    expect(rows).toHaveLength(rowsShown);
    expect(rows.every((r) => r.startsWith('| ❌ error'))).toBe(true); // the most severe survive
    expect(markdown.split('\n')[0]).toMatch(/^### ❌ /); // the verdict is still first
    expectBalancedHtml(markdown);
  });

  it('replaces a section that does not fit by a note, within budget', () => {
    const report = {
      ...sampleReport(),
      sections: [
        { title: 'Huge table', markdown: `| a |\n| - |\n${'| row |\n'.repeat(5_000)}`, collapsed: true },
      ],
    };
    const { markdown, bytes, sectionsOmitted } = renderSummary(report, { budgetBytes: 6_000 });
    expect(bytes).toBeLessThanOrEqual(6_000);
    expect(sectionsOmitted).toEqual(['Huge table']);
    expect(markdown).toMatch(/#### Huge table\n\n_Left out: \d+ bytes would not fit in the summary\._/);
    expectBalancedHtml(markdown);
  });

  it('counts the findings that were not annotated', () => {
    const findings = [...manyFindings(25, 'error'), ...manyFindings(15, 'note')];
    const annotations = emitAnnotations(findings, localRuntime({ log: () => {} }));
    const { markdown } = renderSummary(sampleReport(findings), { annotations });
    expect(markdown).toContain('20 findings not annotated (15 errors, 5 notices): only the 10 most severe');
  });

  it('marks known findings when a baseline is given', () => {
    const findings = sampleFindings();
    const known = new Set([findings.find((f) => f.tool === 'gitleaks')?.fingerprint ?? '']);
    const { markdown } = renderSummary(sampleReport(findings), { known });
    expect(markdown).toContain('4 new, 1 known (in the baseline)');
    expect(findingRows(markdown)[0]).toMatch(/^\| ❌ error \(known\) \| <code>config\/settings\.py/);
  });

  it('escapes every character that could break a cell', () => {
    expect(escapeCell('a|b `c` <img src=x onerror=alert(1)> *d* [e](f)\r\nnext')).toBe(
      'a\\|b \\`c\\` &lt;img src=x onerror=alert(1)&gt; \\*d\\* \\[e\\](f)<br>next',
    );
  });
});
