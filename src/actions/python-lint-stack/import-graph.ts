import * as path from 'node:path';
import { lt, valid } from '@renovatebot/pep440';
import { errorMessage } from '../../core/errors.js';
import { lastLines } from '../../core/exec.js';
import { execOfflineFirst } from '../../provision/python-tools.js';
import { type PythonEnv, safeArg, type ToolVersion, toolArgv } from './command.js';
import { OutputError } from './parse-json.js';
import { ANY_EXIT } from './run.js';

/**
 * The project's import graph, for a pull request's lint: pylint and mypy check the changed modules and the
 * modules that import them, whose findings a change can cause (an import of a removed name, a call with the
 * old arguments). `ruff analyze graph --direction dependents` maps each file to the files that import it, in
 * well under a second on a large project, with the stack's ruff (the same version and environment as its
 * `ruff check`). Only the files it is given appear, as keys and as importers: it gets the stack's selection,
 * so the graph has the same excludes as every tool.
 */

/** The first ruff with `analyze graph` (0.6.5 reads `analyze` as a path and fails). */
export const GRAPH_SINCE = '0.6.6';

/** A graph of a very large project is a few MiB of JSON; anything beyond this is not ruff's graph. */
const MAX_GRAPH_BYTES = 32 * 1024 * 1024;
/** A cold uv may first download ruff. */
const GRAPH_TIMEOUT_MS = 5 * 60_000;

/** File → the files that import it, paths relative to the working directory with `/`. */
export type Dependents = Map<string, string[]>;

/** A path as the stack writes it (`a/b.py`, `./-x.py`) and as ruff prints it (`a/b.py`, `-x.py`): one form. */
export function graphPath(p: string): string {
  return path.posix.normalize(p.split(path.sep).join('/')).replace(/^\.\//, '');
}

/** Reads `ruff analyze graph --direction dependents` output: a JSON object of string arrays. */
export function parseDependents(stdout: string): Dependents {
  let data: unknown;
  try {
    data = JSON.parse(stdout);
  } catch (err) {
    throw new OutputError('ruff analyze graph', `not JSON (${(err as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new OutputError('ruff analyze graph', 'not a JSON object of files');
  }
  const out: Dependents = new Map();
  for (const [file, importers] of Object.entries(data)) {
    if (!Array.isArray(importers) || importers.some((i) => typeof i !== 'string')) {
      throw new OutputError('ruff analyze graph', `${JSON.stringify(file)} does not map to a list of files`);
    }
    out.set(graphPath(file), (importers as string[]).map(graphPath));
  }
  return out;
}

/**
 * The direct importers of the changed files that are not changed themselves, sorted, in the stack's form
 * (safeArg). A changed file the graph does not have (excluded, unparsable) has no importers.
 */
export function importersOf(graph: Dependents, changed: readonly string[]): string[] {
  const changedSet = new Set(changed.map(graphPath));
  const out = new Set<string>();
  for (const f of changedSet) {
    for (const importer of graph.get(f) ?? []) if (!changedSet.has(importer)) out.add(importer);
  }
  return [...out].sort().map(safeArg);
}

export type GraphResult = { graph: Dependents } | { unavailable: string };

export interface GraphOptions {
  uv: string;
  /** The stack's ruff: its version and, when the project locks it, the project's environment. */
  version: ToolVersion;
  env?: PythonEnv;
  cwd: string;
  /** The stack's selection of the whole project (files and directories), relative to cwd. */
  targets: readonly string[];
  processEnv: NodeJS.ProcessEnv;
}

/** Why a ruff version cannot make the graph, or undefined when it can (or the version cannot be read). */
export function graphUnsupported(version: string): string | undefined {
  if (!valid(version) || !lt(version, GRAPH_SINCE)) return undefined;
  return `ruff ${version} has no \`ruff analyze graph\` (ruff ${GRAPH_SINCE} and later)`;
}

/**
 * Runs the graph, or says why there is none (a ruff too old, a failure, unreadable output): the caller then
 * lints the whole project with pylint and mypy, and the summary says why. Never throws.
 */
export async function importGraph(o: GraphOptions): Promise<GraphResult> {
  const old = graphUnsupported(o.version.version);
  if (old) return { unavailable: old };
  const args = ['analyze', 'graph', '--direction', 'dependents', ...o.targets];
  const argv = toolArgv(o.uv, 'ruff', o.version.version, { command: 'ruff', args }, o.env);
  try {
    const { r } = await execOfflineFirst(argv, {
      cwd: o.cwd,
      env: o.processEnv,
      okExitCodes: ANY_EXIT,
      timeoutMs: GRAPH_TIMEOUT_MS,
      maxOutputBytes: MAX_GRAPH_BYTES,
    });
    if (r.exitCode !== 0) {
      return {
        // One line: the reason goes into log lines and the summary.
        unavailable: `ruff ${o.version.version} analyze graph exited with code ${r.exitCode}: ${lastLines(r.stderr.trim(), 3).replace(/\s*\n\s*/g, ' | ')}`,
      };
    }
    if (r.truncated) return { unavailable: `ruff analyze graph wrote more than ${MAX_GRAPH_BYTES} bytes` };
    return { graph: parseDependents(r.stdout) };
  } catch (err) {
    return { unavailable: `ruff analyze graph failed: ${errorMessage(err)}` };
  }
}
