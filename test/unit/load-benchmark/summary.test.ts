import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../../src/actions/load-benchmark/baseline.js';
import {
  benchmarkFindings,
  buildBenchmarkReport,
  headline,
} from '../../../src/actions/load-benchmark/report.js';
import {
  benchmarkSections,
  formatMs,
  formatRps,
  rpsChart,
} from '../../../src/actions/load-benchmark/summary.js';
import { renderSummary } from '../../../src/report/summary.js';
import { scenario } from './scenario.js';

const info = {
  workingDirectory: 'examples/fastapi-bench',
  commands: [
    { role: 'command' as const, line: 'gunicorn app:app -b 127.0.0.1:8000' },
    { role: 'compare' as const, line: 'gunicorn flask_app:app -b 127.0.0.1:8000' },
  ],
  readyUrl: 'http://127.0.0.1:8000/health',
  h2loadVersion: '1.52.0',
};

describe('the benchmark summary', () => {
  const results = [scenario({ rps: 1870.4 }), scenario({ role: 'compare', rps: 935.2, p95: 80 })];

  it('has a table per scenario, the comparison as ratios, a Mermaid chart and the exact commands', () => {
    const sections = benchmarkSections(results, undefined, 0.1, info);
    expect(sections.map((s) => s.title)).toEqual([
      'Results',
      'command vs compare-command',
      'req/s',
      'Reproduce',
    ]);
    const [table, comparison, chart, reproduce] = sections.map((s) => s.markdown) as [
      string,
      string,
      string,
      string,
    ];
    expect(table).toContain(
      '| command | <code>/items/3</code> | **1,870** | 18.0 ms | 40.0 ms | 60.0 ms | 20.0 ms | 0 | 200: 1000 |',
    );
    expect(table).toContain('| compare-command | <code>/items/3</code> | **935** |');
    expect(comparison).toContain(
      '| <code>/items/3</code> | 1,870 | 935 | 2.00× | 40.0 ms | 80.0 ms | 0.50× |',
    );
    expect(chart).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '    title "Requests per second (2xx only)"',
        '    x-axis ["/items/3 · command", "/items/3 · compare-command"]',
        '    y-axis "req/s"',
        '    bar [1870, 935]',
        '```',
      ].join('\n'),
    );
    expect(reproduce).toContain(
      'gunicorn app:app -b 127.0.0.1:8000\nh2load --h1 -c 40 -n 100 http://127.0.0.1:8000/items/3  # warm-up',
    );
    expect(reproduce).toContain('\nh2load --h1 -c 40 -n 1000 http://127.0.0.1:8000/items/3\n');
    expect(sections[3]?.collapsed).toBe(true);
  });

  it('shows errors and every status code, and keeps a label from breaking the chart', () => {
    const bad = scenario({
      key: '/a"b',
      rps: 0,
      errors: 30,
      errorRate: 0.3,
      statusCodes: { 200: 70, 503: 30 },
      requests: { total: 100, started: 100, done: 100, succeeded: 70, failed: 30, errored: 0, timeout: 0 },
    });
    const [table] = benchmarkSections([bad], undefined, 0.1, info).map((s) => s.markdown);
    expect(table).toContain('| **30** (30.0%) | 200: 70, 503: 30 |');
    expect(rpsChart([bad])).toContain('x-axis ["/ab · command"]');
  });

  it('has a baseline table when a baseline was given', () => {
    const cmp = compareWithBaseline([scenario({ rps: 800 })], [{ key: '/items/3', rps: 1000, p95: 40 }], 0.1);
    const sections = benchmarkSections([scenario({ rps: 800 })], cmp, 0.1, info);
    const md = sections.find((s) => s.title === 'Against the baseline')?.markdown ?? '';
    expect(md).toContain(
      '| <code>/items/3</code> | 1,000 | 800 | -20.0% | 40.0 ms | 40.0 ms | +0.0% | ❌ req/s -20.0% |',
    );
    expect(md).toContain('more than 10% fails the step');
  });

  it('formats numbers for reading', () => {
    expect(formatRps(1234.56)).toBe('1,235');
    expect(formatRps(12.34)).toBe('12.3');
    expect(formatMs(4.567)).toBe('4.57 ms');
    expect(formatMs(123.45)).toBe('123.5 ms');
    expect(formatMs(undefined)).toBe('—');
  });
});

describe('the benchmark report', () => {
  const data = (scenarios = [scenario()]) => ({
    format: 'pyprod-load-benchmark/1' as const,
    h2loadVersion: '1.52.0',
    shape: { requests: 1000, concurrency: 40, http1: true, warmup: 100 },
    scenarios,
    timings: { totalMs: 0, serviceStartMs: 0, serviceStopMs: 0, h2loadMs: 0 },
  });

  it('passes a clean run, with the first scenario in the headline', () => {
    const r = buildBenchmarkReport(
      data([scenario(), scenario({ role: 'compare', rps: 500 })]),
      [],
      undefined,
    );
    expect(r.verdict).toBe('pass');
    expect(r.findings).toEqual([]);
    expect(r.headline).toBe('/items/3: 1,000 req/s, p95 40.0 ms, 0 errors; 2.00× compare-command');
    expect(r.toolRuns?.[0]).toMatchObject({ tool: 'h2load', version: '1.52.0', durationMs: 2220 });
  });

  it('fails on failed requests above 1% and on a regression, and warns on a cut-short run', () => {
    const failing = scenario({ errors: 20, errorRate: 0.02, statusCodes: { 200: 980, 500: 20 } });
    const findings = benchmarkFindings([failing, scenario({ key: '/t', timedOut: true })]);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['failed-requests', 'error'],
      ['h2load-timeout', 'warning'],
    ]);
    expect(findings[0]?.message).toBe(
      'command /items/3: 20 of 1000 requests failed (2.0%, more than 1% allowed): 20× 500',
    );
    expect(benchmarkFindings([scenario({ errors: 10, errorRate: 0.01 })])).toEqual([]);

    const cmp = compareWithBaseline([scenario({ rps: 500 })], [{ key: '/items/3', rps: 1000 }], 0.1);
    const r = buildBenchmarkReport(data([scenario({ rps: 500 })]), [], cmp);
    expect(r.verdict).toBe('fail');
    expect(r.findings[0]).toMatchObject({
      rule: 'regression',
      message: '/items/3 regressed against the baseline: req/s -50.0%',
    });
    expect(headline([scenario({ rps: 500 })], cmp)).toContain('-50.0% req/s vs baseline');
    // The shared renderer puts the verdict first.
    expect(renderSummary(r).markdown).toMatch(/^### ❌ Load benchmark: \/items\/3: 500 req\/s/);
  });
});
