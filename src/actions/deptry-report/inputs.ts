import * as path from 'node:path';
import { InputError } from '../../core/errors.js';
import { checkPathInput, type InputReader } from '../../core/inputs.js';
import type { Runtime } from '../../core/runtime.js';
import { readToolSource, type ToolSource } from '../../provision/trust.js';
import { loadReportInputs, type ReportInputs } from '../../report/inputs.js';
import { DEPTRY_CODES, type DeptryCode } from './rules.js';

export interface DeptryReportInputs {
  /** An exact deptry version; undefined: the project's locked one, else our pin. */
  version?: string;
  /** Absolute directories, one deptry run each, one report. */
  workingDirectories: string[];
  /** Codes that fail the step (errors); the other reported codes are warnings. */
  failOn: DeptryCode[];
  /** Codes dropped from the report (on top of deptry's own `ignore` configuration). */
  ignore: DeptryCode[];
  /** Extra deptry arguments (options, or ROOT directories that replace `.`). */
  extraArgs: string[];
  /** Where uv may come from (tool-source). */
  toolSource: ToolSource;
  report: ReportInputs;
}

/** The action.yml default of fail-on: every code. */
export const DEFAULT_FAIL_ON = 'all';

// PEP 440 release versions, with optional pre-, post- and dev-release parts: `0.25.1`, `0.26.0rc1`.
const VERSION = /^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$/;

/** A list of codes, `all` or `none`; each item checked. */
function codes(r: InputReader, name: string, fallback: readonly DeptryCode[]): DeptryCode[] {
  const items = r.list(name, fallback, { spaces: true }).map((c) => c.toUpperCase());
  if (items.length === 1 && items[0] === 'ALL') return [...DEPTRY_CODES];
  if (items.length === 1 && items[0] === 'NONE') return [];
  for (const item of items) {
    if (!(DEPTRY_CODES as readonly string[]).includes(item)) {
      throw new InputError(
        name,
        item,
        `each item must be one of ${DEPTRY_CODES.join(', ')} (or all / none alone)`,
      );
    }
  }
  return [...new Set(items as DeptryCode[])];
}

/** Splits on white space; quotes are not interpreted (arguments never go through a shell). */
export function splitArgs(value: string): string[] {
  return value.split(/\s+/).filter(Boolean);
}

export function loadInputs(r: InputReader, rt: Runtime): DeptryReportInputs {
  const version = r.string('version');
  if (version !== undefined && !VERSION.test(version)) {
    throw new InputError('version', version, 'expected an exact deptry version such as 0.25.1');
  }
  const dirs = r.lines('working-directory', ['.']);
  const workingDirectories: string[] = [];
  for (const d of dirs) {
    const abs = checkPathInput('working-directory', d, path.resolve(rt.workspace, d), 'directory');
    if (!workingDirectories.includes(abs)) workingDirectories.push(abs);
  }
  const extraArgs = splitArgs(r.string('extra-args', ''));
  const own = extraArgs.find((a) => /^(-o|--json-output)(=|$)/.test(a));
  if (own) {
    throw new InputError(
      'extra-args',
      own,
      "deptry options other than --json-output / -o (the action writes deptry's JSON report itself; use the json-file input for ours)",
    );
  }
  return {
    version,
    workingDirectories,
    failOn: codes(r, 'fail-on', [...DEPTRY_CODES]),
    ignore: codes(r, 'ignore', []),
    extraArgs,
    toolSource: readToolSource(r, rt),
    report: loadReportInputs(r),
  };
}
