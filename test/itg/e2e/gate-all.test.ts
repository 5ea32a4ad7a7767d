// The whole bundle in one command, as the docs show it: `pyprod gate` with all six checks (lint, deps,
// licences, secrets, the slim image on the test Docker engine, the load benchmark) on a copy of the
// example service, one combined report. In the e2e project: it builds an image, so it runs alone.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { requireNode24 } from '../../support/action-runner.js';
import { DOCKER_HOST, requireDocker, STAND_IN_BASE } from '../../support/docker.js';
import { runGit } from '../../support/git-repo.js';
import { freePort } from '../../support/ports.js';
import { machineEnv } from '../../support/python.js';
import { requireTool, TOOLS_DIR } from '../../support/tools.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function missing(): string | undefined {
  for (const t of ['uv', 'gitleaks', 'h2load']) if (!requireTool(t)) return `${t} is not installed`;
  if (!requireNode24()) return 'Node 24 is not installed (.ci/install-tools.sh)';
  return requireDocker();
}

describe('pyprod gate with every check', () => {
  it('sets up, lints, checks deps, licences and secrets, builds the image and loads the service', async (ctx) => {
    const why = missing();
    if (why) return ctx.skip(why);
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-all-'));
    dirs.push(ws);
    fs.cpSync(path.resolve('examples/fastapi-service'), ws, {
      recursive: true,
      filter: (src) => !/[\\/](\.venv|__pycache__|\.pytest_cache)$/.test(src),
    });
    runGit(ws, ['init', '-q', '-b', 'main']);
    runGit(ws, ['add', '-A']);
    runGit(ws, ['commit', '-q', '-m', 'service']);
    const port = await freePort();
    const node = requireNode24() as string;
    const env = machineEnv({
      PATH: [path.dirname(node), path.join(TOOLS_DIR, 'bin'), process.env.PATH ?? ''].join(path.delimiter),
      DOCKER_HOST,
      PYPROD_DOCKER_NETWORK: 'host',
      UV_PYTHON_DOWNLOADS: 'never',
    });
    const r = await execTool(
      node,
      [
        path.resolve('dist/pyprod/index.js'),
        'gate',
        '--checks',
        'lint,deps,licenses,secrets,image,bench',
        '--base-image',
        STAND_IN_BASE,
        '--bench-command',
        `.venv/bin/gunicorn -c gunicorn.conf.py -b 127.0.0.1:${port} fastapi_service.app:app`,
        '--bench-url',
        `http://127.0.0.1:${port}/health`,
      ],
      { cwd: ws, env, okExitCodes: [0, 1], timeoutMs: 600_000 },
    );
    expect(r.exitCode, `${r.stdout.slice(0, 3000)}\n${r.stderr.slice(-3000)}`).toBe(0);
    expect(r.stdout).toContain('## ✅ Production gate: 6 of 6 checks passed');
    for (const row of ['Lint', 'Dependencies', 'Licences', 'Secrets', 'Image', 'Load benchmark']) {
      expect(r.stdout, row).toContain(`| ✅ ${row} | passed |`);
    }
    // Each action's own report follows the table.
    expect(r.stdout).toMatch(/### ✅ Slim Docker image: [\d.]+ MB image/);
    expect(r.stdout).toMatch(/### ✅ Load benchmark: \/health: [\d,]+ req\/s/);
    // The generated Dockerfile is left for the user to read and commit.
    expect(fs.readFileSync(path.join(ws, 'Dockerfile.pyprod'), 'utf8')).toContain('USER appuser');
  });
});
