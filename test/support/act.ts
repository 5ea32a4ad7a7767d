/**
 * Runs a workflow with nektos/act on the host (no Docker): `-P <label>=-self-hosted` runs every step as a
 * host process, in a throw-away git repository built from `repoFiles`, with act's artifact and cache servers
 * bound to 127.0.0.1. One act run starts one cache server, shared by all jobs of the run.
 *
 * What act does differently from GitHub here, and tests must know:
 * - The job's workspace starts empty: a job that needs the repository's files starts with
 *   `uses: actions/checkout@v4` (CHECKOUT_STEP), which act serves by copying the repository, without network.
 * - `pre:` does not run for a local action (`uses: ./path`), the same as on GitHub.
 * - Only local actions and actions/checkout work: GitHub is not reachable to fetch any other action. A
 *   pinned `owner/repo/path@sha` runs from a local folder (`localRepositories`): ./pinned-actions.ts serves
 *   pyprod-actions' own and a codeql-action stub, ./artifact-actions.ts stand-ins for upload-artifact and
 *   download-artifact on the real @actions/artifact client, which act's artifact server speaks with.
 * - A matrix job's result, as act reports it, is the whole matrix's: read a combination's step results.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import YAML from 'yaml';
import { ToolError } from '../../src/core/errors.js';
import { type ExecResult, execTool } from '../../src/core/exec.js';
import { findNode24 } from './action-runner-context.js';
import { freePort } from './ports.js';
import { findTool } from './tools.js';

/** The first step of a job that needs the repository's files (act copies them; nothing is fetched). */
export const CHECKOUT_STEP = { uses: 'actions/checkout@v4' } as const;

export type RepoFile = string | Uint8Array | { copyFrom: string };

export interface ActWorkflowOptions {
  /** Files of the temporary repository by relative path: content, or a file or directory to copy. */
  repoFiles?: Record<string, RepoFile>;
  /** Commits made after the first (which holds repoFiles and the workflow); null deletes a file. */
  commits?: { message: string; files: Record<string, RepoFile | null> }[];
  /**
   * Remote actions served from local folders (`--local-repository`): `owner/repo@ref` → folder. GitHub is not
   * reachable, so this is how a workflow that pins `owner/repo/path@sha` runs here.
   */
  localRepositories?: Record<string, string>;
  /** The workflow, as YAML text or an object; written to .github/workflows/act.yml. */
  workflow: string | object;
  /** The event to trigger (default `push`). */
  event?: string;
  /** The webhook payload (default `{}`). */
  payload?: unknown;
  /** The payload made from the repository's commit shas (oldest first), when it must name them. */
  payloadFrom?: (commits: string[]) => unknown;
  /** Variables for every job (the `--env-file`), e.g. a loopback GITHUB_API_URL. */
  env?: Record<string, string>;
  /** `secrets.*` (the `--secret-file`, never the command line); act masks them in its log. */
  secrets?: Record<string, string>;
  /** `vars.*` (the `--var-file`). */
  vars?: Record<string, string>;
  /** owner/name, from the repository's origin remote (default pyprod/act-probe). */
  repository?: string;
  /** Run only this job (`-j`). */
  job?: string;
  /** Run only the matrix combinations with these values (`--matrix key:value`), e.g. `{ os: 'ubuntu-latest' }`. */
  matrix?: Record<string, string>;
  /** At most this many jobs at once (`--concurrent-jobs`; act's default is the number of CPUs). */
  concurrentJobs?: number;
  /** Where the cache server keeps its entries (default: a new temp dir), to share a cache across runs. */
  cacheDir?: string;
  /** Kills act after this long (default 240 s); the call then throws with the end of the log. */
  timeoutMs?: number;
  /** The act binary (default: act on PATH or in the tools dir). */
  act?: string;
  /** The Node 24 put first on PATH for node24 actions (default: findNode24()). */
  node?: string;
  /** Each raw line of act's `--json` log as it arrives, for debugging a test. */
  onLog?: (line: string) => void;
}

export type ActResult = 'success' | 'failure' | 'skipped' | 'not-run';

