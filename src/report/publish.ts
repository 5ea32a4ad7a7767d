import * as path from 'node:path';
import type { Runtime } from '../core/runtime.js';
import { type Baseline, splitByBaseline } from '../findings/baseline.js';
import { type AnnotationResult, emitAnnotations } from './annotations.js';
import { buildJsonReport, runOf, writeJsonReport } from './json-report.js';
import { COMMENT_MAX_CHARS, type PrCommentResult, upsertPrComment } from './pr-comment.js';
import type { Report } from './report.js';
import { buildSarif, writeSarif } from './sarif.js';
import { type RenderedSummary, renderSummary, SUMMARY_BUDGET_BYTES } from './summary.js';

export interface PublishOptions {
  /** Where to write SARIF (relative to the workspace); sets the `sarif-file` output. */
  sarifFile?: string;
  /** Where to write the JSON report (relative to the workspace); sets the `json-file` output. */
  jsonFile?: string;
  /** Post or update the sticky pull request comment. */
  prComment?: boolean;
  /** Distinguishes several comments of one action in one PR. */
  commentKey?: string;
  token?: string;
  /** Emit annotations (default true). */
  annotate?: boolean;
  annotationsPerLevel?: number;
  /** Accepted findings: they are marked known, get no annotation and are `unchanged` in SARIF. */
  baseline?: Baseline;
  summaryBudgetBytes?: number;
  /** Written into the JSON report (default PYPROD_ACTIONS_VERSION). */
  version?: string;
  /** The action's own facts for the JSON report's `meta` (measurements a script may want to read back). */
  meta?: Record<string, unknown>;
  /** The project's directory for the JSON report (JsonReport.project), e.g. from projectOf(working-directory). */
  project?: string;
}

export interface PublishResult {
  annotations?: AnnotationResult;
  sarifFile?: string;
  jsonFile?: string;
  /** Results SARIF left out per tool (over GitHub's per-run limit). */
  sarifOmitted?: Record<string, number>;
  summary: Pick<RenderedSummary, 'bytes' | 'rowsShown' | 'rowsOmitted' | 'sectionsOmitted'>;
  prComment?: PrCommentResult;
  baseline?: { new: number; known: number };
}

// The comment's own budget: bytes bound characters, and the marker line needs a little room.
const COMMENT_BUDGET_BYTES = COMMENT_MAX_CHARS - 1_024;

/**
 * Publishes a report everywhere it goes: annotations (most severe first, capped per level), SARIF and
 * JSON files (with the `sarif-file` / `json-file` outputs), the job summary (printed to the terminal
 * by the CLI's localRuntime) and, when asked, the sticky pull request comment. Returns what it did.
 */
export async function publishReport(
  report: Report,
  runtime: Runtime,
  options: PublishOptions = {},
): Promise<PublishResult> {
  const result: PublishResult = { summary: { bytes: 0, rowsShown: 0, rowsOmitted: 0, sectionsOmitted: [] } };
  const known = options.baseline ? new Set(options.baseline.fingerprints) : undefined;
  const split = splitByBaseline(report.findings, options.baseline);
  if (options.baseline) result.baseline = { new: split.new.length, known: split.known.length };

  if (options.annotate ?? true) {
    result.annotations = emitAnnotations(split.new, runtime, { perLevel: options.annotationsPerLevel });
  }

  if (options.sarifFile) {
    const file = path.resolve(runtime.workspace, options.sarifFile);
    const sarif = buildSarif(report, { baseline: options.baseline, project: options.project });
    await writeSarif(file, sarif.log);
    for (const [tool, n] of Object.entries(sarif.omitted)) {
      runtime.warning(
        `SARIF: ${n} ${tool} results left out (GitHub code scanning accepts 25,000 per run, 20 runs).`,
      );
    }
    result.sarifFile = file;
    result.sarifOmitted = sarif.omitted;
    runtime.setOutput('sarif-file', file);
  }

  if (options.jsonFile) {
    const file = path.resolve(runtime.workspace, options.jsonFile);
    const meta: Record<string, unknown> = { ...options.meta };
    if (result.annotations) meta.annotations = result.annotations;
    if (result.baseline) meta.baseline = result.baseline;
    if (result.sarifFile)
      meta.sarifFile = path.relative(runtime.workspace, result.sarifFile) || result.sarifFile;
    const json = buildJsonReport(report, {
      version: options.version,
      known,
      meta,
      project: options.project,
      run: runOf(runtime.env),
    });
    await writeJsonReport(file, json);
    result.jsonFile = file;
    runtime.setOutput('json-file', file);
  }

  const summary = renderSummary(report, {
    budgetBytes: options.summaryBudgetBytes ?? SUMMARY_BUDGET_BYTES,
    annotations: result.annotations,
    known,
  });
  await runtime.appendSummary(summary.markdown);
  result.summary = {
    bytes: summary.bytes,
    rowsShown: summary.rowsShown,
    rowsOmitted: summary.rowsOmitted,
    sectionsOmitted: summary.sectionsOmitted,
  };

  if (options.prComment) {
    const comment = renderSummary(report, {
      budgetBytes: COMMENT_BUDGET_BYTES,
      annotations: result.annotations,
      known,
    });
    result.prComment = await upsertPrComment(runtime, {
      action: report.action,
      key: options.commentKey,
      body: comment.markdown,
      token: options.token,
      env: runtime.env,
    });
  }
  return result;
}
