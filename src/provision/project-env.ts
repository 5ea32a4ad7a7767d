import { errorMessage } from '../core/errors.js';
import { execTool } from '../core/exec.js';

/**
 * Whether uv's project environment already holds what a check needs, asked of uv itself: `uv sync --dry-run
 * --inexact` with the check's selection (e.g. `--frozen --all-extras --all-groups`) lists what a sync would
 * install or change and touches nothing. The checks never sync (only setup-uv-cached installs into the
 * project's environment): when something is missing they run in a separate environment (`uv run
 * --isolated`) instead, so that a later step sees the environment as setup-uv-cached left it.
 */
export interface ProjectEnvState {
  /** The environment uv would use, as uv prints it (e.g. `.venv`), when it exists. */
  venv?: string;
  /** What a sync would change: uv's `+ name==version` / `- name==version` lines; empty when complete. */
  missing: string[];
}

/** Reads `uv sync --dry-run`'s report (uv 0.12 prints it on stderr). */
export function parseSyncDryRun(output: string): ProjectEnvState {
  const lines = output.split(/\r?\n/).map((l) => l.trim());
  const use = lines.find((l) => l.startsWith('Would use project environment at: '));
  const create = lines.find((l) => l.startsWith('Would create project environment at: '));
  const changes = lines.filter((l) => /^[-+~] \S/.test(l));
  if (!use) {
    const where = create
      ? create.slice('Would create project environment at: '.length)
      : 'the project environment';
    return { missing: [`${where} does not exist`, ...changes] };
  }
  return { venv: use.slice('Would use project environment at: '.length), missing: changes };
}

/** uv's answer; when uv cannot answer, the reason as the one thing "missing", so a separate env is used. */
export async function projectEnvState(
  uv: string,
  dir: string,
  selection: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<ProjectEnvState> {
  try {
    const r = await execTool(uv, ['sync', '--dry-run', '--inexact', ...selection], {
      cwd: dir,
      env,
      timeoutMs: 120_000,
    });
    return parseSyncDryRun(`${r.stdout}\n${r.stderr}`);
  } catch (err) {
    return { missing: [`uv sync --dry-run failed (${errorMessage(err).split('\n')[0]})`] };
  }
}
