/**
 * The steps of a composite action, as the runner's CompositeActionHandler and ScriptHandler run them: each
 * `run:` step's `if`, `env`, `run` and `working-directory` evaluated, the script written to a file under
 * RUNNER_TEMP and started with its shell's template, outputs kept for `steps.<id>.outputs.<name>`.
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Phase } from './action-runner-commands.js';
import {
  type ExpressionScope,
  evaluateCondition,
  interpolate,
  type Status,
  toText,
} from './action-runner-expressions.js';
import { executeStep, type JobState, type StepRecord, skippedStep } from './action-runner-step.js';

export interface CompositeStepSpec {
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
  shell?: string;
  env?: Record<string, unknown>;
  'working-directory'?: string;
  'continue-on-error'?: boolean | string;
}

// ScriptHandlerHelpers' templates for the named shells, and the script file's extension for each.
const SHELLS: Record<string, { template: string; ext: string }> = {
  bash: { template: 'bash --noprofile --norc -e -o pipefail {0}', ext: '.sh' },
  sh: { template: 'sh -e {0}', ext: '.sh' },
  python: { template: 'python {0}', ext: '.py' },
};

/** argv for a step: a named shell's template, or a custom `shell:` that must contain `{0}`. */
export function shellCommand(shell: string, scriptFile: string): string[] {
  const template = SHELLS[shell]?.template ?? shell;
  if (!template.includes('{0}')) {
    throw new Error(
      `shell '${shell}' is not supported by the harness (bash, sh, python, or a template with {0})`,
    );
  }
  const parts = template.trim().split(/\s+/);
  return parts.map((p) => p.replace('{0}', scriptFile));
}

export interface CompositeRun {
  steps: CompositeStepSpec[];
  workspace: string;
  runnerTemp: string;
  timeoutMs: number;
  job: JobState;
  record: (r: StepRecord) => void;
  scope: (status: Status, steps: Record<string, unknown>) => ExpressionScope;
  stepEnv: (env: Record<string, string>) => NodeJS.ProcessEnv;
  onOutput?: (line: string, phase: Phase) => void;
}

/** Runs the steps in order; returns the composite action's status. */
export async function runComposite(run: CompositeRun): Promise<Status> {
  let status: Status = 'success';
  const stepsContext: Record<
    string,
    { outputs: Record<string, string>; outcome: string; conclusion: string }
  > = {};
  for (const [i, step] of run.steps.entries()) {
    const id = step.id ?? `__run_${i + 1}`;
    if (step.uses !== undefined) {
      throw new Error(`composite step '${id}': 'uses: ${step.uses}' steps are not supported by the harness`);
    }
    if (step.run === undefined) throw new Error(`composite step '${id}' has neither run: nor uses:`);
    const scope = run.scope(status, stepsContext);
    if (!evaluateCondition(step.if, scope, 'success()')) {
      run.record(skippedStep('main', id));
      stepsContext[id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.env ?? {})) {
      env[k] = typeof v === 'string' ? interpolate(v, scope) : toText(v);
    }
    const shell = step.shell ?? 'bash';
    const scriptFile = path.join(run.runnerTemp, `${randomUUID()}${SHELLS[shell]?.ext ?? ''}`);
    // The step's own env is part of the env context its script and working directory see.
    const inner = {
      ...scope,
      contexts: { ...scope.contexts, env: { ...(scope.contexts.env as object), ...env } },
    };
    fs.writeFileSync(scriptFile, interpolate(step.run, inner));
    const [file, ...args] = shellCommand(shell, scriptFile) as [string, ...string[]];
    const wd = step['working-directory'];
    const rec = await executeStep(
      {
        phase: 'main',
        id,
        file,
        args,
        cwd: wd ? path.resolve(run.workspace, interpolate(wd, inner)) : run.workspace,
        env: run.stepEnv(env),
        runnerTemp: run.runnerTemp,
        timeoutMs: run.timeoutMs,
        ...(run.onOutput ? { onOutput: run.onOutput } : {}),
      },
      run.job,
    );
    run.record(rec);
    const continueOnError = step['continue-on-error'] === true || step['continue-on-error'] === 'true';
    const outcome = rec.failed ? 'failure' : 'success';
    stepsContext[id] = { outputs: rec.outputs, outcome, conclusion: continueOnError ? 'success' : outcome };
    if (rec.failed && !continueOnError) status = 'failure';
  }
  return status;
}
