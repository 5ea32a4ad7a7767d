import { lastLines } from '../../core/exec.js';
import {
  byteLength,
  escapeCell,
  escapeInline,
  fenced,
  formatDuration,
  inlineToText,
  openBlockClosers,
  table,
} from '../../report/markdown.js';
import type { CheckResult } from './run-check.js';

/** The step summary limit is 1 MiB; the gate keeps its whole summary under this. */
const SUMMARY_BUDGET = 1_000_000;

export type CheckVerdict = 'passed' | 'failed' | 'skipped';

export function verdictOf(r: CheckResult): CheckVerdict {
  if (r.skipped) return 'skipped';
  return r.exitCode === 0 ? 'passed' : 'failed';
}

const ICON: Record<CheckVerdict, string> = { passed: '✅', failed: '❌', skipped: '⏭️' };

/**
 * A check's own verdict line (`### ✅ Lint: no problems`) as plain text, for the table: without the heading
 * marks and the escaping the check's summary gave it (it is escaped again where it is shown).
 */
export function headlineOf(r: CheckResult): string {
  if (r.skipped) return r.skipped;
  // The report's verdict line: its first heading, else its first line (setup-uv-cached's one-liner).
  const lines = r.summary.split(/\r?\n/).filter((l) => l.trim() !== '');
  const line = lines.find((l) => /^#{1,4} /.test(l)) ?? lines[0];
  if (line) return inlineToText(line.replace(/^#{1,4} /, '').replace(/\*\*/g, ''));
  if (r.exitCode !== 0) return `exit code ${r.exitCode ?? 'none (killed)'}, no report`;
  return 'no report';
}

/** Cuts a section at a line boundary to fit `max` bytes, saying so. */
function fitBytes(markdown: string, max: number): string {
  if (byteLength(markdown) <= max) return markdown;
  const lines = markdown.split('\n');
  const kept: string[] = [];
  let size = 0;
  for (const l of lines) {
    size += byteLength(l) + 1;
    if (size > max - 200) break;
    kept.push(l);
  }
  const text = kept.join('\n');
  return `${text}${openBlockClosers(text)}\n\n_… the rest of this report is cut to keep the job summary under 1 MiB; the check's log has all of it._`;
}

/**
 * One summary for the whole gate: the verdict and a table of the checks on top, then each check's own
 * report in the order of the table. A check that failed without a report shows the end of its log.
 */
export function renderGateSummary(results: readonly CheckResult[], totalMs: number): string {
  const failed = results.filter((r) => verdictOf(r) === 'failed');
  // Setup is a row of the table but not a check.
  const checks = results.filter((r) => r.spec.name !== 'setup');
  const passed = checks.filter((r) => verdictOf(r) === 'passed');
  const head =
    failed.length === 0
      ? `## ✅ Production gate: ${passed.length} of ${checks.length} checks passed`
      : `## ❌ Production gate: ${failed.map((r) => r.spec.name).join(', ')} failed`;
  const rows = results.map((r) => [
    `${ICON[verdictOf(r)]} ${r.spec.title}`,
    verdictOf(r),
    escapeCell(headlineOf(r)),
    r.skipped ? '' : formatDuration(r.durationMs),
  ]);
  const top = `${head}\n\n${table(['Check', 'Result', 'Summary', 'Time'], rows)}\n\nTotal ${formatDuration(totalMs)}.\n`;
  const each = Math.floor((SUMMARY_BUDGET - byteLength(top)) / Math.max(1, results.length));
  const sections = results
    .filter((r) => !r.skipped)
    .map((r) => {
      if (r.summary.trim()) return fitBytes(r.summary.trim(), each);
      // Workflow commands in the log (`::error file=...::`) are shown as their message only.
      const tail = lastLines(r.log, 30).replace(/^::[a-z-]+[^:]*::/gm, '');
      return fitBytes(
        `### ❌ ${r.spec.title}: ${escapeInline(headlineOf(r))}\n\n${fenced(tail, 'text')}`,
        each,
      );
    });
  return [top, ...sections].join('\n\n---\n\n');
}
