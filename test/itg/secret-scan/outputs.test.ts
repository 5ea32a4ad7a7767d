// secret-scan's outputs: .gitleaksignore and a baseline suppress what they list, no planted secret reaches
// anything the action writes, a gitleaks error is never a clean result, files mode, provisioning.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEvent } from '../../fixtures/events/load.js';
import { cleanupRepos, cloneRepo } from '../../support/git-repo.js';
import { type GitHubApiServer, startGitHubApiServer } from '../../support/github-api-server.js';
import { type MirrorServer, startMirrorServer } from '../../support/mirror-server.js';
import { requireTool } from '../../support/tools.js';
import {
  cleanupRuns,
  filesUnder,
  jsonFindings,
  log,
  missingTools,
  project,
  type Release,
  repackRelease,
  ruleFiles,
  scan,
} from './helpers.js';
import { SecretFactory } from './planted.js';

const skipReason = missingTools();
const TOKEN = 'ghs_LoopbackToken0123456789abcdefABCD';
let release: Release | undefined;
let mirror: MirrorServer | undefined;
let api: GitHubApiServer | undefined;

beforeAll(async () => {
  if (skipReason) return;
  release = await repackRelease(requireTool('gitleaks') as string);
  mirror = await startMirrorServer(release.root);
  api = await startGitHubApiServer({ token: TOKEN });
});
afterAll(async () => {
  cleanupRuns();
  cleanupRepos();
  await mirror?.close();
  await api?.close();
  if (release) fs.rmSync(release.root, { recursive: true, force: true });
});

/** A push of three commits holding an AWS key id, a GitHub token and a password, on top of `project`. */
function pushOfThree(seed: number) {
  const f = new SecretFactory(seed);
  const { origin, work } = project(f);
  const before = work.sha();
  const c1 = work.commit('aws', { 'app/aws.py': f.awsKeyId().content });
  const c2 = work.commit('gh', { 'app/gh.py': f.githubToken().content });
  const c3 = work.commit('db', { 'app/db.py': f.password().content });
  work.git('push', '-q', 'origin', 'main');
  const vars = { BRANCH: 'main', BEFORE: before, AFTER: c3, COMMIT_1: c1, COMMIT_2: c2, COMMIT_3: c3 };
  return { f, ci: cloneRepo(origin), payload: loadEvent('push', vars, work) };
}

