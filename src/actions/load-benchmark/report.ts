import { createHash } from 'node:crypto';
import type { Finding } from '../../findings/finding.js';
import { fenced } from '../../report/markdown.js';
import type { Report, ReportSection, Verdict } from '../../report/report.js';
import type { BaselineComparison, BenchmarkData } from './baseline.js';
import { MAX_ERROR_RATE, type ScenarioResult } from './results.js';
import { formatMs, formatRps } from './summary.js';

const ACTION = 'load-benchmark';

function finding(rule: string, severity: Finding['severity'], s: ScenarioResult, message: string): Finding {
  const fingerprint = createHash('sha256').update(`${rule}\0${s.role}\0${s.key}`).digest('hex').slice(0, 32);
  return { tool: 'h2load', rule, severity, message, fingerprint, data: { url: s.url, role: s.role } };
}

function statusText(s: ScenarioResult): string {
  const codes = Object.entries(s.statusCodes)
    .filter(([c]) => !c.startsWith('2'))
    .map(([c, n]) => `${n}× ${c}`);
  if (s.requests.errored > 0) codes.push(`${s.requests.errored} without a response`);
  return codes.join(', ');
}

/** Problems worth a line of their own: failed requests above the threshold, regressions, cut-short runs. */
export function benchmarkFindings(
  results: readonly ScenarioResult[],
  baseline?: BaselineComparison,
): Finding[] {
  const out: Finding[] = [];
  for (const s of results) {
    const who = s.role === 'compare' ? 'compare-command' : 'command';
    if (s.errorRate > MAX_ERROR_RATE) {
      out.push(
        finding(
          'failed-requests',
          'error',
          s,
          `${who} ${s.key}: ${s.errors} of ${Math.max(s.requests.total, s.errors)} requests failed ` +
            `(${(s.errorRate * 100).toFixed(1)}%, more than ${MAX_ERROR_RATE * 100}% allowed): ${statusText(s)}`,
        ),
      );
    }
    if (s.timedOut) {
      out.push(
        finding(
          'h2load-timeout',
          'warning',
          s,
          `${who} ${s.key}: h2load was stopped by the hard time limit; figures are from what it recorded`,
        ),
      );
    }
  }
  for (const r of baseline?.rows ?? []) {
    const s = results.find((x) => x.role === 'command' && x.key === r.key);
    if (r.regressed && s) {
      out.push(
        finding('regression', 'error', s, `${r.key} regressed against the baseline: ${r.reasons.join(', ')}`),
      );
    }
  }
  return out;
}

export function headline(results: readonly ScenarioResult[], baseline?: BaselineComparison): string {
  const first = results.find((r) => r.role === 'command');
  if (!first) return 'no scenario ran';
  const parts = [
    `${first.key}: ${formatRps(first.rps)} req/s, p95 ${formatMs(first.latencyMs?.p95)}, ${first.errors} errors`,
  ];
  const other = results.find((r) => r.role === 'compare' && r.key === first.key);
  if (other && other.rps > 0) parts.push(`${(first.rps / other.rps).toFixed(2)}× compare-command`);
  const b = baseline?.rows.find((r) => r.key === first.key);
  if (b && Number.isFinite(b.rpsRatio))
    parts.push(`${((b.rpsRatio - 1) * 100).toFixed(1)}% req/s vs baseline`);
  const more = results.filter((r) => r.role === 'command').length - 1;
  if (more > 0) parts.push(`and ${more} more URL${more === 1 ? '' : 's'}`);
  return parts.join('; ');
}

export function buildBenchmarkReport(
  data: BenchmarkData,
  sections: ReportSection[],
  baseline: BaselineComparison | undefined,
): Report {
  const findings = benchmarkFindings(data.scenarios, baseline);
  const verdict: Verdict = findings.some((f) => f.severity === 'error')
    ? 'fail'
    : findings.length > 0
      ? 'warn'
      : 'pass';
  return {
    action: ACTION,
    title: 'Load benchmark',
    verdict,
    headline: headline(data.scenarios, baseline),
    findings,
    sections,
    toolRuns: [
      {
        tool: 'h2load',
        version: data.h2loadVersion,
        findings: findings.length,
        durationMs: data.scenarios.reduce((n, s) => n + s.h2loadMs + s.warmupMs, 0),
        exitCode: 0,
        informationUri: 'https://nghttp2.org/documentation/h2load-howto.html',
      },
    ],
  };
}

/** A report for a run that never got to load anything (the service did not come up). */
export function failedStartReport(message: string, logTail: string): Report {
  const sections: ReportSection[] = [];
  if (logTail)
    sections.push({
      title: 'Service output (last lines)',
      markdown: fenced(logTail, 'text'),
    });
  return {
    action: ACTION,
    title: 'Load benchmark',
    verdict: 'fail',
    headline: message.split('\n')[0] ?? message,
    findings: [],
    sections,
  };
}
