/**
 * Runs a GitHub Action from its action.yml exactly as the GitHub runner does (actions/runner's ActionRunner,
 * NodeScriptActionHandler, CompositeActionHandler and FileCommandManager), without a runner or network:
 * inputs as INPUT_<NAME> with the runner's defaults and mangling, the GITHUB_* and RUNNER_* variables, fresh
 * command files per step, pre/main/post with their conditions, state passed between phases as STATE_<name>,
 * GITHUB_ENV and GITHUB_PATH applied to later steps, and workflow commands parsed from the output.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import YAML from 'yaml';
import type { Annotation, LogGroup, Phase } from './action-runner-commands.js';
import { type CompositeStepSpec, runComposite } from './action-runner-composite.js';
import {
  defaultBaseEnv,
  findNode24,
  type GithubContextOptions,
  githubContext,
  runnerContext,
} from './action-runner-context.js';
import {
  type ExpressionScope,
  evaluateCondition,
  interpolate,
  type Status,
} from './action-runner-expressions.js';
import { executeStep, type JobState, type StepRecord, skippedStep } from './action-runner-step.js';

export type { Annotation, LogGroup, Phase } from './action-runner-commands.js';
export { findNode24, requireNode24 } from './action-runner-context.js';
export type { StepRecord } from './action-runner-step.js';

export interface RunActionOptions extends GithubContextOptions {
  /** Values given with `with:`; declared inputs that are not given get their action.yml default. */
  inputs?: Record<string, string | number | boolean>;
  /** GITHUB_WORKSPACE and the steps' working directory (default: a new empty temp dir). */
  workspace?: string;
  /** Job-level `env:`; also the way to pass ACTIONS_CACHE_URL, ACTIONS_RUNTIME_TOKEN, ... */
  env?: Record<string, string>;
  /** The runner process's own environment (default: process.env without GITHUB_*, RUNNER_*, INPUT_*, ...). */
  baseEnv?: NodeJS.ProcessEnv;
  runnerTemp?: string;
  toolCache?: string;
  /** Behave as `uses: ./path` in the same repository: the runner does not run `pre` for such actions. */
  local?: boolean;
  /** Per step (default 120 s); a step that runs longer fails the call. */
  timeoutMs?: number;
  /** The node binary (default: PYPROD_NODE or the first Node 24 found); node20 actions run on it too. */
  node?: string;
  /** Each output line as it arrives, for live logs while debugging a test. */
  onOutput?: (line: string, phase: Phase) => void;
}

export interface ActionRunResult {
  /** The exit code of `main` (composite: of the first failed step, else 0); null when main did not run. */
  exitCode: number | null;
  /** The runner's verdict on the action: a phase (or composite step) failed. */
  failed: boolean;
  steps: StepRecord[];
  outputs: Record<string, string>;
  /** The step summaries of all steps, in order. */
  summary: string;
  state: Record<string, string>;
  /** Variables the steps wrote to GITHUB_ENV. */
  env: Record<string, string>;
  /** Directories the steps wrote to GITHUB_PATH, oldest first (PATH gets the newest first). */
  path: string[];
  annotations: Annotation[];
  logGroups: LogGroup[];
  /** Values registered with `::add-mask::`. */
  masked: string[];
  /** Warnings the runner itself prints (unexpected inputs, pre skipped for a local action, ...). */
  runnerWarnings: string[];
  workspace: string;
  runnerTemp: string;
  toolCache: string;
  eventPath: string;
  /** Removes the temp dirs the harness created (not a workspace or temp dir it was given). */
  cleanup(): void;
}

interface InputSpec {
  default?: unknown;
  required?: boolean | string;
}
interface Manifest {
  inputs?: Record<string, InputSpec | null>;
  outputs?: Record<string, { value?: string } | null>;
  runs: {
    using: string;
    main?: string;
    pre?: string;
    post?: string;
    'pre-if'?: string;
    'post-if'?: string;
    steps?: CompositeStepSpec[];
  };
}

