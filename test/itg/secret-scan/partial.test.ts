// Partial results stay (issue 15, item 12): gitleaks finds a secret in the newest commit, then git fails on
// a missing object and gitleaks exits 42 with an error logged. The step fails, shows the finding it did
// get, says what was not scanned, writes no SARIF (that would close alerts it never reached), and no
// secret value reaches any output.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEvent } from '../../fixtures/events/load.js';
import { cleanupRepos, initRepo } from '../../support/git-repo.js';
import {
  cleanupRuns,
  errors,
  filesUnder,
  jsonFindings,
  log,
  missingTools,
  ruleFiles,
  scan,
} from './helpers.js';
import { SecretFactory } from './planted.js';

const skipReason = missingTools();
afterAll(() => {
  cleanupRuns();
  cleanupRepos();
});

describe('secret-scan: an incomplete scan', () => {
  it('keeps the findings it has, says what was not scanned, and fails', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(61);
    const work = initRepo();
    const old = f.awsKeyId();
    work.commit('old', { 'old/aws.py': old.content });
    work.commit('data', { 'data/blob.txt': 'data that will go missing\n' });
    // A large diff between the break and the newest commit: git cannot reach the missing object before
    // gitleaks has read (and scanned) the newest commit, which it gives up on otherwise as soon as git
    // writes its error (gitleaks stops at the first stderr line, whatever is still in the pipe).
    const pad = Array.from({ length: 40_000 }, (_, i) => `row ${i}`).join('\n');
    work.commit('pad', { 'data/pad.txt': `${pad}\n` });
    const recent = f.githubToken();
    work.commit('recent', { 'app/client.py': recent.content });
    // The middle commit's blob disappears (a broken or partial clone): `git log -p` dies there.
    const blob = work.git('rev-parse', 'HEAD~2:data/blob.txt');
    fs.rmSync(path.join(work.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));

    const r = await scan(work.dir, {
      eventName: 'workflow_dispatch',
      payload: loadEvent('workflow_dispatch', {}),
      inputs: { 'json-file': 'out/partial.json', 'sarif-file': 'out/partial.sarif' },
    });

    expect(r.failed, log(r)).toBe(true);
    const message = errors(r).join('\n');
    expect(message).toContain('gitleaks did not complete the scan of workflow_dispatch: full history');
    expect(message).toContain(`fatal: unable to read ${blob}`);
    expect(message).toContain('It reported 1 possible secret in what it scanned before it stopped');
    // What it found is there: in the summary, the JSON report and the outputs.
    expect(ruleFiles(jsonFindings(r))).toEqual(['github-pat app/client.py']);
    expect(r.outputs.findings).toBe('1');
    expect(r.summary).toContain(
      'the scan did not complete: 1 possible secret in the part of 4 commits gitleaks scanned',
    );
    expect(r.summary).toContain('app/client.py');
    // What it did not scan is said.
    expect(r.summary).toContain('the rest was not scanned');
    expect(r.summary).toMatch(
      /gitleaks (reached [12] commits? with changes of the 4 in the range|stopped part way)/,
    );
    expect(r.summary).not.toContain('no secrets found');
    expect(r.summary).not.toContain('0 findings');
    // No SARIF: it would close alerts for what the scan never reached.
    expect(r.outputs['sarif-file']).toBeUndefined();
    expect(fs.existsSync(path.join(work.dir, 'out', 'partial.sarif'))).toBe(false);
    const all = [
      log(r),
      r.summary,
      JSON.stringify(r.annotations),
      JSON.stringify(r.outputs),
      fs.readFileSync(r.outputs['json-file'] as string, 'utf8'),
      ...filesUnder(r.runnerTemp).map((x) => x.text),
    ].join('\n');
    for (const v of [old.value, recent.value]) expect(all).not.toContain(v);
  });
});
