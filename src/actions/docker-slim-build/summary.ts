import { code, escapeCell, escapeInline, fenced, formatDuration, table } from '../../report/markdown.js';
import type { ReportSection } from '../../report/report.js';
import { type CheckFinding, RULES, type RuleId } from './checks.js';
import type { Layer } from './docker.js';
import type { Proof } from './prove.js';
import { CPU_INDEX_SNIPPET, type CudaWheels } from './torch-check.js';

/** Decimal megabytes, as `docker images` and the size-budget input count them. */
export function formatMB(n: number): string {
  return n >= 1e9 ? `${(n / 1e9).toFixed(2)} GB` : `${(n / 1e6).toFixed(1)} MB`;
}

export interface SizeFacts {
  size: number;
  budget?: number;
  naive?: { size: number; durationMs: number };
  buildMs: number;
  builder: string;
}

export function sizeSection(s: SizeFacts): ReportSection {
  const rows: string[][] = [['this image', formatMB(s.size), formatDuration(s.buildMs), '']];
  if (s.naive) {
    const saved = s.naive.size - s.size;
    rows.push([
      'one-stage `pip install .`',
      formatMB(s.naive.size),
      formatDuration(s.naive.durationMs),
      `${saved >= 0 ? 'saves' : 'adds'} ${formatMB(Math.abs(saved))} (${Math.round((s.size / s.naive.size) * 100)}% of it)`,
    ]);
  }
  if (s.budget !== undefined) {
    rows.push([
      'budget',
      formatMB(s.budget),
      '',
      s.size <= s.budget ? 'within' : `over by ${formatMB(s.size - s.budget)}`,
    ]);
  }
  return {
    title: 'Size',
    markdown: `${table(
      ['image', 'size', 'build', ''],
      rows.map((r) => r.map((c, i) => (i === 0 ? c : escapeCell(c)))),
    )}\n\nBuilt with the ${escapeInline(s.builder)}.`,
  };
}

export function proofSection(proofs: readonly Proof[]): ReportSection {
  const rows = proofs.map((p) => [
    escapeCell(p.name),
    p.skipped ? 'n/a' : p.ok ? 'pass' : '**fail**',
    escapeCell(p.detail),
  ]);
  return { title: 'Proofs', markdown: table(['proof', 'result', 'observed'], rows) };
}

export function layerSection(layers: readonly Layer[]): ReportSection {
  // Oldest first, as the Dockerfile reads; empty metadata layers left out.
  const rows = [...layers]
    .reverse()
    .filter((l) => l.size > 0)
    .map((l) => [formatMB(l.size), code(cleanCreatedBy(l.createdBy).slice(0, 160))]);
  return { title: 'Layers', markdown: table(['size', 'created by'], rows), collapsed: rows.length > 12 };
}

/** `/bin/sh -c #(nop) COPY dir:abc in /app` → `COPY dir:abc in /app`; `/bin/sh -c apt-get ...` → `RUN apt-get ...`. */
export function cleanCreatedBy(text: string): string {
  const t = text.trim();
  const nop = /^\/bin\/sh -c #\(nop\)\s*(.*)$/s.exec(t);
  if (nop) return (nop[1] as string).trim();
  const sh = /^\/bin\/sh -c (.*)$/s.exec(t);
  if (sh) return `RUN ${(sh[1] as string).trim()}`;
  return t;
}

export function checksSection(
  findings: readonly CheckFinding[],
  applicable: ReadonlySet<RuleId>,
): ReportSection {
  const rows = (Object.keys(RULES) as RuleId[]).map((rule) => {
    const hits = findings.filter((f) => f.rule === rule);
    const where = hits.map((f) => `${f.file ?? ''}${f.line ? `:${f.line}` : ''}`).join(', ');
    const result = !applicable.has(rule) ? 'n/a' : hits.length === 0 ? 'pass' : `**fail** (${hits.length})`;
    return [code(rule), escapeCell(RULES[rule]), result, escapeCell(where)];
  });
  return { title: 'Checks', markdown: table(['check', 'rule', 'result', 'where'], rows) };
}

export function torchSection(w: CudaWheels): ReportSection {
  const rows = w.packages.map((p) => [code(p.name), escapeCell(p.version), formatMB(p.bytes)]);
  return {
    title: 'CPU-only PyTorch',
    markdown:
      `torch ${escapeInline(w.torchVersion)} from PyPI pulls these CUDA wheels on linux x86_64 ` +
      `(${formatMB(w.totalBytes)} compressed, several times that installed). Select the CPU index in pyproject.toml, ` +
      `then run \`uv lock\`:\n\n\`\`\`toml\n${CPU_INDEX_SNIPPET}\n\`\`\`\n\n${table(['package', 'version', 'wheel'], rows)}`,
  };
}

/** The end of the build's output: what the Dockerfile's commands printed, hence fenced as untrusted. */
export function buildFailedSection(error: string): ReportSection {
  return { title: 'Build failed', markdown: fenced(error, 'text', 6_000) };
}
