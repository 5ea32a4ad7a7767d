import * as path from 'node:path';
import type { Runtime } from '../../core/runtime.js';
import { locateUvProjectLeniently } from '../../core/uv-project.js';
import { type ArgsContext, checkInvocation, fixInvocation, type ToolInvocation } from './argv.js';
import {
  chooseEnvironment,
  describeEnvironment,
  type PythonEnv,
  resolveVersion,
  runsInProject,
  type ToolVersion,
  toolArgv,
} from './command.js';
import { findToolConfig, type ToolConfig } from './config.js';
import type { LintInputs } from './inputs.js';
import { partCount, pylintParts } from './pylint-split.js';
import { candidateFiles, carriedExcludes, pylintPaths, selectFiles } from './selection.js';
import { type CarriedSetting, describeCarried, loadSharedConfig } from './shared-config.js';
import type { ToolId } from './tools.js';

/** Everything decided about one tool before it runs. */
export interface ToolPlan {
  tool: ToolId;
  version: ToolVersion;
  config?: ToolConfig;
  /** Set for tools that run over the project's environment. */
  env?: PythonEnv;
  argv: string[];
  /**
   * pylint split across processes (pylint-split.ts): the argv of each process, run at the same time in place
   * of `argv`, their messages merged (one argv when the parts are forks of it). Unset when pylint runs as
   * one process.
   */
  parts?: string[][];
  /** How many parts pylint's work is split into, when it is. */
  partCount?: number;
  /** Variables added to the tool's environment. */
  extraEnv: Record<string, string>;
  /** Why the tool does not run (nothing to check). */
  skipped?: string;
  /** Settings that reach this tool from the project's other configuration (shared-config.ts). */
  carried: CarriedSetting[];
}

export interface PlanContext {
  inputs: LintInputs;
  rt: Runtime;
  uv: string;
  /** Paths or changed files, relative to the working directory. */
  targets: string[];
  /** Worker processes for tools that have their own. */
  jobs: number;
  /** The CPUs the tools share: pylint is split into as many parts when checking. */
  cpus: number;
}

function configOf(tool: ToolId, ctx: PlanContext): ToolConfig | undefined {
  const found = findToolConfig(tool, ctx.inputs.workingDirectory, ctx.rt.workspace);
  if (found) return found;
  const rc = ctx.rt.env.PYLINTRC;
  if (tool === 'pylint' && rc) return { file: path.resolve(ctx.inputs.workingDirectory, rc), keys: [] };
  return undefined;
}

/** Decides version, configuration, environment and argv of each tool, for checking or for fixing. */
export async function planTools(
  tools: readonly ToolId[],
  mode: 'check' | 'fix',
  ctx: PlanContext,
): Promise<ToolPlan[]> {
  const { inputs: i, rt } = ctx;
  // In a uv workspace the root's uv.lock pins the tools and the root's environment is the project's.
  const project = locateUvProjectLeniently(i.workingDirectory, rt.env, { ceiling: rt.workspace });
  const uvLock = project?.lockFile ?? path.join(i.workingDirectory, 'uv.lock');
  // One configuration for the stack: every tool checks the same files, with the project's line length.
  const configs = Object.fromEntries(tools.map((t) => [t, configOf(t, ctx)]));
  const shared = loadSharedConfig({ cwd: i.workingDirectory, workspace: rt.workspace, tools, configs });
  const selection = await selectFiles(i.workingDirectory, ctx.targets, shared.excludes, rt);
  const targets = selection?.files ?? ctx.targets;
  const expandedTargets = pylintPaths(i.workingDirectory, ctx.targets, selection?.files);
  let projectEnv: PythonEnv | undefined;
  const plans: ToolPlan[] = [];
  for (const tool of tools) {
    const version = await resolveVersion(tool, i.toolVersions, uvLock);
    const config = configs[tool];
    // mypy's own `files` list is its choice of what to check, as long as the paths are not narrowed.
    const ownFiles = tool === 'mypy' && config?.keys.includes('files');
    const lineLength = shared.lineLengthFor[tool];
    const args: ArgsContext = {
      targets: ownFiles ? ctx.targets : targets,
      expandedTargets,
      ...(config ? { config } : {}),
      maxLineLength: i.maxLineLength,
      ...(lineLength !== undefined ? { lineLength } : {}),
      ...(tool === 'flake8' && shared.flake8ExtendIgnore
        ? { flake8ExtendIgnore: shared.flake8ExtendIgnore }
        : {}),
      maxComplexity: i.maxComplexity,
      fast: i.fast,
      jobs: ctx.jobs,
    };
    const invocation: ToolInvocation | undefined =
      mode === 'check' ? checkInvocation(tool, args) : fixInvocation(tool, args);
    if (!invocation) continue;
    let env: PythonEnv | undefined;
    if (runsInProject(tool, version)) {
      projectEnv ??= chooseEnvironment(i.workingDirectory, rt.env, project);
      env = projectEnv;
    }
    const parts =
      tool === 'pylint' && mode === 'check'
        ? partCount(ctx.cpus, candidateFiles(i.workingDirectory, expandedTargets).length)
        : 1;
    const plan: ToolPlan = {
      tool,
      version,
      ...(config ? { config } : {}),
      ...(env ? { env } : {}),
      argv: toolArgv(ctx.uv, tool, version.version, invocation, env),
      ...(parts > 1
        ? {
            parts: pylintParts(invocation, parts).map((p) => toolArgv(ctx.uv, tool, version.version, p, env)),
            partCount: parts,
          }
        : {}),
      extraEnv: invocation.env ?? {},
      carried: [
        ...shared.carried.filter((c) => c.tool === tool),
        ...(ownFiles ? [] : carriedExcludes(tool, selection?.excluded ?? [])),
      ],
    };
    if (tool === 'pylint' && expandedTargets.length === 0) plan.skipped = 'no Python files to check';
    if (selection?.files.length === 0 && !ownFiles) {
      plan.skipped = 'no Python files to check: the project excludes every one of them';
    }
    plans.push(plan);
  }
  if (projectEnv?.kind === 'isolated' && mode === 'check') {
    rt.warning(
      `No project environment in ${i.workingDirectory} (VIRTUAL_ENV is not set, there is no .venv and no ` +
        "pyproject.toml [project] table): pylint and mypy run without the project's dependencies, so their " +
        'imports are reported as missing. Run setup-uv-cached (or create .venv) before this step.',
    );
  }
  for (const p of plans) {
    const where = p.env ? `, in ${describeEnvironment(p.env)}` : '';
    const cfg = p.config
      ? `, configured by ${path.relative(rt.workspace, p.config.file) || p.config.file}`
      : ', our defaults';
    const forked = p.parts?.length === 1 ? ' (forked after parsing)' : '';
    const split = p.partCount ? `, split into ${p.partCount} processes${forked}` : '';
    rt.info(`${p.tool} ${p.version.version} (${p.version.from})${cfg}${where}${split}`);
    for (const c of p.carried) rt.info(`  ${describeCarried(c)}`);
  }
  return plans;
}
