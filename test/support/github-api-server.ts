import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback server speaking the part of the GitHub REST API that sticky PR comments use:
 *   GET   /repos/{owner}/{repo}/issues/{n}/comments?per_page=&page=   (paginated, with a Link header)
 *   POST  /repos/{owner}/{repo}/issues/{n}/comments                   {body} → 201
 *   PATCH /repos/{owner}/{repo}/issues/comments/{id}                   {body} → 200
 *   GET   /user   the token's user (`userLogin`), else 403 as for the workflow's installation token
 *   GET   /repos/{owner}/{repo}/actions/runs/{id}/attempts/{n}/jobs   {total_count, jobs} from `jobs`
 * Comments it creates are by `postAs` (default `github-actions[bot]`). `script()` queues answers (status,
 * headers, body) given before the normal handling, one per request: 5xx, 429 and rate-limit 403s.
 * It checks the Authorization header (401 "Bad credentials" otherwise), refuses bodies over 65,536
 * characters with 422 like GitHub, can be told to answer every request with one status (403 for a
 * fork's read-only token) and records every request.
 */

export interface ApiComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
  html_url: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface GitHubApiServer {
  url: string;
  requests: RecordedRequest[];
  comments: ApiComment[];
  /** Adds an existing comment (someone else's, or ours from an earlier run). */
  seed(issue: number, body: string, login?: string): ApiComment;
  /** Answer every request with this status from now on (undefined: behave normally). */
  failWith(status: number | undefined): void;
  /** Answer the next requests with these, in order, then behave normally again. */
  script(...answers: ScriptedAnswer[]): void;
  close(): Promise<void>;
}

export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface ApiServerOptions {
  token: string;
  owner?: string;
  repo?: string;
  /** Ignore the client's per_page and use this (small pages make pagination easy to test). */
  pageSize?: number;
  /** GET /user answers this login (a user token, e.g. a PAT); unset: 403 as for GITHUB_TOKEN. */
  userLogin?: string;
  /** The author of the comments the API creates (default `github-actions[bot]`). */
  postAs?: string;
  /** The jobs of workflow runs, for the list-jobs-of-an-attempt endpoint. */
  jobs?: ApiJob[];
}

export interface ApiJob {
  id: number;
  run_id: number;
  run_attempt: number;
  runner_name: string;
  name: string;
}

const MAX_BODY = 65_536;

export async function startGitHubApiServer(opts: ApiServerOptions): Promise<GitHubApiServer> {
  const owner = opts.owner ?? 'octo-org';
  const repo = opts.repo ?? 'octo-repo';
  const requests: RecordedRequest[] = [];
  const comments: ApiComment[] = [];
  let nextId = 1000;
  let failure: number | undefined;
  const scripted: ScriptedAnswer[] = [];
  let base = '';

  const add = (issue: number, body: string, login: string): ApiComment => {
    const id = nextId++;
    const c = {
      id,
      issue,
      body,
      user: { login, type: login.endsWith('[bot]') ? ('Bot' as const) : ('User' as const) },
      html_url: `https://github.test/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
    };
    comments.push(c);
    return c;
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body,
      });
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(data));
      };
      const auth = req.headers.authorization ?? '';
      if (auth !== `Bearer ${opts.token}` && auth !== `token ${opts.token}`) {
        return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      }
      if (failure !== undefined) return send(failure, { message: 'Resource not accessible by integration' });
      const next = scripted.shift();
      if (next) return send(next.status, next.body ?? { message: `scripted ${next.status}` }, next.headers);
      if (url.pathname === '/user' && req.method === 'GET') {
        return opts.userLogin
          ? send(200, { login: opts.userLogin, type: 'User' })
          : send(403, { message: 'Resource not accessible by integration' });
      }

      const jobsPath = new RegExp(`^/repos/${owner}/${repo}/actions/runs/(\\d+)/attempts/(\\d+)/jobs$`).exec(
        url.pathname,
      );
      if (jobsPath && req.method === 'GET') {
        const jobs = (opts.jobs ?? []).filter(
          (j) => j.run_id === Number(jobsPath[1]) && j.run_attempt === Number(jobsPath[2]),
        );
        return send(200, { total_count: jobs.length, jobs });
      }

      const prefix = `/repos/${owner}/${repo}/issues/`;
      if (!url.pathname.startsWith(prefix)) return send(404, { message: 'Not Found' });
      const rest = url.pathname.slice(prefix.length).split('/');
      const readBody = (): string | undefined => {
        try {
          const data = JSON.parse(body) as { body?: unknown };
          return typeof data.body === 'string' ? data.body : undefined;
        } catch {
          return undefined;
        }
      };
      const tooLong = (text: string) =>
        text.length > MAX_BODY
          ? send(422, {
              message: 'Validation Failed',
              errors: [{ message: 'Body is too long (maximum is 65536 characters)' }],
            })
          : false;

      if (rest.length === 2 && rest[1] === 'comments' && /^\d+$/.test(rest[0] ?? '')) {
        const issue = Number(rest[0]);
        if (req.method === 'GET') {
          const perPage = opts.pageSize ?? Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
          const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
          const all = comments.filter((c) => c.issue === issue);
          const last = Math.max(1, Math.ceil(all.length / perPage));
          const links: string[] = [];
          const pageUrl = (p: number) => {
            const u = new URL(url.href);
            u.searchParams.set('page', String(p));
            return u.href;
          };
          if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
          if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
          const slice = all.slice((page - 1) * perPage, page * perPage);
          return send(200, slice, links.length ? { link: links.join(', ') } : {});
        }
        if (req.method === 'POST') {
          const text = readBody();
          if (text === undefined) return send(422, { message: 'Invalid request: body is missing' });
          if (tooLong(text) === false) send(201, add(issue, text, opts.postAs ?? 'github-actions[bot]'));
          return;
        }
      }
      if (
        rest.length === 2 &&
        rest[0] === 'comments' &&
        /^\d+$/.test(rest[1] ?? '') &&
        req.method === 'PATCH'
      ) {
        const c = comments.find((x) => x.id === Number(rest[1]));
        if (!c) return send(404, { message: 'Not Found' });
        const text = readBody();
        if (text === undefined) return send(422, { message: 'Invalid request: body is missing' });
        if (tooLong(text) === false) {
          c.body = text;
          send(200, c);
        }
        return;
      }
      return send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    requests,
    comments,
    seed: (issue, body, login = 'someone') => add(issue, body, login),
    failWith: (status) => {
      failure = status;
    },
    script: (...answers) => {
      scripted.push(...answers);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
