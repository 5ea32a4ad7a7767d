import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseH2loadDuration,
  parseH2loadOutput,
  parseH2loadVersion,
} from '../../../src/actions/load-benchmark/h2load-output.js';

const FIXTURES = path.resolve('test/fixtures/load-benchmark/h2load-1.52');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

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

describe('a statistics table with percentile columns', () => {
  // CONSTRUCTED, not captured: no real output of an h2load printing percentiles was found (see the
  // fixtures README). It checks that columns are read by their header names, in any order.
  const constructed = fixture('fastapi-n1000-c40.txt')
    .replace(
      /^\s+min\s+max\s+mean\s+sd\s+\+\/- sd$/m,
      '                     min         max        mean          sd      median         p95         p99    +/- sd',
    )
    .replace(
      /^time for request:.*$/m,
      'time for request:    17.69ms    155.76ms     33.24ms     24.31ms     24.80ms     70.12ms    150.02ms    92.00%',
    )
    .replace(
      /^time for connect:.*$/m,
      'time for connect:      169us      1.78ms       893us       436us       900us      1.60ms      1.75ms    60.00%',
    );

  it('maps median, p95 and p99 by name', () => {
    const r = parseH2loadOutput(constructed);
    expect(r.request).toEqual({
      min: 17.69,
      max: 155.76,
      mean: 33.24,
      sd: 24.31,
      p50: 24.8,
      p95: 70.12,
      p99: 150.02,
    });
    expect(r.connect.p95).toBeCloseTo(1.6, 6);
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
