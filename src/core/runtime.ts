import * as os from 'node:os';
import * as path from 'node:path';
import { privateTempDir } from './temp-dir.js';
import { appendToFileCommand, issueCommand, keyValueBlock } from './workflow-commands.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** Where an action's code runs: the GitHub runner, or the terminal through the `pyprod` CLI. */
export interface Runtime {
  readonly kind: 'github' | 'local';
  readonly env: NodeJS.ProcessEnv;
  /** The repository checkout (GITHUB_WORKSPACE, or the CLI's current directory). */
  readonly workspace: string;
  /**
   * This run's own scratch directory: made with mkdtemp (mode 0700) under RUNNER_TEMP on the runner or the
   * system temp in the CLI, on first use, and removed when the process exits.
   */
  readonly tempDir: string;
  /** The runner's temp directory (RUNNER_TEMP, wiped with the job): only for what later steps read. */
  readonly runnerTempDir: string;
  /** Where installed tools are kept across jobs on a runner (RUNNER_TOOL_CACHE). */
  readonly toolCacheDir: string;
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  notice(message: string): void;
  annotate(level: AnnotationLevel, message: string, props: AnnotationProps): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  setOutput(name: string, value: string | number | boolean): void;
  /** Asks the runner to mask a value in all later log lines. */
  setSecret(value: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
  exportVariable(name: string, value: string): void;
  addPath(dir: string): void;
  appendSummary(markdown: string): Promise<void>;
}

function envDir(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const v = env[name];
  return v && v.length > 0 ? v : fallback;
}

/** A variable the runner sets for every step; its absence means this is not a (working) runner. */
function runnerVariable(env: NodeJS.ProcessEnv, name: string): string {
  const v = env[name];
  if (!v) {
    throw new Error(
      `${name} is not set: the GitHub runner sets it for every step of a JavaScript action. ` +
        'Run the action on a runner, or use the pyprod CLI in a terminal.',
    );
  }
  return v;
}

/** Appends to one of the runner's GITHUB_* files; a missing variable is an error naming it. */
function fileCommand(env: NodeJS.ProcessEnv, variable: string, text: string): void {
  runnerVariable(env, variable);
  appendToFileCommand(variable, text, env);
}

/** The GitHub runner: workflow commands on stdout and the GITHUB_* files. */
export function githubRuntime(env: NodeJS.ProcessEnv = process.env): Runtime {
  const line = (text: string) => process.stdout.write(`${text}${os.EOL}`);
  let temp: string | undefined;
  return {
    kind: 'github',
    env,
    workspace: envDir(env, 'GITHUB_WORKSPACE', process.cwd()),
    get tempDir() {
      temp ??= privateTempDir(runnerVariable(env, 'RUNNER_TEMP'));
      return temp;
    },
    get runnerTempDir() {
      return runnerVariable(env, 'RUNNER_TEMP');
    },
    toolCacheDir: envDir(env, 'RUNNER_TOOL_CACHE', path.join(os.homedir(), '.cache', 'pyprod', 'tools')),
    debug: (m) => issueCommand('debug', {}, m),
    info: (m) => line(m),
    warning: (m) => issueCommand('warning', {}, m),
    notice: (m) => issueCommand('notice', {}, m),
    annotate(level, message, p) {
      issueCommand(
        level,
        {
          title: p.title,
          file: p.file,
          line: p.startLine,
          endLine: p.endLine,
          col: p.startColumn,
          endColumn: p.endColumn,
        },
        message,
      );
    },
    async group(name, fn) {
      issueCommand('group', {}, name);
      try {
        return await fn();
      } finally {
        issueCommand('endgroup', {}, '');
      }
    },
    setOutput: (n, v) => fileCommand(env, 'GITHUB_OUTPUT', keyValueBlock(n, String(v))),
    setSecret: (v) => issueCommand('add-mask', {}, v),
    saveState: (n, v) => fileCommand(env, 'GITHUB_STATE', keyValueBlock(n, v)),
    getState: (n) => env[`STATE_${n}`] ?? '',
    exportVariable(n, v) {
      fileCommand(env, 'GITHUB_ENV', keyValueBlock(n, v));
      env[n] = v;
    },
    addPath(d) {
      fileCommand(env, 'GITHUB_PATH', `${d}${os.EOL}`);
      env.PATH = `${d}${path.delimiter}${env.PATH ?? ''}`;
    },
    async appendSummary(markdown) {
      fileCommand(env, 'GITHUB_STEP_SUMMARY', `${markdown}${os.EOL}`);
    },
  };
}

export interface LocalRuntimeOptions {
  env?: NodeJS.ProcessEnv;
  workspace?: string;
  /** Where log lines go (default: stderr). */
  log?: (line: string) => void;
  /** Where the report goes (default: stdout). */
  out?: (text: string) => void;
}

/**
 * The terminal: logs to stderr, the summary to stdout, annotations as `file:line:col: level: message`
 * (the form editors and terminals turn into links). Outputs, state and exported variables stay in memory.
 */
export function localRuntime(opts: LocalRuntimeOptions = {}): Runtime & {
  outputs: Map<string, string>;
  state: Map<string, string>;
} {
  const env = opts.env ?? process.env;
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const out = opts.out ?? ((t: string) => process.stdout.write(t));
  const outputs = new Map<string, string>();
  const state = new Map<string, string>();
  const base = envDir(env, 'RUNNER_TEMP', os.tmpdir());
  let temp: string | undefined;
  return {
    kind: 'local',
    env,
    outputs,
    state,
    workspace: opts.workspace ?? process.cwd(),
    get tempDir() {
      temp ??= privateTempDir(base);
      return temp;
    },
    runnerTempDir: base,
    toolCacheDir: envDir(env, 'RUNNER_TOOL_CACHE', path.join(os.homedir(), '.cache', 'pyprod', 'tools')),
    debug: (m) => {
      // RUNNER_DEBUG=1 is what "re-run with debug logging" sets on a runner; PYPROD_DEBUG is the CLI's own.
      if (env.PYPROD_DEBUG || env.RUNNER_DEBUG === '1') log(`debug: ${m}`);
    },
    info: (m) => log(m),
    warning: (m) => log(`warning: ${m}`),
    notice: (m) => log(`notice: ${m}`),
    annotate(level, message, props) {
      const where = props.file
        ? `${props.file}${props.startLine ? `:${props.startLine}` : ''}${props.startColumn ? `:${props.startColumn}` : ''}: `
        : '';
      log(`${where}${level}: ${props.title ? `${props.title}: ` : ''}${message}`);
    },
    async group(name, fn) {
      log(`── ${name}`);
      return fn();
    },
    setOutput: (n, v) => outputs.set(n, String(v)),
    setSecret: () => {},
    saveState: (n, v) => state.set(n, v),
    getState: (n) => state.get(n) ?? '',
    exportVariable: (n, v) => {
      env[n] = v;
    },
    addPath: (d) => {
      env.PATH = `${d}${path.delimiter}${env.PATH ?? ''}`;
    },
    async appendSummary(markdown) {
      out(`${markdown}\n`);
    },
  };
}
