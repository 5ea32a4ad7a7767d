import * as path from 'node:path';
import { checkPathInput, type InputReader, type PathKind } from '../core/inputs.js';
import type { Runtime } from '../core/runtime.js';
import { type Baseline, loadBaseline, writeBaseline } from '../findings/baseline.js';
import type { Finding } from '../findings/finding.js';
import { projectOf } from './json-report.js';
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
  /** The action's `working-directory` as given (`.` when not): the JSON report's project (JsonReport.project). */
  workingDirectory?: string;
}

export function loadReportInputs(r: InputReader): ReportInputs {
  const prComment = r.bool('pr-comment', false);
  return {
    sarifFile: r.string('sarif-file'),
    jsonFile: r.string('json-file'),
    prComment,
    // Read only when a comment is asked for: otherwise the token is never held at all.
    githubToken: prComment ? r.string('github-token') : undefined,
    baseline: r.string('baseline'),
    writeBaseline: r.string('write-baseline'),
    // Every findings action declares it; the JSON report says which project it describes.
    workingDirectory: r.string('working-directory') ?? '.',
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
  // Every path input checked before anything is written: a directory given for a file fails naming the input.
  const at = (input: string, value: string | undefined, kind: PathKind) =>
    value === undefined ? undefined : checkPathInput(input, value, path.resolve(rt.workspace, value), kind);
  at('sarif-file', inputs.sarifFile, 'output-file');
  at('json-file', inputs.jsonFile, 'output-file');
  at('write-baseline', inputs.writeBaseline, 'output-file');
  at('baseline', inputs.baseline, 'file');
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
    project: projectOf(rt.workspace, inputs.workingDirectory ?? '.'),
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
