// vuln-audit against pip-audit on one lock: bench/fixtures/vuln-audit/project (207 packages in uv.lock, nine
// held at versions with advisories), over the same data: the advisory database's PYSEC records for its
// packages (bench/fixtures/vuln-audit/records), served by the loopback OSV server, and as an offline database.
//   node scripts/bundle.mjs pyprod && npx vitest run --config bench/vitest.config.ts bench/vuln-audit.bench.ts
// Goal (issue 18): the audit in at most 1 s after the bundle starts, against the API and the offline database.
// pip-audit 2.10 asks OSV one package at a time (`POST /v1/query`, its `--osv-url` pointed at the same server),
// on the requirements `uv export` writes for the same selection; it should find the same vulnerabilities.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import type { OsvRecord } from '../src/actions/vuln-audit/osv.js';
import { execTool } from '../src/core/exec.js';
import { writeOsvZip } from '../test/support/osv-records.js';
import { startOsvServer } from '../test/support/osv-server.js';
import { machineEnv } from '../test/support/python.js';
import { requireTool, TOOLS_DIR } from '../test/support/tools.js';

const PROJECT = path.resolve('bench/fixtures/vuln-audit/project');
const RECORDS = path.resolve('bench/fixtures/vuln-audit/records');
const CLI = path.resolve('dist/pyprod/index.js');
const PIP_AUDIT = 'pip-audit==2.10.1';
const PYTHON = '3.11';
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed<T>(runs: number, f: () => Promise<T>): Promise<{ ms: number; all: number[]; last: T }> {
  const all: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await f();
    all.push(performance.now() - t0);
  }
  return { ms: median(all), all, last: last as T };
}

/** pip-audit in a venv of its own under the tools cache (built once, marked ready last). */
async function pipAudit(uv: string, env: NodeJS.ProcessEnv): Promise<string> {
  const dir = path.join(TOOLS_DIR, `bench-${PIP_AUDIT.replace('==', '-')}`);
  const bin = path.join(dir, 'bin', 'pip-audit');
  if (fs.existsSync(path.join(dir, 'ready'))) return bin;
  fs.rmSync(dir, { recursive: true, force: true });
  const opts = { env, timeoutMs: 600_000 };
  await execTool(uv, ['venv', '--python', PYTHON, dir], opts);
  await execTool(uv, ['pip', 'install', '--python', path.join(dir, 'bin', 'python'), PIP_AUDIT], opts);
  fs.writeFileSync(path.join(dir, 'ready'), `${new Date().toISOString()}\n`);
  return bin;
}

interface OurReport {
  findings: { rule: string; data: { package: string } }[];
}

/** `package id` pairs from our JSON report (one finding per package and vulnerability). */
function ourPairs(file: string): string[] {
  const r = JSON.parse(fs.readFileSync(file, 'utf8')) as OurReport;
  return r.findings.map((f) => `${f.data.package} ${f.rule}`).sort();
}

it('vuln-audit vs pip-audit on a 207-package lock: time and findings', async (ctx) => {
  const uv = requireTool('uv');
  if (!uv) return ctx.skip('needs uv (.ci/install-tools.sh)');
  if (!fs.existsSync(CLI)) return ctx.skip('needs dist/pyprod (node scripts/bundle.mjs pyprod)');
  const env = machineEnv({ UV_NO_PROGRESS: '1' });
  const records = fs
    .readdirSync(RECORDS)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(RECORDS, f), 'utf8')) as OsvRecord);
  const server = await startOsvServer({ records });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-bench-audit-'));
  try {
    const zip = path.join(tmp, 'all.zip');
    writeOsvZip(zip, records);
    const ours = (source: string[], json: string) =>
      execTool(
        process.execPath,
        [CLI, 'audit', '--working-directory', PROJECT, '--fail-on', 'none', '--json-file', json, ...source],
        { env, okExitCodes: [0], timeoutMs: 120_000 },
      );
    const apiJson = path.join(tmp, 'api.json');
    const dbJson = path.join(tmp, 'db.json');
    const api = await timed(RUNS, () => ours(['--source', 'osv', '--osv-url', server.url], apiJson));
    const requestsPerRun = server.requests.length / RUNS;
    const db = await timed(RUNS, () => ours(['--source', 'database', '--database', zip], dbJson));

    // The same selection for pip-audit: runtime dependencies, as uv would install them on this platform.
    const reqs = path.join(tmp, 'requirements.txt');
    await execTool(
      uv,
      ['export', '--frozen', '--no-dev', '--no-hashes', '--no-emit-project', '--output-file', reqs],
      { cwd: PROJECT, env, timeoutMs: 120_000 },
    );
    const pa = await pipAudit(uv, env);
    const paJson = path.join(tmp, 'pip-audit.json');
    const before = server.requests.length;
    const theirs = await timed(RUNS, () =>
      execTool(
        pa,
        [
          '-r',
          reqs,
          '--no-deps',
          '--disable-pip',
          '--vulnerability-service',
          'osv',
          '--osv-url',
          `${server.url}/v1/query`,
          '--format',
          'json',
          '--output',
          paJson,
          '--progress-spinner',
          'off',
          '--cache-dir',
          fs.mkdtempSync(path.join(tmp, 'pa-cache-')),
        ],
        { env, okExitCodes: [0, 1], timeoutMs: 600_000 },
      ),
    );
    const paRequests = (server.requests.length - before) / RUNS;
    const paReport = JSON.parse(fs.readFileSync(paJson, 'utf8')) as {
      dependencies: { name: string; version?: string; vulns?: { id: string }[] }[];
    };
    const paPairs = paReport.dependencies
      .flatMap((d) => (d.vulns ?? []).map((v) => `${d.name.toLowerCase()} ${v.id}`))
      .sort();

    const row = (name: string, t: { ms: number; all: number[] }, what: string) =>
      console.log(
        `${name.padEnd(40)} ${t.ms.toFixed(0).padStart(7)} ms  (${t.all.map((x) => x.toFixed(0)).join(', ')})  ${what}`,
      );
    console.log(`\n${'run'.padEnd(40)} ${'median'.padStart(10)}  (${RUNS} runs)  what it did`);
    row('pyprod audit, source osv (API)', api, `${requestsPerRun} requests a run`);
    row('pyprod audit, source database (zip)', db, `${records.length} records, no network`);
    row(`${PIP_AUDIT} -s osv --osv-url`, theirs, `${paRequests} requests a run`);
    console.log(
      `ratios: api / pip-audit ${(api.ms / theirs.ms).toFixed(3)}, database / pip-audit ${(db.ms / theirs.ms).toFixed(3)}`,
    );
    const apiPairs = ourPairs(apiJson);
    console.log(
      `\nours (${apiPairs.length}): ${apiPairs.join(', ')}\npip-audit (${paPairs.length}): ${paPairs.join(', ')}`,
    );
    const audited = paReport.dependencies.length;
    console.log(`pip-audit audited ${audited} requirements`);

    expect(audited).toBeGreaterThanOrEqual(150);
    expect(ourPairs(dbJson)).toEqual(apiPairs);
    expect(apiPairs).toEqual(paPairs);
    expect(api.ms).toBeLessThanOrEqual(1000);
    expect(db.ms).toBeLessThanOrEqual(1000);
  } finally {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}, 1_800_000);
