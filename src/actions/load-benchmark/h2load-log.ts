/**
 * h2load's `--log-file`: one tab-separated row per request, "start time (µs since the epoch), HTTP status
 * (-1 for a failed stream), µs until the end of the response" (h2load(1); more columns may follow). Every
 * version since 1.2x writes it (1.52 and 1.70 alike: see the captured fixtures), so the latency percentiles
 * come from here when h2load prints none (1.52). Percentiles here are nearest-rank; h2load 1.70's own p95
 * and p99 take the (floor(p·n)+1)-th smallest sample (one rank higher when p·n is whole) and its median
 * averages the middle two.
 */

export interface LogStats {
  /** Rows with an HTTP status. */
  responses: number;
  /** Rows with status -1 (streams that failed after they started). */
  failedStreams: number;
  /** Exact status codes, e.g. { 200: 970, 503: 30 }. */
  statusCodes: Record<string, number>;
  /** Latency of the responses in milliseconds (nearest-rank percentiles). */
  latency:
    | { min: number; mean: number; p50: number; p90: number; p95: number; p99: number; max: number }
    | undefined;
  /** From the first request's start to the last response's end. */
  spanMs: number;
}

/** The nearest-rank percentile (the smallest value with at least p% of the values at or below it). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function parseH2loadLog(text: string): LogStats {
  const durations: number[] = [];
  const statusCodes: Record<string, number> = {};
  let failedStreams = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const [t, s, d] = line.split('\t');
    if (t === undefined || s === undefined || d === undefined) continue;
    const startUs = Number(t);
    const status = Number(s);
    const us = Number(d);
    if (!Number.isFinite(startUs) || !Number.isInteger(status) || !Number.isFinite(us)) continue;
    first = Math.min(first, startUs);
    last = Math.max(last, startUs + us);
    if (status < 0) {
      failedStreams++;
      continue;
    }
    statusCodes[String(status)] = (statusCodes[String(status)] ?? 0) + 1;
    durations.push(us / 1000);
  }
  const sorted = Float64Array.from(durations).sort();
  const sum = durations.reduce((a, b) => a + b, 0);
  return {
    responses: durations.length,
    failedStreams,
    statusCodes,
    latency:
      sorted.length === 0
        ? undefined
        : {
            min: sorted[0] as number,
            mean: sum / sorted.length,
            p50: percentile(sorted, 50),
            p90: percentile(sorted, 90),
            p95: percentile(sorted, 95),
            p99: percentile(sorted, 99),
            max: sorted[sorted.length - 1] as number,
          },
    spanMs: Number.isFinite(first) ? (last - first) / 1000 : 0,
  };
}
