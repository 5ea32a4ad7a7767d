/**
 * Reads h2load's text report. Tested on the output of h2load 1.52 (Debian 12, Ubuntu 22.04/24.04's are
 * of the same family), captured into test/fixtures/load-benchmark/. The statistics table is read by its
 * header row, so a version that adds columns (median, p95, p99) or reorders them is read by name.
 */

export interface RequestCounts {
  total: number;
  started: number;
  done: number;
  /** Completed with a 2xx or 3xx status: h2load's own notion of success. */
  succeeded: number;
  /** Everything else: non-2xx/3xx statuses and errors. */
  failed: number;
  /** Failed without an HTTP status (connection refused or reset, timeouts): part of `failed`. */
  errored: number;
  timeout: number;
}

export interface StatusCounts {
  '2xx': number;
  '3xx': number;
  '4xx': number;
  '5xx': number;
}

/** One row of the statistics table ("time for request"), in milliseconds, by column name. */
export type TimingRow = Partial<
  Record<'min' | 'max' | 'mean' | 'sd' | 'p50' | 'p90' | 'p95' | 'p99', number>
>;

export interface H2loadReport {
  elapsedMs: number;
  /** h2load's figure: completed requests (whatever their status) per second. */
  rps: number;
  requests: RequestCounts;
  status: StatusCounts;
  request: TimingRow;
  connect: TimingRow;
}

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** `17.69ms`, `169us`, `1.12s` → milliseconds. */
export function parseH2loadDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * (UNIT_MS[m[2] as string] as number);
}

/** `h2load nghttp2/1.52.0` → `1.52.0`. */
export function parseH2loadVersion(text: string): string | undefined {
  return /nghttp2\/(\d+\.\d+(?:\.\d+)?)/.exec(text)?.[1];
}

const COLUMN_ALIASES: Record<string, keyof TimingRow> = {
  min: 'min',
  max: 'max',
  mean: 'mean',
  sd: 'sd',
  median: 'p50',
  p50: 'p50',
  '50%': 'p50',
  p90: 'p90',
  '90%': 'p90',
  p95: 'p95',
  '95%': 'p95',
  p99: 'p99',
  '99%': 'p99',
};

/** The header row's column names ("min  max  mean  sd  +/- sd"), split on runs of two or more spaces. */
function headerColumns(lines: readonly string[]): string[] {
  const header = lines.find(
    (l) => /^\s+min\s+max\s/.test(l) || /^\s+(min|max|mean|median)(\s{2,}\S+){3,}/.test(l),
  );
  const cols = header?.trim().split(/\s{2,}/) ?? [];
  return cols.length > 0 ? cols : ['min', 'max', 'mean', 'sd', '+/- sd'];
}

function timingRow(lines: readonly string[], label: string, columns: readonly string[]): TimingRow {
  const line = lines.find((l) => l.startsWith(`${label}:`));
  if (!line) return {};
  const values = line
    .slice(label.length + 1)
    .trim()
    .split(/\s+/);
  const row: TimingRow = {};
  columns.forEach((name, i) => {
    const key = COLUMN_ALIASES[name.toLowerCase().replace(/\s+/g, '')];
    const v = values[i] === undefined ? undefined : parseH2loadDuration(values[i] as string);
    if (key && v !== undefined) row[key] = v;
  });
  return row;
}

function numbers(line: string | undefined, re: RegExp): number[] | undefined {
  const m = line ? re.exec(line) : null;
  return m ? m.slice(1).map(Number) : undefined;
}

/** Parses h2load's report; throws when the run printed none (it failed to start, or was killed first). */
export function parseH2loadOutput(text: string): H2loadReport {
  const lines = text.split(/\r?\n/);
  const finished = /^finished in (\S+), (\d+(?:\.\d+)?) req\/s/.exec(
    lines.find((l) => l.startsWith('finished in ')) ?? '',
  );
  const counts = numbers(
    lines.find((l) => l.startsWith('requests: ')),
    /^requests: (\d+) total, (\d+) started, (\d+) done, (\d+) succeeded, (\d+) failed, (\d+) errored, (\d+) timeout/,
  );
  const status = numbers(
    lines.find((l) => l.startsWith('status codes: ')),
    /^status codes: (\d+) 2xx, (\d+) 3xx, (\d+) 4xx, (\d+) 5xx/,
  );
  const elapsedMs = finished ? parseH2loadDuration(finished[1] as string) : undefined;
  if (!finished || elapsedMs === undefined || !counts || !status) {
    throw new Error('h2load printed no report (no "finished in", "requests:" or "status codes:" line)');
  }
  const [total, started, done, succeeded, failed, errored, timeout] = counts as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const columns = headerColumns(lines);
  return {
    elapsedMs,
    rps: Number(finished[2]),
    requests: { total, started, done, succeeded, failed, errored, timeout },
    status: { '2xx': status[0] ?? 0, '3xx': status[1] ?? 0, '4xx': status[2] ?? 0, '5xx': status[3] ?? 0 },
    request: timingRow(lines, 'time for request', columns),
    connect: timingRow(lines, 'time for connect', columns),
  };
}
