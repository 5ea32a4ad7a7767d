import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseH2loadLog } from '../../../src/actions/load-benchmark/h2load-log.js';
import { parseH2loadOutput } from '../../../src/actions/load-benchmark/h2load-output.js';
import { scenarioFigures } from '../../../src/actions/load-benchmark/results.js';

const FIXTURES = path.resolve('test/fixtures/load-benchmark/h2load-1.52');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const figures = (txt: string, log = '', durationMs?: number) =>
  scenarioFigures({
    report: parseH2loadOutput(fixture(txt)),
    log: parseH2loadLog(log ? fixture(log) : ''),
    ...(durationMs ? { durationMs } : {}),
  });

describe('scenario figures from real h2load 1.52 runs', () => {
  it("reports h2load's req/s for a clean run, and percentiles from the log", () => {
    const f = figures('fastapi-n1000-c40.txt', 'fastapi-n1000-c40.log.tsv');
    expect(f.rps).toBeCloseTo(1186.05, 0);
    expect(f.errors).toBe(0);
    expect(f.percentilesFrom).toBe('log-file');
    expect(f.latencyMs?.mean).toBe(33.24);
    expect(f.latencyMs?.p95).toBeGreaterThan(f.latencyMs?.p50 ?? Number.POSITIVE_INFINITY);
    expect(f.statusCodes).toEqual({ 200: 1000 });
  });

  it('divides by the configured duration in a timing-based run, as h2load does', () => {
    const f = figures('flask-duration-3s.txt', '', 3000);
    expect(f.rps).toBeCloseTo(1906.67, 1);
  });

  it('never reports a healthy req/s when most requests fail', () => {
    const all = figures('all-5xx.txt');
    expect(all.h2loadRps).toBe(1314.84);
    expect(all.rps).toBe(0);
    expect(all.errors).toBe(300);
    expect(all.errorRate).toBe(1);
    const mostly = figures('mostly-broken.txt', 'mostly-broken.log.tsv');
    expect(mostly.errors).toBe(224);
    expect(mostly.errorRate).toBeCloseTo(224 / 300, 6);
    expect(mostly.rps).toBe(0);
    expect(mostly.statusCodes).toEqual({ 200: 76, 503: 224 });
    const refused = figures('connection-refused.txt');
    expect(refused.rps).toBe(0);
    expect(refused.errors).toBe(300);
    expect(refused.latencyMs).toBeUndefined();
  });

  it("prefers h2load's own percentiles when it prints them", () => {
    const report = parseH2loadOutput(fixture('fastapi-n1000-c40.txt'));
    report.request = { ...report.request, p50: 24.8, p95: 70.1, p99: 150 };
    const f = scenarioFigures({ report, log: parseH2loadLog(fixture('fastapi-n1000-c40.log.tsv')) });
    expect(f.percentilesFrom).toBe('h2load');
    expect(f.latencyMs).toMatchObject({ p50: 24.8, p95: 70.1, p99: 150, mean: 33.24 });
  });
});
