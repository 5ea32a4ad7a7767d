import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { Runtime } from '../../core/runtime.js';
import { locateUvProjectLeniently, type UvProject } from '../../core/uv-project.js';
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
import { findToolConfig, readText, type ToolConfig } from './config.js';
import type { LintInputs } from './inputs.js';
import type { PylintIndexOptions } from './pylint-index.js';
import { CAN_FORK, partCount, pylintParts } from './pylint-split.js';
import { candidateFiles, carriedExcludes, pylintPaths, type Selection, selectFiles } from './selection.js';
import {
  type CarriedSetting,
  describeCarried,
  loadSharedConfig,
  type SharedConfig,
} from './shared-config.js';
import type { ToolId } from './tools.js';

/** One set of targets as the tools get it: with the project's excludes applied, and pylint's expansion. */
interface Scoped {
  targets: string[];
  selection: Selection | undefined;
  files: string[];
  expanded: string[];
}

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
  /**
   * pylint's and mypy's files when they differ from `targets`: in a changed run the changed files, the files
   * that import them and the files changed since pylint's index (scope.ts).
   */
  crossTargets?: string[];
  /** pylint's index (pylint-index.ts): pylint then always runs in parts, part 0 with the cross pass. */
  pylintIndex?: PylintIndexOptions & { fingerprint: string; allTargets?: string[] };
  /** A changed run's importer data file (pylint-importers.ts): pylint skips the importers that use nothing
   * the change touched. */
  pylintImporters?: string;
  /** Variables every tool gets: ruff's and mypy's cache directories (lint-cache.ts). */
  toolEnv?: Record<string, string>;
  /** Worker processes for tools that have their own. */
  jobs: number;
  /** The CPUs the tools share: pylint is split into as many parts when checking. */
  cpus: number;
}

function configOf(tool: ToolId, ctx: Pick<PlanContext, 'inputs' | 'rt'>): ToolConfig | undefined {
  const found = findToolConfig(tool, ctx.inputs.workingDirectory, ctx.rt.workspace);
  if (found) return found;
  const rc = ctx.rt.env.PYLINTRC;
  if (tool === 'pylint' && rc) return { file: path.resolve(ctx.inputs.workingDirectory, rc), keys: [] };
  return undefined;
}

/** What every tool's plan starts from: the project, each tool's version and configuration, the shared settings. */
export interface StackSettings {
  tools: readonly ToolId[];
  project?: UvProject;
  uvLock: string;
  versions: Partial<Record<ToolId, ToolVersion>>;
  configs: Partial<Record<ToolId, ToolConfig | undefined>>;
  shared: SharedConfig;
}

export async function stackSettings(
  tools: readonly ToolId[],
  ctx: Pick<PlanContext, 'inputs' | 'rt'>,
): Promise<StackSettings> {
  const { inputs: i, rt } = ctx;
  // In a uv workspace the root's uv.lock pins the tools and the root's environment is the project's.
  const project = locateUvProjectLeniently(i.workingDirectory, rt.env, { ceiling: rt.workspace });
  const uvLock = project?.lockFile ?? path.join(i.workingDirectory, 'uv.lock');
  // One configuration for the stack: every tool checks the same files, with the project's line length.
  const configs = Object.fromEntries(tools.map((t) => [t, configOf(t, ctx)]));
  const shared = loadSharedConfig({ cwd: i.workingDirectory, workspace: rt.workspace, tools, configs });
  const versions: Partial<Record<ToolId, ToolVersion>> = {};
  for (const t of tools) versions[t] = await resolveVersion(t, i.toolVersions, uvLock);
  return { tools, ...(project ? { project } : {}), uvLock, versions, configs, shared };
}

/** The whole project the stack lints under `paths`: the paths each tool gets and the Python files they name. */
export async function projectFiles(
  s: StackSettings,
  ctx: Pick<PlanContext, 'inputs' | 'rt'>,
): Promise<{ targets: string[]; files: string[]; pylintTargets: string[] }> {
  const cwd = ctx.inputs.workingDirectory;
  const selection = await selectFiles(cwd, ctx.inputs.paths, s.shared.excludes, quiet(ctx.rt));
  const targets = selection?.files ?? ctx.inputs.paths;
  return {
    targets,
    files: candidateFiles(cwd, targets),
    pylintTargets: pylintPaths(cwd, ctx.inputs.paths, selection?.files),
  };
}

/** The warnings of a second selection are the first one's: said once. */
function quiet(rt: Runtime): Pick<Runtime, 'info' | 'warning'> {
  return { info: (m) => rt.debug(m), warning: (m) => rt.debug(m) };
}

