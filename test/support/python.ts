import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IN_CI } from './tools.js';

/**
 * The bin directory of a CPython `major.minor` on this machine (pyenv versions or /usr/bin), so a test can
 * put it on PATH for uv to discover. In CI a missing version throws; elsewhere undefined (skip with reason).
 */
export function pythonBinDir(minor: string): string | undefined {
  const candidates: string[] = [];
  const pyenv = process.env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv');
  const versions = path.join(pyenv, 'versions');
  if (fs.existsSync(versions)) {
    for (const v of fs.readdirSync(versions).sort().reverse()) {
      if (v === minor || v.startsWith(`${minor}.`)) candidates.push(path.join(versions, v, 'bin'));
    }
  }
  candidates.push('/usr/bin', '/usr/local/bin');
  const found = candidates.find((d) => fs.existsSync(path.join(d, `python${minor}`)));
  if (!found && IN_CI)
    throw new Error(`CPython ${minor} is required in CI but none was found (pyenv or /usr/bin)`);
  return found;
}

/** PATH without any directory holding `name`, so a test can make sure a tool is NOT found on PATH. */
export function pathWithout(name: string, extra: string[] = []): string {
  const dirs = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((d) => d && !fs.existsSync(path.join(d, name)));
  return [...extra, ...dirs].join(path.delimiter);
}

/**
 * This machine's environment (its TLS and proxy settings included) without what a runner would set or
 * what would steer uv away from the test's choices, plus the given overrides.
 */
export function machineEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GITHUB_|RUNNER_|INPUT_|STATE_|ACTIONS_|UV_|VIRTUAL_ENV$|CI$)/.test(k)) continue;
    env[k] = v;
  }
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}
