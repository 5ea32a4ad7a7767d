import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IN_CI } from './tools.js';

/**
 * Running a process with the network cut: `unshare -n` gives it a network namespace of its own, with only
 * a loopback interface that is down (nothing, not even this machine's loopback servers, is reachable). As
 * root `unshare -n` does it; otherwise `unshare -rn` (a user namespace first) where the kernel allows it,
 * else `sudo -n unshare -n` where sudo needs no password (GitHub's hosted runners).
 */
export function offlinePrefix(): { prefix: string[] } | { reason: string } {
  for (const prefix of [
    ['unshare', '-n'],
    ['unshare', '-rn'],
  ]) {
    const r = spawnSync(prefix[0]!, [...prefix.slice(1), 'true'], { stdio: 'ignore' });
    if (r.status === 0) return { prefix };
  }
  const reason =
    'none of `unshare -n`, `unshare -rn`, `sudo -n unshare -n` can create a network namespace here';
  if (IN_CI) throw new Error(`${reason}; CI needs one to run the offline tests`);
  return { reason };
}

/** argv running a TypeScript file of this repository with Node (type stripping, `.js` → `.ts`). */
export function tsNodeArgv(script: string, args: string[] = []): string[] {
  const hooks = pathToFileURL(path.resolve('test/support/ts-resolve-hooks.mjs')).href;
  return [
    process.execPath,
    '--experimental-transform-types',
    '--no-warnings',
    '--import',
    hooks,
    script,
    ...args,
  ];
}
