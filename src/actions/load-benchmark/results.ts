import type { LogStats } from './h2load-log.js';
import type { H2loadReport, RequestCounts, StatusCounts } from './h2load-output.js';

/** Above this share of failed requests a scenario fails the step. */
export const MAX_ERROR_RATE = 0.01;
/** Above this share, the scenario's req/s is reported as 0: mostly failing is never "fast". */
export const UNHEALTHY_ERROR_RATE = 0.5;

export type ServiceRole = 'command' | 'compare';

export interface Latency {
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
}

/** One URL loaded against one service, as reported and as stored in the JSON result. */
export interface ScenarioResult {
  role: ServiceRole;
  url: string;
  /** Path and query: how a scenario is matched across runs (ports may differ). */
  key: string;
  /** 2xx responses per second; 0 when most requests failed. */
  rps: number;
  /** h2load's own figure (completed requests per second, whatever their status). */
  h2loadRps: number;
  elapsedMs: number;
  requests: RequestCounts;
  status: StatusCounts;
  /** Exact status codes from the per-request log. */
  statusCodes: Record<string, number>;
  /** Requests without a 2xx answer: other statuses, connection errors, timeouts. */
  errors: number;
  errorRate: number;
  latencyMs: Latency | undefined;
  /** h2load's own median/p95/p99 (1.70 prints them), or computed from its per-request log (1.52: none). */
  percentilesFrom: 'h2load' | 'log-file';
  /** The measured h2load command, exactly as run. */
  command: string;
  warmupCommand?: string;
  h2loadMs: number;
  warmupMs: number;
  /** h2load had to be stopped by the hard timeout; figures come from what it wrote until then. */
  timedOut: boolean;
  /** h2load hung after a timing-based run (a known 1.52 behaviour over HTTP/1.1) and was stopped; figures from its log. */
  stoppedAfterRun?: boolean;
}

export interface Measured {
  report: H2loadReport;
  log: LogStats;
  /** For a timing-based run, the configured duration: h2load divides by it too. */
  durationMs?: number;
}

/** Combines h2load's report and its per-request log into one scenario's figures. */
export function scenarioFigures(
  m: Measured,
): Pick<
  ScenarioResult,
  | 'rps'
  | 'h2loadRps'
  | 'elapsedMs'
  | 'requests'
  | 'status'
  | 'statusCodes'
  | 'errors'
  | 'errorRate'
  | 'latencyMs'
  | 'percentilesFrom'
> {
  const { report, log } = m;
  const ok = Math.max(0, report.requests.succeeded - report.status['3xx']);
  const errors = Math.max(0, report.requests.failed + report.status['3xx']);
  const attempted = Math.max(report.requests.total, ok + errors, 1);
  const errorRate = errors / attempted;
  const seconds = (m.durationMs ?? report.elapsedMs) / 1000;
  const rps = errorRate > UNHEALTHY_ERROR_RATE || seconds <= 0 ? 0 : ok / seconds;
  const r = report.request;
  // h2load 1.70 prints its own median/p95/p99 (over the completed requests, any status). With no
  // completed request its row is all zeros (max 0): that is no latency at all, never "0 ms".
  const fromH2load =
    r.p50 !== undefined && r.p95 !== undefined && r.p99 !== undefined && r.max !== undefined && r.max > 0;
  const l = log.latency;
  let latencyMs: Latency | undefined;
  if (fromH2load) {
    latencyMs = {
      mean: r.mean ?? l?.mean ?? Number.NaN,
      p50: r.p50 as number,
      p95: r.p95 as number,
      p99: r.p99 as number,
      min: r.min ?? l?.min ?? Number.NaN,
      max: r.max ?? l?.max ?? Number.NaN,
    };
  } else if (l) {
    latencyMs = {
      mean: r.mean ?? l.mean,
      p50: l.p50,
      p95: l.p95,
      p99: l.p99,
      min: r.min ?? l.min,
      max: r.max ?? l.max,
    };
  }
  return {
    rps,
    h2loadRps: report.rps,
    elapsedMs: report.elapsedMs,
    requests: report.requests,
    status: report.status,
    statusCodes: log.statusCodes,
    errors,
    errorRate,
    latencyMs,
    percentilesFrom: fromH2load ? 'h2load' : 'log-file',
  };
}
