// actionlint and zizmor, as .ci/run runs them on this repository's workflow and action files: they pass on
// ours and fail on a workflow with the classic mistakes (so a clean result means something).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { requireTool } from '../../support/tools.js';

const SCRIPT = path.resolve('scripts/lint-workflows.sh');

function tools(): string | undefined {
  const missing = ['actionlint', 'zizmor'].filter((t) => !requireTool(t));
  return missing.length
    ? `${missing.join(', ')} not installed (.ci/install.d/workflow-linters.sh)`
    : undefined;
}

function env(): NodeJS.ProcessEnv {
  const dirs = ['actionlint', 'zizmor'].map((t) => path.dirname(requireTool(t) as string));
  return { ...process.env, PATH: [...dirs, process.env.PATH ?? ''].join(path.delimiter) };
}

describe('workflow linters', () => {
  it('find nothing in our workflows, the starter workflow and every action.yml', async (ctx) => {
    const missing = tools();
    if (missing) return ctx.skip(missing);
    const r = await execTool('bash', [SCRIPT], { env: env(), okExitCodes: [0, 1], timeoutMs: 120_000 });
    expect(r.exitCode, r.tail).toBe(0);
    const out = `${r.stdout}${r.stderr}`;
    for (const f of [
      'workflow-templates/python-production.yml',
      'action.yml',
      'actions/secret-scan/action.yml',
    ]) {
      expect(out).toContain(f);
    }
  });

  it('fail on template injection, an unpinned action and a pull_request_target checkout', async (ctx) => {
    const missing = tools();
    if (missing) return ctx.skip(missing);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-lint-'));
    const wf = path.join(dir, '.github', 'workflows', 'unsafe.yml');
    fs.mkdirSync(path.dirname(wf), { recursive: true });
    fs.copyFileSync(path.resolve('test/fixtures/workflows/unsafe.yml'), wf);
    try {
      const r = await execTool('bash', [SCRIPT, wf], { env: env(), okExitCodes: [0, 1], timeoutMs: 120_000 });
      expect(r.exitCode).toBe(1);
      const out = `${r.stdout}${r.stderr}`;
      expect(out).toMatch(/template-injection/);
      expect(out).toMatch(/unpinned-uses/);
      expect(out).toMatch(/dangerous-triggers|artipacked|excessive-permissions/);
      // actionlint's own finding: the untrusted input in an inline script.
      expect(out).toMatch(/"github\.event\.pull_request\.title" is potentially untrusted/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
