import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { ActionDefinition } from '../../core/action.js';
import type { Runtime } from '../../core/runtime.js';
import { formatDuration, plural } from '../../report/markdown.js';
import { type LintInputs, loadInputs } from './inputs.js';
import { closeLintCache, describeLintCache, lintCacheLayout } from './lint-cache.js';
import type { PlanContext, ToolPlan } from './plan.js';
import { prepareCheck } from './prepare-check.js';
import { applyImporterReport, type ImporterReport, readImporterReport } from './pylint-importers.js';
import { mergePylintOutputs } from './pylint-split.js';
import { runPool, runTool, runToolParts, type ToolRunResult } from './run.js';
import { describeGroup, type ScopeGroup } from './scope.js';
import { bySlowestFirst } from './tools.js';

/** uv only starts the tools: any verified uv will do, or with `tool-source: path` any trusted one on PATH. */
async function findUv(rt: Runtime, i: LintInputs): Promise<string> {
  const { provisionAnyUv } = await import('../../provision/any-uv.js');
  return (await provisionAnyUv(rt, i.toolSource)).bin('uv');
}

async function runPlan(
  plan: ToolPlan,
  i: LintInputs,
  rt: Runtime,
  onPart0?: (data: unknown) => void,
): Promise<ToolRunResult> {
  if (plan.skipped) {
    rt.info(`${plan.tool}: skipped, ${plan.skipped}`);
    return {
      tool: plan.tool,
      command: `(skipped: ${plan.skipped})`,
      exitCode: 0,
      durationMs: 0,
      findings: [],
    };
  }
  rt.info(`${plan.tool}: started`);
  const opts = { cwd: i.workingDirectory, env: { ...rt.env, ...plan.extraEnv }, workspace: rt.workspace };
  const r = plan.parts
    ? await runToolParts(plan.tool, plan.parts, opts, (outs) => mergePylintOutputs(outs, onPart0))
    : await runTool(plan.tool, plan.argv, opts);
  const what = r.crash ? `crashed (exit code ${r.exitCode ?? 'none'})` : plural(r.findings.length, 'finding');
  rt.info(`${plan.tool}: ${what} in ${formatDuration(r.durationMs)}`);
  return r;
}

/** The changed run's groups as they ran: pylint's skipped importers apart (pylint-importers.ts). */
function scopeGroupsAfter(
  groups: ScopeGroup[],
  report: ImporterReport | undefined,
  rt: Runtime,
): ScopeGroup[] {
  if (!report) return groups;
  if (report.error)
    rt.warning(`pylint checked every importer: which ones use the change is unknown (${report.error})`);
  const after = applyImporterReport(groups, report);
  for (const g of after) if (g.reason === 'importer-unaffected') rt.info(describeGroup(g));
  return after;
}

async function main(i: LintInputs, rt: Runtime): Promise<void> {
  const uv = await findUv(rt, i);
  const cpus = os.availableParallelism();
  let targets = i.paths;
  let scopeNote: string | undefined;
  let changed: string[] | undefined;
  let base: string | undefined;
  if (i.changedFilesOnly) {
    const { changedScope } = await import('./scope.js');
    const scope = await changedScope(rt, { workingDirectory: i.workingDirectory, paths: i.paths });
    if (scope) {
      targets = scope.files;
      changed = scope.files;
      base = scope.base;
      scopeNote = scope.description;
      rt.info(scopeNote);
    }
  }
  // ruff and mypy write their caches there, never into the project (fixers included).
  const layout = lintCacheLayout(rt, i.workingDirectory, i.cache);
  const ctx: PlanContext = {
    inputs: i,
    rt,
    uv,
    targets,
    jobs: Math.max(1, Math.floor(cpus / 2)),
    cpus,
    toolEnv: layout.env,
  };
  if (i.fix) return (await import('./fix.js')).runFixers(i.tools, ctx);

  const started = performance.now();
  const prepared =
    targets.length === 0
      ? undefined
      : await prepareCheck(bySlowestFirst(i.tools), ctx, layout, changed, base);
  const plans = prepared?.plans ?? [];
  for (const g of prepared?.scope?.groups ?? []) rt.info(describeGroup(g));
  rt.info(`Running ${plural(plans.length, 'tool')}, at most ${cpus} at a time.`);
  let importers: ImporterReport | undefined;
  const running = runPool(plans, cpus, (p) =>
    runPlan(p, i, rt, (data) => {
      importers = readImporterReport(data);
    }),
  );
  // The reporting code loads while the tools run.
  const reporting = import('./lint-report.js');
  const results = await running;
  const wallMs = performance.now() - started;
  if (prepared) {
    await closeLintCache(rt, prepared.cache);
    rt.info(describeLintCache(prepared.cache));
  }
  const { publishLint } = await reporting;
  await publishLint(
    {
      inputs: i,
      plans,
      results,
      empty: targets.length === 0,
      scopeNote,
      ...(prepared?.scope ? { scopeGroups: scopeGroupsAfter(prepared.scope.groups, importers, rt) } : {}),
      ...(prepared?.index ? { pylintIndex: prepared.index } : {}),
      ...(prepared ? { cache: prepared.cache } : {}),
      wallMs,
    },
    rt,
  );
}

export const definition: ActionDefinition<LintInputs> = {
  name: 'python-lint-stack',
  command: 'lint',
  description:
    'Run the Python lint stack (autoflake, flake8, ruff, isort, pylint, ...) concurrently, as one report',
  loadInputs,
  main,
};
