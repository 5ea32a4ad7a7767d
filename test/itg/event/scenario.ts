import type { JsonObject } from '../../../src/core/event.js';
import { resolveScope, type Scope } from '../../../src/core/event-scope.js';
import { localRuntime } from '../../../src/core/runtime.js';
import { requireTool } from '../../support/tools.js';

/** The git binary these tests need, or undefined (the test then skips with a reason, except in CI). */
export function gitOrSkip(ctx: { skip: (note?: string) => void }): void {
  if (!requireTool('git')) ctx.skip('git is not installed');
}

export interface Resolved {
  scope: Scope;
  /** Everything the runtime logged while resolving (fetches, deepening, the scope line). */
  logs: string[];
}

/** resolveScope with a terminal runtime whose log lines are kept for assertions. */
export async function resolveIn(cwd: string, eventName: string, payload: JsonObject): Promise<Resolved> {
  const logs: string[] = [];
  const runtime = localRuntime({
    env: { ...process.env },
    workspace: cwd,
    log: (l) => logs.push(l),
    out: () => {},
  });
  const scope = await resolveScope({ eventName, payload, cwd, runtime });
  return { scope, logs };
}

export function runtimeWithLog(cwd: string): { runtime: ReturnType<typeof localRuntime>; logs: string[] } {
  const logs: string[] = [];
  return {
    runtime: localRuntime({ env: { ...process.env }, workspace: cwd, log: (l) => logs.push(l) }),
    logs,
  };
}

export const sorted = (xs: Iterable<string>): string[] => [...xs].sort();
