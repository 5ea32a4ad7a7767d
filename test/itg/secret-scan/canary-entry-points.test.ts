// The positive control in the other entry points of the secret scan: the production gate's secrets check
// (root action.yml, the secret-scan bundle as its child) and the pre-commit hook's command
// (`pyprod secrets --scope staged`, the CLI bundle). A config that swallows everything fails both.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { loadEvent } from '../../fixtures/events/load.js';
import { type ActionRunResult, requireNode24, runAction } from '../../support/action-runner.js';
import { cleanupRepos, initRepo, type Repo } from '../../support/git-repo.js';
import { machineEnv } from '../../support/python.js';
import { requireTool } from '../../support/tools.js';
import { missingTools } from './helpers.js';

const skipReason = missingTools();
const ROOT = path.resolve('.');
const CLI = path.resolve('dist/pyprod/index.js');
const runs: ActionRunResult[] = [];
afterAll(() => {
  for (const r of runs) r.cleanup();
  cleanupRepos();
});

const SWALLOW_ALL = `[extend]
useDefault = true
[allowlist]
regexes = ['''.*''']
`;
const MESSAGE =
  'the scanner found nothing in a sample it must detect (aws-access-key, github-token, private-key, ' +
  'slack-token): the result of this scan cannot be trusted';

function repo(config?: string): Repo {
  const r = initRepo();
  r.commit('app', { 'app.py': 'VALUE = 1\n', ...(config ? { '.gitleaks.toml': config } : {}) });
  return r;
}

function env(): NodeJS.ProcessEnv {
  const bins = [path.dirname(requireNode24() as string), path.dirname(requireTool('gitleaks') as string)];
  return machineEnv({ PATH: [...bins, process.env.PATH ?? ''].join(path.delimiter) });
}

describe('the positive control in the gate and the pre-commit hook', () => {
  it('the gate fails its secrets check when the config swallows everything', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    if (!fs.existsSync(path.resolve('dist/gate/index.js'))) throw new Error('build dist/gate first');
    const work = repo(SWALLOW_ALL);
    const r = await runAction(ROOT, {
      workspace: work.dir,
      inputs: { checks: 'secrets', setup: 'false' },
      baseEnv: env(),
      eventName: 'workflow_dispatch',
      payload: loadEvent('workflow_dispatch', {}),
      timeoutMs: 300_000,
    });
    runs.push(r);
    const log = r.steps.map((s) => `${s.stdout}${s.stderr}`).join('\n');
    expect(r.failed, log).toBe(true);
    expect(r.outputs).toMatchObject({ passed: '', failed: 'secrets' });
    expect(`${r.summary}\n${log}`).toContain(MESSAGE);
  });

  it('pyprod secrets --scope staged (the hook) fails the same way, and says the control passed otherwise', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    const node = requireNode24() as string;
    const bad = repo(SWALLOW_ALL);
    fs.writeFileSync(path.join(bad.dir, 'more.py'), 'X = 2\n');
    bad.git('add', 'more.py');
    const r = await execTool(node, [CLI, 'secrets', '--scope', 'staged'], {
      cwd: bad.dir,
      env: env(),
      okExitCodes: [0, 1],
      timeoutMs: 120_000,
    });
    expect(r.exitCode, r.tail).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toContain(MESSAGE);

    const good = repo();
    fs.writeFileSync(path.join(good.dir, 'more.py'), 'X = 2\n');
    good.git('add', 'more.py');
    const ok = await execTool(node, [CLI, 'secrets', '--scope', 'staged'], {
      cwd: good.dir,
      env: env(),
      okExitCodes: [0, 1],
      timeoutMs: 120_000,
    });
    expect(ok.exitCode, ok.tail).toBe(0);
    expect(`${ok.stdout}${ok.stderr}`).toMatch(
      /Positive control: gitleaks \S+ detected every fake credential/,
    );
  });
});
