/**
 * Where load-benchmark's h2load comes from: the one on PATH, else (on the runner, on Linux with apt-get) the
 * Debian/Ubuntu package nghttp2-client installed by the step itself, with `sudo -n` when not root. This is
 * what the action's former composite step did in bash; it runs in the bundle so that the action needs no
 * `node` or `bash` of the image.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorMessage } from '../../core/errors.js';
import { execTool } from '../../core/exec.js';
import type { Runtime } from '../../core/runtime.js';

export const H2LOAD_PACKAGE = 'nghttp2-client';

/** The first executable `name` in the directories of env.PATH, or undefined. */
export function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

/** The first line of `h2load --version` (e.g. `h2load nghttp2/1.52.0`), for the log. */
async function versionLine(h2load: string, env: NodeJS.ProcessEnv): Promise<string> {
  const r = await execTool(h2load, ['--version'], { env, timeoutMs: 10_000 });
  return r.stdout.split(/\r?\n/)[0]?.trim() ?? '';
}

export interface Argv {
  file: string;
  args: string[];
}

/**
 * `apt-get update` then `apt-get install nghttp2-client`, non-interactive: as root directly (sudo undefined),
 * otherwise through `sudo -n` (never a password prompt) with DEBIAN_FRONTEND passed by `env`, since sudo
 * resets the environment.
 */
export function aptInstallArgv(aptGet: string, sudo: string | undefined): Argv[] {
  const runs = [
    ['update', '-q'],
    ['install', '-y', '-q', '--no-install-recommends', H2LOAD_PACKAGE],
  ];
  return runs.map((args) => {
    const apt = ['DEBIAN_FRONTEND=noninteractive', aptGet, ...args];
    return sudo ? { file: sudo, args: ['-n', 'env', ...apt] } : { file: 'env', args: apt };
  });
}

export interface EnsureH2loadOptions {
  /** process.platform of the machine (passed in so that each platform's answer is testable). */
  platform: NodeJS.Platform;
  /** Whether the step runs as root (no sudo needed). */
  isRoot: boolean;
}

function missingError(platform: NodeJS.Platform, why: string): Error {
  const how =
    platform === 'darwin'
      ? '`brew install nghttp2`'
      : platform === 'win32'
        ? 'nghttp2 (h2load.exe) on PATH; load-benchmark is supported and tested on Linux'
        : `\`apt-get install ${H2LOAD_PACKAGE}\``;
  return new Error(`h2load was not found on PATH and ${why}: install nghttp2's h2load first (${how}).`);
}

/**
 * The h2load to run. On the runner a missing h2load is installed with apt-get (as the step's own work, with a
 * progress line); in the terminal the user is told how to install it, since `pyprod bench` never runs sudo.
 */
export async function ensureH2load(rt: Runtime, o: EnsureH2loadOptions): Promise<string> {
  const found = onPath('h2load', rt.env);
  if (found) {
    rt.info(`h2load: ${found} (${await versionLine(found, rt.env)})`);
    return found;
  }
  if (rt.kind !== 'github') throw missingError(o.platform, 'pyprod bench does not install packages');
  const aptGet = o.platform === 'linux' ? onPath('apt-get', rt.env) : undefined;
  if (!aptGet) throw missingError(o.platform, 'apt-get is not available');
  const sudo = o.isRoot ? undefined : onPath('sudo', rt.env);
  if (!o.isRoot && !sudo) throw missingError(o.platform, 'the step is not root and sudo is not available');
  await rt.group(`Installing ${H2LOAD_PACKAGE} (h2load) with apt-get`, async () => {
    for (const { file, args } of aptInstallArgv(aptGet, sudo)) {
      try {
        await execTool(file, args, { env: rt.env, timeoutMs: 600_000, onLine: (l) => rt.info(l) });
      } catch (e) {
        throw new Error(
          `h2load is not installed and installing ${H2LOAD_PACKAGE} failed: ${errorMessage(e)}`,
        );
      }
    }
  });
  const installed = onPath('h2load', rt.env);
  if (!installed) {
    throw new Error(`apt-get installed ${H2LOAD_PACKAGE}, but h2load is still not on PATH`);
  }
  rt.info(`h2load: ${installed} (${await versionLine(installed, rt.env)})`);
  return installed;
}
