import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execTool } from '../../../src/core/exec.js';
import { pythonBinDir } from '../../support/python.js';
import { IN_CI, requireTool, TOOLS_DIR } from '../../support/tools.js';

/**
 * The two example services (examples/fastapi-bench, examples/flask-bench) synced with the real uv from
 * PyPI: real gunicorn, uvicorn-worker, FastAPI and Flask. Each is cached under the tools dir, keyed by the
 * hash of its files and this recipe, so a second run costs nothing.
 */

export const EXAMPLES = path.resolve(import.meta.dirname, '../../../examples');
export const APPS = path.resolve(import.meta.dirname, '../../fixtures/load-benchmark/apps');
const RECIPE = 'load-benchmark-venv-1';
const FILES = ['pyproject.toml', 'uv.lock', 'app.py'];

export type Example = 'fastapi-bench' | 'flask-bench';

function cacheKey(name: Example): string {
  const h = createHash('sha256').update(RECIPE);
  for (const f of FILES) h.update(fs.readFileSync(path.join(EXAMPLES, name, f)));
  return h.digest('hex').slice(0, 16);
}

export interface Tools {
  uv: string;
  h2load: string;
  /** A directory with python3.11 (or newer) for uv to use. */
  pythonDir: string;
}

/** The tools these tests need, or why they are missing (outside CI only; in CI a missing tool throws). */
export function findTools(): Tools | { reason: string } {
  const uv = requireTool('uv');
  const h2load = requireTool('h2load');
  const pythonDir = pythonBinDir('3.11') ?? pythonBinDir('3.12');
  if (!uv) return { reason: 'uv is not installed (.ci/install-tools.sh)' };
  if (!h2load)
    return {
      reason: 'h2load is not installed (.ci/install.d/load-benchmark.sh: apt-get install nghttp2-client)',
    };
  if (!pythonDir) {
    if (IN_CI) throw new Error('no CPython 3.11 or 3.12 on this machine; required in CI');
    return { reason: 'no CPython 3.11 or 3.12 on this machine' };
  }
  return { uv, h2load, pythonDir };
}

/**
 * A copy of the example with its `.venv` synced from uv.lock; built once, then reused. Built in place (a
 * venv's scripts name their interpreter by absolute path, so it cannot be moved), under a lock directory
 * that parallel test workers wait on.
 */
export async function exampleProject(name: Example, tools: Tools): Promise<string> {
  const root = path.join(TOOLS_DIR, 'load-benchmark-venvs');
  const dir = path.join(root, `${name}-${cacheKey(name)}`);
  const ready = path.join(dir, 'ready');
  const lock = `${dir}.lock`;
  fs.mkdirSync(root, { recursive: true });
  for (let waited = 0; !fs.existsSync(ready); waited += 500) {
    try {
      fs.mkdirSync(lock);
    } catch {
      // Another worker is building it (or one died while building: its lock is stale after 10 minutes).
      if (waited > 600_000) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      if (fs.existsSync(ready)) break;
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      for (const f of FILES) fs.copyFileSync(path.join(EXAMPLES, name, f), path.join(dir, f));
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PATH: `${tools.pythonDir}${path.delimiter}${process.env.PATH ?? ''}`,
        UV_PYTHON_DOWNLOADS: 'never',
        UV_NO_PROGRESS: '1',
      };
      delete env.VIRTUAL_ENV;
      delete env.UV_PROJECT_ENVIRONMENT;
      await execTool(tools.uv, ['sync', '--locked'], { cwd: dir, env, timeoutMs: 300_000 });
      fs.writeFileSync(ready, `${new Date().toISOString()}\n`);
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  return dir;
}

export const gunicorn = (project: string) => path.join(project, '.venv', 'bin', 'gunicorn');

export { freePort } from '../../support/ports.js';

/** Pids listed one per line (the fixture app's PIDS_FILE). */
export function readPids(file: string): number[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number);
}
