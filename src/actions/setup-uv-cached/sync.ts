import * as path from 'node:path';
import { ToolError } from '../../core/errors.js';
import { execTool } from '../../core/exec.js';

export interface SyncStats {
  resolved?: number;
  prepared: number;
  installed: number;
  uninstalled: number;
  /** Packages uv found already correct in the environment (`Audited`/`Checked`). */
  audited?: number;
  createdVenv: boolean;
  durationMs: number;
}

/** Reads the counts uv prints on stderr: `Resolved 8 packages in 1ms`, `Installed 3 packages in 10ms`, ... */
export function parseSyncOutput(stderr: string): Omit<SyncStats, 'durationMs'> {
  const count = (verb: string): number | undefined => {
    const m = new RegExp(`^${verb} (\\d+) packages? in`, 'm').exec(stderr);
    return m ? Number(m[1]) : undefined;
  };
  return {
    resolved: count('Resolved'),
    prepared: count('Prepared') ?? 0,
    installed: count('Installed') ?? 0,
    uninstalled: count('Uninstalled') ?? 0,
    audited: count('Audited') ?? count('Checked'),
    createdVenv: /^Creating virtual environment/m.test(stderr),
  };
}

const STALE_LOCK = /lockfile at `([^`]+)` needs to be updated, but `--locked` was provided/;

/** `uv sync` in the project; a stale lockfile gives an error that says which file and what to do. */
export async function uvSync(
  uv: string,
  args: readonly string[],
  projectDir: string,
  env: NodeJS.ProcessEnv,
  onLine?: (line: string) => void,
): Promise<SyncStats> {
  try {
    const r = await execTool(uv, ['sync', ...args], { cwd: projectDir, env, onLine });
    return { ...parseSyncOutput(r.stderr), durationMs: r.durationMs };
  } catch (err) {
    if (err instanceof ToolError) {
      const m = STALE_LOCK.exec(err.tail);
      if (m) {
        const lock = path.join(projectDir, m[1] as string);
        throw new ToolError(
          err.command,
          err.exitCode,
          err.tail,
          `exited with code ${err.exitCode}: ${lock} is out of date with pyproject.toml. Run \`uv lock\` and commit ${m[1]}`,
        );
      }
    }
    throw err;
  }
}
