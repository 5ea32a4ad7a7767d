import * as path from 'node:path';
import { readEvent } from '../../core/event.js';
import { changedFiles, resolveScope } from '../../core/event-scope.js';
import { gitText } from '../../core/git.js';
import type { Runtime } from '../../core/runtime.js';

/**
 * The files a workflow event changed, for `changed-only`: the diff between the event's commits (a pull
 * request's head against its merge base, a push's before and after, a merge group's base and head), with
 * deleted files and both sides of a rename. Objects are fetched as needed (src/core/event-scope.ts); nothing
 * is ever checked out, so this is safe in a pull_request_target workflow.
 */

/** The events that carry a change set; any other event (schedule, workflow_dispatch, ...) selects everything. */
export const CHANGE_EVENTS = ['pull_request', 'pull_request_target', 'push', 'merge_group'];

export type ChangeSet =
  /** Paths relative to the workspace, forward slashes (`../x` for a file outside it, when it is a subdirectory). */
  | { kind: 'files'; files: string[]; description: string }
  /** No change set to narrow to: every project. */
  | { kind: 'all'; description: string }
  /** Nothing to check (a deleted branch): no project. */
  | { kind: 'none'; description: string };

export async function eventChanges(rt: Runtime): Promise<ChangeSet> {
  const event = readEvent(rt.env);
  if (!CHANGE_EVENTS.includes(event.name)) {
    const what =
      event.name === 'none' ? 'there is no workflow event' : `a ${event.name} event has no change set`;
    return { kind: 'all', description: `every project: ${what}` };
  }
  let top: string;
  try {
    top = path.resolve(rt.workspace, await gitText(rt.workspace, ['rev-parse', '--show-toplevel']));
  } catch {
    rt.warning(`changed-only: ${rt.workspace} is not in a git repository; every project is selected.`);
    return { kind: 'all', description: 'every project: the workspace is not a git repository' };
  }
  const scope = await resolveScope({ eventName: event.name, payload: event.payload, cwd: top, runtime: rt });
  if (scope.kind === 'none') return { kind: 'none', description: scope.description };
  if (scope.kind === 'all') return { kind: 'all', description: `every project: ${scope.description}` };
  const repoPaths = await changedFiles(scope, top, { deleted: true });
  const files = repoPaths.map((f) =>
    path.relative(rt.workspace, path.join(top, f)).split(path.sep).join('/'),
  );
  const n = files.length;
  return {
    kind: 'files',
    files,
    description: `${scope.description}: ${n} changed file${n === 1 ? '' : 's'}`,
  };
}