describe('secret-scan outputs', () => {
  it('.gitleaksignore and a baseline suppress what they list', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const { ci, payload } = pushOfThree(11);
    const run = (inputs: Record<string, string>) =>
      scan(ci.dir, { eventName: 'push', payload, inputs: { 'json-file': 'out/r.json', ...inputs } });
    const first = await run({ 'write-baseline': 'out/baseline.json' });
    const all = jsonFindings(first);
    expect(ruleFiles(all), log(first)).toEqual([
      'aws-access-token app/aws.py',
      'generic-api-key app/db.py',
      'github-pat app/gh.py',
    ]);
    const fp = (rule: string) => all.find((x) => x.rule === rule)?.fingerprint as string;
    expect(fp('github-pat')).toMatch(/^[0-9a-f]{40}:app\/gh\.py:github-pat:1$/);
    // write-baseline wrote gitleaks' own fingerprints.
    const written = JSON.parse(fs.readFileSync(path.join(ci.dir, 'out/baseline.json'), 'utf8'));
    expect(written).toEqual({
      version: 1,
      tool: 'secret-scan',
      fingerprints: all.map((x) => x.fingerprint).sort(),
    });

    // The ignore file takes the AWS finding out of gitleaks' results altogether.
    fs.writeFileSync(
      path.join(ci.dir, '.gitleaksignore'),
      `# test key, revoked\n${fp('aws-access-token')}\n`,
    );
    fs.writeFileSync(
      path.join(ci.dir, 'out/known.json'),
      JSON.stringify({ version: 1, tool: 'secret-scan', fingerprints: [fp('github-pat')] }),
    );
    const second = await run({ baseline: 'out/known.json' });
    expect(second.failed).toBe(true);
    expect(second.outputs).toMatchObject({ findings: '2', 'new-findings': '1' });
    expect(ruleFiles(jsonFindings(second))).toEqual(['generic-api-key app/db.py', 'github-pat app/gh.py']);
    expect(second.summary).toContain('<code>.gitleaksignore</code> (1 entry)');
    expect(second.summary).toContain('<code>github-pat</code> (known)');
    // Only the new finding is annotated.
    expect(second.annotations.filter((a) => a.level === 'error' && a.file)).toHaveLength(1);

    fs.writeFileSync(
      path.join(ci.dir, 'out/known.json'),
      JSON.stringify({
        version: 1,
        tool: 'secret-scan',
        fingerprints: [fp('github-pat'), fp('generic-api-key')],
      }),
    );
    const third = await run({ baseline: 'out/known.json' });
    expect(third.failed, log(third)).toBe(false);
    expect(third.outputs).toMatchObject({ findings: '2', 'new-findings': '0' });
    expect(third.summary).toMatch(
      /^### ✅ Secret scan: 2 possible secrets in 3 commits \(0 new, 2 in the baseline\)/,
    );
  });

  it('no planted secret reaches any log, summary, annotation, output, report, baseline or PR comment', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(12);
    const { origin, work } = project(f);
    work.git('checkout', '-q', '-b', 'feature');
    work.commit('one', { 'svc/aws.py': f.awsKeyId().content, 'svc/gh.py': f.githubToken().content });
    work.commit('two', { 'svc/slack.py': f.slackToken().content, 'keys/id.pem': f.privateKey().content });
    work.commit('three', { 'svc/db.py': f.password().content });
    work.git('push', '-q', 'origin', 'feature:refs/pull/5/head');
    const ci = cloneRepo(origin);
    const vars = {
      NUMBER: 5,
      BASE_REF: 'main',
      BASE_SHA: work.sha('main'),
      HEAD_REF: 'feature',
      HEAD_SHA: work.sha(),
    };
    const payload = loadEvent('pull_request-opened', { ...vars, COMMITS: 3, CHANGED_FILES: 5 }, work);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-scan-out-'));

    const r = await scan(ci.dir, {
      eventName: 'pull_request',
      payload,
      repository: 'octo-org/octo-repo',
      apiUrl: api?.url,
      token: TOKEN,
      noGitleaksOnPath: true,
      inputs: {
        mirror: mirror?.url as string,
        checksum: release?.sha256 as string,
        'sarif-file': path.join(out, 'secrets.sarif'),
        'json-file': path.join(out, 'secrets.json'),
        'write-baseline': path.join(out, 'baseline.json'),
        'pr-comment': 'true',
      },
    });

    // It really found them all (so the check below is not vacuous) ...
    expect(r.outputs.findings, log(r)).toBe('5');
    expect(new Set(jsonFindings(r).map((x) => x.rule))).toEqual(
      new Set(['aws-access-token', 'github-pat', 'slack-bot-token', 'private-key', 'generic-api-key']),
    );
    expect(log(r)).toContain(`Verified SHA-256 ${release?.sha256}`);
    expect(api?.comments).toHaveLength(1);
    // ... and the secrets are really in the history it scanned.
    const history = execFileSync('git', ['-C', ci.dir, 'log', '-p', vars.HEAD_SHA], { encoding: 'utf8' });
    for (const p of f.made) expect(history, p.rule).toContain(p.value);

    const written: Array<{ where: string; text: string }> = [
      ...r.steps.flatMap((s) => [
        { where: `${s.phase} stdout`, text: s.stdout },
        { where: `${s.phase} stderr`, text: s.stderr },
      ]),
      { where: 'summary', text: r.summary },
      { where: 'outputs', text: JSON.stringify(r.outputs) },
      { where: 'annotations', text: JSON.stringify(r.annotations) },
      { where: 'env', text: JSON.stringify(r.env) },
      { where: 'PR comment', text: JSON.stringify(api?.requests.map((q) => q.body)) },
      ...filesUnder(out).map((x) => ({ where: x.file, text: x.text })),
      ...filesUnder(r.runnerTemp).map((x) => ({ where: x.file, text: x.text })),
    ];
    expect(
      filesUnder(out)
        .map((x) => path.basename(x.file))
        .sort(),
    ).toEqual(['baseline.json', 'secrets.json', 'secrets.sarif']);
    for (const p of f.made) {
      for (const w of written)
        expect(w.text.includes(p.value), `${p.rule} value found in ${w.where}`).toBe(false);
    }
    fs.rmSync(out, { recursive: true, force: true });
  });
});
