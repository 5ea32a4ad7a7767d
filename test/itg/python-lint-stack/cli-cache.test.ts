// `pyprod lint` keeps ruff's and mypy's caches, and the tools' bytecode, in the user's cache directory, never
// in the project; with --no-cache in this run's temp directory, removed at the end.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { requireNode24 } from '../../support/action-runner.js';
import { requireTool } from '../../support/tools.js';
import { cleanup, copyFixture, lintEnv } from './helpers.js';

const CLI = path.resolve('dist/pyprod/index.js');
let node: string | undefined;
let uv: string | undefined;
let reason: string | undefined;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-lint-cli-'));

beforeAll(() => {
  node = requireNode24();
  uv = requireTool('uv');
  if (!node) reason = 'Node 24 is not installed (.ci/install-tools.sh)';
  else if (!uv) reason = 'uv is not installed (.ci/install-tools.sh)';
  else if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run node scripts/bundle.mjs pyprod`);
});
afterAll(() => {
  cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function lintCli(project: string, xdg: string, extra: string[] = []) {
  return execTool(node as string, [CLI, 'lint', '--tools', 'ruff,mypy', '--tool-source', 'path', ...extra], {
    cwd: project,
    okExitCodes: [0, 1],
    env: lintEnv(uv as string, {
      XDG_CACHE_HOME: xdg,
      // uv's own cache as in the other tests (uv would otherwise follow XDG_CACHE_HOME too).
      UV_CACHE_DIR: process.env.UV_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'uv'),
      RUNNER_TEMP: path.join(scratch, 'tmp'),
    }),
    timeoutMs: 300_000,
  });
}

const listed = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));

describe('pyprod lint caches', () => {
  it('are in $XDG_CACHE_HOME/pyprod/lint/<project>, never in the project', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const project = copyFixture('violations');
    const xdg = path.join(scratch, 'xdg');
    const r = await lintCli(project, xdg);
    expect(r.stdout, r.stderr).toMatch(/Python lint: \d+ findings/);
    expect(listed(project)).toEqual(['app', 'pyproject.toml']);
    const lint = path.join(xdg, 'pyprod', 'lint');
    expect(listed(lint)).toHaveLength(1);
    const dir = path.join(lint, listed(lint)[0] as string);
    expect(listed(dir)).toEqual(expect.arrayContaining(['mypy', 'ruff']));
    expect(r.stdout).toContain(`Cache: the local directory ${dir}.`);
    // The tools' bytecode: in the prefix beside the cache (kept, never carried by a cache service), none
    // next to the project's sources, whatever PYTHONDONTWRITEBYTECODE the machine sets.
    const pyc = walk(path.join(xdg, 'pyprod', 'pycache')).filter((f) => f.endsWith('.pyc'));
    expect(pyc.length).toBeGreaterThan(0);
    expect(walk(project).filter((f) => f.includes('__pycache__'))).toEqual([]);
    expect(walk(dir).filter((f) => f.endsWith('.pyc'))).toEqual([]);
  });

  it('with --no-cache are in the run’s temp directory, gone after it', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const project = copyFixture('violations');
    const xdg = path.join(scratch, 'xdg-off');
    const r = await lintCli(project, xdg, ['--no-cache']);
    expect(r.stdout, r.stderr).toContain('Cache: off (cache: false)');
    expect(listed(project)).toEqual(['app', 'pyproject.toml']);
    expect(fs.existsSync(xdg)).toBe(false);
    expect(listed(path.join(scratch, 'tmp'))).toEqual([]);
  });
});
