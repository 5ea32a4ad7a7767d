import type { ScenarioResult } from '../../../src/actions/load-benchmark/results.js';

/** A scenario result as the runner produces it, with the figures a test cares about overridden. */
export function scenario(over: Partial<ScenarioResult> & { p95?: number } = {}): ScenarioResult {
  const { p95, ...rest } = over;
  return {
    role: 'command',
    url: 'http://127.0.0.1:8000/items/3',
    key: '/items/3',
    rps: 1000,
    h2loadRps: 1000,
    elapsedMs: 1000,
    requests: { total: 1000, started: 1000, done: 1000, succeeded: 1000, failed: 0, errored: 0, timeout: 0 },
    status: { '2xx': 1000, '3xx': 0, '4xx': 0, '5xx': 0 },
    statusCodes: { 200: 1000 },
    errors: 0,
    errorRate: 0,
    latencyMs: { mean: 20, p50: 18, p95: p95 ?? 40, p99: 60, min: 2, max: 90 },
    percentilesFrom: 'log-file',
    command: 'h2load --h1 -c 40 -n 1000 http://127.0.0.1:8000/items/3',
    warmupCommand: 'h2load --h1 -c 40 -n 100 http://127.0.0.1:8000/items/3',
    h2loadMs: 1010,
    warmupMs: 100,
    timedOut: false,
    ...rest,
  };
}
