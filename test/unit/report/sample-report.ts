import { type Finding, mergeDuplicates } from '../../../src/findings/finding.js';
import { fingerprintFindings, linesFromContent } from '../../../src/findings/fingerprint.js';
import type { Report } from '../../../src/report/report.js';

/** The files the sample findings point into (fingerprints read the flagged lines from here). */
export const SAMPLE_FILES: Record<string, string> = {
  'src/app/util.py': 'import os\nimport sys\n\n\ndef helper(x):\n    return eval(x)\n',
  'src/app/views.py':
    'from app.util import helper\n\n\ndef render(req):\n    html = "<b>" + req.args["q"] + "</b>"\n    return html\n',
  'config/settings.py': 'DEBUG = True\n\nAWS_KEY = "AKIA..."  # redacted in the sample\n',
};

/**
 * Findings shaped like real output: ruff's JSON (`code`, `location.row/column`, `url`), pylint's JSON
 * (`message-id`, `symbol`, 0-based column made 1-based), gitleaks' report (`RuleID`, `Fingerprint`
 * as `file:rule:line`, no secret in the message).
 */
export function sampleFindings(): Finding[] {
  const raw = [
    {
      tool: 'ruff',
      rule: 'F401',
      severity: 'error' as const,
      message: '`os` imported but unused',
      file: 'src/app/util.py',
      line: 1,
      column: 8,
      endLine: 1,
      endColumn: 10,
      helpUri: 'https://docs.astral.sh/ruff/rules/unused-import',
    },
    {
      tool: 'pylint',
      rule: 'W0611',
      severity: 'warning' as const,
      message: 'Unused import os',
      file: 'src/app/util.py',
      line: 1,
      column: 1,
      data: { symbol: 'unused-import' },
    },
    {
      tool: 'ruff',
      rule: 'S307',
      severity: 'warning' as const,
      message: 'Use of possibly insecure function; consider using `ast.literal_eval`',
      file: 'src/app/util.py',
      line: 6,
      column: 12,
      helpUri: 'https://docs.astral.sh/ruff/rules/suspicious-eval-usage',
    },
    {
      tool: 'pylint',
      rule: 'C0116',
      severity: 'note' as const,
      message: 'Missing function or method docstring | render() builds <b>HTML</b>\nsecond line',
      file: 'src/app/views.py',
      line: 4,
      column: 1,
      data: { symbol: 'missing-function-docstring' },
    },
    {
      tool: 'gitleaks',
      rule: 'aws-access-token',
      severity: 'error' as const,
      message:
        'Identified a pattern that may indicate AWS credentials, risking unauthorized cloud resource access.',
      file: 'config/settings.py',
      line: 3,
      column: 12,
      endLine: 3,
      endColumn: 31,
      fingerprint: 'config/settings.py:aws-access-token:3',
    },
    {
      tool: 'ruff',
      rule: 'W292',
      severity: 'warning' as const,
      message: 'No newline at end of file',
      file: 'src/app/__init__.py',
      line: 1,
      column: 1,
      helpUri: 'https://docs.astral.sh/ruff/rules/missing-newline-at-end-of-file',
    },
  ];
  const fingerprinted = fingerprintFindings(raw, linesFromContent(SAMPLE_FILES));
  // ruff F401 and pylint W0611 on one line are one unused import.
  const sameImport = (f: Finding) =>
    f.rule === 'F401' || f.rule === 'W0611'
      ? `unused-import:${f.file}:${f.line}`
      : `${f.tool}:${f.fingerprint}`;
  return mergeDuplicates(fingerprinted, sameImport);
}

export function sampleReport(findings: Finding[] = sampleFindings()): Report {
  return {
    action: 'python-lint-stack',
    title: 'Python lint',
    verdict: 'fail',
    headline: `${findings.filter((f) => f.severity === 'error').length} errors block the merge`,
    findings,
    sections: [
      { title: 'How to fix', markdown: 'Run `ruff check --fix` locally, then re-run the job.' },
      {
        title: 'Configuration',
        markdown: '- ruff: `pyproject.toml`\n- pylint: `.pylintrc`',
        collapsed: true,
      },
    ],
    toolRuns: [
      { tool: 'ruff', version: '0.14.2', findings: 3, durationMs: 412, exitCode: 1 },
      { tool: 'pylint', version: '4.0.2', findings: 2, durationMs: 6_240, exitCode: 20 },
      { tool: 'gitleaks', version: '8.28.0', findings: 1, durationMs: 1_530, exitCode: 1 },
    ],
  };
}

/** `count` findings of one severity, spread over files and lines (for caps and budgets). */
export function manyFindings(count: number, severity: Finding['severity'], tool = 'ruff'): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    tool,
    rule: `R${String(i % 7).padStart(3, '0')}`,
    severity,
    message: `${severity} number ${i}: something is off here`,
    file: `pkg/mod_${Math.floor(i / 10)}.py`,
    line: (i % 10) + 1,
    column: 1,
    fingerprint: `${tool}-${severity}-${i}`,
  }));
}

/**
 * Markdown with table padding normalised (`| a   | b |` and `| a | b |` are the same table), so a
 * fixture still compares equal after a repository-wide formatter has aligned its tables.
 */
export function normaliseTables(md: string): string {
  return md
    .split('\n')
    .map((line) => {
      if (!line.startsWith('|')) return line.trimEnd();
      const cells = line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim().replace(/^:?-{3,}:?$/, '---'));
      return `| ${cells.join(' | ')} |`;
    })
    .join('\n')
    .trim();
}
