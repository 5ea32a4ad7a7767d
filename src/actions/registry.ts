import type { ActionDefinition } from '../core/action.js';

/**
 * Every action the `pyprod` CLI can run, by subcommand. Loaded lazily so `pyprod <cmd>` pays only for the
 * action it runs.
 */
export const COMMANDS: Record<string, { action: string; load: () => Promise<ActionDefinition<unknown>> }> =
  {};

export function register<I>(command: string, action: string, load: () => Promise<ActionDefinition<I>>): void {
  // The CLI only passes an action's own loadInputs result back to it, so erasing I is safe.
  COMMANDS[command] = { action, load: load as unknown as () => Promise<ActionDefinition<unknown>> };
}
