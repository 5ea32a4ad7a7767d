import * as path from 'node:path';
import type { Runtime } from '../../core/runtime.js';
import { loadBaseline, splitByBaseline } from '../../findings/baseline.js';
import { countBySeverity, type Finding, sortFindings } from '../../findings/finding.js';
import { fingerprintFindings, SourceFiles } from '../../findings/fingerprint.js';
import { publishWithInputs } from '../../report/inputs.js';
import { escapeInline, formatDuration, plural } from '../../report/markdown.js';
import type { Report, ReportSection, ToolRun, Verdict } from '../../report/report.js';
import { describeEnvironment } from './command.js';
import { MERGE_ORDER, mergeAcrossTools } from './dedupe.js';
import type { FailOn, LintInputs } from './inputs.js';
import { describeIndexUse, describeLintCache, type IndexUse, type LintCacheState } from './lint-cache.js';
import type { ToolPlan } from './plan.js';
import type { ToolRunResult } from './run.js';
import { describeGroup, REASON_TEXT, type ScopeGroup } from './scope.js';
import { describeCarried } from './shared-config.js';
import {
  crashSection,
  diffsSection,
  reproduceSection,
  sharedConfigSection,
  type ToolRow,
  toolsSection,
  topRulesSection,
} from './summary.js';
import { TOOLS, type ToolId } from './tools.js';

/**
 * From the tools' results to the published report, the outputs and the step's verdict. Loaded while the
 * tools run (it is most of the action's code), so that the first tool starts as early as possible.
 */

export const ACTION = 'python-lint-stack';

export function failsOn(failOn: FailOn, f: Pick<Finding, 'severity'>): boolean {
  if (failOn === 'never') return false;
  return f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning');
}

function headlineOf(
  rows: readonly ToolRow[],
  findings: readonly Finding[],
  newCount: number | undefined,
  ms: number,
) {
  const crashed = rows.filter((r) => r.crash).map((r) => r.tool);
  const tools = `${plural(rows.length, 'tool')} in ${formatDuration(ms)}`;
  if (crashed.length > 0) {
    return `${crashed.join(', ')} crashed, so ${crashed.length === 1 ? 'its' : 'their'} findings are unknown (${tools})`;
  }
  if (findings.length === 0) return `no findings from ${tools}`;
  const c = countBySeverity(findings);
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
  if (c.note > 0) parts.push(plural(c.note, 'note'));
  const fresh = newCount === undefined ? '' : `, ${newCount} new`;
  return `${plural(findings.length, 'finding')} (${parts.join(', ')}${fresh}) from ${tools}`;
}

export function toolRows(
  order: readonly ToolId[],
  plans: readonly ToolPlan[],
  results: readonly ToolRunResult[],
) {
  return order.flatMap((tool): ToolRow[] => {
    const plan = plans.find((p) => p.tool === tool);
    const r = results.find((x) => x.tool === tool);
    if (!plan || !r) return [];
    return [
      {
        tool,
        version: plan.version.version,
        versionFrom: plan.version.from,
        findings: r.findings.length,
        durationMs: r.durationMs,
        exitCode: r.exitCode,
        command: r.command,
        ...(r.crash ? { crash: r.crash } : {}),
        ...(plan.env ? { environment: describeEnvironment(plan.env) } : {}),
      },
    ];
  });
}

export interface LintRun {
  inputs: LintInputs;
  plans: ToolPlan[];
  results: ToolRunResult[];
  /** Nothing to lint (a pull request without Python changes). */
  empty: boolean;
  scopeNote?: string;
  /** A changed run's files per tool and why (scope.ts). */
  scopeGroups?: ScopeGroup[];
  /** What pylint did with its index (prepare-check.ts). */
  pylintIndex?: IndexUse;
  cache?: LintCacheState;
  wallMs: number;
}

/** The changed run's note, the files each tool linted and why, and the cache line, as one section. */
export function scopeSection(run: LintRun): ReportSection | undefined {
  const lines: string[] = [];
  if (run.scopeNote) lines.push(escapeInline(run.scopeNote));
  const groups = run.scopeGroups ?? [];
  if (groups.length > 0) lines.push(groups.map((g) => `- ${escapeInline(describeGroup(g))}`).join('\n'));
  if (run.pylintIndex)
    lines.push(escapeInline(describeIndexUse(run.pylintIndex, run.scopeNote !== undefined)));
  if (run.cache) lines.push(escapeInline(describeLintCache(run.cache)));
  if (!run.scopeNote) return lines.length > 0 ? { title: 'Cache', markdown: lines.join('\n\n') } : undefined;
  return { title: 'Changed files only', markdown: lines.join('\n\n') };
}

