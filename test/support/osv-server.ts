import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { compare, valid } from '@renovatebot/pep440';
import type { OsvEvent, OsvRecord } from '../../src/actions/vuln-audit/osv.js';

/**
 * A loopback server speaking OSV's API over a set of records: `POST /v1/querybatch` (with pagination:
 * `pageSize` vulnerabilities per result, then a `next_page_token`), `GET /v1/vulns/{id}`, `POST /v1/query`
 * (one package, full records: what pip-audit's `--osv-url` asks, for the bench); and, for the
 * `pypi` source, PyPI's `GET /pypi/{name}/{version}/json` with its `vulnerabilities` field. Faults can be
 * injected per path: a status (429 with `Retry-After`, 500 ...) some number of times, or a hang.
 *
 * It decides what affects a version on its own, not with src/actions/vuln-audit/affected.ts, so that a
 * test comparing a source with this server is not the code checking itself: each ECOSYSTEM range becomes
 * intervals ([introduced, fixed), [introduced, last_affected], [introduced, ∞)), plus the `versions` list.
 */

export interface OsvServerOptions {
  records: OsvRecord[];
  /** Vulnerabilities per querybatch result before a `next_page_token` (default 1000). */
  pageSize?: number;
  /** Answer withdrawn records in querybatch too (osv.dev does not; an older mirror might). */
  queryWithdrawn?: boolean;
  /** `name==version` pairs PyPI answers 404 for. */
  pypiUnknown?: string[];
  /** Answer each request after this long (to see how many a client has in flight). */
  delayMs?: number;
}

export interface Fault {
  /** Answer this status (with `Retry-After` when given) ... */
  status?: number;
  retryAfter?: string;
  /** ... or never answer; or answer the headers and part of the body, then nothing more. */
  hang?: boolean;
  stall?: boolean;
  /** How many matching requests it applies to (default: all). */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  body?: unknown;
  /** What was answered: a status, or 'hang'. */
  answer: number | 'hang';
}

export interface OsvServer {
  /** http://127.0.0.1:PORT (no trailing slash): the `osv-url`, or PyPI's base URL. */
  url: string;
  requests: LoggedRequest[];
  /** The most requests that were in flight at once. */
  maxInFlight(): number;
  /** Injects a fault on requests whose path equals `path` or matches it. */
  fault(path: string | RegExp, fault: Fault): void;
  close(): Promise<void>;
}

const normalize = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

/** The event's version; `introduced: "0"` is below everything (undefined). */
function at(e: OsvEvent): string | undefined {
  const v = e.introduced ?? e.fixed ?? e.last_affected ?? e.limit;
  return v === '0' ? undefined : v;
}

interface Interval {
  from?: string;
  to?: string;
  toIncluded: boolean;
}

function intervals(events: OsvEvent[]): Interval[] {
  const sorted = events
    .filter((e) => at(e) === undefined || valid(at(e)!))
    .sort((a, b) => {
      const x = at(a);
      const y = at(b);
      if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? -1 : 1;
      return compare(x, y);
    });
  const out: Interval[] = [];
  let open: { from?: string } | undefined;
  for (const e of sorted) {
    if (e.introduced !== undefined && !open) open = { from: at(e) };
    else if (open && (e.fixed !== undefined || e.limit !== undefined)) {
      out.push({ ...open, to: at(e), toIncluded: false });
      open = undefined;
    } else if (open && e.last_affected !== undefined) {
      out.push({ ...open, to: at(e), toIncluded: true });
      open = undefined;
    }
  }
  if (open) out.push({ ...open, toIncluded: false });
  return out;
}

const inside = (v: string, i: Interval) =>
  (i.from === undefined || compare(v, i.from) >= 0) &&
  (i.to === undefined || (i.toIncluded ? compare(v, i.to) <= 0 : compare(v, i.to) < 0));

/** Whether the record names `name` at `version`: its versions list, or an ECOSYSTEM interval. */
export function serverMatches(record: OsvRecord, name: string, version: string): boolean {
  return (record.affected ?? []).some((a) => {
    if (a.package?.ecosystem !== 'PyPI' || normalize(a.package.name) !== normalize(name)) return false;
    if (
      (a.versions ?? []).some(
        (v) => v === version || (valid(v) && valid(version) && compare(v, version) === 0),
      )
    )
      return true;
    if (!valid(version)) return false;
    return (a.ranges ?? [])
      .filter((r) => r.type === 'ECOSYSTEM')
      .some((r) => intervals(r.events).some((i) => inside(version, i)));
  });
}

function allFixed(record: OsvRecord, name: string): string[] {
  return (record.affected ?? [])
    .filter((a) => a.package?.ecosystem === 'PyPI' && normalize(a.package.name) === normalize(name))
    .flatMap((a) => (a.ranges ?? []).filter((r) => r.type === 'ECOSYSTEM'))
    .flatMap((r) => r.events.flatMap((e) => (e.fixed ? [e.fixed] : [])));
}

interface QueryIn {
  package?: { name?: string; ecosystem?: string };
  version?: string;
  page_token?: string;
}