function argsContext(
  tool: ToolId,
  s: StackSettings,
  ctx: PlanContext,
  targets: string[],
  expandedTargets: string[],
): ArgsContext {
  const i = ctx.inputs;
  const config = s.configs[tool];
  const lineLength = s.shared.lineLengthFor[tool];
  return {
    targets,
    expandedTargets,
    ...(config ? { config } : {}),
    maxLineLength: i.maxLineLength,
    ...(lineLength !== undefined ? { lineLength } : {}),
    ...(tool === 'flake8' && s.shared.flake8ExtendIgnore
      ? { flake8ExtendIgnore: s.shared.flake8ExtendIgnore }
      : {}),
    maxComplexity: i.maxComplexity,
    fast: i.fast,
    jobs: ctx.jobs,
  };
}

/**
 * What pylint's index must have been written with to be read: pylint's version, its arguments but the files,
 * its environment variables and its configuration's contents.
 */
export function pylintFingerprint(s: StackSettings, ctx: PlanContext): string {
  const inv = checkInvocation('pylint', argsContext('pylint', s, ctx, [], []));
  const config = s.configs.pylint?.file;
  const h = createHash('sha256');
  h.update(JSON.stringify([s.versions.pylint?.version, inv.args, inv.env ?? {}, config ?? null]));
  if (config) h.update(readText(config) ?? '');
  return h.digest('hex');
}

/** Decides version, configuration, environment and argv of each tool, for checking or for fixing. */
export async function planTools(
  tools: readonly ToolId[],
  mode: 'check' | 'fix',
  ctx: PlanContext,
  settings?: StackSettings,
): Promise<ToolPlan[]> {
  const { inputs: i, rt } = ctx;
  const s = settings ?? (await stackSettings(tools, ctx));
  const { project, shared } = s;
  const scopes = new Map<string[], Scoped>();
  const scopeOf = async (targets: string[], first: boolean): Promise<Scoped> => {
    let sc = scopes.get(targets);
    if (!sc) {
      const sel = await selectFiles(i.workingDirectory, targets, shared.excludes, first ? rt : quiet(rt));
      sc = {
        targets,
        selection: sel,
        files: sel?.files ?? targets,
        expanded: pylintPaths(i.workingDirectory, targets, sel?.files),
      };
      scopes.set(targets, sc);
    }
    return sc;
  };
  await scopeOf(ctx.targets, true);
  let projectEnv: PythonEnv | undefined;
  const plans: ToolPlan[] = [];
  for (const tool of tools) {
    const version = s.versions[tool] ?? (await resolveVersion(tool, i.toolVersions, s.uvLock));
    const config = s.configs[tool];
    const cross = ctx.crossTargets && (tool === 'pylint' || tool === 'mypy');
    const sc = await scopeOf(cross && ctx.crossTargets ? ctx.crossTargets : ctx.targets, false);
    // mypy's own `files` list is its choice of what to check, as long as the paths are not narrowed.
    const ownFiles = tool === 'mypy' && config?.keys.includes('files');
    const args = argsContext(tool, s, ctx, ownFiles ? sc.targets : sc.files, sc.expanded);
    const invocation: ToolInvocation | undefined =
      mode === 'check' ? checkInvocation(tool, args) : fixInvocation(tool, args);
    if (!invocation) continue;
    let env: PythonEnv | undefined;
    if (runsInProject(tool, version)) {
      projectEnv ??= chooseEnvironment(i.workingDirectory, rt.env, project);
      env = projectEnv;
    }
    const pylintChecks = tool === 'pylint' && mode === 'check';
    const parts = pylintChecks
      ? partCount(ctx.cpus, candidateFiles(i.workingDirectory, sc.expanded).length)
      : 1;
    // With an index, part 0's cross pass reads or writes it, even when pylint runs as one part.
    const index = pylintChecks ? ctx.pylintIndex : undefined;
    const importers = pylintChecks ? ctx.pylintImporters : undefined;
    const plan: ToolPlan = {
      tool,
      version,
      ...(config ? { config } : {}),
      ...(env ? { env } : {}),
      argv: toolArgv(ctx.uv, tool, version.version, invocation, env),
      ...(parts > 1 || index || importers
        ? {
            parts: pylintParts(invocation, parts, index, CAN_FORK, importers).map((p) =>
              toolArgv(ctx.uv, tool, version.version, p, env),
            ),
            ...(parts > 1 ? { partCount: parts } : {}),
          }
        : {}),
      extraEnv: { ...(ctx.toolEnv ?? {}), ...(invocation.env ?? {}) },
      carried: [
        ...shared.carried.filter((c) => c.tool === tool),
        ...(ownFiles ? [] : carriedExcludes(tool, sc.selection?.excluded ?? [])),
      ],
    };
    if (tool === 'pylint' && sc.expanded.length === 0) plan.skipped = 'no Python files to check';
    if (sc.selection?.files.length === 0 && !ownFiles) {
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
