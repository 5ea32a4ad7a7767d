/**
 * A loopback Hugging Face hub serving one tiny model, speaking the endpoints huggingface_hub 2.4's
 * snapshot_download and hf_hub_download call (read from the package's _snapshot_download.py, hf_api.py and
 * file_download.py):
 *   GET  /api/models/<id>[/revision/<rev>]            model info: sha (the commit) and siblings
 *   GET  /api/models/<id>/tree/<rev>?recursive=...    the file list: type, path, size, oid (git blob id)
 *   HEAD|GET /<id>/resolve/<rev>/<file>               the file, with X-Repo-Commit and ETag headers
 * No X-Xet-Hash header is sent, so the client downloads over plain HTTP.
 */
import { createHash } from 'node:crypto';
import * as http from 'node:http';

export interface HubServer {
  url: string;
  commit: string;
  /** Request lines received ("GET /api/models/..."), for assertions. */
  requests: string[];
  close(): Promise<void>;
}

const gitBlobId = (body: Buffer) =>
  createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${body.length}\0`), body]))
    .digest('hex');

export async function startHubServer(repoId: string, files: Record<string, string>): Promise<HubServer> {
  const blobs = new Map(Object.entries(files).map(([p, text]) => [p, Buffer.from(text)]));
  const commit = createHash('sha1').update(JSON.stringify(files)).digest('hex');
  const requests: string[] = [];
  const json = (res: http.ServerResponse, value: unknown) => {
    const body = Buffer.from(JSON.stringify(value));
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
    res.end(body);
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://hub');
    requests.push(`${req.method} ${url.pathname}`);
    const path = decodeURIComponent(url.pathname);
    const info = new RegExp(`^/api/models/${repoId}(/revision/[^/]+)?$`);
    const tree = new RegExp(`^/api/models/${repoId}/tree/[^/]+$`);
    const resolve = new RegExp(`^/${repoId}/resolve/[^/]+/(.+)$`);
    if (info.test(path)) {
      return json(res, {
        id: repoId,
        modelId: repoId,
        sha: commit,
        private: false,
        siblings: [...blobs.keys()].map((rfilename) => ({ rfilename })),
      });
    }
    if (tree.test(path)) {
      return json(
        res,
        [...blobs].map(([p, b]) => ({ type: 'file', path: p, size: b.length, oid: gitBlobId(b) })),
      );
    }
    const m = resolve.exec(path);
    const body = m ? blobs.get(m[1] as string) : undefined;
    if (body) {
      res.writeHead(200, {
        'Content-Length': body.length,
        'Content-Type': 'application/octet-stream',
        'X-Repo-Commit': commit,
        ETag: `"${gitBlobId(body)}"`,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json', 'X-Error-Code': 'EntryNotFound' });
    res.end(JSON.stringify({ error: `not found: ${path}` }));
  });
  // All interfaces' loopback: the builder's RUN steps use the host network and reach it at 127.0.0.1.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    commit,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
