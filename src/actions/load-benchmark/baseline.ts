import * as fs from 'node:fs/promises';
import { InputError } from '../../core/errors.js';
import type { LoadShape } from './h2load-args.js';
import type { ScenarioResult } from './results.js';

/** What a run stores under `meta.benchmark` of its JSON result, and what `baseline` reads back. */
export interface BenchmarkData {
  format: 'pyprod-load-benchmark/1';
  h2loadVersion: string;
  shape: LoadShape & { warmup: number };
  scenarios: ScenarioResult[];
  timings: { totalMs: number; serviceStartMs: number; serviceStopMs: number; h2loadMs: number };
}

export interface BaselineScenario {
  key: string;
  rps: number;
  p95?: number;
}

export interface BaselineRow {
  key: string;
  url: string;
  baseRps: number;
  rps: number;
  /** Current over baseline; 1 is unchanged. */
  rpsRatio: number;
  baseP95?: number;
  p95?: number;
  p95Ratio?: number;
  regressed: boolean;
  reasons: string[];
}

export interface BaselineComparison {
  rows: BaselineRow[];
  /** Scenarios of this run the baseline does not have. */
  missing: string[];
  regressed: boolean;
}

function scenarioOf(v: unknown): BaselineScenario | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const s = v as Record<string, unknown>;
  if (typeof s.key !== 'string' || typeof s.rps !== 'number' || s.role === 'compare') return undefined;
  const p95 = (s.latencyMs as Record<string, unknown> | undefined)?.p95;
  return { key: s.key, rps: s.rps, ...(typeof p95 === 'number' ? { p95 } : {}) };
}

/**
 * Reads the JSON result of an earlier run (this action's `json-file`): the scenarios of its `command`
 * service. A bare `meta.benchmark` object is accepted too.
 */
export async function loadBenchmarkBaseline(file: string): Promise<BaselineScenario[]> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(
      'baseline',
      file,
      `the file cannot be read (${(e as NodeJS.ErrnoException).code ?? e})`,
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new InputError(
      'baseline',
      file,
      'expected the JSON result of an earlier load-benchmark run (json-file)',
    );
  }
  const d = doc as { meta?: { benchmark?: unknown }; scenarios?: unknown };
  const data = (d?.meta?.benchmark ?? d) as { format?: unknown; scenarios?: unknown };
  const scenarios = Array.isArray(data?.scenarios) ? data.scenarios.map(scenarioOf) : [];
  const ok = scenarios.filter((s): s is BaselineScenario => s !== undefined);
  if (ok.length === 0) {
    throw new InputError(
      'baseline',
      file,
      'it holds no load-benchmark scenarios; expected the json-file written by an earlier load-benchmark run',
    );
  }
  return ok;
}

const pct = (ratio: number) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%`;

/**
 * Compares this run's `command` scenarios with the baseline's, by path and query. A scenario regresses
 * when its req/s dropped, or its p95 latency rose, by more than `maxRegression` (a fraction).
 */
export function compareWithBaseline(
  current: readonly ScenarioResult[],
  baseline: readonly BaselineScenario[],
  maxRegression: number,
): BaselineComparison {
  const rows: BaselineRow[] = [];
  const missing: string[] = [];
  for (const s of current.filter((c) => c.role === 'command')) {
    const b = baseline.find((x) => x.key === s.key);
    if (!b) {
      missing.push(s.key);
      continue;
    }
    const rpsRatio = b.rps > 0 ? s.rps / b.rps : s.rps > 0 ? Number.POSITIVE_INFINITY : 1;
    const p95 = s.latencyMs?.p95;
    const p95Ratio = b.p95 !== undefined && b.p95 > 0 && p95 !== undefined ? p95 / b.p95 : undefined;
    const reasons: string[] = [];
    if (rpsRatio < 1 - maxRegression) reasons.push(`req/s ${pct(rpsRatio)}`);
    if (p95Ratio !== undefined && p95Ratio > 1 + maxRegression) reasons.push(`p95 ${pct(p95Ratio)}`);
    rows.push({
      key: s.key,
      url: s.url,
      baseRps: b.rps,
      rps: s.rps,
      rpsRatio,
      ...(b.p95 !== undefined ? { baseP95: b.p95 } : {}),
      ...(p95 !== undefined ? { p95 } : {}),
      ...(p95Ratio !== undefined ? { p95Ratio } : {}),
      regressed: reasons.length > 0,
      reasons,
    });
  }
  return { rows, missing, regressed: rows.some((r) => r.regressed) };
}

export function formatChange(ratio: number | undefined): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return '—';
  return pct(ratio);
}
