// The positive control (issue 21): before a scan is believed, gitleaks must detect fake credentials of each
// kind in a sample generated for the run; a config that swallows everything fails the step even though
// gitleaks itself exits 0, and the sample's values reach no output.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CANARY_KINDS, makeCanary, missedKinds } from '../../../src/actions/secret-scan/canary.js';
import { runGitleaks } from '../../../src/actions/secret-scan/gitleaks-run.js';
import { loadEvent } from '../../fixtures/events/load.js';
import type { ActionRunResult } from '../../support/action-runner.js';
import { cleanupRepos, cloneRepo, runGit } from '../../support/git-repo.js';
import { requireTool } from '../../support/tools.js';
import { cleanupRuns, errors, filesUnder, log, missingTools, project, scan } from './helpers.js';
import { SecretFactory } from './planted.js';

const skipReason = missingTools();
afterAll(() => {
  cleanupRuns();
  cleanupRepos();
});

/** The shapes of the canary's values (its values are random, so their shapes are what is looked for). */
const CANARY_SHAPES = [
  new RegExp(`${'AK'}${'IA'}[A-Z2-7]{16}`),
  new RegExp(`${'gh'}${'p_'}[0-9A-Za-z]{36}`),
  new RegExp(`${'xo'}${'xb'}-[0-9]{10,13}-`),
  /PRIVATE KEY-----/,
];

/**
 * Everything the run wrote that a person or tool could read: logs, summary, annotations, outputs, the files
 * it left in the runner's temp dir and every workspace file git does not track (the planted secrets of
 * project() are tracked, so they are not what is looked for).
 */
function everything(r: ActionRunResult, workspace: string): string {
  const untracked = runGit(workspace, ['ls-files', '-z', '--others']).split('\0').filter(Boolean);
  return [
    log(r),
    r.summary,
    JSON.stringify(r.annotations),
    JSON.stringify(r.outputs),
    ...untracked.map((f) => fs.readFileSync(path.join(workspace, f), 'latin1')),
    ...filesUnder(r.runnerTemp).map((f) => f.text),
  ].join('\n');
}

function expectNoCanaryValue(r: ActionRunResult, workspace: string): void {
  const all = everything(r, workspace);
  for (const shape of CANARY_SHAPES) expect(all, String(shape)).not.toMatch(shape);
}

const SWALLOW_ALL = `title = "allow everything"
[extend]
useDefault = true
[allowlist]
description = "a regex that matches every secret"
regexes = ['''.*''']
`;

const NO_SLACK = `title = "defaults without the Slack bot rule"
[extend]
useDefault = true
disabledRules = ["slack-bot-token"]
`;

