import { describe, expect, it } from 'vitest';
import {
  effectiveClients,
  h2loadArgs,
  h2loadDuration,
  warmupArgs,
} from '../../../src/actions/load-benchmark/h2load-args.js';
import { hardTimeoutMs } from '../../../src/actions/load-benchmark/h2load-run.js';

const URL = 'http://127.0.0.1:8000/items/3';

describe('h2load argv', () => {
  it('builds the measured run from the inputs, with the per-request log', () => {
    expect(h2loadArgs(URL, { requests: 1000, concurrency: 40, http1: true }, '/tmp/x.tsv')).toEqual([
      '--h1',
      '-c',
      '40',
      '-n',
      '1000',
      '--log-file=/tmp/x.tsv',
      URL,
    ]);
    expect(
      h2loadArgs(URL, { requests: 1000, concurrency: 40, http1: false, threads: 2, durationMs: 10_000 }),
    ).toEqual(['-c', '40', '-t', '2', '-D', '10s', URL]);
  });

  it('caps clients at the request count and threads at the clients (h2load refuses otherwise)', () => {
    expect(effectiveClients({ requests: 10, concurrency: 40 })).toBe(10);
    expect(effectiveClients({ requests: 10, concurrency: 40, durationMs: 5000 })).toBe(40);
    expect(h2loadArgs(URL, { requests: 5, concurrency: 40, threads: 8, http1: true })).toEqual([
      '--h1',
      '-c',
      '5',
      '-t',
      '5',
      '-n',
      '5',
      URL,
    ]);
  });

  it('warms up with the same protocol, at most `warmup` clients, and no log', () => {
    expect(warmupArgs(URL, { requests: 1000, concurrency: 40, http1: true, threads: 2 }, 100)).toEqual([
      '--h1',
      '-c',
      '40',
      '-t',
      '2',
      '-n',
      '100',
      URL,
    ]);
    expect(warmupArgs(URL, { requests: 1000, concurrency: 40, http1: false }, 10)).toEqual([
      '-c',
      '10',
      '-n',
      '10',
      URL,
    ]);
  });

  it("writes durations as h2load's <DURATION>", () => {
    expect(h2loadDuration(30_000)).toBe('30s');
    expect(h2loadDuration(1500)).toBe('1500ms');
  });

  it('bounds every run in time: the duration plus 30 s, or by the request count within 1 to 10 minutes', () => {
    expect(hardTimeoutMs({ requests: 1000, durationMs: 10_000 })).toBe(40_000);
    expect(hardTimeoutMs({ requests: 300 })).toBe(60_000);
    expect(hardTimeoutMs({ requests: 20_000 })).toBe(200_000);
    expect(hardTimeoutMs({ requests: 1_000_000 })).toBe(600_000);
  });
});
