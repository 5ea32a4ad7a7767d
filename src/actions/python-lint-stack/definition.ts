import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ActionDefinition } from '../../core/action.js';
import type { Runtime } from '../../core/runtime.js';
import { currentPlatform, exeName } from '../../provision/platform.js';
import { formatDuration, plural } from '../../report/markdown.js';
import { type LintInputs, loadInputs } from './inputs.js';
import { type PlanContext, planTools, type ToolPlan } from './plan.js';
import { runPool, runTool, type ToolRunResult } from './run.js';
import { bySlowestFirst } from './tools.js';

/**
 * uv only starts the tools, so any uv on PATH will do; it is taken without being run, to start the first
 * tool sooner. Without one, the newest verified release is installed (or PyPI's uv wheel).
 */
async function findUv(rt: Runtime): Promise<string> {
  const name = exeName('uv', currentPlatform());
  for (const dir of (rt.env.PATH ?? '').split(path.delimiter)) {
    const file = dir ? path.join(dir, name) : '';
    if (!file) continue;
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) {
        rt.info(`Using uv found on PATH at ${file}`);
        return file;
      }
    } catch {
      /* not here */
    }
  }
  const [{ provisionTool }, { uvFromPyPI }, { UV_DEFAULT_VERSION, uvSpec }] = await Promise.all([
    import('../../provision/provision.js'),
    import('../../provision/pypi-wheel.js'),
    import('../../provision/tools/uv.js'),
  ]);
  const uv = await provisionTool(uvSpec, {
    version: UV_DEFAULT_VERSION,
    runtime: rt,
    accept: () => true,
    fallback: uvFromPyPI(),
  });
  return uv.bin('uv');
}

async function runPlan(plan: ToolPlan, i: LintInputs, rt: Runtime): Promise<ToolRunResult> {
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
  const r = await runTool(plan.tool, plan.argv, {
    cwd: i.workingDirectory,
    env: { ...rt.env, ...plan.extraEnv },
    workspace: rt.workspace,
  });
  const what = r.crash ? `crashed (exit code ${r.exitCode ?? 'none'})` : plural(r.findings.length, 'finding');
  rt.info(`${plan.tool}: ${what} in ${formatDuration(r.durationMs)}`);
  return r;
}

async function main(i: LintInputs, rt: Runtime): Promise<void> {
  const uv = await findUv(rt);
  const cpus = os.availableParallelism();
  let targets = i.paths;
  let scopeNote: string | undefined;
  if (i.changedFilesOnly) {
    const { changedScope } = await import('./scope.js');
    const scope = await changedScope(rt, { workingDirectory: i.workingDirectory, paths: i.paths });
    if (scope) {
      targets = scope.files;
      scopeNote = scope.description;
      rt.info(scopeNote);
    }
  }
  const ctx: PlanContext = { inputs: i, rt, uv, targets, jobs: Math.max(1, Math.floor(cpus / 2)) };
  if (i.fix) return (await import('./fix.js')).runFixers(i.tools, ctx);

  const started = performance.now();
  const plans = targets.length === 0 ? [] : await planTools(bySlowestFirst(i.tools), 'check', ctx);
  rt.info(`Running ${plural(plans.length, 'tool')}, at most ${cpus} at a time.`);
  const running = runPool(plans, cpus, (p) => runPlan(p, i, rt));
  // The reporting code loads while the tools run.
  const reporting = import('./lint-report.js');
  const results = await running;
  const wallMs = performance.now() - started;
  const { publishLint } = await reporting;
  await publishLint({ inputs: i, plans, results, empty: targets.length === 0, scopeNote, wallMs }, rt);
}

export const definition: ActionDefinition<LintInputs> = {
  name: 'python-lint-stack',
  command: 'lint',
  description:
    'Run the Python lint stack (autoflake, flake8, ruff, isort, pylint, ...) concurrently, as one report',
  loadInputs,
  main,
};
