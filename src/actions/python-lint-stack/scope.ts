import * as fs from 'node:fs';
import * as path from 'node:path';
import { readEvent } from '../../core/event.js';
import { changedFiles, resolveScope } from '../../core/event-scope.js';
import type { Runtime } from '../../core/runtime.js';
import { safeArg } from './command.js';

/** The events whose changed files `changed-files-only` narrows the lint to. */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

export interface ChangedScope {
  /** Changed Python files relative to the working directory, inside `paths`, that still exist. */
  files: string[];
  /** One line for the summary: which event, how many commits, how many files. */
  description: string;
  /** The commit the files changed since (the merge base), when there is exactly one. */
  base?: string;
}

/**
 * Keeps the changed `.py`/`.pyi` files (repository paths) that lie in the working directory under one of
 * `paths` and still exist, as paths relative to the working directory.
 */
export function selectChanged(
  changed: readonly string[],
  opts: { workspace: string; workingDirectory: string; paths: readonly string[] },
): string[] {
  const roots = opts.paths.map((p) => path.resolve(opts.workingDirectory, p));
  const out: string[] = [];
  for (const file of changed) {
    if (!/\.pyi?$/.test(file)) continue;
    const abs = path.resolve(opts.workspace, file);
    const inside = roots.some((r) => {
      const rel = path.relative(r, abs);
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    });
    if (!inside || !fs.statSync(abs, { throwIfNoEntry: false })?.isFile()) continue;
    out.push(safeArg(path.relative(opts.workingDirectory, abs).split(path.sep).join('/')));
  }
  return [...new Set(out)].sort();
}

/**
 * The pull request's changed Python files, or undefined when the event is not a pull request (then the
 * whole of `paths` is linted, and the log says why).
 */
export async function changedScope(
  rt: Runtime,
  opts: { workingDirectory: string; paths: readonly string[] },
): Promise<ChangedScope | undefined> {
  const event = readEvent(rt.env);
  if (!PULL_REQUEST_EVENTS.includes(event.name)) {
    rt.info(
      `changed-files-only applies to pull requests; this is a ${event.name} event, so all paths are linted.`,
    );
    return undefined;
  }
  const scope = await resolveScope({
    eventName: event.name,
    payload: event.payload,
    cwd: rt.workspace,
    runtime: rt,
  });
  const changed = await changedFiles(scope, rt.workspace);
  const files = selectChanged(changed, { workspace: rt.workspace, ...opts });
  const n = files.length;
  const base = scope.kind === 'range' && scope.excluded.length === 1 ? scope.excluded[0] : undefined;
  return {
    files,
    description: `${scope.description}: ${n} changed Python file${n === 1 ? '' : 's'} linted (of ${changed.length} changed files)`,
    ...(base ? { base } : {}),
  };
}

/** Why a file is linted in a changed run; the summary and the JSON report say it per group of files. */
export type LintReason = 'changed' | 'importer' | 'importer-unaffected' | 'stale' | 'project';

export const REASON_TEXT: Record<LintReason, string> = {
  changed: 'changed by the pull request',
  importer: 'imports a changed module',
  'importer-unaffected': 'imports a changed module but reads nothing the change touched (pylint skips it)',
  stale: 'changed since the cached index',
  project: 'the whole project',
};

export interface ScopeGroup {
  reason: LintReason;
  /** The tools that lint these files. */
  tools: string[];
  /** Relative to the working directory. */
  files: string[];
  /** Why, when the reason alone does not say it (the whole project: why there is no import graph). */
  note?: string;
}

export interface WideScope {
  /** pylint's and mypy's targets. */
  cross: string[];
  groups: ScopeGroup[];
}

/** The tools that get the changed files' importers and the stale files: their findings cross modules. */
export const CROSS_TOOLS: readonly string[] = ['pylint', 'mypy'];

/**
 * A changed run's files per tool: every tool lints the changed files; pylint and mypy also the files that
 * import them (import-graph.ts) and the files whose content differs from pylint's cached index, or, without
 * an import graph, the whole project (`project`: its targets and files).
 */
export function widenScope(o: {
  tools: readonly string[];
  changed: readonly string[];
  importers: readonly string[] | { unavailable: string };
  stale: readonly string[];
  project: { targets: readonly string[]; files: readonly string[] };
  /** Beyond this many characters of file arguments the whole project is linted instead. */
  maxArgChars?: number;
}): WideScope {
  const cross = o.tools.filter((t) => CROSS_TOOLS.includes(t));
  const groups: ScopeGroup[] = [{ reason: 'changed', tools: [...o.tools], files: [...o.changed] }];
  const whole = (note: string): WideScope => {
    groups.push({ reason: 'project', tools: cross, files: [...o.project.files], note });
    return { cross: [...o.project.targets], groups };
  };
  if (!Array.isArray(o.importers)) return whole((o.importers as { unavailable: string }).unavailable);
  const seen = new Set(o.changed);
  const add = (reason: LintReason, files: readonly string[]) => {
    const fresh = [...new Set(files)].filter((f) => !seen.has(f)).sort();
    for (const f of fresh) seen.add(f);
    if (fresh.length > 0) groups.push({ reason, tools: cross, files: fresh });
  };
  add('importer', o.importers as readonly string[]);
  add('stale', o.stale.map(safeArg));
  // A module most of the project imports: its importers as arguments could pass the command line's limit
  // (32 KiB on Windows), and the project's own paths name the same files.
  const chars = [...seen].reduce((n, f) => n + f.length + 1, 0);
  if (chars > (o.maxArgChars ?? MAX_ARG_CHARS)) {
    groups.splice(1);
    return whole(`${seen.size} files to check, more than one command line holds`);
  }
  return { cross: [...seen].sort(), groups };
}

/** The file arguments pylint and mypy get in a changed run, at most (Windows allows 32,767 in all). */
export const MAX_ARG_CHARS = 16_000;

/** A file name for a log line or the summary: control characters (a newline would start a command) escaped. */
export function printable(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: those are what is escaped
  return name.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** One line a group: `3 files (a.py, b.py, c.py) linted by pylint, mypy: imports a changed module`. */
export function describeGroup(g: ScopeGroup, shown = 5): string {
  const n = g.files.length;
  const names =
    g.files.slice(0, shown).map(printable).join(', ') + (n > shown ? `, and ${n - shown} more` : '');
  const why = g.note ? `${REASON_TEXT[g.reason]} (${g.note})` : REASON_TEXT[g.reason];
  const by = g.tools.length > 0 ? `linted by ${g.tools.join(', ')}` : 'not linted';
  return `${n} file${n === 1 ? '' : 's'} (${names}) ${by}: ${why}`;
}