describe('secret-scan positive control', () => {
  it('fails when the config swallows everything, though gitleaks exits 0', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(41);
    const { origin } = project(f);
    const ci = cloneRepo(origin);
    fs.writeFileSync(path.join(ci.dir, '.gitleaks.toml'), SWALLOW_ALL);

    const r = await scan(ci.dir, {
      eventName: 'workflow_dispatch',
      payload: loadEvent('workflow_dispatch', {}),
      inputs: { 'json-file': 'out/s.json', 'sarif-file': 'out/s.sarif' },
    });

    expect(r.failed, log(r)).toBe(true);
    const message = errors(r).join('\n');
    expect(message).toContain(
      'the scanner found nothing in a sample it must detect (aws-access-key, github-token, private-key, ' +
        'slack-token): the result of this scan cannot be trusted',
    );
    expect(message).toContain('gitleaks 8.30.1 with the configuration .gitleaks.toml');
    expect(r.summary).toContain('nothing is known about secrets');
    expect(r.summary).not.toContain('no secrets found');
    // The scan itself never ran: no report would close alerts, no clean outputs.
    expect(fs.existsSync(path.join(ci.dir, 'out'))).toBe(false);
    expect(r.outputs.findings).toBeUndefined();
    expectNoCanaryValue(r, ci.dir);
    expect(ci.git('status', '--porcelain').trim()).toBe('?? .gitleaks.toml');
  });

  it('passes with the default rules, and the scan runs and finds the planted secret', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(42);
    const { origin, old } = project(f);
    const ci = cloneRepo(origin);

    const r = await scan(ci.dir, {
      eventName: 'workflow_dispatch',
      payload: loadEvent('workflow_dispatch', {}),
      inputs: { 'json-file': '../canary-default.json', 'sarif-file': '../canary-default.sarif' },
    });

    expect(r.failed, log(r)).toBe(true); // the planted Slack token in the history
    expect(r.outputs.findings).toBe('1');
    expect(log(r)).toMatch(/Positive control: gitleaks 8\.30\.1 detected every fake credential/);
    expect(r.summary).toContain(
      'gitleaks detected fake credentials of every kind (<code>aws-access-key</code>, ' +
        '<code>github-token</code>, <code>private-key</code>, <code>slack-token</code>) in a generated sample',
    );
    const written = [r.outputs['json-file'], r.outputs['sarif-file']].map((p) =>
      fs.readFileSync(p as string, 'utf8'),
    );
    // Only the planted secret is reported; nothing of the canary (its file or its values) is.
    expect(written.join('\n')).not.toContain('samples.txt');
    expect(written.join('\n')).not.toContain(old.value);
    const all = `${everything(r, ci.dir)}\n${written.join('\n')}`;
    for (const shape of CANARY_SHAPES) expect(all, String(shape)).not.toMatch(shape);
  });

  it('a config that drops the Slack rule passes with canary-kinds naming what it keeps', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const f = new SecretFactory(43);
    const { origin } = project(f);
    const ci = cloneRepo(origin);
    fs.writeFileSync(path.join(ci.dir, 'no-slack.toml'), NO_SLACK);

    // Without canary-kinds the dropped rule fails the control, naming just that kind.
    const strict = await scan(ci.dir, {
      eventName: 'workflow_dispatch',
      payload: loadEvent('workflow_dispatch', {}),
      inputs: { config: 'no-slack.toml' },
    });
    expect(strict.failed).toBe(true);
    expect(errors(strict).join('\n')).toContain(
      'the scanner found nothing in a sample it must detect (slack-token): the result of this scan cannot be trusted',
    );
    expectNoCanaryValue(strict, ci.dir);

    const r = await scan(ci.dir, {
      eventName: 'workflow_dispatch',
      payload: loadEvent('workflow_dispatch', {}),
      inputs: { config: 'no-slack.toml', 'canary-kinds': 'aws-access-key, github-token, private-key' },
    });
    // The history's only secret is a Slack token, which this config deliberately does not look for.
    expect(r.failed, log(r)).toBe(false);
    expect(r.outputs.findings).toBe('0');
    expect(r.summary).toContain(
      'gitleaks detected fake credentials of the kinds `canary-kinds` lists (<code>aws-access-key</code>, ' +
        '<code>github-token</code>, <code>private-key</code>)',
    );
    expectNoCanaryValue(r, ci.dir);
  });
});

describe('the positive control never fails by chance', () => {
  // Unchecked, about 1 in 6,000 AWS values fell under the rule's entropy threshold: 20,000 of them make a
  // regression fail this test nearly every time.
  it('gitleaks detects every kind in each of 21,000 generated samples (one scan)', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-canaries-'));
    try {
      const samples = [
        ...Array.from({ length: 20_000 }, () => makeCanary(['aws-access-key'])),
        ...Array.from({ length: 1_000 }, () => makeCanary(CANARY_KINDS)),
      ];
      fs.mkdirSync(path.join(dir, 's'));
      for (const [i, c] of samples.entries()) fs.writeFileSync(path.join(dir, 's', `${i}.txt`), c.text);
      const r = await runGitleaks(
        requireTool('gitleaks') as string,
        { target: { mode: 'dir' }, source: path.join(dir, 's') },
        { cwd: dir, env: process.env, tempDir: path.join(dir, 'tmp'), timeoutMs: 300_000 },
      );
      const byFile = new Map<string, unknown[]>();
      for (const e of r.entries) {
        const file = path.basename(String((e as { File?: unknown }).File));
        byFile.set(file, [...(byFile.get(file) ?? []), e]);
      }
      const missed = samples.flatMap((c, i) =>
        missedKinds(c, byFile.get(`${i}.txt`) ?? []).map((k) => `${i}.txt: ${k}`),
      );
      expect(missed).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
