// The vulnerability sources against a loopback OSV API (and PyPI JSON API) serving the real fixture
// records, and the offline database over the same records as a zip and as a directory, also with the
// network cut.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type OsvRecord, type PackageVersion, SourceError } from '../../../src/actions/vuln-audit/osv.js';
import { osvApiSource } from '../../../src/actions/vuln-audit/sources/osv-api.js';
import { osvDatabaseSource } from '../../../src/actions/vuln-audit/sources/osv-database.js';
import { pypiSource } from '../../../src/actions/vuln-audit/sources/pypi.js';
import { InputError } from '../../../src/core/errors.js';
import { offlinePrefix, tsNodeArgv } from '../../support/netns.js';
import { fixtureRecords, RECORDS_DIR, writeOsvZip } from '../../support/osv-records.js';
import { type OsvServer, startOsvServer } from '../../support/osv-server.js';

const records = fixtureRecords();

/** The fixture project's pins (test/fixtures/vuln-audit/README.md) and a few more. */
const PACKAGES: PackageVersion[] = [
  { name: 'jinja2', version: '3.1.2' },
  { name: 'idna', version: '3.6' },
  { name: 'urllib3', version: '2.2.1' },
  { name: 'werkzeug', version: '2.3.8' },
  { name: 'py', version: '1.11.0' },
  { name: 'waitress', version: '2.1.1' },
  { name: 'redis', version: '5.0.1' },
  { name: 'black', version: '24.1.0' },
  { name: 'requests', version: '2.32.3' },
  { name: 'gevent', version: '23.9.0' },
  { name: 'django', version: '4.2rc1' },
];

const EXPECTED: Record<string, string[]> = {
  'jinja2==3.1.2': ['GHSA-h5c8-rqwp-cp95', 'GHSA-h75v-3vvj-5mfj'],
  'idna==3.6': ['GHSA-jjg7-2v4v-x38h', 'PYSEC-2024-60'],
  'urllib3==2.2.1': ['GHSA-34jh-p97f-mpxf'],
  'werkzeug==2.3.8': ['GHSA-2g68-c3qc-8985'],
  'py==1.11.0': ['GHSA-w596-4wvx-j9j6', 'PYSEC-2022-42969'],
  'waitress==2.1.1': ['PYSEC-2022-205'],
  'redis==5.0.1': [],
  'black==24.1.0': ['GHSA-fj7x-q9j7-g6q6', 'PYSEC-2024-48'],
  'requests==2.32.3': [],
  'gevent==23.9.0': ['PYSEC-2023-177'],
  'django==4.2rc1': ['PYSEC-2023-61'],
};

const ids = (m: Map<string, OsvRecord[]>) =>
  Object.fromEntries([...m].map(([k, v]) => [k, v.map((r) => r.id)]));

/** Waits recorded instead of slept. */
function recorder() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

async function sourceError(p: Promise<unknown>): Promise<SourceError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  return err as SourceError;
}

