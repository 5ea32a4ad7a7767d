/** The runner-side values of the action harness: Node 24, the host environment, the github and runner contexts. */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { IN_CI, TOOLS_DIR } from './tools.js';

export interface GithubContextOptions {
  /** GITHUB_EVENT_NAME (default `push`). */
  eventName?: string;
  /** The webhook payload written to GITHUB_EVENT_PATH (default `{}`). */
  payload?: unknown;
  /** owner/name (default pyprod/probe-repo). */
  repository?: string;
  sha?: string;
  /** GITHUB_REF (default refs/heads/main); GITHUB_REF_NAME and GITHUB_REF_TYPE follow from it. */
  ref?: string;
  /** The value of `${{ github.token }}` (in input defaults); the runner never exports it as a variable. */
  token?: string;
  /** GITHUB_API_URL, e.g. a loopback server speaking the GitHub API. */
  apiUrl?: string;
  serverUrl?: string;
}

let node24: string | null | undefined = null;

/**
 * The runner's own Node 24, which runs node24 actions whatever `node` the image has on PATH: PYPROD_NODE,
 * then the tools dir's (.ci/install-tools.sh), then the first Node 24 on PATH. Undefined when there is none.
 */
export function findNode24(): string | undefined {
  if (node24 !== null) return node24;
  const pinned = process.env.PYPROD_NODE;
  const candidates = pinned
    ? [pinned]
    : [
        path.join(TOOLS_DIR, 'node24', 'node_modules', 'node', 'bin', 'node'),
        ...(process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, 'node')),
      ];
  node24 = candidates.find((c) => {
    try {
      return execFileSync(c, ['--version'], { encoding: 'utf8' }).startsWith('v24.');
    } catch {
      return false;
    }
  });
  if (pinned && !node24) throw new Error(`PYPROD_NODE=${pinned} is not a Node 24 binary`);
  return node24;
}

/** Like requireTool: Node 24's path; in CI its absence throws, elsewhere the caller skips. */
export function requireNode24(): string | undefined {
  const p = findNode24();
  if (!p && IN_CI)
    throw new Error(`Node 24 is required in CI but none was found; .ci/install-tools.sh installs it`);
  return p;
}

/** The runner's own environment: the host's, without anything a surrounding runner or vitest set. */
export function defaultBaseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  const fromVitest = Boolean(process.env.VITEST);
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GITHUB_|RUNNER_|INPUT_|STATE_|ACTIONS_)/.test(k)) continue;
    if (fromVitest && (/^VITEST/.test(k) || k === 'NODE_ENV' || k === 'TEST')) continue;
    if (k === 'NODE_OPTIONS') continue;
    env[k] = v;
  }
  return env;
}

/** The github context of the step; its string values are also the GITHUB_* variables (except the token). */
export function githubContext(
  opts: GithubContextOptions,
  paths: { actionDir: string; eventPath: string; workspace: string },
): Record<string, unknown> {
  const { actionDir, eventPath, workspace } = paths;
  const repository = opts.repository ?? 'pyprod/probe-repo';
  const ref = opts.ref ?? 'refs/heads/main';
  const serverUrl = opts.serverUrl ?? 'https://github.com';
  return {
    action: '__run',
    action_path: actionDir,
    actor: 'pyprod-test',
    api_url: opts.apiUrl ?? 'https://api.github.com',
    event: opts.payload ?? {},
    event_name: opts.eventName ?? 'push',
    event_path: eventPath,
    graphql_url: `${(opts.apiUrl ?? 'https://api.github.com').replace(/\/api\/v3$/, '/api')}/graphql`,
    job: 'test',
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    repository,
    repository_owner: repository.split('/')[0],
    retention_days: '90',
    run_attempt: '1',
    run_id: '1',
    run_number: '1',
    server_url: serverUrl,
    sha: opts.sha ?? '5e6f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b',
    token: opts.token ?? '',
    workflow: 'test',
    workspace,
  };
}

export function runnerContext(runnerTemp: string, toolCache: string): Record<string, string> {
  return {
    arch:
      ({ x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' } as Record<string, string>)[process.arch] ??
      'X64',
    environment: 'github-hosted',
    name: 'pyprod-harness',
    os:
      ({ linux: 'Linux', darwin: 'macOS', win32: 'Windows' } as Record<string, string>)[process.platform] ??
      'Linux',
    temp: runnerTemp,
    tool_cache: toolCache,
  };
}