/** The JSON report's `meta.scope` and `meta.cache`. */
export function scopeMeta(run: LintRun): Record<string, unknown> {
  const c = run.cache;
  return {
    ...(run.scopeGroups
      ? {
          scope: run.scopeGroups.map((g) => ({
            reason: g.reason,
            text: REASON_TEXT[g.reason],
            tools: g.tools,
            files: g.files,
            ...(g.note ? { note: g.note } : {}),
          })),
        }
      : {}),
    ...(run.pylintIndex ? { pylintIndex: run.pylintIndex } : {}),
    ...(c
      ? {
          cache: {
            where: c.layout.where,
            ...(c.key ? { key: c.key } : {}),
            ...(c.restore
              ? { hit: c.restore.hit, ...(c.restore.matchedKey ? { matchedKey: c.restore.matchedKey } : {}) }
              : {}),
            ...(c.save
              ? { saved: c.save.saved, ...(c.save.skipped ? { skipped: c.save.skipped } : {}) }
              : {}),
            ...(c.unavailable ? { unavailable: c.unavailable } : {}),
            text: describeLintCache(c),
          },
        }
      : {}),
  };
}

/** Publishes the report and sets the outputs; throws (failing the step) on a crash or failing findings. */
export async function publishLint(run: LintRun, rt: Runtime): Promise<void> {
  const i = run.inputs;
  const rows = toolRows(i.tools, run.plans, run.results);
  const raw = fingerprintFindings(
    run.results.flatMap((r) => r.findings),
    new SourceFiles(rt.workspace),
  );
  const findings = sortFindings(mergeAcrossTools(raw, MERGE_ORDER));
  const baseline = i.report.baseline
    ? await loadBaseline(path.resolve(rt.workspace, i.report.baseline), { input: 'baseline', tool: ACTION })
    : undefined;
  const split = splitByBaseline(findings, baseline);
  const failing = split.new.filter((f) => failsOn(i.failOn, f));
  const crashed = rows.filter((r) => r.crash);
  const verdict: Verdict =
    crashed.length > 0 || failing.length > 0 ? 'fail' : split.new.length > 0 ? 'warn' : 'pass';

  const sections: ReportSection[] = [];
  const scope = scopeSection(run);
  if (scope) sections.push(scope);
  const crashes = crashSection(rows);
  if (crashes) sections.push(crashes);
  sections.push(toolsSection(rows));
  // In the order of the tools input (the plans run slowest first).
  const carried = i.tools.flatMap((t) => run.plans.find((p) => p.tool === t)?.carried ?? []);
  const shared = sharedConfigSection(carried);
  if (shared) sections.push(shared);
  const top = topRulesSection(findings);
  if (top) sections.push(top);
  const diffs = diffsSection(findings);
  if (diffs) sections.push(diffs);
  sections.push(reproduceSection(i, rt.workspace, rows));
  const toolRuns: ToolRun[] = rows.map((r) => ({
    tool: r.tool,
    version: r.version,
    findings: r.findings,
    durationMs: r.durationMs,
    exitCode: r.exitCode,
    informationUri: TOOLS[r.tool as ToolId]?.home,
  }));
  const headline = run.empty
    ? 'no changed Python files to lint'
    : headlineOf(rows, findings, baseline ? split.new.length : undefined, run.wallMs);
  const report: Report = {
    action: ACTION,
    title: 'Python lint',
    verdict,
    headline,
    findings,
    sections,
    toolRuns,
  };
  const published = await publishWithInputs(report, rt, i.report, {
    meta: { sharedConfig: carried.map((c) => ({ ...c, text: describeCarried(c) })), ...scopeMeta(run) },
  });

  const counts = countBySeverity(findings);
  rt.setOutput('findings', counts.total);
  rt.setOutput('errors', counts.error);
  rt.setOutput('warnings', counts.warning);
  rt.setOutput('new-findings', published.newFindings.length);

  if (crashed.length > 0) {
    throw new Error(crashed.map((r) => `${r.tool} crashed: ${r.crash}`).join('\n\n'));
  }
  if (failing.length > 0) {
    const level = i.failOn === 'warning' ? 'errors or warnings' : 'errors';
    throw new Error(
      `Python lint: ${plural(failing.length, 'new finding')} at fail-on level (${level}); see the summary, or run \`pyprod lint\` locally.`,
    );
  }
}
