import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ActionRunResult,
  type RunActionOptions,
  requireNode24,
  runAction,
} from '../../support/action-runner.js';

const PROBE = path.resolve('test/fixtures/actions/probe');
const results: ActionRunResult[] = [];
const tempDirs: string[] = [];
afterEach(() => {
  for (const r of results.splice(0)) r.cleanup();
  for (const d of tempDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function probe(opts: RunActionOptions = {}, action = PROBE): Promise<ActionRunResult> {
  const r = await runAction(action, opts);
  results.push(r);
  return r;
}

/** A copy of the probe whose action.yml has `runs:` keys replaced, for pre-if/post-if cases. */
function probeWithRuns(runs: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-variant-'));
  tempDirs.push(dir);
  fs.cpSync(PROBE, dir, { recursive: true });
  const yml = fs.readFileSync(path.join(dir, 'action.yml'), 'utf8');
  const extra = Object.entries(runs)
    .map(([k, v]) => `  ${k}: ${v}\n`)
    .join('');
  fs.writeFileSync(
    path.join(dir, 'action.yml'),
    yml.replace('  using: node24\n', `  using: node24\n${extra}`),
  );
  return dir;
}

const phases = (r: ActionRunResult) => r.steps.map((s) => `${s.phase}:${s.skipped ? 'skipped' : s.exitCode}`);

describe('runAction with a node24 action', () => {
  it('exports inputs with the runner mangling, defaults and the default expression', async (ctx) => {
    if (!requireNode24()) return ctx.skip('Node 24 is not installed (.ci/install-tools.sh)');
    const r = await probe({ inputs: { 'greeting text': 'hi there', secret: 42 }, token: 'fake-token' });
    expect(JSON.parse(r.outputs.inputs ?? '')).toEqual({
      INPUT_FAIL: '',
      INPUT_GREETING_TEXT: 'hi there',
      'INPUT_MUST-HAVE': '',
      INPUT_SECRET: '42',
      INPUT_TOKEN: 'fake-token',
      'INPUT_WORKING-DIRECTORY': '.',
    });
    // A missing required input does not stop the action, as on the runner.
    expect(r.exitCode).toBe(0);
    expect(r.runnerWarnings).toContain('Input required and not supplied: must-have');
  });

  it('warns about an undeclared input and still exports it', async (ctx) => {
    if (!requireNode24()) return ctx.skip('Node 24 is not installed (.ci/install-tools.sh)');
    const r = await probe({ inputs: { 'must-have': 'x', 'not declared': 'y' } });
    expect(JSON.parse(r.outputs.inputs ?? '')).toMatchObject({ INPUT_NOT_DECLARED: 'y' });
    expect(r.runnerWarnings.join('\n')).toContain("Unexpected input(s) 'not declared'");
  });

  it('passes state from pre to main and from main to post, and carries GITHUB_ENV and GITHUB_PATH', async (ctx) => {
    if (!requireNode24()) return ctx.skip('Node 24 is not installed (.ci/install-tools.sh)');
    const r = await probe({ inputs: { 'must-have': 'x' } });
    expect(phases(r)).toEqual(['pre:0', 'main:0', 'post:0']);
    expect(r.outputs['seen-state']).toBe('from-pre');
    expect(r.outputs['seen-env']).toBe('pre-value');
    expect(r.outputs['path-head']).toBe(path.join(r.runnerTemp, 'probe-bin'));
    expect(r.state).toEqual({ pre_token: 'from-pre', main_token: 'from-main: a=b, c' });
    expect(r.env).toEqual({ PROBE_FROM_PRE: 'pre-value' });
    expect(r.path).toEqual([path.join(r.runnerTemp, 'probe-bin')]);
    const post = r.annotations.find((a) => a.phase === 'post');
    expect(post).toEqual({
      level: 'notice',
      title: 'post',
      phase: 'post',
      message: 'post saw main_token=from-main: a=b, c pre_token=from-pre',
    });
  });

  it('reads heredoc outputs with multi-line values exactly', async (ctx) => {
    if (!requireNode24()) return ctx.skip('Node 24 is not installed (.ci/install-tools.sh)');
    const r = await probe();
    expect(r.outputs.multiline).toBe('line one\nline two\n\nkey=value and name<<EOF inside\n');
  });

  it('parses annotations with escaped properties and messages, groups and the summary', async (ctx) => {
    if (!requireNode24()) return ctx.skip('Node 24 is not installed (.ci/install-tools.sh)');
    const r = await probe();
    expect(r.annotations.filter((a) => a.phase === 'main')).toEqual([
      {
        level: 'error',
        phase: 'main',
        file: 'src/a,b:c.py',
        line: 1,
        col: 2,
        title: 'Title: 100%, really',
        message: 'Message with 100% special\r\nsecond line: a, b',
      },
      { level: 'warning', phase: 'main', file: 'w.py', line: 3, endLine: 4, message: 'a warning' },
      { level: 'notice', phase: 'main', message: 'a notice' },
    ]);
    expect(r.logGroups).toEqual([{ name: 'probe group', phase: 'main', lines: ['inside the group'] }]);
    expect(r.summary).toBe('## probe pre\n## probe main\n\n| a | b |\n|---|---|\n| 1 | 2 |\n## probe post\n');
  });

  it('masks a value registered with add-mask in the log, not in the raw output', async (ctx) => {
    if (!requireNode24()) return ctx.skip('Node 24 is not installed (.ci/install-tools.sh)');
    const r = await probe({ inputs: { secret: 'hunter2-value' } });
    const main = r.steps.find((s) => s.phase === 'main');
    expect(r.masked).toEqual(['hunter2-value']);
    expect(main?.log).toContain('the secret is ***');
    expect(main?.log.join('\n')).not.toContain('hunter2-value');
    expect(main?.stdout).toContain('the secret is hunter2-value');
  });

  it('sets the GITHUB_* and RUNNER_* variables, the event file and the working directory', async (ctx) => {
    if (!requireNode24()) return ctx.skip('Node 24 is not installed (.ci/install-tools.sh)');
    const payload = { pull_request: { number: 7 } };
    const r = await probe({
      eventName: 'pull_request',
      payload,
      repository: 'acme/widgets',
      ref: 'refs/pull/7/merge',
    });
    const seen = JSON.parse(r.outputs.github ?? '') as {
      env: Record<string, string>;
      cwd: string;
      event: unknown;
    };
    expect(seen.cwd).toBe(r.workspace);
    expect(seen.event).toEqual(payload);
    expect(seen.env).toMatchObject({
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: r.eventPath,
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_WORKSPACE: r.workspace,
      GITHUB_ACTION_PATH: PROBE,
      RUNNER_TEMP: r.runnerTemp,
      RUNNER_TOOL_CACHE: r.toolCache,
    });
    expect(seen.env.GITHUB_SHA).toMatch(/^[0-9a-f]{40}$/);
    expect(seen.env.RUNNER_OS).toMatch(/^(Linux|macOS|Windows)$/);
    // Each step gets fresh command files, as the runner creates them per step.
    expect(path.dirname(seen.env.GITHUB_OUTPUT ?? '')).toBe(path.join(r.runnerTemp, '_runner_file_commands'));
    expect(seen.env.GITHUB_TOKEN).toBeUndefined();
  });

  it('does not leak the surrounding runner variables into the action', async (ctx) => {
    if (!requireNode24()) return ctx.skip('Node 24 is not installed (.ci/install-tools.sh)');
    const outer = { INPUT_LEAKED: 'x', ACTIONS_RUNTIME_TOKEN: 'outer-token', GITHUB_OUTPUT: '/outer/output' };
    const saved = Object.fromEntries(Object.keys(outer).map((k) => [k, process.env[k]]));
    Object.assign(process.env, outer);
    let r: ActionRunResult;
    try {
      r = await probe();
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    expect(JSON.parse(r.outputs.runtime ?? '')).toEqual({
      ACTIONS_CACHE_URL: false,
      ACTIONS_RUNTIME_TOKEN: false,
    });
    expect(Object.keys(JSON.parse(r.outputs.inputs ?? ''))).not.toContain('INPUT_LEAKED');
    expect(r.outputs.multiline).toBeDefined(); // written to the harness's GITHUB_OUTPUT, not the outer one
    // The runner-provided variables come in through `env`.
    const r2 = await probe({ env: { ACTIONS_CACHE_URL: 'http://127.0.0.1:1/', ACTIONS_RUNTIME_TOKEN: 't' } });
    expect(JSON.parse(r2.outputs.runtime ?? '')).toEqual({
      ACTIONS_CACHE_URL: true,
      ACTIONS_RUNTIME_TOKEN: true,
    });
  });

  it('runs post when main fails, and reports the failure', async (ctx) => {
    if (!requireNode24()) return ctx.skip('Node 24 is not installed (.ci/install-tools.sh)');
    const r = await probe({ inputs: { fail: 'main' } });
    expect(phases(r)).toEqual(['pre:0', 'main:1', 'post:0']);
    expect(r.exitCode).toBe(1);
    expect(r.failed).toBe(true);
    expect(r.annotations).toContainEqual({
      level: 'error',
      phase: 'main',
      message: 'main failed on purpose',
    });
  });

  it('skips main but runs post when pre fails', async (ctx) => {
    if (!requireNode24()) return ctx.skip('Node 24 is not installed (.ci/install-tools.sh)');
    const r = await probe({ inputs: { fail: 'pre' } });
    expect(phases(r)).toEqual(['pre:1', 'main:skipped', 'post:0']);
    expect(r.exitCode).toBeNull();
    expect(r.failed).toBe(true);
  });

  it('honours post-if and pre-if', async (ctx) => {
    if (!requireNode24()) return ctx.skip('Node 24 is not installed (.ci/install-tools.sh)');
    const onSuccess = probeWithRuns({ 'post-if': 'success()' });
    expect(phases(await probe({ inputs: { fail: 'main' } }, onSuccess))).toEqual([
      'pre:0',
      'main:1',
      'post:skipped',
    ]);
    expect(phases(await probe({}, onSuccess))).toEqual(['pre:0', 'main:0', 'post:0']);
    const linuxOnly = probeWithRuns({ 'pre-if': "runner.os == 'NoSuchOS'" });
    expect(phases(await probe({}, linuxOnly))).toEqual(['pre:skipped', 'main:0', 'post:0']);
  });

  it('does not run pre for a local action, as the runner does not', async (ctx) => {
    if (!requireNode24()) return ctx.skip('Node 24 is not installed (.ci/install-tools.sh)');
    const r = await probe({ local: true });
    expect(phases(r)).toEqual(['main:0', 'post:0']);
    expect(r.outputs['seen-state']).toBe('');
    expect(r.runnerWarnings.join('\n')).toContain('`pre` execution is not supported for local action');
  });
});
