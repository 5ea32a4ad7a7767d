import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseH2loadDuration,
  parseH2loadJson,
  parseH2loadOutput,
  parseH2loadVersion,
} from '../../../src/actions/load-benchmark/h2load-output.js';

const FIXTURES = path.resolve('test/fixtures/load-benchmark/h2load-1.52');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const NEW = path.resolve('test/fixtures/load-benchmark/h2load-1.70');
const fixture170 = (name: string) => fs.readFileSync(path.join(NEW, name), 'utf8');

describe('h2load 1.52 text output (captured from the real binary)', () => {
  it('reads a clean request-count run', () => {
    const r = parseH2loadOutput(fixture('fastapi-n1000-c40.txt'));
    expect(r.elapsedMs).toBeCloseTo(843.14, 6);
    expect(r.rps).toBe(1186.05);
    expect(r.requests).toEqual({
      total: 1000,
      started: 1000,
      done: 1000,
      succeeded: 1000,
      failed: 0,
      errored: 0,
      timeout: 0,
    });
    expect(r.status).toEqual({ '2xx': 1000, '3xx': 0, '4xx': 0, '5xx': 0 });
    expect(r.request).toEqual({ min: 17.69, max: 155.76, mean: 33.24, sd: 24.31 });
    // 1.52 prints no percentiles: they must come from the per-request log.
    expect(r.request.p95).toBeUndefined();
    expect(r.connect.min).toBeCloseTo(0.169, 6);
    expect(r.connect.max).toBeCloseTo(1.78, 6);
  });

  it('reads a timing-based run (-D), whose counts exclude the requests in flight at the end', () => {
    const r = parseH2loadOutput(fixture('flask-duration-3s.txt'));
    expect(r.elapsedMs).toBe(3010);
    expect(r.rps).toBe(1906.67);
    expect(r.requests.total).toBe(5720);
    expect(r.requests.started).toBe(5760);
    expect(r.status['2xx']).toBe(5721);
    expect(r.request.mean).toBe(20.85);
  });

  it('counts 5xx answers as failed even though h2load still reports them in req/s', () => {
    const all = parseH2loadOutput(fixture('all-5xx.txt'));
    expect(all.rps).toBe(1314.84);
    expect(all.requests.succeeded).toBe(0);
    expect(all.requests.failed).toBe(300);
    expect(all.status['5xx']).toBe(300);
    const mostly = parseH2loadOutput(fixture('mostly-broken.txt'));
    expect(mostly.requests.succeeded).toBe(76);
    expect(mostly.status).toEqual({ '2xx': 76, '3xx': 0, '4xx': 0, '5xx': 224 });
  });

  it('reads runs where no request got an answer', () => {
    const refused = parseH2loadOutput(fixture('connection-refused.txt'));
    expect(refused.requests).toMatchObject({ total: 300, started: 0, failed: 300, errored: 300 });
    expect(refused.rps).toBe(0);
    const h2c = parseH2loadOutput(fixture('h2c-against-http1-server.txt'));
    expect(h2c.requests).toMatchObject({ started: 10, done: 0, errored: 300 });
    expect(h2c.request).toEqual({ min: 0, max: 0, mean: 0, sd: 0 });
  });

  it('reads the version line', () => {
    expect(parseH2loadVersion(fixture('version.txt'))).toBe('1.52.0');
    expect(parseH2loadVersion('something else')).toBeUndefined();
  });

  it('throws when there is no report (h2load refused its arguments or was killed first)', () => {
    expect(() =>
      parseH2loadOutput('starting benchmark...\nspawning thread #0: 40 total client(s).\n'),
    ).toThrow(/printed no report/);
    expect(() =>
      parseH2loadOutput('-n: the number of requests must be greater than or equal to the clients.'),
    ).toThrow();
  });
});

