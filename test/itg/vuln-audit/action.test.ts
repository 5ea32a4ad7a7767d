// The built vuln-audit bundle on the runner harness: the fixture project (test/fixtures/vuln-audit/project,
// real releases that real advisories affect) against a loopback OSV server serving the real records, and the
// same records as an offline export read with the network cut.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRunResult, findNode24, requireNode24, runAction } from '../../support/action-runner.js';
import { offlinePrefix } from '../../support/netns.js';
import { fixtureRecords, fixtureWorkspace, writeOsvZip } from '../../support/osv-records.js';
import { type OsvServer, startOsvServer } from '../../support/osv-server.js';
import { machineEnv } from '../../support/python.js';
import { IN_CI } from '../../support/tools.js';

const ACTION = path.resolve('actions/vuln-audit');
const BUNDLE = path.resolve('dist/vuln-audit/index.js');

let reason: string | undefined;
let server: OsvServer;
let tmp: string;
let zipPath: string;
const runs: ActionRunResult[] = [];

beforeAll(async () => {
  if (!requireNode24()) reason = 'Node 24 is not installed (.ci/install-tools.sh)';
  else if (!fs.existsSync(BUNDLE)) {
    // The bundle is committed: in CI its absence is a failure, never a skip.
    reason = `${BUNDLE} is not built (node scripts/bundle.mjs vuln-audit)`;
    if (IN_CI) throw new Error(reason);
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vuln-audit-action-'));
  const records = fixtureRecords();
  server = await startOsvServer({ records });
  // The export as OSV publishes all.zip: one <ID>.json per record at the root.
  zipPath = path.join(tmp, 'PyPI-all.zip');
  writeOsvZip(zipPath, records);
});
afterAll(async () => {
  for (const r of runs) r.cleanup();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** A workspace of its own with the fixture project's pyproject.toml and uv.lock. */
function workspace(): string {
  return fixtureWorkspace(tmp);
}

async function audit(inputs: Record<string, string>, opts: { node?: string; ws?: string } = {}) {
  const r = await runAction(ACTION, {
    workspace: opts.ws ?? workspace(),
    inputs: { 'osv-url': server.url, ...inputs },
    // Python 3.12 on Linux x86-64: the target the markers are judged for is this runner's.
    baseEnv: machineEnv(),
    ...(opts.node ? { node: opts.node } : {}),
  });
  runs.push(r);
  return r;
}

const log = (r: ActionRunResult) => r.steps.map((s) => `${s.stdout}\n${s.stderr}`).join('\n');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
/** The findings of a JSON report as (package, id, severity, line), sorted. */
const findingsOf = (json: { findings: { data: { package: string }; rule: string; severity: string }[] }) =>
  json.findings.map((f) => `${f.data.package} ${f.rule} ${f.severity}`).sort();

describe('vuln-audit action', () => {
  it('fails on fixable vulnerabilities, annotating the pyproject line to change, with SARIF and JSON', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const r = await audit({ 'sarif-file': 'out/audit.sarif', 'json-file': 'out/audit.json' });
    expect(r.failed, log(r)).toBe(true);
    // jinja2, idna (via requests), urllib3 (via requests), werkzeug, py: 5 vulnerable; redis's only record is
    // withdrawn; waitress is Windows-only; black is in the dev group.
    expect(r.outputs['vulnerable-packages']).toBe('5');
    expect(Number(r.outputs.packages)).toBeGreaterThanOrEqual(10);
    expect(Number(r.outputs.vulnerabilities)).toBeGreaterThanOrEqual(6);
    // py has no fix: every other vulnerability has one.
    expect(Number(r.outputs.fixable)).toBe(Number(r.outputs.vulnerabilities) - 1);

    const pyproject = fs.readFileSync(path.join(r.workspace, 'pyproject.toml'), 'utf8').split('\n');
    const declares = (line: number | undefined) => (line ? pyproject[line - 1] : undefined);
    const at = (pkg: string) =>
      r.annotations.filter((a) => a.file === 'pyproject.toml' && a.message.startsWith(`${pkg} `));
    for (const [pkg, decl] of [
      ['jinja2', '"jinja2>=3.1,<4"'],
      ['idna', '"requests>=2.32"'],
      ['urllib3', '"requests>=2.32"'],
      ['werkzeug', '"werkzeug>=2.3,<3"'],
      ['py', '"py>=1.11"'],
    ] as const) {
      const found = at(pkg);
      expect(found.length, `${pkg}: ${JSON.stringify(r.annotations)}`).toBeGreaterThan(0);
      for (const a of found) expect(declares(a.line), `${pkg} at line ${a.line}`).toContain(decl);
    }
    // Fixable ones are errors; py's (no fix released) is a warning under fail-on: fixable.
    expect(at('jinja2').every((a) => a.level === 'error')).toBe(true);
    expect(at('py').every((a) => a.level === 'warning')).toBe(true);
    expect(at('waitress')).toEqual([]);
    expect(at('redis')).toEqual([]);
    expect(at('black')).toEqual([]);

    // The step's error names the failing vulnerabilities.
    const stepError = r.annotations.find((a) => a.level === 'error' && !a.file)?.message ?? '';
    expect(stepError).toMatch(/^vuln-audit: \d+ vulnerabilities fail the audit: /);
    expect(stepError).toContain('jinja2 GHSA-h5c8-rqwp-cp95');

    // The summary: verdict, vulnerable packages first with their fix, then the rest.
    expect(r.summary.split('\n')[0]).toMatch(/^### ❌ Vulnerabilities: /);
    const section = (title: string) => r.summary.indexOf(`#### ${title}`);
    expect(section('jinja2 3.1.2')).toBeGreaterThan(0);
    expect(section('jinja2 3.1.2')).toBeLessThan(r.summary.indexOf('Not audited'));
    expect(r.summary).toContain('<code>uv lock --upgrade-package jinja2==3.1.4</code>');
    // werkzeug's fix is outside `werkzeug>=2.3,<3`: the requirement to change is named.
    expect(r.summary).toMatch(/werkzeug.*outside the project's requirement.*3\.0\.3/s);
    expect(r.summary).toContain('Required by: requests → idna');
    expect(r.summary).toMatch(/waitress.*sys\\_platform == 'win32'/s);
    expect(r.summary).toContain(`Source: OSV API at http:/\u200B/127.0.0.1`);

    // SARIF: valid, one rule per vulnerability id with its OSV page.
    const sarif = readJson(r.outputs['sarif-file'] as string);
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const schema = readJson('test/fixtures/sarif/sarif-schema-2.1.0.json');
    expect(ajv.validate(schema, sarif), JSON.stringify(ajv.errors)).toBe(true);
    const rules = sarif.runs[0].tool.driver.rules as { id: string; helpUri: string }[];
    expect(rules.map((x) => x.id)).toContain('GHSA-h5c8-rqwp-cp95');
    for (const rule of rules) expect(rule.helpUri).toBe(`https://osv.dev/vulnerability/${rule.id}`);
    expect(new Set(rules.map((x) => x.id)).size).toBe(rules.length);
    const json = readJson(r.outputs['json-file'] as string);
    expect(json.findings).toHaveLength(Number(r.outputs.vulnerabilities));
    // Batched: one querybatch for the whole lock, then one GET per vulnerability id.
    expect(server.requests.filter((q) => q.path === '/v1/querybatch').length).toBeGreaterThan(0);
  });

  it('fail-on and min-severity change the verdict as documented', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const none = await audit({ 'fail-on': 'none' });
    expect(none.failed, log(none)).toBe(false);
    expect(none.outputs['vulnerable-packages']).toBe('5');
    expect(none.summary.split('\n')[0]).toMatch(/^### ⚠️ /);
    expect(none.annotations.filter((a) => a.level === 'error')).toEqual([]);

    // The fixture's severities (CVSS base scores): werkzeug's 7.5 is high, the others medium; py's has no fix.
    const errorsOf = (r: ActionRunResult) =>
      [
        ...new Set(
          r.annotations.filter((a) => a.level === 'error' && a.file).map((a) => a.message.split(' ')[0]),
        ),
      ].sort();
    const high = await audit({ 'min-severity': 'high' });
    expect(high.failed, log(high)).toBe(true);
    expect(errorsOf(high)).toEqual(['werkzeug']);
    const critical = await audit({ 'min-severity': 'critical' });
    expect(critical.failed, log(critical)).toBe(false);
    expect(errorsOf(critical)).toEqual([]);
    // fail-on: any counts py's vulnerability too, which no release fixes.
    const any = await audit({ 'fail-on': 'any' });
    expect(any.failed, log(any)).toBe(true);
    expect(errorsOf(any)).toEqual(['idna', 'jinja2', 'py', 'urllib3', 'werkzeug']);
  });

  it('ignores what the ignore input lists, fails on an expired entry and reports an unused one', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const all = await audit({ 'fail-on': 'none', 'json-file': 'all.json' });
    const ids = readJson(all.outputs['json-file'] as string).findings.map((f: { rule: string }) => f.rule);
    const ignore = [...new Set<string>(ids)].map((id) => `${id} until 2999-12-31 # accepted for the test`);
    const ok = await audit({ ignore: [...ignore, 'CVE-1999-0001 # nothing has it'].join('\n') });
    expect(ok.failed, log(ok)).toBe(false);
    expect(ok.outputs.vulnerabilities).toBe('0');
    expect(ok.summary).toContain('accepted for the test');
    expect(ok.summary).toMatch(/Matched no vulnerability .*CVE-1999-0001/);

    const expired = await audit({ 'fail-on': 'none', ignore: 'GHSA-h5c8-rqwp-cp95 until 2020-01-31 # old' });
    expect(expired.failed).toBe(true);
    expect(expired.annotations.map((a) => a.message).join('\n')).toMatch(
      /expired ignore entries .*GHSA-h5c8-rqwp-cp95 \(until 2020-01-31\)/,
    );

    const bad = await audit({ ignore: 'not an id' });
    expect(bad.failed).toBe(true);
    expect(bad.annotations.map((a) => a.message).join('\n')).toMatch(/Input 'ignore' has an invalid value/);
  });

  it('fails, reporting nothing clean, when the source cannot answer', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const down = await startOsvServer({ records: fixtureRecords() });
    down.fault('/v1/querybatch', { status: 503 });
    try {
      const r = await audit({ 'osv-url': down.url, 'sarif-file': 'audit.sarif', 'json-file': 'audit.json' });
      expect(r.failed).toBe(true);
      const error = r.annotations.find((a) => a.level === 'error')?.message ?? '';
      expect(error).toMatch(/^vuln-audit: could not audit \d+ packages: /);
      expect(r.summary).toMatch(/could not audit \d+ packages of \d+/);
      // No SARIF: an empty one would close the alerts of the packages it could not ask about.
      expect(fs.existsSync(path.join(r.workspace, 'audit.sarif'))).toBe(false);
      expect(r.outputs.packages).toBeUndefined();
      // It retried before giving up.
      expect(down.requests.filter((q) => q.path === '/v1/querybatch').length).toBeGreaterThan(1);
    } finally {
      await down.close();
    }
  });

  it('gives the same findings from the offline export with the network cut', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const offline = offlinePrefix();
    if ('reason' in offline) return ctx.skip(offline.reason);
    // The bundle runs inside a network namespace of its own: nothing, not even loopback, is reachable. bash,
    // not sh: dash drops the runner's hyphenated INPUT_* variables (INPUT_JSON-FILE) from what it execs.
    const node = path.join(tmp, 'node-offline');
    const argv = [...offline.prefix, findNode24() as string].map((a) => `'${a.replace(/'/g, `'\\''`)}'`);
    fs.writeFileSync(node, `#!/bin/bash\nexec ${argv.join(' ')} "$@"\n`, { mode: 0o755 });
    const api = await audit({ 'json-file': 'audit.json', groups: 'all' });
    const ws = workspace();
    fs.copyFileSync(zipPath, path.join(ws, 'osv.zip'));
    const db = await audit(
      // osv-url still points at the loopback server: were it asked, the namespace would make it fail.
      { source: 'database', database: 'osv.zip', 'json-file': 'audit.json', groups: 'all' },
      { node, ws },
    );
    expect(db.failed, log(db)).toBe(api.failed);
    const strip = (j: { findings: object[] }) => j.findings;
    expect(strip(readJson(db.outputs['json-file'] as string))).toEqual(
      strip(readJson(api.outputs['json-file'] as string)),
    );
    expect(findingsOf(readJson(db.outputs['json-file'] as string))).toContain(
      'black GHSA-fj7x-q9j7-g6q6 error',
    );
    expect(db.summary).toContain('OSV database');
    // The same run with the network cut and the API as source cannot answer, and says so.
    const cut = await audit({}, { node });
    expect(cut.failed).toBe(true);
    expect(cut.annotations.map((a) => a.message).join('\n')).toMatch(/could not audit \d+ packages/);
  });
});
