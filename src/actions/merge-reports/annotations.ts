import type { AnnotationLevel, Runtime } from '../../core/runtime.js';
import { compareFindings } from '../../findings/finding.js';
import {
  ANNOTATIONS_PER_LEVEL,
  type AnnotationResult,
  annotationLevel,
  annotationProps,
} from '../../report/annotations.js';
import type { Merged } from './merge.js';
import type { MergedFinding } from './read.js';

/**
 * Annotations for the merged run: the failures that have no finding (a missing or unreadable report) first,
 * then the findings of every project, most severe first across all of them, at most `perLevel` per level as
 * GitHub shows (src/report/annotations.ts). One error is kept back for the step's own failure message.
 * Findings a job's baseline accepted get none, as in the job itself.
 */
export function annotateMerged(
  m: Merged,
  rt: Pick<Runtime, 'annotate'>,
  perLevel = ANNOTATIONS_PER_LEVEL,
): AnnotationResult {
  const failing = m.failed.length > 0 || m.stray.length > 0 || m.empty;
  const cap: Record<AnnotationLevel, number> = {
    error: Math.max(0, perLevel - (failing ? 1 : 0)),
    warning: perLevel,
    notice: perLevel,
  };
  const emitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const notAnnotated: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const emit = (level: AnnotationLevel, fn: () => void) => {
    if (emitted[level] >= cap[level]) {
      notAnnotated[level]++;
      return;
    }
    fn();
    emitted[level]++;
  };
  for (const p of m.failed) {
    for (const problem of p.problems) {
      emit('error', () =>
        rt.annotate('error', `${p.project}: ${problem}`, { title: 'merge-reports: missing report' }),
      );
    }
  }
  for (const u of m.stray) {
    emit('error', () =>
      rt.annotate('error', `${u.file}: ${u.error}`, { title: 'merge-reports: unreadable report' }),
    );
  }
  // Each cell is sorted already: its first `perLevel` of each level are the only candidates.
  const candidates: { f: MergedFinding; project: string }[] = [];
  for (const p of m.projects) {
    for (const cell of p.cells.values()) {
      const taken: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
      for (const f of cell.findings) {
        if (f.known) continue;
        const level = annotationLevel(f.severity);
        if (taken[level] < perLevel) {
          candidates.push({ f, project: p.project });
          taken[level]++;
        } else {
          notAnnotated[level]++;
        }
      }
    }
  }
  candidates.sort(
    (a, b) => compareFindings(a.f, b.f) || (a.project < b.project ? -1 : a.project > b.project ? 1 : 0),
  );
  for (const { f, project } of candidates) {
    const level = annotationLevel(f.severity);
    const props = annotationProps(f);
    emit(level, () => rt.annotate(level, f.message, { ...props, title: `${project}: ${props.title}` }));
  }
  return { perLevel, emitted, notAnnotated };
}
