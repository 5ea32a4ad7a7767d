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
});

const NEW = path.resolve('test/fixtures/load-benchmark/h2load-1.70');
const figures170 = (txt: string, log?: string, durationMs?: number) =>
  scenarioFigures({
    report: parseH2loadOutput(fs.readFileSync(path.join(NEW, txt), 'utf8')),
    log: parseH2loadLog(log ? fs.readFileSync(path.join(NEW, log), 'utf8') : ''),
    ...(durationMs ? { durationMs } : {}),
  });

describe('scenario figures from real h2load 1.70 runs', () => {
  it("takes h2load's own median, p95 and p99, not the log's", () => {
    const f = figures170('fastapi-n1000-c40.txt', 'fastapi-n1000-c40.log.tsv');
    expect(f.percentilesFrom).toBe('h2load');
    expect(f.latencyMs).toEqual({
      mean: 58.66,
      p50: 46.98,
      p95: 148.81,
      p99: 264.17,
      min: 4.91,
      max: 271.98,
    });
    expect(f.rps).toBeCloseTo(1000 / 1.77, 6);
    expect(f.h2loadRps).toBe(563.94);
    expect(f.errors).toBe(0);
    expect(f.statusCodes).toEqual({ 200: 1000 });
  });

  it('divides by the configured duration in a timing-based run', () => {
    const f = figures170('fastapi-duration-3s.txt', 'fastapi-duration-3s.log.tsv', 3000);
    expect(f.rps).toBeCloseTo(5510 / 3, 6);
    expect(f.percentilesFrom).toBe('h2load');
    expect(f.latencyMs).toMatchObject({ p50: 15.38, p95: 54.74, p99: 135.08 });
  });

  it('counts 404s and 5xx as errors and reports no healthy req/s for them', () => {
    const nf = figures170('not-found-404.txt', 'not-found-404.log.tsv');
    expect(nf).toMatchObject({
      rps: 0,
      h2loadRps: 720.96,
      errors: 300,
      errorRate: 1,
      statusCodes: { 404: 300 },
    });
    expect(nf.latencyMs).toMatchObject({ p50: 11.31, p95: 19.1, p99: 73.87 });
    const all = figures170('all-5xx.txt');
    expect(all).toMatchObject({ rps: 0, h2loadRps: 975.28, errors: 300, percentilesFrom: 'h2load' });
    const mostly = figures170('mostly-broken.txt', 'mostly-broken.log.tsv');
    expect(mostly).toMatchObject({ rps: 0, errors: 224, statusCodes: { 200: 76, 503: 224 } });
    expect(mostly.errorRate).toBeCloseTo(224 / 300, 9);
    expect(mostly.latencyMs).toMatchObject({ p50: 10.31, p95: 18.87, p99: 26.22 });
  });

  it("never reports h2load's all-zero row (no completed request) as a 0 ms latency", () => {
    const refused = figures170('connection-refused.txt');
    expect(refused).toMatchObject({ rps: 0, errors: 300, errorRate: 1, percentilesFrom: 'log-file' });
    expect(refused.latencyMs).toBeUndefined();
  });
});
