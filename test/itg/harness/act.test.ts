// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are GitHub expressions, not JS templates
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActRunResult, CHECKOUT_STEP, runActWorkflow } from '../../support/act.js';
import { requireNode24 } from '../../support/action-runner.js';
import { requireTool } from '../../support/tools.js';

const PROBE = path.resolve('test/fixtures/actions/probe');

// A step printing digests and reachability of act's cache server, never the URL or token themselves.
const CACHE_CHECK = {
  id: 'cache',
  run: [
    'echo "digest=$(printf %s "$ACTIONS_CACHE_URL" | sha256sum | cut -c1-16)" >> "$GITHUB_OUTPUT"',
    'case "$ACTIONS_CACHE_URL" in http://127.0.0.1:*) echo "loopback=yes" >> "$GITHUB_OUTPUT";; esac',
    `node -e "fetch(process.env.ACTIONS_CACHE_URL + '_apis/artifactcache/cache?keys=nothing&version=1').then((r) => console.log('status=' + r.status))" >> "$GITHUB_OUTPUT"`,
  ].join('\n'),
};

const workflow = {
  name: 'harness',
  on: 'push',
  jobs: {
    first: {
      'runs-on': 'ubuntu-latest',
      outputs: {
        multiline: '${{ steps.probe.outputs.multiline }}',
        runtime: '${{ steps.probe.outputs.runtime }}',
        digest: '${{ steps.cache.outputs.digest }}',
      },
      steps: [
        CHECKOUT_STEP,
        { id: 'probe', uses: './test/fixtures/actions/probe', with: { 'must-have': 'present' } },
        { id: 'files', run: 'test "$(cat marker.txt)" = "from the repository"' },
        CACHE_CHECK,
      ],
    },
    second: {
      needs: 'first',
      'runs-on': 'ubuntu-latest',
      steps: [
        {
          id: 'read',
          env: {
            MULTI: '${{ needs.first.outputs.multiline }}',
            RUNTIME: '${{ needs.first.outputs.runtime }}',
          },
          run: [
            '{ echo "multi<<READ_EOF"; printf "%s\\n" "$MULTI"; echo READ_EOF; } >> "$GITHUB_OUTPUT"',
            'echo "runtime=$RUNTIME" >> "$GITHUB_OUTPUT"',
            'echo "first-digest=${{ needs.first.outputs.digest }}" >> "$GITHUB_OUTPUT"',
          ].join('\n'),
        },
        CACHE_CHECK,
      ],
    },
    broken: { 'runs-on': 'ubuntu-latest', steps: [{ run: 'exit 3' }] },
    'after-broken': { needs: 'broken', 'runs-on': 'ubuntu-latest', steps: [{ run: 'echo unreachable' }] },
  },
};

describe('runActWorkflow (nektos/act on the host)', () => {
  let run: ActRunResult | undefined;
  afterEach(() => run?.cleanup());

  it('runs dependent jobs with a local node24 action, job outputs and one loopback cache server', async (ctx) => {
    if (!requireTool('act')) return ctx.skip('act is not installed (.ci/install-tools.sh)');
    if (!requireNode24()) return ctx.skip('Node 24 is not installed (.ci/install-tools.sh)');
    run = await runActWorkflow({
      workflow,
      repoFiles: { 'test/fixtures/actions/probe': { copyFrom: PROBE }, 'marker.txt': 'from the repository' },
      timeoutMs: 180_000,
    });
    const result = (name: string) => run?.jobs.filter((j) => j.name === name).map((j) => j.result);
    const out = (job: string, step: string, name: string) =>
      run?.outputs.find((o) => o.job === job && o.step === step && o.name === name)?.value;

    expect(result('first'), run.log).toEqual(['success']);
    expect(result('second'), run.log).toEqual(['success']);
    expect(result('broken')).toEqual(['failure']);
    expect(result('after-broken')).toEqual(['not-run']);
    expect(run.exitCode).not.toBe(0);

    // The node24 action ran under act with its inputs and the cache server's variables.
    expect(JSON.parse(out('first', 'probe', 'runtime') ?? '{}')).toEqual({
      ACTIONS_CACHE_URL: true,
      ACTIONS_RUNTIME_TOKEN: true,
    });
    expect(JSON.parse(out('first', 'probe', 'inputs') ?? '{}')).toMatchObject({
      'INPUT_MUST-HAVE': 'present',
    });
    // Job outputs crossed `needs`, a multi-line heredoc value intact.
    expect(out('second', 'read', 'multi')).toBe('line one\nline two\n\nkey=value and name<<EOF inside\n');
    expect(out('second', 'read', 'runtime')).toBe(out('first', 'probe', 'runtime'));
    // One cache server for the run, bound to loopback and answering the cache protocol (204: no entry).
    for (const job of ['first', 'second']) {
      expect(out(job, 'cache', 'loopback')).toBe('yes');
      expect(out(job, 'cache', 'status')).toBe('204');
    }
    expect(out('second', 'cache', 'digest')).toMatch(/^[0-9a-f]{16}$/);
    expect(out('second', 'read', 'first-digest')).toBe(out('second', 'cache', 'digest'));
    // The post phase ran after the job's steps; pre does not run for a local action, as on GitHub.
    expect(run.log).toContain('post saw main_token=from-main: a=b, c pre_token=<unset>');
  });
});
