// changed-files-only: a real git history and the pull_request payload GitHub sends for it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEvent, pullRequestVars } from '../../fixtures/events/load.js';
import { cleanupRepos, initRepo, type Repo } from '../../support/git-repo.js';
import { requireTool } from '../../support/tools.js';
import { cleanup, FIXTURES, lint, log, prerequisites, readJson } from './helpers.js';

let uv: string | undefined;
let reason: string | undefined;
beforeAll(() => {
  ({ uv, reason } = prerequisites());
  if (!reason && !requireTool('git')) reason = 'git is not installed';
});
afterAll(() => {
  cleanup();
  cleanupRepos();
});

/** main holds the violations fixture; the `feature` branch adds `change` on top of it. */
function pullRequest(change: Record<string, string>): { repo: Repo; payload: ReturnType<typeof loadEvent> } {
  const repo = initRepo('main');
  fs.cpSync(path.join(FIXTURES, 'violations'), repo.dir, { recursive: true });
  const base = repo.commit('the project with its known findings');
  repo.git('checkout', '-q', '-b', 'feature');
  const head = repo.commit('a change', change);
  const payload = loadEvent(
    'pull_request-opened',
    pullRequestVars(base, head, { number: 7, changedFiles: Object.keys(change).length }),
    repo,
  );
  return { repo, payload };
}

describe('changed-files-only on a pull request', () => {
  it("lints only the pull request's changed Python files and says so", async (ctx) => {
    if (reason) return ctx.skip(reason);
    const { repo, payload } = pullRequest({
      'app/added.py': '"""Added by the pull request."""\nimport os\n',
      'README.md': 'docs\n',
    });
    const r = await lint(
      uv!,
      repo.dir,
      { tools: 'ruff,flake8,pylint', 'changed-files-only': 'true', 'json-file': 'lint.json' },
      { eventName: 'pull_request', payload },
    );
    expect(r.failed, log(r)).toBe(true);
    const report = readJson(path.join(repo.dir, 'lint.json'));
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set(['app/added.py']));
    expect(report.findings.find((f) => f.rule === 'F401')).toMatchObject({
      line: 2,
      alsoReportedBy: ['flake8', 'pylint'],
    });
    expect(r.summary).toContain('#### Changed files only');
    // The summary escapes Markdown and defuses references (`pull\_request \#\u200b7`): read it as text.
    expect(r.summary.replaceAll('\\', '').replaceAll('\u200b', '')).toMatch(
      /pull_request #7: 1 commit [0-9a-f]+\.\.[0-9a-f]+ .*: 1 changed Python file linted \(of 2 changed files\)/,
    );
  });

  it('passes with nothing to lint when no Python file changed', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const { repo, payload } = pullRequest({ 'README.md': 'only docs\n' });
    const r = await lint(
      uv!,
      repo.dir,
      { tools: 'ruff,flake8', 'changed-files-only': 'true' },
      { eventName: 'pull_request', payload },
    );
    expect(r.failed, log(r)).toBe(false);
    expect(r.outputs.findings).toBe('0');
    expect(r.summary).toMatch(/^### ✅ Python lint: no changed Python files to lint/m);
  });

  it('lints everything on a push, where changed-files-only does not apply', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const { repo } = pullRequest({ 'app/added.py': '"""Added."""\n' });
    const r = await lint(
      uv!,
      repo.dir,
      { tools: 'ruff', 'changed-files-only': 'true' },
      { eventName: 'push', payload: {} },
    );
    expect(Number(r.outputs.findings)).toBe(6);
    expect(log(r)).toContain('changed-files-only applies to pull requests; this is a push event');
  });
});