export async function startOsvServer(opts: OsvServerOptions): Promise<OsvServer> {
  const pageSize = opts.pageSize ?? 1000;
  const byId = new Map(opts.records.map((r) => [r.id, r]));
  const faults: { match: string | RegExp; fault: Fault; used: number }[] = [];
  const requests: LoggedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const query = (q: QueryIn) => {
    const name = q.package?.name ?? '';
    const version = q.version ?? '';
    if (q.package?.ecosystem !== 'PyPI' || !name || !version) return undefined;
    const ids = opts.records
      .filter((r) => (opts.queryWithdrawn || !r.withdrawn) && serverMatches(r, name, version))
      .map((r) => r.id)
      .sort();
    const key = `${normalize(name)}==${version}`;
    let offset = 0;
    if (q.page_token !== undefined) {
      const token = JSON.parse(Buffer.from(q.page_token, 'base64url').toString()) as {
        key: string;
        offset: number;
      };
      if (token.key !== key) return undefined;
      offset = token.offset;
    }
    const page = ids.slice(offset, offset + pageSize);
    const rest = offset + pageSize < ids.length;
    return {
      ...(page.length ? { vulns: page.map((id) => ({ id, modified: byId.get(id)!.modified })) } : {}),
      ...(rest
        ? {
            next_page_token: Buffer.from(JSON.stringify({ key, offset: offset + pageSize })).toString(
              'base64url',
            ),
          }
        : {}),
    };
  };

  const answer = (path: string, method: string, body: unknown): [number, unknown] => {
    if (method === 'POST' && path === '/v1/querybatch') {
      const queries = (body as { queries?: QueryIn[] })?.queries;
      if (!Array.isArray(queries) || queries.length > 1000) return [400, { code: 3, message: 'bad queries' }];
      const results = queries.map(query);
      if (results.some((r) => r === undefined)) return [400, { code: 3, message: 'invalid query' }];
      return [200, { results }];
    }
    if (method === 'POST' && path === '/v1/query') {
      const r = query({ ...(body as QueryIn), page_token: undefined });
      if (!r) return [400, { code: 3, message: 'invalid query' }];
      return [200, r.vulns ? { vulns: r.vulns.map((v) => byId.get(v.id)) } : {}];
    }
    const vuln = /^\/v1\/vulns\/([^/]+)$/.exec(path);
    if (method === 'GET' && vuln) {
      const r = byId.get(decodeURIComponent(vuln[1]!));
      return r ? [200, r] : [404, { code: 5, message: 'Bug not found.' }];
    }
    const pypi = /^\/pypi\/([^/]+)\/([^/]+)\/json$/.exec(path);
    if (method === 'GET' && pypi) {
      const name = decodeURIComponent(pypi[1]!);
      const version = decodeURIComponent(pypi[2]!);
      if (opts.pypiUnknown?.includes(`${name}==${version}`)) return [404, { message: 'Not Found' }];
      // PyPI lists the PYSEC records (pypa/advisory-database) that match, withdrawn ones flagged.
      const vulnerabilities = opts.records
        .filter((r) => r.id.startsWith('PYSEC-') && serverMatches(r, name, version))
        .map((r) => ({
          aliases: r.aliases ?? [],
          details: r.details ?? '',
          summary: r.summary ?? null,
          fixed_in: allFixed(r, name),
          id: r.id,
          link: `https://osv.dev/vulnerability/${r.id}`,
          source: 'osv',
          withdrawn: r.withdrawn ?? null,
        }));
      return [200, { info: { name, version }, last_serial: 1, urls: [], vulnerabilities }];
    }
    return [404, { message: 'not found' }];
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => {
      inFlight -= 1;
    });
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => setTimeout(respond, opts.delayMs ?? 0));
    const respond = () => {
      const path = (req.url ?? '/').split('?')[0]!;
      const method = req.method ?? 'GET';
      let body: unknown;
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : undefined;
      } catch {
        body = undefined;
      }
      const f = faults.find(
        (x) =>
          (typeof x.match === 'string' ? x.match === path : x.match.test(path)) &&
          x.used < (x.fault.times ?? Infinity),
      );
      if (f) {
        f.used += 1;
        if (f.fault.hang || f.fault.stall) {
          requests.push({ method, path, body, answer: 'hang' });
          if (f.fault.stall) {
            res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
            res.write('{"id": "');
          }
          return; // never finished; closed when the server closes
        }
        const status = f.fault.status ?? 500;
        requests.push({ method, path, body, answer: status });
        res.writeHead(status, {
          'content-type': 'application/json',
          ...(f.fault.retryAfter !== undefined ? { 'retry-after': f.fault.retryAfter } : {}),
        });
        res.end(JSON.stringify({ code: 13, message: 'injected fault' }));
        return;
      }
      const [status, payload] = answer(path, method, body);
      requests.push({ method, path, body, answer: status });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => maxInFlight,
    fault(path, fault) {
      faults.push({ match: path, fault, used: 0 });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