function loadManifest(actionPath: string): { file: string; dir: string; manifest: Manifest } {
  let file = actionPath;
  if (fs.statSync(actionPath).isDirectory()) {
    file =
      ['action.yml', 'action.yaml'].map((n) => path.join(actionPath, n)).find((f) => fs.existsSync(f)) ?? '';
    if (!file) throw new Error(`${actionPath} has no action.yml or action.yaml`);
  }
  const manifest = YAML.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  if (!manifest?.runs?.using) throw new Error(`${file} has no runs.using`);
  return { file, dir: path.dirname(path.resolve(file)), manifest };
}

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export async function runAction(actionPath: string, opts: RunActionOptions = {}): Promise<ActionRunResult> {
  const created: string[] = [];
  const cleanup = () => {
    for (const d of created) fs.rmSync(d, { recursive: true, force: true });
  };
  try {
    return await run(actionPath, opts, created, cleanup);
  } catch (e) {
    cleanup();
    throw e;
  }
}

async function run(
  actionPath: string,
  opts: RunActionOptions,
  created: string[],
  cleanup: () => void,
): Promise<ActionRunResult> {
  const { file, dir: actionDir, manifest } = loadManifest(actionPath);
  const tempDir = (prefix: string) => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    created.push(d);
    return d;
  };
  const root = tempDir('pyprod-runner-');
  const workspace = path.resolve(opts.workspace ?? tempDir('pyprod-workspace-'));
  const runnerTemp = opts.runnerTemp ?? path.join(root, 'temp');
  const toolCache = opts.toolCache ?? path.join(root, 'tool-cache');
  const eventPath = path.join(root, 'workflow', 'event.json');
  for (const d of [runnerTemp, toolCache, path.dirname(eventPath)]) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(eventPath, JSON.stringify(opts.payload ?? {}, null, 2));

  const github = githubContext(opts, { actionDir, eventPath, workspace });
  const runner = runnerContext(runnerTemp, toolCache);
  const job: JobState = { env: { ...opts.env }, envAdditions: {}, prependPath: [], state: {}, masks: [] };
  const runnerWarnings: string[] = [];
  const scope = (status: Status, extra: Record<string, unknown> = {}): ExpressionScope => ({
    contexts: { github, runner, env: { ...job.env }, ...extra },
    status,
  });

  // Inputs: the given ones (stringified, as YAML scalars are), then each declared input's default.
  const declared = manifest.inputs ?? {};
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.inputs ?? {})) inputs[k] = String(v);
  const unexpected = Object.keys(inputs).filter(
    (k) => !Object.keys(declared).some((d) => d.toLowerCase() === k.toLowerCase()),
  );
  if (unexpected.length) {
    runnerWarnings.push(
      `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${Object.keys(declared).join("', '")}']`,
    );
  }
  for (const [k, spec] of Object.entries(declared)) {
    if (Object.keys(inputs).some((i) => i.toLowerCase() === k.toLowerCase())) continue;
    inputs[k] = interpolate(text(spec?.default), scope('success'));
    if ((spec?.required === true || spec?.required === 'true') && spec?.default === undefined) {
      runnerWarnings.push(`Input required and not supplied: ${k}`);
    }
  }

  const baseEnv = opts.baseEnv ?? defaultBaseEnv();
  const timeoutMs = opts.timeoutMs ?? 120_000;
  // The environment of a step, in the runner's order: host < env context < STATE_ < INPUT_ < PATH < contexts.
  const stepEnv = (extra: {
    state?: boolean;
    inputs?: boolean;
    env?: Record<string, string>;
  }): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = { ...baseEnv, ...job.env, ...extra.env };
    if (extra.state) for (const [k, v] of Object.entries(job.state)) env[`STATE_${k}`] = v;
    if (extra.inputs)
      for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
    if (job.prependPath.length) {
      env.PATH = [...job.prependPath]
        .reverse()
        .concat(env.PATH ? [env.PATH] : [])
        .join(path.delimiter);
    }
    for (const [k, v] of Object.entries(github)) {
      if (typeof v === 'string' && k !== 'token') env[`GITHUB_${k.toUpperCase()}`] = v;
    }
    for (const [k, v] of Object.entries(runner)) env[`RUNNER_${k.toUpperCase()}`] = v;
    env.RUNNER_WORKSPACE = path.dirname(workspace);
    env.GITHUB_ACTIONS = 'true';
    env.CI = 'true';
    delete env.NODE_ICU_DATA;
    return env;
  };

  const steps: StepRecord[] = [];
  let status: Status = 'success';
  const using = manifest.runs.using;
  if (using === 'node20' || using === 'node24') {
    const node = opts.node ?? findNode24();
    if (!node)
      throw new Error(`No Node 24 found to run ${file} (set PYPROD_NODE or run .ci/install-tools.sh)`);
    const runs = manifest.runs;
    if (!runs.main) throw new Error(`${file}: runs.main is required for ${using}`);
    const phase = async (p: Phase, target: string) => {
      const rec = await executeStep(
        {
          phase: p,
          file: node,
          args: [path.join(actionDir, target)],
          cwd: workspace,
          env: stepEnv({ state: true, inputs: true }),
          runnerTemp,
          timeoutMs,
          ...(opts.onOutput ? { onOutput: opts.onOutput } : {}),
        },
        job,
      );
      if (rec.failed) status = 'failure';
      steps.push(rec);
      return rec;
    };
    let registeredPost = false;
    if (runs.pre && opts.local) {
      runnerWarnings.push(`\`pre\` execution is not supported for local action from '${actionPath}'`);
    } else if (runs.pre) {
      if (evaluateCondition(runs['pre-if'], scope(status), 'always()')) {
        await phase('pre', runs.pre);
        registeredPost = true;
      } else {
        steps.push(skippedStep('pre'));
      }
    }
    if (status === 'success') {
      await phase('main', runs.main);
      registeredPost = true;
    } else {
      steps.push(skippedStep('main'));
    }
    if (runs.post && registeredPost) {
      if (evaluateCondition(runs['post-if'], scope(status), 'always()')) await phase('post', runs.post);
      else steps.push(skippedStep('post'));
    }
  } else if (using === 'composite') {
    status = await runComposite({
      steps: manifest.runs.steps ?? [],
      workspace,
      runnerTemp,
      timeoutMs,
      job,
      record: (r) => steps.push(r),
      scope: (s, stepsContext) => scope(s, { inputs, steps: stepsContext }),
      stepEnv: (env) => stepEnv({ env }),
      ...(opts.onOutput ? { onOutput: opts.onOutput } : {}),
    });
  } else {
    throw new Error(
      `${file}: runs.using '${using}' is not supported by the harness (node20, node24, composite)`,
    );
  }

  const main = steps.filter((s) => s.phase === 'main');
  let outputs: Record<string, string> = {};
  let exitCode: number | null;
  if (using === 'composite') {
    const stepsContext = Object.fromEntries(main.map((s) => [s.id, { outputs: s.outputs }]));
    for (const [k, spec] of Object.entries(manifest.outputs ?? {})) {
      outputs[k] = interpolate(text(spec?.value), scope(status, { inputs, steps: stepsContext }));
    }
    // A step that failed under continue-on-error does not fail the action, so its code is not the action's.
    exitCode = status === 'failure' ? (main.find((s) => s.failed)?.exitCode ?? 1) : 0;
  } else {
    outputs = { ...main[0]?.outputs };
    exitCode = main[0]?.exitCode ?? null;
  }
  return {
    exitCode,
    failed: status === 'failure',
    steps,
    outputs,
    summary: steps.map((s) => s.summary).join(''),
    state: { ...job.state },
    env: { ...job.envAdditions },
    path: [...job.prependPath],
    annotations: steps.flatMap((s) => s.annotations),
    logGroups: steps.flatMap((s) => s.groups),
    masked: [...job.masks],
    runnerWarnings,
    workspace,
    runnerTemp,
    toolCache,
    eventPath,
    cleanup,
  };
}
