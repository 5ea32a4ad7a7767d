import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execTool } from '../../../src/core/exec.js';
import { TOOLS_DIR } from '../../support/tools.js';

/**
 * The license-gate fixture project (test/fixtures/license-gate/project) synced with the real uv from PyPI.
 * The result is cached under the tools dir, keyed by the hash of pyproject.toml, uv.lock and this recipe,
 * so a second run costs nothing; a changed lock builds a new one.
 */

export const FIXTURE_PROJECT = path.resolve(import.meta.dirname, '../../fixtures/license-gate/project');

/** Installed after the sync, outside the lock: the "installed but not in uv.lock" case. */
export const UNLOCKED_EXTRA = 'six==1.17.0';

/** Bump when the steps below change, so that cached environments are rebuilt. */
const RECIPE = 'license-gate-venv-1';

function cacheKey(): string {
  const h = createHash('sha256');
  h.update(RECIPE);
  for (const f of ['pyproject.toml', 'uv.lock']) h.update(fs.readFileSync(path.join(FIXTURE_PROJECT, f)));
  return h.digest('hex').slice(0, 16);
}

/** uv's environment: no interpreter downloads (GitHub is out of reach) and no outer venv to confuse it. */
function uvEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, UV_PYTHON_DOWNLOADS: 'never', UV_NO_PROGRESS: '1' };
  delete env.VIRTUAL_ENV;
  delete env.UV_PROJECT_ENVIRONMENT;
  return env;
}

/**
 * A directory holding the fixture's pyproject.toml, uv.lock and `.venv` (every extra and group installed,
 * plus UNLOCKED_EXTRA). Built with `uv sync --locked` the first time, then reused.
 */
export async function fixtureProject(uv: string): Promise<string> {
  const root = path.join(TOOLS_DIR, 'license-gate-venvs');
  const dir = path.join(root, cacheKey());
  if (fs.existsSync(path.join(dir, 'ready'))) return dir;

  fs.mkdirSync(root, { recursive: true });
  const building = fs.mkdtempSync(path.join(root, 'building-'));
  try {
    for (const f of ['pyproject.toml', 'uv.lock'])
      fs.copyFileSync(path.join(FIXTURE_PROJECT, f), path.join(building, f));
    const env = uvEnv();
    const opts = { cwd: building, env, timeoutMs: 240_000 };
    await execTool(uv, ['sync', '--locked', '--all-extras', '--all-groups'], opts);
    await execTool(uv, ['pip', 'install', '--python', path.join(building, '.venv'), UNLOCKED_EXTRA], opts);
    fs.writeFileSync(path.join(building, 'ready'), `${new Date().toISOString()}\n`);
    try {
      fs.renameSync(building, dir);
    } catch (err) {
      // Another worker finished first: use theirs.
      if (!fs.existsSync(path.join(dir, 'ready'))) throw err;
      fs.rmSync(building, { recursive: true, force: true });
    }
  } catch (err) {
    fs.rmSync(building, { recursive: true, force: true });
    throw err;
  }
  return dir;
}