export interface ActRunResult {
  exitCode: number | null;
  /** One entry per job run (a matrix job once per combination), then jobs act never started as `not-run`. */
  jobs: { name: string; result: ActResult }[];
  steps: { job: string; step: string; stage: string; result: string }[];
  /** Step outputs as act logged them (`::set-output::`), in order. */
  outputs: { job: string; step: string; name: string; value: string }[];
  /** act's log as text lines: `[job] message`. */
  log: string;
  repoDir: string;
  cleanup(): void;
}

function writeRepoFile(repoDir: string, rel: string, file: RepoFile): void {
  const target = path.resolve(repoDir, rel);
  if (path.isAbsolute(rel) || !target.startsWith(repoDir + path.sep)) {
    throw new Error(`repoFiles key '${rel}' must be a relative path inside the repository`);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (typeof file === 'string' || file instanceof Uint8Array) fs.writeFileSync(target, file);
  else fs.cpSync(file.copyFrom, target, { recursive: true });
}

/** The environment act runs in: the host's, without anything a surrounding runner set (tokens included). */
function actEnv(home: string, node: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GITHUB_|RUNNER_|INPUT_|STATE_|ACTIONS_|VITEST)/.test(k) || k === 'NODE_OPTIONS') continue;
    env[k] = v;
  }
  // A private HOME: act reads ~/.actrc and the XDG config, and would otherwise ask which image to use.
  Object.assign(env, {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
  });
  if (node) env.PATH = [path.dirname(node), env.PATH].filter(Boolean).join(path.delimiter);
  return env;
}

async function git(repoDir: string, env: NodeJS.ProcessEnv, args: string[]): Promise<void> {
  const safe = [
    '-c',
    'user.name=pyprod-test',
    '-c',
    'user.email=test@pyprod.invalid',
    '-c',
    'commit.gpgsign=false',
  ];
  await execTool('git', [...safe, '-c', 'core.hooksPath=/dev/null', ...args], {
    cwd: repoDir,
    env,
    timeoutMs: 30_000,
  });
}

