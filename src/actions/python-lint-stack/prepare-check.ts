import * as fs from 'node:fs';
import * as path from 'node:path';
import { chooseEnvironment, resolveVersion, runsInProject } from './command.js';
import { type Dependents, importersOf, importGraph } from './import-graph.js';
import type { LintInputs } from './inputs.js';
import {
  configFiles,
  describeIndexUse,
  fileDigests,
  type IndexUse,
  type LintCacheLayout,
  type LintCacheState,
  lintCacheKey,
  openLintCache,
} from './lint-cache.js';
import {
  type PlanContext,
  planTools,
  projectFiles,
  pylintFingerprint,
  type StackSettings,
  stackSettings,
  type ToolPlan,
} from './plan.js';
import { changedImportsOf, writeImporterData } from './pylint-importers.js';
import { readPylintIndex, staleFiles, usableIndex } from './pylint-index.js';
import { CROSS_TOOLS, type WideScope, widenScope } from './scope.js';
import { candidateFiles } from './selection.js';
import type { ToolId } from './tools.js';

/**
 * Everything a check does before its tools start: the cache restored, in a changed run each tool's files
 * (the changed files; for pylint and mypy also their importers and the files changed since pylint's index),
 * pylint's index options, and the plans.
 */

export interface PreparedCheck {
  plans: ToolPlan[];
  cache: LintCacheState;
  /** A changed run's files per tool and why; undefined in a full run. */
  scope?: WideScope;
  /** What pylint does with its index: reads a usable one, or writes one (no index: undefined). */
  index?: IndexUse;
}

/** The inputs that shape the tools' arguments, for the cache key (changed-files-only does not: same caches). */
export function keySettings(i: LintInputs, workspace: string): unknown {
  return {
    tools: i.tools,
    fast: i.fast,
    paths: i.paths,
    workingDirectory: path.relative(workspace, i.workingDirectory).split(path.sep).join('/'),
    maxLineLength: i.maxLineLength,
    maxComplexity: i.maxComplexity,
  };
}

/** ruff's import graph of the project and the changed files' importers, or why there is none. */
async function importersOfChanged(
  s: StackSettings,
  ctx: PlanContext,
  layout: LintCacheLayout,
  changed: readonly string[],
  targets: readonly string[],
): Promise<{ importers: string[]; graph: Dependents } | { unavailable: string }> {
  const { inputs: i, rt } = ctx;
  const version = s.versions.ruff ?? (await resolveVersion('ruff', i.toolVersions, s.uvLock));
  const env = runsInProject('ruff', version)
    ? chooseEnvironment(i.workingDirectory, rt.env, s.project)
    : undefined;
  const graph = await importGraph({
    uv: ctx.uv,
    version,
    ...(env ? { env } : {}),
    cwd: i.workingDirectory,
    targets,
    processEnv: { ...rt.env, ...layout.env },
  });
  if ('unavailable' in graph) {
    rt.warning(
      `No import graph (${graph.unavailable}): pylint and mypy check the whole project on this pull request.`,
    );
    return graph;
  }
  return { importers: importersOf(graph.graph, changed), graph: graph.graph };
}

export async function prepareCheck(
  tools: readonly ToolId[],
  ctx: PlanContext,
  layout: LintCacheLayout,
  changed: readonly string[] | undefined,
  /** The commit a changed run compares with (the merge base), for pylint's importers. */
  base?: string,
): Promise<PreparedCheck> {
  const { inputs: i, rt } = ctx;
  const cwd = i.workingDirectory;
  const s = await stackSettings(tools, ctx);
  const project = await projectFiles(s, ctx);
  const versions = Object.fromEntries(Object.entries(s.versions).map(([t, v]) => [t, v.version]));
  // Both the cache key and the stale files read every project file: once.
  const digest = fileDigests(cwd);
  const cache = await openLintCache(rt, layout, () =>
    lintCacheKey({
      digest,
      versions,
      configFiles: configFiles(cwd, rt.workspace, rt.env),
      settings: keySettings(i, rt.workspace),
      uvLock: s.uvLock,
      cwd,
      files: project.files,
    }),
  );
  const fingerprint = tools.includes('pylint') ? pylintFingerprint(s, ctx) : undefined;
  // Only a changed run reads the index; a full run only writes it.
  const index = fingerprint !== undefined && changed ? readPylintIndex(layout.pylintIndex) : undefined;
  const usable = fingerprint !== undefined && usableIndex(index, fingerprint);
  let scope: WideScope | undefined;
  const planCtx: PlanContext = { ...ctx };
  if (changed && tools.some((t) => CROSS_TOOLS.includes(t))) {
    const graph = await importersOfChanged(s, ctx, layout, changed, project.targets);
    const stale = usable ? staleFiles(index, cwd, project.files, digest) : [];
    const importers = 'unavailable' in graph ? graph : graph.importers;
    scope = widenScope({ tools, changed, importers, stale, project });
    planCtx.crossTargets = scope.cross;
    const checked = scope.groups.find((g) => g.reason === 'importer')?.files ?? [];
    if (tools.includes('pylint') && 'graph' in graph && checked.length > 0) {
      const data = await writeImporterData({
        dir: rt.tempDir,
        workspace: rt.workspace,
        cwd,
        base,
        changed,
        importers: changedImportsOf(graph.graph, changed, checked),
      });
      if (data) planCtx.pylintImporters = data;
    }
  }
  // The index notes the project's files pylint's walk skips (pylint-index.ts unvisited).
  const listed = () => {
    const file = path.join(rt.tempDir, 'pylint-project-files.json');
    fs.writeFileSync(file, JSON.stringify(project.files));
    return file;
  };
  if (fingerprint !== undefined && changed) {
    planCtx.pylintIndex = {
      path: layout.pylintIndex,
      fingerprint,
      read: usable,
      // Without a usable index the cross pass runs over the whole project and writes one.
      write: !usable,
      fresh: candidateFiles(cwd, planCtx.crossTargets ?? [...changed]),
      ...(usable ? {} : { allTargets: project.pylintTargets, projectFiles: listed() }),
    };
  } else if (fingerprint !== undefined && layout.where !== 'off') {
    planCtx.pylintIndex = {
      path: layout.pylintIndex,
      fingerprint,
      read: false,
      write: true,
      projectFiles: listed(),
    };
  }
  const plans = await planTools(tools, 'check', planCtx, s);
  const indexUse: IndexUse | undefined = planCtx.pylintIndex
    ? planCtx.pylintIndex.read
      ? 'read'
      : 'write'
    : undefined;
  if (indexUse) rt.info(describeIndexUse(indexUse, changed !== undefined));
  return { plans, cache, ...(scope ? { scope } : {}), ...(indexUse ? { index: indexUse } : {}) };
}
