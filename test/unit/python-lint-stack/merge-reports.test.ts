// Merged findings keep every tool's data (issue 17, item 5), on real output captured by
// test/fixtures/python-lint-stack/capture-merge.sh: autoflake rewrites `import os, sys` and removes two names
// from a parenthesised `from collections import (...)` in one hunk; flake8 reports the names at the
// statement's line, pylint over the statement's lines, ruff at each name.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MERGE_ORDER, mergeAcrossTools } from '../../../src/actions/python-lint-stack/dedupe.js';
import { parsePylint, parseRuff } from '../../../src/actions/python-lint-stack/parse-json.js';
import { parseAutoflake, parseFlake8 } from '../../../src/actions/python-lint-stack/parse-text.js';
import { diffsSection } from '../../../src/actions/python-lint-stack/summary.js';
import { type Finding, reportedBy } from '../../../src/findings/finding.js';
import { fingerprintFindings, linesFromContent } from '../../../src/findings/fingerprint.js';
import { annotationProps } from '../../../src/report/annotations.js';
import { buildJsonReport } from '../../../src/report/json-report.js';
import { buildSarif } from '../../../src/report/sarif.js';
import { renderSummary } from '../../../src/report/summary.js';

const OUT = path.resolve(import.meta.dirname, '../../fixtures/python-lint-stack/merge-outputs');
const ROOT = '/tmp/pyprod-lint-capture/merge';
const CTX = { cwd: ROOT, workspace: ROOT };
const output = (name: string) => fs.readFileSync(path.join(OUT, name), 'utf8');

const raw = [
  ...parseAutoflake(output('autoflake.diff'), CTX),
  ...parseFlake8(output('flake8.txt'), CTX),
  ...parseRuff(output('ruff.json'), CTX),
  ...parsePylint(output('pylint.json'), CTX),
];
const merged = mergeAcrossTools(fingerprintFindings(raw, linesFromContent({})), MERGE_ORDER);
const unused = merged.filter((f) => f.rule === 'F401').sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
const hunk = output('autoflake.diff').trimEnd();
const lines = (f: Finding) =>
  f.reports?.map((r) => `${r.tool} ${r.rule} ${r.line}${r.endLine ? `-${r.endLine}` : ''}`);

describe('merged findings keep every tool’s data', () => {
  it('autoflake reports each name removed from a parenthesised import as an unused import', () => {
    const autoflake = raw.filter((f) => f.tool === 'autoflake');
    expect(autoflake.map((f) => `${f.rule} ${f.line}`)).toEqual([
      'unused-import 2',
      'unused-import 4',
      'unused-import 6',
    ]);
    expect(autoflake.every((f) => f.data?.diff === hunk)).toBe(true);
  });

  it('one finding per unused name, each with every tool’s rule id, line and autoflake’s diff', () => {
    expect(unused.map((f) => [f.tool, f.line, f.message])).toEqual([
      ['ruff', 2, '`sys` imported but unused'],
      ['ruff', 4, '`collections.OrderedDict` imported but unused'],
      ['ruff', 6, '`collections.namedtuple` imported but unused'],
    ]);
    expect(unused.map(lines)).toEqual([
      ['ruff F401 2', 'flake8 F401 2', 'pylint W0611 2', 'autoflake unused-import 2'],
      ['ruff F401 4', 'flake8 F401 3', 'pylint W0611 3-7', 'autoflake unused-import 4'],
      ['ruff F401 6', 'flake8 F401 3', 'pylint W0611 3-7', 'autoflake unused-import 6'],
    ]);
    for (const f of unused) {
      expect(f.data?.diff).toBe(hunk);
      expect(f.reports?.find((r) => r.tool === 'autoflake')?.data?.diff).toBe(hunk);
      expect(reportedBy(f)).toBe('ruff, autoflake unused-import, flake8, pylint W0611');
    }
    // Nothing of these three problems is left on its own, and the rest is untouched.
    expect(merged.filter((f) => ['W0611', 'unused-import'].includes(f.rule))).toEqual([]);
    expect(merged.map((f) => f.rule).sort()).toEqual([
      'C0301',
      'C0410',
      'E401',
      'F401',
      'F401',
      'F401',
      'I001',
    ]);
  });

  it('annotations, summary, SARIF and JSON show each tool’s rule id, lines and the diff', () => {
    const f = unused[1] as Finding;
    expect(annotationProps(f).title).toBe('F401 (ruff, autoflake unused-import, flake8, pylint W0611)');
    const report = {
      action: 'python-lint-stack',
      title: 'Python lint',
      verdict: 'fail' as const,
      headline: '3 findings',
      findings: unused,
      sections: [],
    };
    expect(renderSummary(report).markdown).toContain(
      '| ruff, autoflake unused-import, flake8, pylint W0611 |',
    );
    const sarif = buildSarif(report).log.runs[0]?.results?.find(
      (r) => r.locations?.[0]?.physicalLocation?.region?.startLine === 4,
    );
    expect(sarif?.properties?.reports).toEqual(f.reports);
    expect((sarif?.properties?.data as Record<string, unknown> | undefined)?.diff).toBe(hunk);
    const json = buildJsonReport(report).findings.find((x) => x.line === 4);
    expect(json?.reports?.map((r) => [r.tool, r.rule, r.line, r.endLine, r.data?.diff])).toEqual([
      ['ruff', 'F401', 4, undefined, undefined],
      ['flake8', 'F401', 3, undefined, undefined],
      ['pylint', 'W0611', 3, 7, undefined],
      ['autoflake', 'unused-import', 4, undefined, hunk],
    ]);
  });
});

describe('diffsSection', () => {
  it('shows the hunk once with every finding it fixes, each tool with its rule id', () => {
    const s = diffsSection(merged);
    expect(s?.title).toBe('Proposed changes (1)');
    expect(s?.collapsed).toBe(true);
    for (const line of [2, 4, 6]) {
      expect(s?.markdown).toContain(
        `- <code>app/imports.py:${line}</code> <code>F401</code> (ruff, autoflake unused-import, flake8, pylint W0611)`,
      );
    }
    expect(s?.markdown).toContain('```diff\n--- original/./app/imports.py');
    expect(s?.markdown).toContain('-    namedtuple,');
    expect(diffsSection(merged.filter((f) => f.rule === 'E401'))).toBeUndefined();
  });
});
