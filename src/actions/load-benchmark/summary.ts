import { clip, code, escapeCell, fenced, table } from '../../report/markdown.js';
import type { ReportSection } from '../../report/report.js';
import { type BaselineComparison, formatChange } from './baseline.js';
import type { ScenarioResult } from './results.js';

export function formatRps(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1);
}

export function formatMs(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return '—';
  return n < 10 ? `${n.toFixed(2)} ms` : `${n.toFixed(1)} ms`;
}

const ROLE_LABEL = { command: 'command', compare: 'compare-command' } as const;

function statusCell(s: ScenarioResult): string {
  const codes = Object.entries(s.statusCodes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([c, n]) => `${c}: ${n}`);
  const errored = s.requests.errored > 0 ? [`no response: ${s.requests.errored}`] : [];
  return escapeCell([...codes, ...errored].join(', ') || '—');
}

function errorsCell(s: ScenarioResult): string {
  if (s.errors === 0) return '0';
  return `**${s.errors}** (${(s.errorRate * 100).toFixed(1)}%)`;
}

/** One row per scenario: req/s, latency percentiles, errors and the status codes seen. */
export function resultsTable(results: readonly ScenarioResult[]): string {
  const rows = results.map((s) => [
    ROLE_LABEL[s.role],
    code(s.key),
    `**${formatRps(s.rps)}**${s.timedOut || s.stoppedAfterRun ? ' ⏱️' : ''}`,
    formatMs(s.latencyMs?.p50),
    formatMs(s.latencyMs?.p95),
    formatMs(s.latencyMs?.p99),
    formatMs(s.latencyMs?.mean),
    errorsCell(s),
    statusCell(s),
  ]);
  const notes: string[] = [];
  if (results.some((s) => s.stoppedAfterRun)) {
    notes.push(
      '⏱️ h2load hung after its timing-based run (a known h2load 1.52 behaviour over HTTP/1.1) and was stopped; ' +
        'the figures come from its per-request log.',
    );
  }
  if (results.some((s) => s.timedOut)) {
    notes.push(
      '⏱️ h2load did not finish within its hard time limit and was stopped; the figures come from what it logged.',
    );
  }
  const head = table(
    ['Service', 'URL', 'req/s', 'p50', 'p95', 'p99', 'mean', 'errors', 'status codes'],
    rows,
  );
  return [head, ...notes].join('\n\n');
}

const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || !(b > 0) ? '—' : `${(a / b).toFixed(2)}×`;

/** command against compare-command, scenario by scenario: how many times the req/s and the p95. */
export function comparisonTable(results: readonly ScenarioResult[]): string | undefined {
  const compare = results.filter((r) => r.role === 'compare');
  if (compare.length === 0) return undefined;
  const rows = results
    .filter((r) => r.role === 'command')
    .map((a) => {
      const b = compare.find((c) => c.key === a.key);
      return [
        code(a.key),
        formatRps(a.rps),
        b ? formatRps(b.rps) : '—',
        ratio(a.rps, b?.rps),
        formatMs(a.latencyMs?.p95),
        formatMs(b?.latencyMs?.p95),
        ratio(a.latencyMs?.p95, b?.latencyMs?.p95),
      ];
    });
  return table(
    [
      'URL',
      'command req/s',
      'compare-command req/s',
      'req/s ratio',
      'command p95',
      'compare-command p95',
      'p95 ratio',
    ],
    rows,
  );
}

export function baselineTable(c: BaselineComparison, maxRegression: number): string {
  const rows = c.rows.map((r) => [
    code(r.key),
    formatRps(r.baseRps),
    formatRps(r.rps),
    formatChange(r.rpsRatio),
    formatMs(r.baseP95),
    formatMs(r.p95),
    formatChange(r.p95Ratio),
    r.regressed ? `❌ ${escapeCell(r.reasons.join(', '))}` : '✅',
  ]);
  const lines = [
    table(['URL', 'baseline req/s', 'req/s', 'change', 'baseline p95', 'p95', 'change', 'verdict'], rows),
    `A drop in req/s or a rise in p95 of more than ${(maxRegression * 100).toFixed(0)}% fails the step (max-regression).`,
  ];
  if (c.missing.length > 0) {
    lines.push(`Not in the baseline (not compared): ${c.missing.map((k) => code(k)).join(', ')}.`);
  }
  return lines.join('\n\n');
}

/** A Mermaid bar chart of req/s per service and scenario (GitHub renders `xychart-beta`). */
export function rpsChart(results: readonly ScenarioResult[]): string {
  // Mermaid has no escaping for a quoted label: keep printable ASCII but quotes and backslashes, and cut it.
  const label = (s: ScenarioResult) =>
    `${clip(s.key.replace(/[^\x20-\x7E]|["\\`]/g, ''), 80)} · ${ROLE_LABEL[s.role]}`;
  const labels = results.map((s) => `"${label(s)}"`).join(', ');
  const values = results.map((s) => (s.rps >= 100 ? Math.round(s.rps) : Number(s.rps.toFixed(1)))).join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Requests per second (2xx only)"',
    `    x-axis [${labels}]`,
    '    y-axis "req/s"',
    `    bar [${values}]`,
    '```',
  ].join('\n');
}

export interface ReproduceInfo {
  workingDirectory: string;
  commands: { role: 'command' | 'compare'; line: string }[];
  readyUrl: string;
  h2loadVersion: string;
}

/** The service commands and the exact h2load commands, to run the same benchmark by hand. */
export function reproduceBlock(results: readonly ScenarioResult[], info: ReproduceInfo): string {
  const parts: string[] = [];
  for (const c of info.commands) {
    const mine = results.filter((r) => r.role === c.role);
    parts.push(
      `# ${ROLE_LABEL[c.role]}: start it in ${info.workingDirectory}, wait for ${info.readyUrl} to answer 2xx`,
    );
    parts.push(c.line);
    for (const r of mine) {
      if (r.warmupCommand) parts.push(`${r.warmupCommand}  # warm-up, not measured`);
      parts.push(r.command);
    }
  }
  return `h2load ${escapeCell(info.h2loadVersion)}, requests to loopback only.\n\n${fenced(parts.join('\n'), 'sh')}`;
}

export function benchmarkSections(
  results: readonly ScenarioResult[],
  baseline: BaselineComparison | undefined,
  maxRegression: number,
  info: ReproduceInfo,
): ReportSection[] {
  const sections: ReportSection[] = [{ title: 'Results', markdown: resultsTable(results) }];
  const comparison = comparisonTable(results);
  if (comparison) sections.push({ title: 'command vs compare-command', markdown: comparison });
  if (baseline)
    sections.push({ title: 'Against the baseline', markdown: baselineTable(baseline, maxRegression) });
  sections.push({ title: 'req/s', markdown: rpsChart(results) });
  sections.push({ title: 'Reproduce', markdown: reproduceBlock(results, info), collapsed: true });
  return sections;
}
