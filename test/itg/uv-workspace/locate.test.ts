// src/core/uv-project.ts against uv itself, on every layout of test/support/uv-workspace-layouts.ts.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { locateUvProject } from '../../../src/core/uv-project.js';
import { machineEnv } from '../../support/python.js';
import { requireTool } from '../../support/tools.js';
import { LAYOUTS, layoutEnv, writeLayout } from '../../support/uv-workspace-layouts.js';

const uv = requireTool('uv');
const temps: string[] = [];
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

/** What uv says from `cwd`: the workspace root, its members, and the environment and lock `uv sync` would use. */
async function uvAnswer(cwd: string, env: NodeJS.ProcessEnv) {
  const opts = { cwd, env: machineEnv({ UV_PYTHON_DOWNLOADS: 'never', UV_NO_PROGRESS: '1', ...env }) };
  const root = (await execTool(uv!, ['workspace', 'dir'], opts)).stdout.trim();
  const members = (await execTool(uv!, ['workspace', 'list', '--paths'], opts)).stdout.trim().split('\n');
  const sync = await execTool(uv!, ['sync', '--dry-run', '--offline'], opts);
  const text = `${sync.stdout}\n${sync.stderr}`;
  const environment = /project environment at: (.+)$/m.exec(text)?.[1];
  const lock = /lockfile at: (.+)$/m.exec(text)?.[1];
  if (!environment || !lock) throw new Error(`uv sync --dry-run said neither environment nor lock:\n${text}`);
  return {
    root,
    members,
    environment: path.resolve(cwd, environment.trim()),
    lock: path.resolve(cwd, lock.trim()),
  };
}

describe('locateUvProject agrees with uv', () => {
  for (const layout of LAYOUTS) {
    it(layout.name, async (ctx) => {
      if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
      const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'uv-layout-')));
      temps.push(dir);
      writeLayout(dir, layout);
      const env = layoutEnv(dir, layout);
      const cwd = path.join(dir, layout.cwd);
      const said = await uvAnswer(cwd, env);
      const ours = locateUvProject(cwd, env);
      const at = (rel: string) => path.join(dir, rel);
      // uv's answers are the ones the layout table writes down...
      expect(said.root).toBe(at(layout.expect.root));
      expect(said.environment).toBe(at(layout.expect.environment));
      expect(said.lock).toBe(path.join(at(layout.expect.root), 'uv.lock'));
      expect(said.members.includes(at(layout.expect.projectDir))).toBe(true);
      // ...and ours.
      expect(ours).toMatchObject({
        projectDir: at(layout.expect.projectDir),
        root: said.root,
        environment: said.environment,
        lockFile: said.lock,
        member: said.root !== at(layout.expect.projectDir),
      });
    });
  }
});
