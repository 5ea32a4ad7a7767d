// An action's inputs as the runner hands them over, for the actions' input tests: its action.yml, the values
// the runner passes when nothing is given, and its loadInputs reading a map of values in a workspace.
import * as fs from 'node:fs';
import * as path from 'node:path';
import YAML from 'yaml';
import { InputReader, mapInputSource } from '../../src/core/inputs.js';
import { localRuntime, type Runtime } from '../../src/core/runtime.js';

export interface ActionManifest {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

export function readManifest(action: string): ActionManifest {
  return YAML.parse(fs.readFileSync(path.resolve('actions', action, 'action.yml'), 'utf8')) as ActionManifest;
}

/** What the runner passes when nothing is given: each input's action.yml default (no token outside a run). */
export function runnerDefaults(m: ActionManifest): Record<string, string> {
  return Object.fromEntries(
    Object.entries(m.inputs).map(([k, v]) => [k, k === 'github-token' ? '' : (v.default ?? '')]),
  );
}

/** `loadInputs` over a map of values, in a local runtime whose workspace is `workspace`. */
export function inputsReader<T>(
  loadInputs: (r: InputReader, rt: Runtime) => T,
  workspace: string,
): (values: Record<string, string>) => T {
  const rt = localRuntime({ workspace, env: {}, log: () => {}, out: () => {} });
  return (values) => loadInputs(new InputReader(mapInputSource(values)), rt);
}