export async function runActWorkflow(opts: ActWorkflowOptions): Promise<ActRunResult> {
  const act = opts.act ?? findTool('act');
  if (!act)
    throw new Error('act was not found on PATH or in the tools dir; .ci/install-tools.sh installs it');
  const node = opts.node ?? findNode24();
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-act-')));
  const repoDir = path.join(root, 'repo');
  const home = path.join(root, 'home');
  for (const d of [repoDir, home, path.join(root, 'artifacts')]) fs.mkdirSync(d, { recursive: true });
  const cleanup = () => fs.rmSync(root, { recursive: true, force: true });

  try {
    for (const [rel, file] of Object.entries(opts.repoFiles ?? {})) writeRepoFile(repoDir, rel, file);
    const workflowText = typeof opts.workflow === 'string' ? opts.workflow : YAML.stringify(opts.workflow);
    writeRepoFile(repoDir, '.github/workflows/act.yml', workflowText);
    const env = actEnv(home, node);
    await git(repoDir, env, ['init', '-q', '-b', 'main']);
    await git(repoDir, env, ['add', '-A']);
    await git(repoDir, env, ['commit', '-q', '-m', 'act run']);
    for (const c of opts.commits ?? []) {
      for (const [rel, file] of Object.entries(c.files)) {
        if (file === null) fs.rmSync(path.resolve(repoDir, rel), { force: true, recursive: true });
        else writeRepoFile(repoDir, rel, file);
      }
      await git(repoDir, env, ['add', '-A']);
      await git(repoDir, env, ['commit', '-q', '-m', c.message]);
    }
    // act derives github.repository from the origin remote; nothing ever contacts it.
    await git(repoDir, env, [
      'remote',
      'add',
      'origin',
      `https://github.com/${opts.repository ?? 'pyprod/act-probe'}.git`,
    ]);

    let payload: unknown = opts.payload ?? {};
    if (opts.payloadFrom) {
      const r = await execTool('git', ['rev-list', '--reverse', 'HEAD'], {
        cwd: repoDir,
        env,
        timeoutMs: 30_000,
      });
      payload = opts.payloadFrom(r.stdout.trim().split('\n'));
    }
    const files: Record<string, unknown> = {
      'event.json': payload,
      'env.yml': opts.env ?? {},
      'secrets.yml': opts.secrets ?? {},
      'vars.yml': opts.vars ?? {},
    };
    for (const [name, content] of Object.entries(files)) {
      const text = name.endsWith('.json') ? JSON.stringify(content) : YAML.stringify(content);
      fs.writeFileSync(path.join(root, name), text, { mode: 0o600 });
    }
    const cacheDir = opts.cacheDir ?? path.join(root, 'cache-server');
    const args = [
      opts.event ?? 'push',
      '--json',
      '-W',
      '.github/workflows/act.yml',
      '--eventpath',
      path.join(root, 'event.json'),
      '--env-file',
      path.join(root, 'env.yml'),
      '--secret-file',
      path.join(root, 'secrets.yml'),
      '--var-file',
      path.join(root, 'vars.yml'),
      '--input-file',
      path.join(root, 'none.input'),
      '--action-cache-path',
      path.join(root, 'action-cache'),
      '--cache-server-path',
      cacheDir,
      '--cache-server-addr',
      '127.0.0.1',
      '--cache-server-port',
      '0',
      '--artifact-server-path',
      path.join(root, 'artifacts'),
      '--artifact-server-addr',
      '127.0.0.1',
      '--artifact-server-port',
      // The artifact server's URL must name a real port (0 does not work).
      String(await freePort()),
      '--defaultbranch',
      'main',
      ...['ubuntu-latest', 'ubuntu-24.04', 'ubuntu-22.04'].flatMap((p) => ['-P', `${p}=-self-hosted`]),
      ...(opts.job ? ['-j', opts.job] : []),
      ...Object.entries(opts.matrix ?? {}).flatMap(([k, v]) => ['--matrix', `${k}:${v}`]),
      ...(opts.concurrentJobs ? ['--concurrent-jobs', String(opts.concurrentJobs)] : []),
      ...Object.entries(opts.localRepositories ?? {}).flatMap(([ref, dir]) => [
        '--local-repository',
        `${ref}=${dir}`,
      ]),
    ];
    let result: ExecResult;
    try {
      result = await execTool(act, args, {
        cwd: repoDir,
        env,
        timeoutMs: opts.timeoutMs ?? 240_000,
        okExitCodes: [0, 1],
        ...(opts.onLog
          ? {
              onOutput: (chunk: string) =>
                chunk
                  .split('\n')
                  .filter(Boolean)
                  .forEach(opts.onLog as (l: string) => void),
            }
          : {}),
      });
    } catch (e) {
      const partial = (e as { result?: ExecResult }).result;
      if (!(e instanceof ToolError) || !partial || partial.timedOut) throw e;
      result = partial;
    }
    return {
      ...parseActLog(`${result.stdout}\n${result.stderr}`, workflowText),
      exitCode: result.exitCode,
      repoDir,
      cleanup,
    };
  } catch (e) {
    cleanup();
    throw e;
  }
}

/** Reads act's `--json` log into job and step results, outputs and text lines. */
export function parseActLog(
  raw: string,
  workflowText: string,
): Pick<ActRunResult, 'jobs' | 'steps' | 'outputs' | 'log'> {
  const jobs: ActRunResult['jobs'] = [];
  const steps: ActRunResult['steps'] = [];
  const outputs: ActRunResult['outputs'] = [];
  const lines: string[] = [];
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(line) as Record<string, unknown>;
    } catch {
      lines.push(line); // act's own plain-text errors
      continue;
    }
    const job = typeof entry.jobID === 'string' ? entry.jobID : '';
    const step = Array.isArray(entry.stepID) ? String(entry.stepID[0]) : String(entry.step ?? '');
    lines.push(`${job ? `[${job}] ` : ''}${String(entry.msg ?? '').trimEnd()}`);
    if (typeof entry.jobResult === 'string') jobs.push({ name: job, result: entry.jobResult as ActResult });
    if (typeof entry.stepResult === 'string') {
      steps.push({ job, step, stage: String(entry.stage ?? ''), result: entry.stepResult });
    }
    if (entry.command === 'set-output' && typeof entry.name === 'string') {
      outputs.push({ job, step, name: entry.name, value: String(entry.arg ?? '') });
    }
  }
  const declared = Object.keys((YAML.parse(workflowText) as { jobs?: object } | null)?.jobs ?? {});
  for (const name of declared) if (!jobs.some((j) => j.name === name)) jobs.push({ name, result: 'not-run' });
  return { jobs, steps, outputs, log: lines.join('\n') };
}
