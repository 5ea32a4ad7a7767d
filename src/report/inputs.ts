import * as path from 'node:path';
import type { InputReader } from '../core/inputs.js';
import type { Runtime } from '../core/runtime.js';
import { type Baseline, loadBaseline, writeBaseline } from '../findings/baseline.js';
import type { Finding } from '../findings/finding.js';
import { type PublishOptions, type PublishResult, publishReport } from './publish.js';
import type { Report } from './report.js';

/** The report inputs every findings action declares, read the same way everywhere. */
export interface ReportInputs {
  sarifFile?: string;
  jsonFile?: string;
  prComment: boolean;
  githubToken?: string;
  /** A baseline file: findings it lists are known, only new ones fail. */
  baseline?: string;
  /** Write this run's findings as a baseline file here (accepting them all). */
  writeBaseline?: string;
}

export function loadReportInputs(r: InputReader): ReportInputs {
  return {
    sarifFile: r.string('sarif-file'),
    jsonFile: r.string('json-file'),
    prComment: r.bool('pr-comment', false),
    githubToken: r.string('github-token'),
    baseline: r.string('baseline'),
    writeBaseline: r.string('write-baseline'),
  };
}

export interface Published extends PublishResult {
  /** Findings not in the baseline (all of them without one). */
  newFindings: Finding[];
  loadedBaseline?: Baseline;
}

/**
 * Loads the baseline (if any), publishes the report everywhere, and writes a new baseline when asked.
 * The one call a findings action makes after building its Report.
 */
export async function publishWithInputs(
  report: Report,
  rt: Runtime,
  inputs: ReportInputs,
  extra: Omit<PublishOptions, 'sarifFile' | 'jsonFile' | 'prComment' | 'token' | 'baseline'> = {},
): Promise<Published> {
  const baseline = inputs.baseline
    ? await loadBaseline(path.resolve(rt.workspace, inputs.baseline), {
        input: 'baseline',
        tool: report.action,
      })
    : undefined;
  const result = await publishReport(report, rt, {
    ...extra,
    sarifFile: inputs.sarifFile,
    jsonFile: inputs.jsonFile,
    prComment: inputs.prComment,
    token: inputs.githubToken,
    baseline,
  });
  if (inputs.writeBaseline) {
    const file = path.resolve(rt.workspace, inputs.writeBaseline);
    await writeBaseline(file, report.findings, report.action);
    rt.info(`Wrote a baseline of ${report.findings.length} findings to ${file}.`);
  }
  const known = new Set(baseline?.fingerprints ?? []);
  return {
    ...result,
    newFindings: report.findings.filter((f) => !known.has(f.fingerprint)),
    ...(baseline ? { loadedBaseline: baseline } : {}),
  };
}
