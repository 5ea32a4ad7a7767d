import * as os from 'node:os';
import * as path from 'node:path';
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
  /** Scratch space that outlives the step but not the job (RUNNER_TEMP). */
  readonly tempDir: string;
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

/** The GitHub runner: workflow commands on stdout and the GITHUB_* files. */
export function githubRuntime(env: NodeJS.ProcessEnv = process.env): Runtime {
  const tmp = path.join(os.tmpdir(), 'pyprod');
  const line = (text: string) => process.stdout.write(`${text}${os.EOL}`);
  return {
    kind: 'github',
    env,
    workspace: envDir(env, 'GITHUB_WORKSPACE', process.cwd()),
    tempDir: envDir(env, 'RUNNER_TEMP', tmp),
    toolCacheDir: envDir(env, 'RUNNER_TOOL_CACHE', path.join(tmp, 'tool-cache')),
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
    setOutput(n, v) {
      if (!appendToFileCommand('GITHUB_OUTPUT', keyValueBlock(n, String(v)), env)) {
        issueCommand('set-output', { name: n }, String(v));
      }
    },
    setSecret: (v) => issueCommand('add-mask', {}, v),
    saveState(n, v) {
      if (!appendToFileCommand('GITHUB_STATE', keyValueBlock(n, v), env))
        issueCommand('save-state', { name: n }, v);
    },
    getState: (n) => env[`STATE_${n}`] ?? '',
    exportVariable(n, v) {
      env[n] = v;
      if (!appendToFileCommand('GITHUB_ENV', keyValueBlock(n, v), env))
        issueCommand('set-env', { name: n }, v);
    },
    addPath(d) {
      env.PATH = `${d}${path.delimiter}${env.PATH ?? ''}`;
      if (!appendToFileCommand('GITHUB_PATH', `${d}${os.EOL}`, env)) issueCommand('add-path', {}, d);
    },
    async appendSummary(markdown) {
      if (!appendToFileCommand('GITHUB_STEP_SUMMARY', `${markdown}${os.EOL}`, env)) line(markdown);
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
  const tmp = path.join(os.tmpdir(), 'pyprod');
  const outputs = new Map<string, string>();
  const state = new Map<string, string>();
  return {
    kind: 'local',
    env,
    outputs,
    state,
    workspace: opts.workspace ?? process.cwd(),
    tempDir: envDir(env, 'RUNNER_TEMP', tmp),
    toolCacheDir: envDir(env, 'RUNNER_TOOL_CACHE', path.join(os.homedir(), '.cache', 'pyprod', 'tools')),
    debug: (m) => {
      if (env.PYPROD_DEBUG) log(`debug: ${m}`);
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
