import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { countBySeverity, type Finding, type SeverityCounts, sortFindings } from '../findings/finding.js';
import type { Report, Verdict } from './report.js';

/** The version written into reports; the bundler may replace it with package.json's. */
export const PYPROD_ACTIONS_VERSION = '0.1.0';

export interface JsonFinding extends Finding {
  /** Present when a baseline was used. */
  baseline?: 'new' | 'known';
}

export interface JsonReport {
  tool: 'pyprod-actions';
  action: string;
  version: string;
  verdict: Verdict;
  counts: SeverityCounts;
  findings: JsonFinding[];
  meta: Record<string, unknown>;
}

export interface JsonReportOptions {
  version?: string;
  /** Fingerprints accepted by the baseline. */
  known?: ReadonlySet<string>;
  /** Extra facts (annotation counts, file paths, ...); merged into `meta`. */
  meta?: Record<string, unknown>;
}

const FINDING_KEYS = [
  'tool',
  'rule',
  'severity',
  'message',
  'file',
  'line',
  'column',
  'endLine',
  'endColumn',
  'fingerprint',
  'helpUri',
  'alsoReportedBy',
  'reports',
  'data',
  'baseline',
] as const;

/** Sorts object keys recursively (arrays keep their order), so equal data always serialises alike. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}

function orderedFinding(f: Finding, known: ReadonlySet<string> | undefined): JsonFinding {
  const src: Record<string, unknown> = { ...f };
  if (known) src.baseline = known.has(f.fingerprint) ? 'known' : 'new';
  const out: Record<string, unknown> = {};
  for (const k of FINDING_KEYS) {
    const v = src[k];
    if (v !== undefined) out[k] = k === 'data' || k === 'reports' ? sortKeys(v) : v;
  }
  return out as unknown as JsonFinding;
}

/** The machine-readable report: fixed top-level key order, findings most severe first. */
export function buildJsonReport(report: Report, opts: JsonReportOptions = {}): JsonReport {
  const meta = sortKeys({
    title: report.title,
    headline: report.headline,
    toolRuns: report.toolRuns ?? [],
    sections: report.sections.map((s) => s.title),
    ...opts.meta,
  }) as Record<string, unknown>;
  return {
    tool: 'pyprod-actions',
    action: report.action,
    version: opts.version ?? PYPROD_ACTIONS_VERSION,
    verdict: report.verdict,
    counts: countBySeverity(report.findings),
    findings: sortFindings(report.findings).map((f) => orderedFinding(f, opts.known)),
    meta,
  };
}

export function serialiseJsonReport(r: JsonReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

/** Writes the report, creating parent directories. */
export async function writeJsonReport(file: string, r: JsonReport): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.writeFile(file, serialiseJsonReport(r));
}
