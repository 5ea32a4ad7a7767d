import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Where `.ci/install-tools.sh` puts the test tools (node 24, uv wheels, gitleaks, act, ...). */
export const TOOLS_DIR =
  process.env.PYPROD_TOOLS_DIR ?? path.join(process.env.HOME ?? '/tmp', '.cache', 'pyprod-ci');

/** True in CI, where a missing tool is a failure, never a skip. */
export const IN_CI = process.env.CI === 'true';

/** Finds an executable on PATH or in the tools dir's bin/. */
export function findTool(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), path.join(TOOLS_DIR, 'bin')];
  for (const d of dirs) {
    if (!d) continue;
    const p = path.join(d, name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

/**
 * The path of a tool a test needs. In CI a missing tool throws (the test fails); on a developer's machine
 * it returns undefined and the caller skips with `ctx.skip(reason)`, so the reason is visible.
 */
export function requireTool(name: string): string | undefined {
  const p = findTool(name);
  if (!p && IN_CI) {
    throw new Error(
      `${name} is required in CI but was not found on PATH or in ${TOOLS_DIR}/bin; .ci/install-tools.sh installs it`,
    );
  }
  return p;
}

export function toolVersion(file: string, args: string[] = ['--version']): string {
  return execFileSync(file, args, { encoding: 'utf8' }).trim();
}
