import { InputError } from '../../core/errors.js';
import { CHECKS } from '../gate/checks.js';

/** A check of the merged report: the action that wrote the reports, its short name and its title. */
export interface CheckInfo {
  action: string;
  /** The gate's name for it (`lint`), or the action's name for an action the gate does not run. */
  name: string;
  title: string;
}

const KNOWN: CheckInfo[] = Object.values(CHECKS).map((c) => ({
  action: c.action,
  name: c.name,
  title: c.title,
}));

export function checkInfo(action: string): CheckInfo {
  return KNOWN.find((c) => c.action === action) ?? { action, name: action, title: action };
}

/** The gate's order (lint, deps, licences, secrets, image, bench), then any other action by name. */
export function compareChecks(a: string, b: string): number {
  const rank = (x: string) => {
    const i = KNOWN.findIndex((c) => c.action === x);
    return i < 0 ? KNOWN.length : i;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The `checks` input: gate check names (`lint`) or action names (`python-lint-stack`), as action names. */
export function parseChecks(items: readonly string[], input = 'checks'): string[] {
  return [
    ...new Set(
      items.map((item) => {
        const known = KNOWN.find((c) => c.name === item || c.action === item);
        if (known) return known.action;
        if (/^[a-z0-9][a-z0-9-]{0,63}$/.test(item)) return item;
        const names = KNOWN.map((c) => c.name).join(', ');
        throw new InputError(
          input,
          item,
          `check names (${names}) or action names, separated by commas or spaces`,
        );
      }),
    ),
  ];
}
