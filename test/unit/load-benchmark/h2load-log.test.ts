import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseH2loadLog, percentile } from '../../../src/actions/load-benchmark/h2load-log.js';
import { parseH2loadJson, parseH2loadOutput } from '../../../src/actions/load-benchmark/h2load-output.js';

const FIXTURES = path.resolve('test/fixtures/load-benchmark/h2load-1.52');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const fixture170 = (name: string) =>
  fs.readFileSync(path.join('test/fixtures/load-benchmark/h2load-1.70', name), 'utf8');

describe('percentile (nearest rank)', () => {
  it('returns the smallest value with at least p% at or below it', () => {
    const v = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(v, 50)).toBe(50);
    expect(percentile(v, 95)).toBe(95);
    expect(percentile(v, 99)).toBe(99);
    expect(percentile(v, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2, 3], 50)).toBe(2);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });
});

describe("h2load's --log-file (captured from h2load 1.52)", () => {
  it('agrees with the report h2load printed for the same run', () => {
    const log = parseH2loadLog(fixture('fastapi-n1000-c40.log.tsv'));
    const report = parseH2loadOutput(fixture('fastapi-n1000-c40.txt'));
    expect(log.responses).toBe(1000);
    expect(log.failedStreams).toBe(0);
    expect(log.statusCodes).toEqual({ 200: 1000 });
    const l = log.latency!;
    // h2load rounds to 10 µs in its table; the log has microseconds.
    expect(l.min).toBeCloseTo(report.request.min!, 1);
    expect(l.max).toBeCloseTo(report.request.max!, 1);
    expect(Math.abs(l.mean - report.request.mean!) / report.request.mean!).toBeLessThan(0.01);
    expect(l.min).toBeLessThanOrEqual(l.p50);
    expect(l.p50).toBeLessThanOrEqual(l.p95);
    expect(l.p95).toBeLessThanOrEqual(l.p99);
    expect(l.p99).toBeLessThanOrEqual(l.max);
    // The run lasted 843 ms by h2load's clock; the log spans the same requests.
    expect(log.spanMs).toBeGreaterThan(700);
    expect(log.spanMs).toBeLessThan(843.2);
  });

  it('gives the exact status codes, which the text report only counts by class', () => {
    const log = parseH2loadLog(fixture('mostly-broken.log.tsv'));
    expect(log.statusCodes).toEqual({ 200: 76, 503: 224 });
    expect(log.responses).toBe(300);
  });

  it('counts failed streams (status -1) apart and skips lines it cannot read', () => {
    const log = parseH2loadLog('1000\t200\t1500\n2000\t-1\t300\ngarbage\n3000\t503\t2500\n\n');
    expect(log.responses).toBe(2);
    expect(log.failedStreams).toBe(1);
    expect(log.statusCodes).toEqual({ 200: 1, 503: 1 });
    expect(log.latency).toMatchObject({ min: 1.5, max: 2.5, mean: 2, p50: 1.5, p99: 2.5 });
    expect(log.spanMs).toBe(4.5);
    expect(parseH2loadLog('').latency).toBeUndefined();
  });
});

describe("h2load 1.70's --log-file (captured; the same three columns as 1.52)", () => {
  it('reads a clean run and agrees with the JSON h2load wrote for it', () => {
    const log = parseH2loadLog(fixture170('fastapi-n1000-c40.log.tsv'));
    expect(log.responses).toBe(1000);
    expect(log.failedStreams).toBe(0);
    expect(log.statusCodes).toEqual({ 200: 1000 });
    // Nearest-rank percentiles of the logged microseconds.
    expect(log.latency).toEqual({
      min: 4.912,
      max: 271.983,
      mean: expect.closeTo(58.658387, 6),
      p50: 46.453,
      p90: 114.536,
      p95: 148.743,
      p99: 263.573,
    });
    expect(log.spanMs).toBeCloseTo(1771.252, 6);
    // The log truncates to whole microseconds what the JSON has in full: the same requests.
    const json = parseH2loadJson(fixture170('fastapi-n1000-c40.json'));
    expect(json.request.min! - log.latency!.min).toBeGreaterThanOrEqual(0);
    expect(json.request.min! - log.latency!.min).toBeLessThan(0.001);
    expect(json.request.max! - log.latency!.max).toBeLessThan(0.001);
    expect(Math.abs(json.request.mean! - log.latency!.mean)).toBeLessThan(0.001);
    // h2load's own p95 is the sample at index floor(0.95 n), one rank above nearest-rank: that is why
    // its percentiles are taken when it prints them.
    expect(json.request.p95! - 148.806).toBeLessThan(0.001);
    expect(json.request.p95).toBeGreaterThan(log.latency!.p95);
  });

  it('reads a timing-based run: one row per request done', () => {
    const log = parseH2loadLog(fixture170('fastapi-duration-3s.log.tsv'));
    const report = parseH2loadOutput(fixture170('fastapi-duration-3s.txt'));
    expect(log.responses).toBe(5510);
    expect(log.responses).toBe(report.requests.done);
    expect(log.statusCodes).toEqual({ 200: 5510 });
    expect(log.latency).toMatchObject({ p50: 15.38, p95: 54.742, p99: 135.08, min: 2.156, max: 302.225 });
  });

  it('gives the exact codes of non-2xx runs', () => {
    const nf = parseH2loadLog(fixture170('not-found-404.log.tsv'));
    expect(nf.statusCodes).toEqual({ 404: 300 });
    expect(nf.latency).toMatchObject({ p50: 11.31, p95: 19.095, p99: 72.65 });
    const mostly = parseH2loadLog(fixture170('mostly-broken.log.tsv'));
    expect(mostly.statusCodes).toEqual({ 200: 76, 503: 224 });
    expect(mostly.responses).toBe(300);
    expect(mostly.latency).toMatchObject({ min: 0.559, p50: 10.304, p95: 18.749, p99: 24.921 });
  });
});
