// Python tools run through real uv: standalone at the pinned version, and over the project (in a separate
// environment, never a sync of the project's own) at the version its uv.lock has.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { lockedVersion, PYTHON_TOOLS, pythonToolArgv } from '../../../src/provision/python-tools.js';
import { machineEnv } from '../../support/python.js';
import { requireTool } from '../../support/tools.js';

const LOCKED = path.resolve('test/fixtures/provision/locked-project');

async function run(argv: string[], cwd: string) {
  const [file, ...args] = argv;
  return execTool(file as string, args, {
    cwd,
    env: machineEnv({ UV_PYTHON_DOWNLOADS: 'never' }),
    timeoutMs: 240_000,
  });
}

describe('Python tools through uv', () => {
  it('runs ruff standalone at our pin', async (ctx) => {
    const uv = requireTool('uv');
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const cmd = pythonToolArgv(PYTHON_TOOLS.ruff, { uv, args: ['--version'] });
    expect(cmd.versionFrom).toBe('pin');
    const r = await run(cmd.argv, os.tmpdir());
    expect(r.stdout.trim()).toBe(`ruff ${PYTHON_TOOLS.ruff.pin}`);
  });

  it('runs pylint over the project at the version uv.lock has, without creating or syncing its venv', async (ctx) => {
    const uv = requireTool('uv');
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'pytools-'));
    try {
      fs.cpSync(LOCKED, project, { recursive: true });
      const locked = await lockedVersion(path.join(project, 'uv.lock'), 'pylint');
      expect(locked).toMatch(/^\d+\.\d+\.\d+$/);
      const cmd = pythonToolArgv(PYTHON_TOOLS.pylint, {
        uv,
        lockedVersion: locked,
        args: ['--version'],
      });
      expect(cmd.versionFrom).toBe('uv.lock');
      const r = await run(cmd.argv, project);
      expect(r.stdout).toContain(`pylint ${locked}`);
      // uv installed the project into a separate environment: the project's own .venv was not created.
      expect(fs.existsSync(path.join(project, '.venv'))).toBe(false);
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });
});
