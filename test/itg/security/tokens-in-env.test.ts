// Attack: a pull request sets pylint's `init-hook` (code pylint runs at start) to copy the environment to a
// file, hoping to find the workflow's token or the runner's cache/OIDC credentials there.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, copyFixture, lint, log, prerequisites } from '../python-lint-stack/helpers.js';

let uv: string | undefined;
let reason: string | undefined;
beforeAll(() => {
  ({ uv, reason } = prerequisites());
});
afterAll(cleanup);

const MARKERS = {
  GITHUB_TOKEN: 'ghs_markerGithubToken0001',
  GH_TOKEN: 'ghs_markerGhToken0002',
  ACTIONS_RUNTIME_TOKEN: 'marker-runtime-token-0003',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'marker-oidc-token-0004',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/marker-oidc-url-0005',
  ACTIONS_CACHE_URL: 'http://127.0.0.1:9/marker-cache-url-0006/',
  ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/marker-results-url-0007/',
  ACTIONS_RUNTIME_URL: 'http://127.0.0.1:9/marker-runtime-url-0008/',
};
const INPUT_TOKEN = 'ghs_markerInputToken0009';

describe('tokens never reach the tools a pull request controls', () => {
  for (const prComment of [false, true]) {
    it(`pylint's init-hook sees no credential (pr-comment: ${prComment})`, async (ctx) => {
      if (reason) return ctx.skip(reason);
      const ws = copyFixture('violations');
      const dump = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'env-dump-')), 'env.json');
      fs.appendFileSync(
        path.join(ws, 'pyproject.toml'),
        `\n[tool.pylint.main]\ninit-hook = "import os, json; open('${dump}', 'w').write(json.dumps(dict(os.environ)))"\n`,
      );
      const r = await lint(
        uv as string,
        ws,
        { tools: 'pylint', 'github-token': INPUT_TOKEN, 'pr-comment': String(prComment) },
        { env: MARKERS, eventName: 'push' },
      );
      // The hook ran (so the attack was really tried) ...
      expect(fs.existsSync(dump), log(r)).toBe(true);
      const seen = JSON.parse(fs.readFileSync(dump, 'utf8')) as Record<string, string>;
      expect(seen.PATH).toBeTruthy();
      // ... and found none of the credentials, under any name.
      const text = fs.readFileSync(dump, 'utf8');
      for (const marker of [...Object.values(MARKERS), INPUT_TOKEN]) expect(text).not.toContain(marker);
      for (const name of Object.keys(MARKERS)) expect(seen).not.toHaveProperty(name);
      expect(Object.keys(seen).filter((k) => /TOKEN/i.test(k))).toEqual([]);
    });
  }
});
