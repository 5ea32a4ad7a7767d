// The built license-gate bundle on the runner harness, on the real fixture environment.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRunResult, requireNode24, runAction } from '../../support/action-runner.js';
import { machineEnv } from '../../support/python.js';
import { requireTool } from '../../support/tools.js';
import { fixtureProject } from './fixture-venv.js';

const ACTION = path.resolve('actions/license-gate');
const DIST = path.resolve('test/fixtures/license-gate/dist-info');
let project: string | undefined;
let reason: string | undefined;
const runs: ActionRunResult[] = [];

beforeAll(async () => {
  const uv = requireTool('uv');
  if (!requireNode24()) reason = 'Node 24 is not installed (.ci/install-tools.sh)';
  else if (!uv) reason = 'uv is not installed (.ci/install-tools.sh)';
  else project = await fixtureProject(uv);
});
afterAll(() => {
  for (const r of runs) r.cleanup();
});

/** A workspace with the fixture's pyproject.toml and uv.lock; the venv is read where it was built. */
async function gate(inputs: Record<string, string>) {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'license-gate-ws-'));
  for (const f of ['pyproject.toml', 'uv.lock']) fs.copyFileSync(path.join(project!, f), path.join(ws, f));
  const r = await runAction(ACTION, {
    workspace: ws,
    inputs: { venv: path.join(project!, '.venv'), ...inputs },
    baseEnv: machineEnv(),
  });
  runs.push(r);
  return r;
}

