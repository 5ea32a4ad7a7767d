import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSyncDryRun, projectEnvState } from '../../../src/provision/project-env.js';

// Captured from the real uv (uv 0.12.16) on a project with an extra `color` (colorama) and groups dev, test
// (iniconfig, pluggy), synced with `uv sync --frozen` (no extras, default group dev):
//   complete: `uv sync --dry-run --inexact --frozen` 2> sync-dry-run-complete.txt
//   missing:  `uv sync --dry-run --inexact --frozen --all-extras --all-groups` 2> sync-dry-run-missing.txt
//   no-venv:  the same in a copy without .venv (its path replaced by /tmp/project)
const read = (name: string) =>
  fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/uv-output', name), 'utf8');

describe('parseSyncDryRun', () => {
  it('an environment that has everything: nothing missing, the venv uv uses', () => {
    expect(parseSyncDryRun(read('sync-dry-run-complete.txt'))).toEqual({ venv: '.venv', missing: [] });
  });

  it('lists what a sync would install when extras and groups are missing', () => {
    expect(parseSyncDryRun(read('sync-dry-run-missing.txt'))).toEqual({
      venv: '.venv',
      missing: ['+ colorama==0.4.6', '+ pluggy==1.6.0'],
    });
  });

  it('no environment yet: missing, and says so first', () => {
    const s = parseSyncDryRun(read('sync-dry-run-no-venv.txt'));
    expect(s.venv).toBeUndefined();
    expect(s.missing[0]).toBe('.venv does not exist');
    expect(s.missing).toContain('+ sidefx @ file:///tmp/project');
    expect(s.missing).toHaveLength(6);
  });

  it('output it does not understand is never taken for "complete"', () => {
    expect(parseSyncDryRun('error: something else').missing).not.toEqual([]);
  });
});

describe('projectEnvState', () => {
  it('when uv cannot answer, the reason is what is missing (so the check uses a separate environment)', async () => {
    const s = await projectEnvState(
      path.join(import.meta.dirname, 'no-such-uv'),
      import.meta.dirname,
      [],
      {},
    );
    expect(s.venv).toBeUndefined();
    expect(s.missing).toEqual([expect.stringMatching(/^uv sync --dry-run failed \(.+\)$/)]);
  });
});
