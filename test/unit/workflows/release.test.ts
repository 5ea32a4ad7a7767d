// The release workflow and the notes it publishes: scripts/release-notes.mjs run as the workflow runs it
// (on a CHANGELOG.md and package.json made here), and the workflow's shape (its triggers, least privilege,
// no expression inside a run: script, everything SHA-pinned).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import YAML from 'yaml';

const SCRIPT = path.resolve('scripts/release-notes.mjs');
const CHANGELOG = `# Changelog

## [Unreleased]

### Added
- something newer

## [1.2.0] - 2026-12-01

### Added
- the thing

### Fixed
- the other thing

## [1.1.0] - 2026-11-01

- older

[Unreleased]: https://github.com/pyprod/pyprod-actions/compare/v1.2.0...HEAD
`;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-release-'));
  fs.writeFileSync(path.join(dir, 'CHANGELOG.md'), CHANGELOG);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: '1.2.0' }));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function notes(version: string) {
  const r = spawnSync(process.execPath, [SCRIPT, version], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('release notes', () => {
  it("are the version's CHANGELOG section, without the next one or the link definitions", () => {
    expect(notes('1.2.0')).toEqual({
      status: 0,
      out: '### Added\n- the thing\n\n### Fixed\n- the other thing\n',
      err: '',
    });
  });

  it('refuse a version that is not X.Y.Z, naming it', () => {
    for (const bad of ['v1.2.0', '1.2', '1.2.0-rc.1', '']) {
      const r = notes(bad);
      expect(r.status, bad).toBe(1);
      expect(r.err).toContain(`version "${bad}" is not allowed: expected X.Y.Z`);
    }
  });

  it('refuse a version package.json does not say, or CHANGELOG.md has no dated section for', () => {
    expect(notes('1.1.0').err).toContain('package.json says version 1.2.0, not 1.1.0');
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: '1.3.0' }));
    expect(notes('1.3.0').err).toContain('CHANGELOG.md has no "## [1.3.0] - <date>" section');
    fs.writeFileSync(
      path.join(dir, 'CHANGELOG.md'),
      CHANGELOG.replace('## [1.2.0] - 2026-12-01', '## [1.3.0]'),
    );
    expect(notes('1.3.0').err).toContain('should read "## [1.3.0] - YYYY-MM-DD"');
  });

  it('accept what this repository has: package.json names a version whose CHANGELOG entry is Unreleased', () => {
    // Before a release the version is in package.json and CHANGELOG.md still says Unreleased; the release
    // commit dates the section. Checked here so a release cannot start from a malformed changelog.
    const changelog = fs.readFileSync('CHANGELOG.md', 'utf8');
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    expect(JSON.parse(fs.readFileSync('package.json', 'utf8')).version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('release workflow', () => {
  const text = fs.readFileSync('.github/workflows/release.yml', 'utf8');
  const wf = YAML.parse(text) as {
    on: { push: { tags: string[] }; workflow_dispatch: { inputs: Record<string, unknown> } };
    permissions: unknown;
    jobs: Record<
      string,
      { needs?: string; permissions: Record<string, string>; steps: { uses?: string; run?: string }[] }
    >;
  };

  it('runs on a vX.Y.Z tag or by hand with a version', () => {
    expect(wf.on.push.tags).toEqual(['v*.*.*']);
    expect(Object.keys(wf.on.workflow_dispatch.inputs)).toEqual(['version']);
  });

  it('grants nothing at the top, and contents: write only to the job that tags, after the checks', () => {
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.check?.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.release?.permissions).toEqual({ contents: 'write' });
    expect(wf.jobs.release?.needs).toBe('check');
  });

  it('checks dist/, the licences, lint, typecheck and the unit tests before releasing', () => {
    const runs = (wf.jobs.check?.steps ?? []).map((s) => s.run ?? '').join('\n');
    for (const cmd of [
      'npm run -s bundle',
      'node scripts/check-bundle-licenses.mjs',
      'npm run -s lint',
      'npm run -s typecheck',
      'npm run -s test:unit',
    ])
      expect(runs).toContain(cmd);
  });

  it('passes inputs through env, never an expression inside a run: script, and pins every action by SHA', () => {
    for (const job of Object.values(wf.jobs))
      for (const step of job.steps) {
        if (step.run !== undefined) expect(step.run).not.toContain('${{');
        if (step.uses !== undefined) expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      }
    expect(text).toMatch(/uses: actions\/setup-node@[0-9a-f]{40} # v\d+\.\d+\.\d+/);
  });
});
