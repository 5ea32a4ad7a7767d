// Attack: on pull_request_target (or workflow_run, issue_comment) the job runs the pull request's
// Dockerfile with the base branch's cache scope; a buildx `--cache-to type=gha` would let it plant layers
// that later trusted builds restore. And the pull request names the scope through its pyproject.toml.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../support/action-runner.js';
import { machineEnv } from '../../support/python.js';
import { dockerProject, fakeDocker } from './fake-docker.js';

const ACTION = path.resolve('actions/docker-slim-build');
const RUNNER = {
  ACTIONS_RUNTIME_TOKEN: 'marker-runtime-token',
  ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/results/',
  GITHUB_TOKEN: 'ghs_markerWorkflowToken',
};

async function build(eventName: string, projectName = 'svc') {
  const docker = fakeDocker({ buildx: true });
  const r = await runAction(ACTION, {
    workspace: dockerProject(projectName),
    eventName,
    env: RUNNER,
    inputs: { cache: 'gha', 'github-token': 'ghs_markerInputToken' },
    baseEnv: machineEnv({ PATH: `${docker.binDir}${path.delimiter}${process.env.PATH ?? ''}` }),
  });
  const call = docker.calls().find((c) => c.argv.includes('build'));
  if (!call) throw new Error(`no build ran:\n${r.steps.map((s) => s.stdout + s.stderr).join('\n')}`);
  r.cleanup();
  return { r, call };
}

describe('buildx gha cache and cache poisoning', () => {
  for (const event of ['pull_request_target', 'workflow_run', 'issue_comment']) {
    it(`${event}: the cache is read but never written`, async () => {
      const { r, call } = await build(event);
      expect(call.argv).toEqual(
        expect.arrayContaining(['--cache-from', 'type=gha,scope=docker-slim-build-svc']),
      );
      expect(call.argv.join(' ')).not.toContain('--cache-to');
      expect(r.steps.map((s) => s.stdout).join('\n')).toMatch(
        /not writing it: the \S+ event can run untrusted/,
      );
    });
  }

  it('push: the cache is written; buildx alone gets the cache credentials, never the workflow token', async () => {
    const { call } = await build('push');
    expect(call.argv).toEqual(
      expect.arrayContaining(['--cache-to', 'type=gha,mode=max,scope=docker-slim-build-svc']),
    );
    expect(call.env.ACTIONS_RUNTIME_TOKEN).toBe('marker-runtime-token');
    expect(call.env.GITHUB_TOKEN).toBeUndefined();
    expect(JSON.stringify(call.env)).not.toContain('ghs_marker');
  });

  it('a hostile project name cannot add cache options or pick another scope', async () => {
    const { call } = await build('push', 'x,mode=max,scope=main,ignore-error=true');
    const cacheArgs = call.argv.filter((_, i) => /^--cache-(from|to)$/.test(call.argv[i - 1] ?? ''));
    expect(cacheArgs).toHaveLength(2);
    for (const a of cacheArgs) {
      const scope = /scope=([^,]*)$/.exec(a)?.[1] ?? '';
      expect(a.split(',').filter((p) => p.startsWith('scope='))).toHaveLength(1);
      expect(a).not.toContain('ignore-error=true');
      expect(a.split(',').map((p) => p.split('=')[0])).toEqual(
        a.includes('mode=') ? ['type', 'mode', 'scope'] : ['type', 'scope'],
      );
      expect(scope).toMatch(/^docker-slim-build-[A-Za-z0-9._-]+$/);
    }
  });
});
