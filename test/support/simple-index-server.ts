import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

/**
 * A loopback Python package index speaking the simple API for a folder of distribution files:
 * `/simple/<project>/` as PEP 691 JSON or PEP 503 HTML by the Accept header, files under `/files/<name>`.
 * It counts requests per path, records what each page request sent, and can lie about digests.
 */

export interface SimpleIndexOptions {
  /** Folder whose files are listed; a file belongs to the project its name starts with (`uv-...`). */
  dir: string;
  /** List this digest instead of the real one (for every file, or only the files named). */
  wrongDigest?: { sha256: string; files?: string[] };
  /** List files without any digest. */
  noDigest?: boolean;
  /** 'absolute' (default): `http://127.0.0.1:PORT/files/<name>`; 'relative': `../../files/<name>`. */
  hrefs?: 'absolute' | 'relative';
  /** 'negotiate' (default) answers by the Accept header; 'html' is an old server that knows only PEP 503. */
  format?: 'negotiate' | 'html';
  /** Pages answer 401 unless sent these as Basic auth (files are served to anyone). */
  auth?: { user: string; password: string };
}

export interface PageRequest {
  path: string;
  accept: string;
  authorization: string;
  /** What the server answered with. */
  format: 'json' | 'html';
}

export interface SimpleIndexServer {
  /** The index URL to give a client, e.g. http://127.0.0.1:PORT/simple (no trailing slash). */
  url: string;
  /** Requests received per URL path. */
  requests: Map<string, number>;
  total(): number;
  pages: PageRequest[];
  /** Answer `status` (default 503) on this path, `times` times (default: always). */
  fault(urlPath: string, fault: { status?: number; times?: number }): void;
  close(): Promise<void>;
}

const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
const HTML_TYPE = 'application/vnd.pypi.simple.v1+html';

const normalize = (name: string) => name.replace(/[-_.]+/g, '-').toLowerCase();
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON when the client ranks it above HTML (q-values), as PEP 691 content negotiation asks. */
export function wantsJson(accept: string): boolean {
  let json = -1;
  let html = -1;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const qp = params.find((p) => p.startsWith('q='));
    const q = qp ? Number(qp.slice(2)) : 1;
    if (type === JSON_TYPE || type === 'application/vnd.pypi.simple.latest+json') json = Math.max(json, q);
    if (type === HTML_TYPE || type === 'text/html' || type === '*/*') html = Math.max(html, q);
  }
  return json > 0 && json >= html;
}

export async function startSimpleIndex(opts: SimpleIndexOptions): Promise<SimpleIndexServer> {
  const requests = new Map<string, number>();
  const pages: PageRequest[] = [];
  const faults = new Map<string, { status: number; times?: number; used: number }>();
  const digests = new Map<string, string>();
  let origin = '';

  const sha256 = (file: string) => {
    const key = `${file}:${fs.statSync(file).mtimeMs}`;
    let d = digests.get(key);
    if (!d) {
      d = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
      digests.set(key, d);
    }
    return d;
  };

  const listing = (project: string) =>
    fs
      .readdirSync(opts.dir)
      .filter(
        (f) => fs.statSync(path.join(opts.dir, f)).isFile() && normalize(f.split('-')[0] ?? '') === project,
      )
      .sort()
      .map((filename) => {
        const real = sha256(path.join(opts.dir, filename));
        const wrong = opts.wrongDigest;
        const digest = wrong && (!wrong.files || wrong.files.includes(filename)) ? wrong.sha256 : real;
        const url =
          opts.hrefs === 'relative'
            ? `../../files/${encodeURIComponent(filename)}`
            : `${origin}/files/${encodeURIComponent(filename)}`;
        return { filename, url, hashes: opts.noDigest ? {} : { sha256: digest } };
      });

  const page = (req: http.IncomingMessage, res: http.ServerResponse, project: string) => {
    const accept = String(req.headers.accept ?? '');
    const format = opts.format !== 'html' && wantsJson(accept) ? 'json' : 'html';
    pages.push({
      path: req.url ?? '',
      accept,
      authorization: String(req.headers.authorization ?? ''),
      format,
    });
    if (opts.auth) {
      const want = `Basic ${Buffer.from(`${opts.auth.user}:${opts.auth.password}`).toString('base64')}`;
      if (req.headers.authorization !== want) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="index"', 'content-type': 'text/plain' });
        res.end('unauthorized\n');
        return;
      }
    }
    const files = listing(project);
    if (format === 'json') {
      const body = JSON.stringify({ meta: { 'api-version': '1.1' }, name: project, files });
      res.writeHead(200, { 'content-type': JSON_TYPE });
      res.end(body);
      return;
    }
    const anchors = files.map((f) => {
      const frag = f.hashes.sha256 ? `#sha256=${f.hashes.sha256}` : '';
      return `<a href="${escapeHtml(`${f.url}${frag}`)}" data-requires-python="&gt;=3.8">${escapeHtml(f.filename)}</a><br/>`;
    });
    res.writeHead(200, { 'content-type': opts.format === 'html' ? 'text/html; charset=utf-8' : HTML_TYPE });
    res.end(
      `<!DOCTYPE html>\n<html>\n<body>\n<h1>Links for ${project}</h1>\n${anchors.join('\n')}\n</body>\n</html>\n`,
    );
  };

  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://index').pathname);
    requests.set(urlPath, (requests.get(urlPath) ?? 0) + 1);
    const f = faults.get(urlPath);
    if (f && (f.times === undefined || f.used < f.times)) {
      f.used++;
      res.writeHead(f.status, { 'content-type': 'text/plain' });
      res.end(`injected ${f.status}\n`);
      return;
    }
    const proj = /^\/simple\/([^/]+)(\/?)$/.exec(urlPath);
    if (proj?.[1] && proj[2] === '') {
      res.writeHead(301, { location: `/simple/${proj[1]}/` });
      res.end();
      return;
    }
    if (proj?.[1] && normalize(proj[1]) !== proj[1]) {
      res.writeHead(301, { location: `/simple/${normalize(proj[1])}/` });
      res.end();
      return;
    }
    if (proj?.[1]) return page(req, res, proj[1]);
    const file = /^\/files\/([^/]+)$/.exec(urlPath)?.[1];
    const full = file ? path.join(opts.dir, file) : '';
    if (file && fs.existsSync(full) && fs.statSync(full).isFile()) {
      const data = fs.readFileSync(full);
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(data.length),
      });
      res.end(data);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/simple`,
    requests,
    total: () => [...requests.values()].reduce((a, b) => a + b, 0),
    pages,
    fault(urlPath, fault) {
      faults.set(urlPath, { status: fault.status ?? 503, times: fault.times, used: 0 });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
