/**
 * Runs one step process the way the runner does: fresh command files for the step, its output fed through
 * the workflow-command handling in arrival order, and the command files applied to the job afterwards.
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isCredentialVariable, type RunnerCredential } from '../../src/core/child-env.js';
import { ToolError } from '../../src/core/errors.js';
import { type ExecResult, execTool } from '../../src/core/exec.js';
import {
  type Annotation,
  CommandProcessor,
  type LogGroup,
  type Phase,
  parseKeyValueFile,
  parsePathFile,
} from './action-runner-commands.js';

/** What outlives a step: the env context, PATH additions, the action's state and the registered secrets. */
export interface JobState {
  /** The env context: the job's env plus everything steps wrote to GITHUB_ENV. */
  env: Record<string, string>;
  /** Only what steps wrote to GITHUB_ENV. */
  envAdditions: Record<string, string>;
  /** The runner's PrependPath list, oldest first; the last added directory comes first on PATH. */
  prependPath: string[];
  /** Intra-action state (GITHUB_STATE), passed to later phases as STATE_<name>. */
  state: Record<string, string>;
  masks: string[];
}

export interface StepRecord {
  phase: Phase;
  /** The composite step id; undefined for the phases of a JavaScript action. */
  id?: string;
  skipped: boolean;
  /** null when skipped or killed by a signal. */
  exitCode: number | null;
  /** The runner's verdict: non-zero exit, or a command the runner refused or could not parse. */
  failed: boolean;
  stdout: string;
  stderr: string;
  /** The step's log as the runner shows it: workflow commands consumed, registered secrets masked. */
  log: string[];
  durationMs: number;
  outputs: Record<string, string>;
  /** What the step appended to GITHUB_STEP_SUMMARY, with secrets masked. */
  summary: string;
  annotations: Annotation[];
  groups: LogGroup[];
  debug: string[];
  /** Errors the runner itself reports for the step (refused commands, bad command files). */
  errors: string[];
}

export interface StepSpec {
  phase: Phase;
  id?: string;
  file: string;
  args: string[];
  cwd: string;
  /** The step's environment without the command-file variables, which executeStep adds. */
  env: NodeJS.ProcessEnv;
  runnerTemp: string;
  timeoutMs: number;
  onOutput?: (line: string, phase: Phase) => void;
}

// Any exit code is a result to report, not an error of the harness.
const ANY_EXIT_CODE = Array.from({ length: 256 }, (_, i) => i);
// The runner's limit on a step summary (CreateStepSummaryCommand.AttachmentSizeLimit).
const SUMMARY_LIMIT = 1024 * 1024;

export function skippedStep(phase: Phase, id?: string): StepRecord {
  return {
    phase,
    ...(id === undefined ? {} : { id }),
    skipped: true,
    exitCode: null,
    failed: false,
    stdout: '',
    stderr: '',
    log: [],
    durationMs: 0,
    outputs: {},
    summary: '',
    annotations: [],
    groups: [],
    debug: [],
    errors: [],
  };
}

/** The file-command variables of one step, as the runner's FileCommandManager names them. */
function createCommandFiles(runnerTemp: string): Record<string, string> {
  const dir = path.join(runnerTemp, '_runner_file_commands');
  fs.mkdirSync(dir, { recursive: true });
  const suffix = randomUUID();
  const files: Record<string, string> = {
    GITHUB_PATH: path.join(dir, `add_path_${suffix}`),
    GITHUB_ENV: path.join(dir, `set_env_${suffix}`),
    GITHUB_STEP_SUMMARY: path.join(dir, `step_summary_${suffix}`),
    GITHUB_STATE: path.join(dir, `save_state_${suffix}`),
    GITHUB_OUTPUT: path.join(dir, `set_output_${suffix}`),
  };
  for (const f of Object.values(files)) fs.writeFileSync(f, '');
  return files;
}

function mask(text: string, masks: readonly string[]): string {
  return masks.reduce((acc, m) => (m ? acc.split(m).join('***') : acc), text);
}

export async function executeStep(spec: StepSpec, job: JobState): Promise<StepRecord> {
  const files = createCommandFiles(spec.runnerTemp);
  const processor = new CommandProcessor(spec.phase, spec.id, job.masks);
  const pending = { stdout: '', stderr: '' };
  const feed = (chunk: string, stream: 'stdout' | 'stderr') => {
    const lines = (pending[stream] + chunk).split('\n');
    pending[stream] = lines.pop() ?? '';
    for (const l of lines) {
      processor.line(l);
      spec.onOutput?.(l, spec.phase);
    }
  };

  let result: ExecResult;
  try {
    const env = { ...spec.env, ...files };
    result = await execTool(spec.file, spec.args, {
      cwd: spec.cwd,
      env,
      // This harness is the runner: the action gets the credentials the runner gives it (its own tools do not).
      keepCredentials: Object.keys(env).filter(isCredentialVariable) as RunnerCredential[],
      timeoutMs: spec.timeoutMs,
      okExitCodes: ANY_EXIT_CODE,
      onOutput: feed,
    });
  } catch (e) {
    // A step killed by a signal is a failed step; a timeout or a failure to start is a harness error.
    const partial = (e as { result?: ExecResult }).result;
    if (!(e instanceof ToolError) || !partial || partial.timedOut) throw e;
    result = partial;
  }
  for (const stream of ['stdout', 'stderr'] as const) {
    if (pending[stream]) processor.line(pending[stream]);
  }

  const fx = processor.effects;
  const errors = [...fx.commandErrors];
  const outputs: Record<string, string> = { ...fx.outputs };
  Object.assign(job.state, fx.state);
  for (const m of fx.masks) if (!job.masks.includes(m)) job.masks.push(m);

  // The order of the runner's file-command extensions: path, env, summary, state, output.
  for (const dir of parsePathFile(fs.readFileSync(files.GITHUB_PATH as string, 'utf8'))) {
    job.prependPath = job.prependPath.filter((d) => d !== dir);
    job.prependPath.push(dir);
  }
  const keyValues = (name: string): [string, string][] => {
    try {
      return parseKeyValueFile(fs.readFileSync(files[name] as string, 'utf8'));
    } catch (e) {
      errors.push(`Unable to process file command '${name}' successfully: ${(e as Error).message}`);
      return [];
    }
  };
  for (const [k, v] of keyValues('GITHUB_ENV')) {
    if (k.toUpperCase() === 'NODE_OPTIONS') {
      fx.annotations.push({
        level: 'error',
        message: "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.",
        phase: spec.phase,
      });
      continue;
    }
    job.env[k] = v;
    job.envAdditions[k] = v;
  }
  let summary = fs.readFileSync(files.GITHUB_STEP_SUMMARY as string, 'utf8');
  if (Buffer.byteLength(summary) > SUMMARY_LIMIT) {
    errors.push(`$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got more`);
    summary = '';
  }
  for (const [k, v] of keyValues('GITHUB_STATE')) job.state[k] = v;
  for (const [k, v] of keyValues('GITHUB_OUTPUT')) outputs[k] = v;

  const exitCode = result.exitCode;
  return {
    phase: spec.phase,
    ...(spec.id === undefined ? {} : { id: spec.id }),
    skipped: false,
    exitCode,
    failed: exitCode !== 0 || errors.length > 0,
    stdout: result.stdout,
    stderr: result.stderr,
    log: fx.log,
    durationMs: result.durationMs,
    outputs,
    summary: mask(summary, job.masks),
    annotations: fx.annotations,
    groups: fx.groups,
    debug: fx.debug,
    errors,
  };
}
