import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execTool } from '../../../src/core/exec.js';
import { TOOLS_DIR } from '../../support/tools.js';

/**
 * A workspace holding every deptry-report fixture project (test/fixtures/deptry-report/projects) with its
 * environment installed by the real uv from PyPI: the uv projects with `uv sync --locked --all-extras
 * --all-groups` from their committed uv.lock, the Poetry and requirements projects into a `.venv` with
 * `uv pip sync` from the hash-pinned lock files in envs/ (made with `uv pip compile --generate-hashes`).
 * Cached under the tools dir, keyed by the fixture files and this recipe, so later runs cost nothing.
 */

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/deptry-report');
export const UV_PROJECTS = ['pep621', 'uv-dev', 'src-layout', 'namespace'] as const;
export const VENV_PROJECTS = ['poetry', 'requirements'] as const;
export const LAYOUTS = [...UV_PROJECTS, ...VENV_PROJECTS] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** Bump when the steps below change, so that cached workspaces are rebuilt. */
const RECIPE = 'deptry-report-ws-1';

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((f) => !f.split(path.sep).some((part) => part === '.venv' || part === '__pycache__'))
    .sort();
}

function cacheKey(): string {
  const h = createHash('sha256').update(RECIPE);
  for (const sub of ['projects', 'envs']) {
    for (const f of filesUnder(path.join(FIXTURES, sub))) {
      h.update(`${sub}/${f}\n`);
      h.update(fs.readFileSync(path.join(FIXTURES, sub, f)));
    }
  }
  return h.digest('hex').slice(0, 16);
}

/** uv's environment for the tests: no interpreter downloads and no outer venv to steer it. */
export function uvEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    UV_PYTHON_DOWNLOADS: 'never',
    UV_NO_PROGRESS: '1',
    ...extra,
  };
  delete env.VIRTUAL_ENV;
  delete env.UV_PROJECT_ENVIRONMENT;
  return env;
}

/** The cached workspace with every fixture project and its environment; built on first use. */
export async function fixtureWorkspace(uv: string): Promise<string> {
  const root = path.join(TOOLS_DIR, 'deptry-report-workspaces');
  const dir = path.join(root, cacheKey());
  if (fs.existsSync(path.join(dir, 'ready'))) return dir;
  fs.mkdirSync(root, { recursive: true });
  const building = fs.mkdtempSync(path.join(root, 'building-'));
  try {
    fs.cpSync(path.join(FIXTURES, 'projects'), building, { recursive: true });
    const env = uvEnv();
    for (const p of UV_PROJECTS) {
      await execTool(uv, ['sync', '--locked', '--all-extras', '--all-groups'], {
        cwd: path.join(building, p),
        env,
        timeoutMs: 300_000,
      });
    }
    for (const p of VENV_PROJECTS) {
      const opts = { cwd: path.join(building, p), env, timeoutMs: 300_000 };
      await execTool(uv, ['venv', '.venv'], opts);
      await execTool(
        uv,
        ['pip', 'sync', '--python', '.venv/bin/python', path.join(FIXTURES, 'envs', `${p}.txt`)],
        opts,
      );
    }
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

/** A private copy of some projects of the cached workspace (environments included), for a test that edits them. */
export function copyProjects(workspace: string, projects: readonly string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deptry-ws-'));
  for (const p of projects) {
    fs.cpSync(path.join(workspace, p), path.join(dir, p), { recursive: true, verbatimSymlinks: true });
  }
  return dir;
}
