// The production gate end to end on the example FastAPI service: the root action.yml through the runner
// harness (each check a child process of its own bundle, setup's environment handed on, one summary), and
// `pyprod gate` in the terminal on the same project with a lint error and a cloud key planted.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { loadEvent } from '../../fixtures/events/load.js';
import { type ActionRunResult, requireNode24, runAction } from '../../support/action-runner.js';
import { runGit } from '../../support/git-repo.js';
import { machineEnv } from '../../support/python.js';
import { requireTool, TOOLS_DIR } from '../../support/tools.js';
import { SecretFactory } from '../secret-scan/planted.js';

const ROOT = path.resolve('.');
const CLI = path.resolve('dist/pyprod/index.js');
const runs: ActionRunResult[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const r of runs) r.cleanup();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function missing(): string | undefined {
  const need = ['uv', 'gitleaks'].filter((t) => !requireTool(t));
  if (!requireNode24()) need.push('node 24');
  return need.length ? `${need.join(', ')} not installed (.ci/install-tools.sh)` : undefined;
}

/** The example service copied into a new git repository (one commit), plus `extra` files in a second. */
function project(extra?: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-'));
  dirs.push(dir);
  fs.cpSync(path.resolve('examples/fastapi-service'), dir, {
    recursive: true,
    filter: (src) => !/[\\/](\.venv|__pycache__|\.pytest_cache)$/.test(src),
  });
  const git = (...args: string[]) => runGit(dir, args);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'service');
  if (extra) {
    for (const [file, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, file), text);
    git('add', '-A');
    git('commit', '-q', '-m', 'change');
  }
  return dir;
}

/**
 * uv and gitleaks first on PATH, as on a runner after installing them. No Node 24 on PATH: the runner starts
 * the gate with its own Node, and the gate starts each check's bundle with that same binary.
 */
function env(): NodeJS.ProcessEnv {
  const bins = [path.join(TOOLS_DIR, 'bin'), path.dirname(requireTool('gitleaks') as string)];
  return machineEnv({ PATH: [...bins, process.env.PATH ?? ''].join(path.delimiter) });
}

describe('production gate', () => {
  it('runs setup and the checks through their bundles, with one combined summary on top', async (ctx) => {
    const why = missing();
    if (why) return ctx.skip(why);
    const ws = project();
    const r = await runAction(ROOT, {
      workspace: ws,
      inputs: { checks: 'deps,licenses,secrets', 'sarif-dir': 'sarif', 'tool-source': 'path' },
      baseEnv: env(),
      eventName: 'workflow_dispatch',
      payload: loadEvent('workflow_dispatch', {}),
      timeoutMs: 300_000,
    });
    runs.push(r);
    const log = r.steps.map((s) => `${s.stdout}${s.stderr}`).join('\n');
    expect(r.failed, log).toBe(false);
    expect(r.outputs).toMatchObject({ passed: 'setup,deps,licenses,secrets', failed: '' });
    // The combined table comes first, then each check's own report in the table's order.
    expect(r.summary.startsWith('## ✅ Production gate: 3 of 3 checks passed')).toBe(true);
    const order = ['| ✅ uv, Python', '| ✅ Dependencies', '| ✅ Licences', '| ✅ Secrets', '### ✅ deptry'];
    const at = order.map((s) => r.summary.indexOf(s));
    expect(
      at.every((n) => n >= 0),
      r.summary.slice(0, 2000),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // setup-uv-cached's environment reaches the job's later steps through the gate.
    expect(r.env.VIRTUAL_ENV).toBe(path.join(ws, '.venv'));
    for (const c of ['deps', 'licenses', 'secrets']) {
      expect(fs.existsSync(path.join(ws, 'sarif', `${c}.sarif`)), c).toBe(true);
    }
  });

  it('pyprod gate in the terminal: a lint error and a planted key fail lint and secrets only', async (ctx) => {
    const why = missing();
    if (why) return ctx.skip(why);
    const key = new SecretFactory(31).awsKeyId();
    const app = fs.readFileSync(path.resolve('examples/fastapi-service/src/fastapi_service/app.py'), 'utf8');
    const ws = project({
      'deploy.env': key.content,
      'src/fastapi_service/app.py': app.replace('from fastapi import', 'import os\nfrom fastapi import'),
    });
    const node = requireNode24() as string;
    const r = await execTool(node, [CLI, 'gate'], {
      cwd: ws,
      env: env(),
      okExitCodes: [0, 1],
      timeoutMs: 300_000,
    });
    expect(r.exitCode, r.tail).toBe(1);
    expect(r.stdout).toContain('## ❌ Production gate: lint, secrets failed');
    for (const row of [
      '| ❌ Lint | failed',
      '| ✅ Dependencies | passed',
      '| ✅ Licences | passed',
      '| ❌ Secrets | failed',
    ]) {
      expect(r.stdout, row).toContain(row);
    }
    expect(r.stdout).toMatch(/F401/);
    expect(r.stdout).toContain('aws-access-token');
    expect(r.stderr).toContain('pyprod gate: production gate: lint, secrets failed');
    expect(`${r.stdout}${r.stderr}`).not.toContain(key.value);
  });
});