describe('h2load 1.70 text output (captured from the real binary)', () => {
  it('reads median, p95 and p99 from the `request     :` row, by the header names', () => {
    const r = parseH2loadOutput(fixture170('fastapi-n1000-c40.txt'));
    expect(r.elapsedMs).toBe(1770);
    expect(r.rps).toBe(563.94);
    expect(r.requests).toEqual({
      total: 1000,
      started: 1000,
      done: 1000,
      succeeded: 1000,
      failed: 0,
      errored: 0,
      timeout: 0,
    });
    expect(r.status).toEqual({ '2xx': 1000, '3xx': 0, '4xx': 0, '5xx': 0 });
    // Column order in 1.70: min max median p95 p99 mean sd +/- sd.
    expect(r.request).toEqual({
      min: 4.91,
      max: 271.98,
      p50: 46.98,
      p95: 148.81,
      p99: 264.17,
      mean: 58.66,
      sd: 49.3,
    });
    expect(r.connect.min).toBeCloseTo(0.107, 9);
    expect(r.connect.p50).toBeCloseTo(0.728, 9);
    expect(r.connect.p95).toBe(1.28);
    expect(r.connect.mean).toBeCloseTo(0.719, 9);
  });

  it('reads a timing-based run (-D 3s)', () => {
    const r = parseH2loadOutput(fixture170('fastapi-duration-3s.txt'));
    expect(r.elapsedMs).toBe(3000);
    expect(r.rps).toBe(1836.67);
    expect(r.requests).toMatchObject({ total: 5510, started: 5550, done: 5510, succeeded: 5510, failed: 0 });
    expect(r.request).toMatchObject({ p50: 15.38, p95: 54.74, p99: 135.08, mean: 21.67, max: 302.23 });
    const flask = parseH2loadOutput(fixture170('flask-sync-duration-3s.txt'));
    expect(flask.rps).toBe(841);
    expect(flask.requests).toMatchObject({ total: 2523, started: 2563, succeeded: 2523 });
    expect(flask.status['2xx']).toBe(2524);
    expect(flask.request).toMatchObject({ p50: 40.15, p95: 73.76, p99: 135.76 });
  });

  it('reads non-2xx runs, whose req/s still counts every completed request (as 1.52 did)', () => {
    const nf = parseH2loadOutput(fixture170('not-found-404.txt'));
    expect(nf.rps).toBe(720.96);
    expect(nf.requests).toMatchObject({ total: 300, done: 300, succeeded: 0, failed: 300, errored: 0 });
    expect(nf.status).toEqual({ '2xx': 0, '3xx': 0, '4xx': 300, '5xx': 0 });
    expect(nf.request).toMatchObject({ p50: 11.31, p95: 19.1, p99: 73.87, mean: 13.7 });
    const all = parseH2loadOutput(fixture170('all-5xx.txt'));
    expect(all.rps).toBe(975.28);
    expect(all.requests).toMatchObject({ succeeded: 0, failed: 300 });
    expect(all.status['5xx']).toBe(300);
    expect(all.request).toMatchObject({ p50: 9.89, p95: 16.99, p99: 22.29 });
    const mostly = parseH2loadOutput(fixture170('mostly-broken.txt'));
    expect(mostly.rps).toBe(919.29);
    expect(mostly.requests).toMatchObject({ succeeded: 76, failed: 224 });
    expect(mostly.status).toEqual({ '2xx': 76, '3xx': 0, '4xx': 0, '5xx': 224 });
    expect(mostly.request.min).toBeCloseTo(0.559, 9);
    expect(mostly.request).toMatchObject({ p50: 10.31, p95: 18.87, p99: 26.22 });
  });

  it('reads a refused connection: all errored, a statistics row of zeros', () => {
    const r = parseH2loadOutput(fixture170('connection-refused.txt'));
    expect(r.elapsedMs).toBeCloseTo(0.464, 9);
    expect(r.rps).toBe(0);
    expect(r.requests).toEqual({
      total: 300,
      started: 0,
      done: 0,
      succeeded: 0,
      failed: 300,
      errored: 300,
      timeout: 0,
    });
    expect(r.request).toEqual({ min: 0, max: 0, p50: 0, p95: 0, p99: 0, mean: 0, sd: 0 });
  });

  it('reads the version line', () => {
    expect(parseH2loadVersion(fixture170('version.txt'))).toBe('1.70.0');
  });
});

describe("h2load 1.70's --output-file JSON (captured from the real binary)", () => {
  it('gives the same run as the text report, at full precision', () => {
    const j = parseH2loadJson(fixture170('fastapi-n1000-c40.json'));
    const t = parseH2loadOutput(fixture170('fastapi-n1000-c40.txt'));
    expect(j.elapsedMs).toBeCloseTo(1773.253, 6);
    expect(j.rps).toBe(563.935321);
    expect(j.requests).toEqual(t.requests);
    expect(j.status).toEqual(t.status);
    expect(j.request.p50).toBeCloseTo(46.9814175, 6);
    expect(j.request.p95).toBeCloseTo(148.806985, 6);
    expect(j.request.p99).toBeCloseTo(264.167138, 6);
    expect(j.request.mean).toBeCloseTo(58.6588867, 6);
    expect(j.request.min).toBeCloseTo(4.912757, 6);
    expect(j.request.max).toBeCloseTo(271.983814, 6);
    // The text prints the same figures rounded to 10 µs.
    for (const k of ['min', 'max', 'p50', 'p95', 'p99', 'mean', 'sd'] as const) {
      expect(Math.abs((j.request[k] as number) - (t.request[k] as number))).toBeLessThan(0.006);
    }
    // Below 1 ms the text truncates to whole microseconds: `728us`.
    expect(j.connect.p50).toBeCloseTo(0.7289345, 9);
    expect(t.connect.p50).toBeCloseTo(0.728, 9);
  });

  it('reads the error runs', () => {
    const nf = parseH2loadJson(fixture170('not-found-404.json'));
    expect(nf.status['4xx']).toBe(300);
    expect(nf.requests).toMatchObject({ succeeded: 0, failed: 300 });
    expect(nf.request.p95).toBeCloseTo(19.100668, 6);
    const mostly = parseH2loadJson(fixture170('mostly-broken.json'));
    expect(mostly.status).toEqual({ '2xx': 76, '3xx': 0, '4xx': 0, '5xx': 224 });
    const refused = parseH2loadJson(fixture170('connection-refused.json'));
    expect(refused.requests).toMatchObject({ started: 0, failed: 300, errored: 300 });
    expect(refused.rps).toBe(0);
    expect(refused.request.max).toBe(0);
  });

  it('names what is wrong with anything else', () => {
    expect(() => parseH2loadJson('finished in 1s')).toThrow(/not JSON/);
    expect(() => parseH2loadJson('{"version":"v2","measurements":{}}')).toThrow(/"v1" format/);
    const broken = JSON.parse(fixture170('all-5xx.json'));
    delete broken.measurements.performance.request.p99;
    expect(() => parseH2loadJson(JSON.stringify(broken))).toThrow('measurements.performance.request.p99');
  });
});

describe('parseH2loadDuration', () => {
  it('converts every unit h2load prints to milliseconds', () => {
    expect(parseH2loadDuration('169us')).toBeCloseTo(0.169, 9);
    expect(parseH2loadDuration('17.69ms')).toBe(17.69);
    expect(parseH2loadDuration('1.12s')).toBe(1120);
    expect(parseH2loadDuration('2m')).toBe(120_000);
    expect(parseH2loadDuration('92.00%')).toBeUndefined();
  });
});
