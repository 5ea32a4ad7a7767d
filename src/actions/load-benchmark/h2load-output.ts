/**
 * Reads h2load's report: the text it prints and the JSON of `--output-file`. Tested on real output of
 * h2load 1.52 (Debian 12; Ubuntu 22.04/24.04's are of the same family) and 1.70 (built from Debian sid's
 * source), captured into test/fixtures/load-benchmark/. The statistics table is read by its header row:
 * 1.52 prints `min max mean sd +/- sd` on rows labelled `time for request:`, 1.70 prints
 * `min max median p95 p99 mean sd +/- sd` on rows labelled `request     :`.
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

/** The row labelled `time for <name>:` (1.52) or `<name>` padded to 12 columns and `:` (1.70). */
function timingRow(lines: readonly string[], name: string, columns: readonly string[]): TimingRow {
  const label = new RegExp(`^(?:time for )?${name}\\s*:(.*)$`);
  const rest = lines.map((l) => label.exec(l)?.[1]).find((r) => r !== undefined);
  if (rest === undefined) return {};
  const values = rest.trim().split(/\s+/);
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
    request: timingRow(lines, 'request', columns),
    connect: timingRow(lines, 'connect', columns),
  };
}

/**
 * `--output-file=<PATH>` of h2load 1.70 (absent from 1.52): `{"version":"v1", "measurements": {...}}` with
 * the same counts as the text report and every statistic in seconds at full precision (plus the raw
 * samples, ignored here). Throws, naming what is missing, on anything else.
 */
export function parseH2loadJson(text: string): H2loadReport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`h2load's --output-file is not JSON: ${(e as Error).message}`);
  }
  const root = doc as { version?: unknown; measurements?: Record<string, unknown> } | null;
  if (root?.version !== 'v1' || typeof root.measurements !== 'object' || root.measurements === null) {
    throw new Error('h2load\'s --output-file is not the "v1" format (no "version":"v1" with "measurements")');
  }
  const m = root.measurements;
  const num = (o: unknown, key: string, where: string): number => {
    const v = (o as Record<string, unknown> | null | undefined)?.[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`h2load's --output-file has no number at measurements.${where}${key}`);
    }
    return v;
  };
  const counts = (keys: readonly string[], group: string) => keys.map((k) => num(m[group], k, `${group}.`));
  const [total, started, done, succeeded, failed, errored, timeout] = counts(
    ['total', 'started', 'done', 'succeeded', 'failed', 'errored', 'timeout'],
    'requests',
  ) as [number, number, number, number, number, number, number];
  const [s2, s3, s4, s5] = counts(['2xx', '3xx', '4xx', '5xx'], 'status_codes') as [
    number,
    number,
    number,
    number,
  ];
  const perf = m.performance as Record<string, unknown> | undefined;
  const stat = (name: string): TimingRow => {
    const where = `performance.${name}.`;
    const ms = (key: string) => num(perf?.[name], key, where) * 1000;
    return {
      min: ms('min'),
      max: ms('max'),
      mean: ms('mean'),
      sd: ms('sd'),
      p50: ms('median'),
      p95: ms('p95'),
      p99: ms('p99'),
    };
  };
  return {
    elapsedMs: num(m, 'duration', '') * 1000,
    rps: num(m, 'request_per_second', ''),
    requests: { total, started, done, succeeded, failed, errored, timeout },
    status: { '2xx': s2, '3xx': s3, '4xx': s4, '5xx': s5 },
    request: stat('request'),
    connect: stat('connect'),
  };
}