describe('license-gate action', () => {
  it('fails on GPL, LGPL and unknown licences, annotating the pyproject line that brings each in', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const r = await gate({ 'sarif-file': 'out/licenses.sarif', 'json-file': 'out/licenses.json' });
    expect(r.failed).toBe(true);
    expect(r.outputs.incompatible).toBe('3');
    expect(r.outputs.unknown).toBe('1');
    expect(Number(r.outputs.packages)).toBeGreaterThan(10);
    const pyproject = fs.readFileSync(path.join(r.workspace, 'pyproject.toml'), 'utf8').split('\n');
    const errors = r.annotations.filter((a) => a.level === 'error' && a.file === 'pyproject.toml');
    // Distribution names keep their own case (`Unidecode`).
    const lineOf = (name: string) => errors.find((a) => a.message.toLowerCase().startsWith(`${name} `))?.line;
    for (const [name, decl] of [
      ['unidecode', '"unidecode=='],
      ['chardet', '"chardet=='],
      ['optional-django', '"optional-django=='],
    ] as const) {
      const line = lineOf(name);
      expect(line, `${name}: ${JSON.stringify(errors)}`).toBeDefined();
      expect(pyproject[(line as number) - 1]).toContain(decl);
    }
    // The step's error names the packages; the summary starts with the verdict and lists failing ones first.
    expect(
      r.annotations.some(
        (a) => a.level === 'error' && !a.file && /3 incompatible packages: /.test(a.message),
      ),
    ).toBe(true);
    expect(r.summary.split('\n')[0]).toMatch(/❌/);
    const failingTable = r.summary.slice(r.summary.indexOf('Incompatible packages'));
    expect(failingTable.indexOf('Unidecode')).toBeLessThan(failingTable.indexOf('All other packages'));
    expect(r.summary).toContain('not in only-licenses');
    // SARIF valid against the schema, JSON report with the findings.
    const sarif = JSON.parse(fs.readFileSync(r.outputs['sarif-file'] as string, 'utf8'));
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const schema = JSON.parse(fs.readFileSync('test/fixtures/sarif/sarif-schema-2.1.0.json', 'utf8'));
    expect(ajv.validate(schema, sarif), JSON.stringify(ajv.errors)).toBe(true);
    expect(sarif.runs[0].results).toHaveLength(3);
    const json = JSON.parse(fs.readFileSync(r.outputs['json-file'] as string, 'utf8'));
    expect(
      json.findings.map((f: { data: { package: string } }) => f.data.package.toLowerCase()).sort(),
    ).toEqual(['chardet', 'optional-django', 'unidecode']);
  });

  it('shows a License field that is not SPDX as found, in the summary, annotation and JSON', async (ctx) => {
    if (reason) return ctx.skip(reason);
    // Its own .venv (found by the default lookup), no uv.lock: packaging, and pyln-client's real METADATA
    // without its classifier, as the `License: BSD-MIT` packages of issue 17 ship it.
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'license-gate-found-'));
    const sp = path.join(ws, '.venv', 'lib', 'python3.12', 'site-packages');
    fs.mkdirSync(sp, { recursive: true });
    for (const d of ['packaging-26.3.dist-info', 'pyln_client-23.8.dist-info'])
      fs.cpSync(path.join(DIST, d), path.join(sp, d), { recursive: true });
    const metadata = path.join(sp, 'pyln_client-23.8.dist-info', 'METADATA');
    fs.writeFileSync(metadata, fs.readFileSync(metadata, 'utf8').replace(/^Classifier: License.*\n/gm, ''));
    const r = await runAction(ACTION, {
      workspace: ws,
      inputs: { 'json-file': 'out/licenses.json' },
      baseEnv: machineEnv(),
    });
    runs.push(r);
    expect(r.failed).toBe(true);
    expect(r.outputs).toMatchObject({ packages: '2', incompatible: '1', unknown: '1' });
    expect(r.summary).toContain('BSD-MIT');
    expect(r.summary).toContain('not an SPDX expression; unknown');
    expect(r.summary).not.toContain('no licence found');
    expect(
      r.annotations.some((a) =>
        a.message.includes('pyln-client 23.8: `BSD-MIT`: not an SPDX expression; unknown'),
      ),
    ).toBe(true);
    const json = JSON.parse(fs.readFileSync(r.outputs['json-file'] as string, 'utf8'));
    expect(json.findings.map((f: { data: unknown }) => f.data)).toEqual([
      {
        package: 'pyln-client',
        version: '23.8',
        license: 'BSD-MIT',
        verdict: 'unknown',
        licenseFound: 'BSD-MIT',
        licenseField: 'License',
        licenseWhy: 'not an SPDX expression',
      },
    ]);
  });

  it('passes once the policy allows them, and a baseline accepts what it lists', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const allowed = await gate({
      'only-licenses': 'apache bsd isc mit mpl python unlicense lgpl',
      'fail-licenses': 'agpl',
      'ignore-packages':
        'unidecode  # reviewed: used in a separate tool\noptional-django  # MIT per its repository',
    });
    expect(allowed.failed, allowed.steps.map((s) => s.stdout).join('\n')).toBe(false);
    expect(allowed.outputs.incompatible).toBe('0');

    const first = await gate({ 'write-baseline': 'licenses-baseline.json', zero: 'false' });
    expect(first.failed).toBe(false);
    const baseline = path.join(first.workspace, 'licenses-baseline.json');
    expect(JSON.parse(fs.readFileSync(baseline, 'utf8')).fingerprints).toHaveLength(3);
    const ws2 = await gate({});
    fs.copyFileSync(baseline, path.join(ws2.workspace, 'licenses-baseline.json'));
    const again = await runAction(ACTION, {
      workspace: ws2.workspace,
      inputs: { venv: path.join(project!, '.venv'), baseline: 'licenses-baseline.json' },
      baseEnv: machineEnv(),
    });
    runs.push(again);
    expect(again.failed).toBe(false);
  });

  it('counts the dev-only GPL tool only with groups: all, and rejects a bad policy word', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const all = await gate({ groups: 'all', 'show-only-failing': 'true' });
    expect(all.failed).toBe(true);
    expect(all.annotations.some((a) => a.message.startsWith('pylint '))).toBe(true);
    expect(all.summary).not.toContain('All other packages');
    const bad = await gate({ 'only-licenses': 'mit bsdd' });
    expect(bad.failed).toBe(true);
    expect(bad.annotations.map((a) => a.message).join('\n')).toMatch(
      /Input 'only-licenses' has an invalid value "bsdd"/,
    );
  });
});