let tmp: string;
let zipPath: string;
const servers: OsvServer[] = [];
async function server(opts: Partial<Parameters<typeof startOsvServer>[0]> = {}) {
  const s = await startOsvServer({ records, ...opts });
  servers.push(s);
  return s;
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vuln-audit-sources-'));
  // The zip as OSV publishes all.zip: one <ID>.json per record at the root.
  zipPath = path.join(tmp, 'all.zip');
  writeOsvZip(zipPath, fixtureRecords());
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('OSV API source', () => {
  it('answers every package with the records that affect it, withdrawn ones never', async () => {
    const s = await server();
    const result = await osvApiSource({ url: s.url }).lookup(PACKAGES);
    expect(ids(result)).toEqual(EXPECTED);
    // Full records, as served.
    expect(result.get('idna==3.6')![0]).toEqual(records.find((r) => r.id === 'GHSA-jjg7-2v4v-x38h'));
    // One querybatch, then each id once.
    expect(s.requests.filter((r) => r.path === '/v1/querybatch')).toHaveLength(1);
    const fetched = s.requests.filter((r) => r.path.startsWith('/v1/vulns/')).map((r) => r.path);
    expect(fetched.sort()).toEqual(
      [...new Set(Object.values(EXPECTED).flat())].map((id) => `/v1/vulns/${id}`).sort(),
    );
  });

  it('drops withdrawn records even when a server lists them', async () => {
    const s = await server({ queryWithdrawn: true });
    const result = await osvApiSource({ url: s.url }).lookup([{ name: 'redis', version: '5.0.1' }]);
    expect(s.requests.map((r) => r.path)).toContain('/v1/vulns/PYSEC-2023-73');
    expect(ids(result)).toEqual({ 'redis==5.0.1': [] });
  });

  it('follows next_page_token, re-asking only the queries that have more', async () => {
    const s = await server({ pageSize: 1 });
    const result = await osvApiSource({ url: s.url }).lookup(PACKAGES);
    expect(ids(result)).toEqual(EXPECTED);
    const batches = s.requests.filter((r) => r.path === '/v1/querybatch');
    const queries = batches.map(
      (b) => (b.body as { queries: { package: { name: string }; page_token?: string }[] }).queries,
    );
    expect(queries).toHaveLength(2);
    expect(queries[0]!.every((q) => q.page_token === undefined)).toBe(true);
    // The second page: only the packages with two records, each with its token.
    expect(queries[1]!.map((q) => q.package.name).sort()).toEqual(['black', 'idna', 'jinja2', 'py']);
    expect(queries[1]!.every((q) => typeof q.page_token === 'string')).toBe(true);
  });

  it('sends at most 1,000 queries a batch, and fetches records a bounded number at a time', async () => {
    const many = [
      ...PACKAGES,
      ...Array.from({ length: 2500 }, (_, i) => ({ name: `pkg-${i}`, version: '1.0' })),
    ];
    const s = await server({ delayMs: 20 });
    const result = await osvApiSource({ url: s.url, concurrency: 3 }).lookup(many);
    expect(result.size).toBe(many.length);
    expect(ids(result)).toMatchObject(EXPECTED);
    const sizes = s.requests
      .filter((r) => r.path === '/v1/querybatch')
      .map((r) => (r.body as { queries: unknown[] }).queries.length);
    expect(sizes.sort((a, b) => b - a)).toEqual([1000, 1000, 511]);
    expect(s.maxInFlight()).toBe(3);
  });

  it('waits as Retry-After asks on 429, backs off after a 500, then succeeds', async () => {
    const s = await server();
    s.fault('/v1/querybatch', { status: 429, retryAfter: '2', times: 1 });
    s.fault('/v1/vulns/GHSA-h5c8-rqwp-cp95', { status: 500, times: 1 });
    const r = recorder();
    const retries: string[] = [];
    const result = await osvApiSource({
      url: s.url,
      sleep: r.sleep,
      baseDelayMs: 100,
      onRetry: (m) => retries.push(m),
    }).lookup(PACKAGES);
    expect(ids(result)).toEqual(EXPECTED);
    expect(r.waits.sort((a, b) => a - b)).toEqual([100, 2000]);
    expect(s.requests.filter((q) => q.path === '/v1/querybatch').map((q) => q.answer)).toEqual([429, 200]);
    expect(s.requests.filter((q) => q.path === '/v1/vulns/GHSA-h5c8-rqwp-cp95').map((q) => q.answer)).toEqual(
      [500, 200],
    );
    expect(retries).toContain(`POST ${s.url}/v1/querybatch failed (HTTP 429); try 2 of 4 in 2000 ms`);
  });

  it('a Retry-After longer than it waits fails at once, naming the packages', async () => {
    const s = await server();
    s.fault('/v1/querybatch', { status: 429, retryAfter: '3600' });
    const r = recorder();
    const err = await sourceError(osvApiSource({ url: s.url, sleep: r.sleep }).lookup(PACKAGES));
    expect(err.message).toBe(
      `could not audit 11 packages: POST ${s.url}/v1/querybatch: HTTP 429 asks to retry after 3600 s, longer than the 30 s waited`,
    );
    expect(err.packages).toEqual(PACKAGES);
    expect(r.waits).toEqual([]);
  });

  it('a record that never comes times out: its packages are not audited, never called clean', async () => {
    const s = await server();
    s.fault('/v1/vulns/GHSA-2g68-c3qc-8985', { hang: true });
    const r = recorder();
    const err = await sourceError(
      osvApiSource({ url: s.url, timeoutMs: 300, attempts: 2, sleep: r.sleep }).lookup(PACKAGES),
    );
    expect(err.message).toBe(
      `could not audit 1 package: GET ${s.url}/v1/vulns/GHSA-2g68-c3qc-8985: no answer within 300 ms (after 2 attempts)`,
    );
    expect(err.packages).toEqual([{ name: 'werkzeug', version: '2.3.8' }]);
    expect(s.requests.filter((q) => q.answer === 'hang')).toHaveLength(2);
  });

  it('an answer that stops half way, or is too large, fails its packages', async () => {
    const s = await server();
    s.fault('/v1/vulns/GHSA-34jh-p97f-mpxf', { stall: true });
    const err = await sourceError(
      osvApiSource({ url: s.url, timeoutMs: 300, attempts: 1 }).lookup([
        { name: 'urllib3', version: '2.2.1' },
      ]),
    );
    expect(err.message).toBe(
      `could not audit 1 package: GET ${s.url}/v1/vulns/GHSA-34jh-p97f-mpxf: no data for 300 ms`,
    );
    const err2 = await sourceError(
      osvApiSource({ url: s.url, maxBytes: 1000 }).lookup([{ name: 'idna', version: '3.6' }]),
    );
    expect(err2.message).toBe(
      `could not audit 1 package: GET ${s.url}/v1/vulns/GHSA-jjg7-2v4v-x38h: the answer is larger than the 1000 bytes read`,
    );
  });

  it('a permanent 500 on querybatch fails every package, after the tries', async () => {
    const s = await server();
    s.fault('/v1/querybatch', { status: 500 });
    const r = recorder();
    const err = await sourceError(osvApiSource({ url: s.url, sleep: r.sleep }).lookup(PACKAGES));
    expect(err.message).toBe(
      `could not audit 11 packages: POST ${s.url}/v1/querybatch: HTTP 500 (after 4 attempts)`,
    );
    expect(r.waits).toEqual([500, 1000, 2000]);
  });

  it('a server that is not there', async () => {
    const s = await server();
    const url = s.url;
    await s.close();
    const err = await sourceError(
      osvApiSource({ url, attempts: 2, sleep: recorder().sleep }).lookup(PACKAGES.slice(0, 2)),
    );
    expect(err.message).toBe(
      `could not audit 2 packages: POST ${url}/v1/querybatch: connect ECONNREFUSED ${url.slice('http://'.length)} (after 2 attempts)`,
    );
  });

  it('checks osv-url', () => {
    expect(() => osvApiSource({ url: 'file:///etc' })).toThrow(InputError);
  });
});

describe('offline OSV database', () => {
  it('gives the same answer as the API over the same records, from all.zip and from a directory', async () => {
    const s = await server({ pageSize: 1 });
    const api = ids(await osvApiSource({ url: s.url }).lookup(PACKAGES));
    const zip = osvDatabaseSource(zipPath);
    const fromZip = await zip.lookup(PACKAGES);
    const fromDir = await osvDatabaseSource(RECORDS_DIR).lookup(PACKAGES);
    expect(api).toEqual(EXPECTED);
    expect(ids(fromZip)).toEqual(api);
    expect(ids(fromDir)).toEqual(api);
    // The records themselves too, not only their ids.
    expect(fromZip).toEqual(fromDir);
    expect(zip.description).toBe(`OSV database ${zipPath} (${records.length} records)`);
  });

  it('reads no network: run with the network cut, it answers the same', async (ctx) => {
    const offline = offlinePrefix();
    if ('reason' in offline) return ctx.skip(offline.reason);
    const s = await server();
    const argv = tsNodeArgv(path.resolve('test/itg/vuln-audit/offline-lookup.ts'), [
      zipPath,
      s.url,
      JSON.stringify(PACKAGES),
    ]);
    const out = JSON.parse(
      execFileSync(offline.prefix[0]!, [...offline.prefix.slice(1), ...argv], {
        encoding: 'utf8',
        timeout: 60_000,
      }),
    );
    expect(out.probe).toMatch(/^(ENETUNREACH|ECONNREFUSED|EHOSTUNREACH)$/);
    expect(s.requests).toEqual([]);
    expect(out.ids).toEqual(EXPECTED);
    expect(out.description).toBe(`OSV database ${zipPath} (${records.length} records)`);
  });

  it('bounds what it reads and fails the packages, never calls them clean, on a broken export', async () => {
    const big = osvDatabaseSource(zipPath, { maxRecordBytes: 1000 });
    const err = await sourceError(big.lookup(PACKAGES.slice(0, 3)));
    expect(err.message).toMatch(
      /^could not audit 3 packages: the OSV database .*all\.zip cannot be read: \S+\.json has \d+ bytes, more than the 1000 allowed for a record$/,
    );
    const broken = path.join(tmp, 'broken.zip');
    fs.writeFileSync(broken, zipSync({ 'PYSEC-1.json': strToU8('{"id": "PYSEC-1", ') }));
    const err2 = await sourceError(osvDatabaseSource(broken).lookup(PACKAGES.slice(0, 1)));
    expect(err2.message).toBe(
      `could not audit 1 package: the OSV database ${broken} cannot be read: PYSEC-1.json is not valid UTF-8 JSON`,
    );
    const notZip = path.join(tmp, 'not.zip');
    fs.writeFileSync(notZip, 'hello');
    await sourceError(osvDatabaseSource(notZip).lookup(PACKAGES.slice(0, 1)));
  });

  it('refuses a path that is not an export', () => {
    expect(() => osvDatabaseSource(path.join(tmp, 'missing.zip'))).toThrow(
      `Input 'database' has an invalid value ${JSON.stringify(path.join(tmp, 'missing.zip'))}: no such file or directory; expected an OSV export: the ecosystem's all.zip, or a directory of OSV .json records.`,
    );
    const txt = path.join(tmp, 'records.txt');
    fs.writeFileSync(txt, '');
    expect(() => osvDatabaseSource(txt)).toThrow(InputError);
  });
});

describe('PyPI JSON API source', () => {
  it("converts PyPI's vulnerabilities of each release, withdrawn ones dropped", async () => {
    const s = await server();
    const result = await pypiSource({ url: s.url }).lookup(PACKAGES);
    // PyPI serves the PYSEC records only.
    expect(ids(result)).toEqual(
      Object.fromEntries(
        Object.entries(EXPECTED).map(([k, v]) => [k, v.filter((id) => id.startsWith('PYSEC-'))]),
      ),
    );
    expect(s.requests.map((r) => r.path)).toContain('/pypi/redis/5.0.1/json');
    const idna = result.get('idna==3.6')![0]!;
    expect(idna.affected![0]!.ranges).toEqual([
      { type: 'ECOSYSTEM', events: [{ introduced: '3.6' }, { fixed: '3.7' }] },
    ]);
    expect(result.get('py==1.11.0')![0]!.affected![0]!.ranges).toEqual([
      { type: 'ECOSYSTEM', events: [{ introduced: '1.11.0' }] },
    ]);
  });

  it('a release PyPI does not know, or a PyPI that fails, is not audited', async () => {
    const s = await server({ pypiUnknown: ['idna==3.6'] });
    s.fault('/pypi/py/1.11.0/json', { status: 503 });
    const err = await sourceError(pypiSource({ url: s.url, sleep: recorder().sleep }).lookup(PACKAGES));
    expect(err.message).toBe(
      `could not audit 2 packages: PyPI does not know idna 3.6 (HTTP 404); GET ${s.url}/pypi/py/1.11.0/json: HTTP 503 (after 4 attempts)`,
    );
    expect(err.packages.map((p) => p.name).sort()).toEqual(['idna', 'py']);
  });
});
