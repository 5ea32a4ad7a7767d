import type { AnnotationLevel, AnnotationProps, Runtime } from '../core/runtime.js';
import { type Finding, reportedBy, type Severity, sortFindings } from '../findings/finding.js';

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops the rest
 * silently. The REST docs for check runs say "GitHub Actions are limited to 10 warning annotations
 * and 10 error annotations per step" (docs.github.com/en/rest/checks/runs, `output.annotations`);
 * notices get the same 10 in practice (github.com/orgs/community/discussions/26680 and 68471).
 * So we pick which ones: the most severe first, and we count the rest for the summary.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

export type LevelCounts = Record<AnnotationLevel, number>;

export interface AnnotationResult {
  /** The cap that was applied to each level. */
  perLevel: number;
  emitted: LevelCounts;
  /** Findings that got no annotation because their level was full. */
  notAnnotated: LevelCounts;
}

export interface AnnotateOptions {
  /** At most this many annotations per level (default 10, GitHub's limit). */
  perLevel?: number;
}

export function annotationLevel(s: Severity): AnnotationLevel {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'notice';
}

/** The annotation's location; a position below 1 is left out rather than sent as line 0. */
export function annotationProps(f: Finding): AnnotationProps {
  const props: AnnotationProps = { title: `${f.rule} (${reportedBy(f)})` };
  if (f.file) props.file = f.file;
  if (f.file && f.line && f.line >= 1) {
    props.startLine = f.line;
    if (f.endLine && f.endLine >= f.line) props.endLine = f.endLine;
    // GitHub ignores columns on multi-line annotations, so only single-line ones carry them.
    const singleLine = !props.endLine || props.endLine === f.line;
    if (singleLine && f.column && f.column >= 1) {
      props.startColumn = f.column;
      if (f.endColumn && f.endColumn >= 1) props.endColumn = f.endColumn;
    }
  }
  return props;
}

/** Emits the most severe findings as annotations, at most `perLevel` per level, and counts the rest. */
export function emitAnnotations(
  findings: readonly Finding[],
  runtime: Pick<Runtime, 'annotate'>,
  opts: AnnotateOptions = {},
): AnnotationResult {
  const perLevel = Math.max(0, opts.perLevel ?? ANNOTATIONS_PER_LEVEL);
  const emitted: LevelCounts = { error: 0, warning: 0, notice: 0 };
  const notAnnotated: LevelCounts = { error: 0, warning: 0, notice: 0 };
  for (const f of sortFindings(findings)) {
    const level = annotationLevel(f.severity);
    if (emitted[level] >= perLevel) {
      notAnnotated[level] += 1;
      continue;
    }
    runtime.annotate(level, f.message, annotationProps(f));
    emitted[level] += 1;
  }
  return { perLevel, emitted, notAnnotated };
}

export function totalOf(counts: LevelCounts): number {
  return counts.error + counts.warning + counts.notice;
}
