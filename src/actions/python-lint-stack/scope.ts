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
  return {
    files,
    description: `${scope.description}: ${n} changed Python file${n === 1 ? '' : 's'} linted (of ${changed.length} changed files)`,
  };
}
