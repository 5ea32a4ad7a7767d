import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

/**
 * A loopback release mirror: serves a folder laid out as upstream (`/<version>/<asset>`), counts requests
 * per path, and injects faults per path so download retries, timeouts and verification can be tested.
 */

export interface Fault {
  /** Answer with this status (default 503) ... */
  status?: number;
  /** ... this many times before serving normally (default: every time). */
  times?: number;
  /** 'headers': accept the request and never answer; 'body': send headers and half the body, then stall. */
  stall?: 'headers' | 'body';
  /** Serve the file with some bytes flipped (same length). */
  corrupt?: boolean;
}

export interface MirrorServer {
  /** Base URL, e.g. http://127.0.0.1:PORT (no trailing slash). */
  url: string;
  /** Requests received per URL path, e.g. '/0.9.5/uv-x86_64-unknown-linux-gnu.tar.gz' → 2. */
  requests: Map<string, number>;
  /** Requests received in all. */
  total(): number;
  fault(urlPath: string, fault: Fault): void;
  close(): Promise<void>;
}

function serveFile(res: http.ServerResponse, file: string, fault: Fault | undefined): void {
  let data = fs.readFileSync(file);
  if (fault?.corrupt) {
    data = Buffer.from(data);
    for (
      let i = Math.floor(data.length / 2);
      i < Math.min(data.length, Math.floor(data.length / 2) + 16);
      i++
    ) {
      data[i] = (data[i] ?? 0) ^ 0xff;
    }
  }
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(data.length) });
  if (fault?.stall === 'body') {
    res.write(data.subarray(0, Math.floor(data.length / 2)));
    return; // never ends: the client's idle timeout must fire
  }
  res.end(data);
}

export async function startMirrorServer(root: string): Promise<MirrorServer> {
  const requests = new Map<string, number>();
  const faults = new Map<string, Fault & { used: number }>();
  const base = path.resolve(root);

  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://mirror').pathname);
    requests.set(urlPath, (requests.get(urlPath) ?? 0) + 1);
    const f = faults.get(urlPath);
    const active = f && (f.times === undefined || f.used < f.times) ? f : undefined;
    if (active) active.used++;
    if (active?.stall === 'headers') return; // the socket stays open, nothing is sent
    if (active && !active.stall && !active.corrupt) {
      res.writeHead(active.status ?? 503, { 'content-type': 'text/plain' });
      res.end(`injected ${active.status ?? 503}\n`);
      return;
    }
    const file = path.resolve(base, `.${urlPath}`);
    if (!file.startsWith(`${base}${path.sep}`) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found\n');
      return;
    }
    serveFile(res, file, active);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    total: () => [...requests.values()].reduce((a, b) => a + b, 0),
    fault(urlPath, fault) {
      faults.set(urlPath, { ...fault, used: 0 });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
