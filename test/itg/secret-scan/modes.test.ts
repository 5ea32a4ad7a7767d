// secret-scan when it cannot or need not read git: a gitleaks error is never a clean result, files mode
// scans a folder without git, and a version without a known checksum is refused before any download.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEvent } from '../../fixtures/events/load.js';
import { cleanupRepos, cloneRepo } from '../../support/git-repo.js';
import { cleanupRuns, errors, jsonFindings, log, missingTools, project, ruleFiles, scan } from './helpers.js';
import { SecretFactory } from './planted.js';

const skipReason = missingTools();
afterAll(() => {
  cleanupRuns();
  cleanupRepos();
});

describe('secret-scan modes and failures', () => {
  it('reports a gitleaks error as a failure, never as clean, and writes no SARIF or JSON', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(21);
    const { origin } = project(f);
    const ci = cloneRepo(origin);
    fs.writeFileSync(path.join(ci.dir, 'broken.toml'), 'title = [\n');

    const r = await scan(ci.dir, {
      eventName: 'workflow_dispatch',
      payload: loadEvent('workflow_dispatch', {}),
      inputs: { config: 'broken.toml', 'sarif-file': 'out/s.sarif', 'json-file': 'out/s.json' },
    });

    expect(r.failed).toBe(true);
    const message = errors(r).join('\n');
    expect(message).toContain('gitleaks did not complete the scan (it exited with an error; exit code 1)');
    expect(message).toContain('unable to load gitleaks config');
    expect(r.summary).toContain(
      'the scan did not complete (gitleaks exit code 1); nothing is known about secrets',
    );
    expect(r.summary).not.toContain('no secrets found');
    expect(r.outputs.findings).toBeUndefined();
    expect(fs.existsSync(path.join(ci.dir, 'out'))).toBe(false);
  });

  it('names a config input that does not exist', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-scan-ws-'));
    const r = await scan(ws, { inputs: { config: 'nope.toml', scope: 'sometimes' } });
    expect(errors(r)).toEqual([
      `Input 'scope' has an invalid value "sometimes": allowed values are auto, commits, history, files, staged.`,
    ]);
    const r2 = await scan(ws, { inputs: { config: 'nope.toml' } });
    expect(errors(r2).join('\n')).toContain(
      `Input 'config' has an invalid value "nope.toml": expected an existing file; ${path.join(ws, 'nope.toml')} does not exist.`,
    );
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('scope staged scans only the changes staged for the next commit (the pre-commit hook)', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(23);
    // History holds a Slack token (legacy/slack.py); the work tree gets one staged and one unstaged secret.
    const { work } = project(f);
    fs.writeFileSync(path.join(work.dir, 'settings.py'), f.awsKeyId().content);
    work.git('add', 'settings.py');
    fs.writeFileSync(path.join(work.dir, 'notes.txt'), f.githubToken().content);

    const r = await scan(work.dir, { inputs: { scope: 'staged', 'json-file': '../staged.json' } });

    expect(r.failed, log(r)).toBe(true);
    expect(ruleFiles(jsonFindings(r))).toEqual(['aws-access-token settings.py']);
    expect(r.summary).toContain('in the staged changes');
    expect(r.outputs).toMatchObject({ findings: '1', 'scanned-commits': '0', range: '' });

    work.git('reset', '-q');
    const clean = await scan(work.dir, { inputs: { scope: 'staged' } });
    expect(clean.failed, log(clean)).toBe(false);
    expect(clean.summary).toContain('no secrets found in the staged changes');
  });

  it('scans the files of a folder without git (scope auto), with a dir-mode .gitleaksignore', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(22);
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-scan-files-'));
    fs.mkdirSync(path.join(ws, 'notebooks'));
    fs.writeFileSync(path.join(ws, 'notebooks', 'explore.py'), `import os\n${f.awsKeyId().content}`);
    fs.writeFileSync(path.join(ws, 'settings.py'), f.password('api_secret').content);
    fs.writeFileSync(path.join(ws, 'token.txt'), f.githubToken().content);
    fs.writeFileSync(path.join(ws, '.gitleaksignore'), 'token.txt:github-pat:1\n');

    const r = await scan(ws, { eventName: 'push', payload: {}, inputs: { 'json-file': '../report.json' } });

    expect(r.failed, log(r)).toBe(true);
    expect(r.outputs).toMatchObject({ findings: '2', 'scanned-commits': '0', range: '' });
    const found = jsonFindings(r);
    expect(ruleFiles(found)).toEqual([
      'aws-access-token notebooks/explore.py',
      'generic-api-key settings.py',
    ]);
    expect(found.map((x) => x.fingerprint).sort()).toEqual([
      'notebooks/explore.py:aws-access-token:2',
      'settings.py:generic-api-key:1',
    ]);
    expect(r.summary).toContain('is not in a git repository');
    fs.rmSync(ws, { recursive: true, force: true });
    fs.rmSync(`${ws}/../report.json`, { force: true });
  });

  it('has nothing to scan on a deleted branch, and installs no scanner for it', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const { origin, work } = project(new SecretFactory(23));
    const ci = cloneRepo(origin);
    const payload = loadEvent('push-deleted', { BRANCH: 'old-topic', BEFORE: work.sha() });
    // No gitleaks on PATH and a mirror that refuses connections: any provisioning would fail the step.
    const r = await scan(ci.dir, {
      eventName: 'push',
      payload,
      noGitleaksOnPath: true,
      inputs: { mirror: 'http://127.0.0.1:9', 'json-file': 'out/r.json' },
    });
    expect(r.failed, log(r)).toBe(false);
    expect(r.outputs).toMatchObject({ findings: '0', 'scanned-commits': '0', range: '' });
    expect(log(r)).toContain('Nothing to scan: push: refs/heads/old-topic was deleted');
    expect(r.summary).toMatch(/^### ✅ Secret scan: no secrets found in 0 commits/);
  });

  it('refuses a version without a known checksum before downloading anything', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-scan-ws-'));
    fs.writeFileSync(path.join(ws, 'a.txt'), 'nothing here\n');
    const r = await scan(ws, {
      noGitleaksOnPath: true,
      inputs: { version: '8.99.0', scope: 'files', mirror: 'http://127.0.0.1:9' },
    });
    expect(r.failed).toBe(true);
    expect(errors(r).join('\n')).toMatch(
      /No known checksum for gitleaks 8\.99\.0 asset gitleaks_8\.99\.0_\w+_\w+\./,
    );
    expect(errors(r).join('\n')).toContain("'checksum' input");
    fs.rmSync(ws, { recursive: true, force: true });
  });
});
