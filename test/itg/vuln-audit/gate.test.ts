// vuln-audit as the production gate's `audit` check (root action.yml, its bundle a child of the gate's, the
// OSV mirror passed on) and as `pyprod audit` in the terminal, on the fixture project.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { type ActionRunResult, findNode24, requireNode24, runAction } from '../../support/action-runner.js';
import { fixtureRecords, fixtureWorkspace, RECORDS_DIR } from '../../support/osv-records.js';
import { type OsvServer, startOsvServer } from '../../support/osv-server.js';
import { machineEnv } from '../../support/python.js';

const CLI = path.resolve('dist/pyprod/index.js');

let reason: string | undefined;
let server: OsvServer;
let tmp: string;
const runs: ActionRunResult[] = [];

beforeAll(async () => {
  if (!requireNode24()) reason = 'Node 24 is not installed (.ci/install-tools.sh)';
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vuln-audit-gate-'));
  server = await startOsvServer({ records: fixtureRecords() });
});
afterAll(async () => {
  for (const r of runs) r.cleanup();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

function workspace(): string {
  return fixtureWorkspace(tmp);
}

describe('vuln-audit in the gate and the CLI', () => {
  it('the gate runs the audit check on request, against the OSV mirror it is given', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const r = await runAction(path.resolve('.'), {
      workspace: workspace(),
      inputs: { checks: 'audit', setup: 'false', 'osv-url': server.url, 'sarif-dir': 'sarif' },
      baseEnv: machineEnv(),
    });
    runs.push(r);
    expect(r.failed).toBe(true);
    expect(r.outputs).toMatchObject({ passed: '', failed: 'audit' });
    expect(r.summary).toMatch(/^## ❌ Production gate: audit failed/);
    expect(r.summary).toContain('### ❌ Vulnerabilities: ');
    expect(r.summary).toContain('GHSA-2g68-c3qc-8985');
    // The check's annotations reach the runner; its SARIF lands in the gate's directory.
    expect(r.annotations.some((a) => a.file === 'pyproject.toml' && a.message.startsWith('werkzeug '))).toBe(
      true,
    );
    const sarif = JSON.parse(fs.readFileSync(path.join(r.workspace, 'sarif/audit.sarif'), 'utf8'));
    expect(sarif.runs[0].tool.driver.name).toBe('vuln-audit');
    // It asked the mirror, not api.osv.dev.
    expect(server.requests.some((q) => q.path === '/v1/querybatch')).toBe(true);
  });

  it('pyprod audit reads an offline export and exits 1 on a failing audit', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const ws = workspace();
    const run = (args: string[]) =>
      execTool(
        findNode24() as string,
        [CLI, 'audit', '--source', 'database', '--database', RECORDS_DIR, ...args],
        {
          cwd: ws,
          env: machineEnv(),
          timeoutMs: 60_000,
          okExitCodes: [0, 1],
        },
      );
    const failing = await run(['--json-file', 'audit.json']);
    expect(failing.exitCode, failing.stderr).toBe(1);
    expect(`${failing.stdout}${failing.stderr}`).toContain('vulnerabilities fail the audit');
    const json = JSON.parse(fs.readFileSync(path.join(ws, 'audit.json'), 'utf8'));
    expect(json.action).toBe('vuln-audit');
    const passing = await run(['--min-severity', 'critical']);
    expect(passing.exitCode, passing.stderr).toBe(0);
  });
});
