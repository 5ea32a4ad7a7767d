// The starter workflow (workflow-templates/python-production.yml) as GitHub's organisation templates need
// it, with the properties our brief asks: least privilege, every action pinned to a commit, a concurrency
// group, the four jobs, and the README showing the same text for copy-paste.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const FILE = 'workflow-templates/python-production.yml';
const text = fs.readFileSync(FILE, 'utf8');
const wf = YAML.parse(text) as {
  on: Record<string, unknown>;
  permissions: unknown;
  concurrency: { group: string };
  jobs: Record<string, { if?: string; permissions?: Record<string, string>; steps: { uses?: string }[] }>;
};
const uses = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.uses).filter((u) => u !== undefined));
const OURS = /^pyprod\/pyprod-actions(\/[\w./-]+)?@([0-9a-f]{40})$/;

describe('starter workflow', () => {
  it('grants nothing at the top and what each job needs, no write beyond security-events', () => {
    expect(wf.permissions).toEqual({});
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(job.permissions, name).toBeDefined();
      expect(job.permissions?.contents, name).toBe('read');
      for (const [scope, level] of Object.entries(job.permissions ?? {})) {
        if (level === 'write') expect(scope, `${name}: ${scope}: write`).toBe('security-events');
      }
    }
  });

  it('has the four jobs, a concurrency group, and benchmarks pull requests only', () => {
    expect(Object.keys(wf.jobs)).toEqual(['quality', 'secrets', 'image', 'performance']);
    expect(wf.concurrency.group).toContain('github.workflow');
    expect(wf.jobs.performance?.if).toContain("github.event_name == 'pull_request'");
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
  });

  it('pins every action to a full commit sha', () => {
    expect(uses.length).toBeGreaterThan(10);
    for (const u of uses) expect(u, u).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
  });

  it('pins our actions to one commit of this repository that has every action it names', () => {
    const ours = uses.map((u) => OURS.exec(u)).filter((m) => m !== null);
    const shas = new Set(ours.map((m) => m[2]));
    expect(shas.size, [...shas].join(', ')).toBe(1);
    const sha = [...shas][0] as string;
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    expect(git('cat-file', '-t', sha), `${sha} is not a commit here: run node scripts/pin-template.mjs`).toBe(
      'commit',
    );
    for (const m of ours) {
      const file = `${m[1]?.slice(1) ?? ''}${m[1] ? '/' : ''}action.yml`;
      expect(git('ls-tree', '--name-only', sha, '--', file), `${file} at ${sha}`).toBe(file);
    }
  });

  it('has the organisation template properties and icon', () => {
    const props = JSON.parse(fs.readFileSync('workflow-templates/python-production.properties.json', 'utf8'));
    expect(props).toMatchObject({ name: expect.any(String), description: expect.any(String) });
    expect(props.categories).toContain('Python');
    expect(fs.existsSync(`workflow-templates/${props.iconName}.svg`)).toBe(true);
  });

  it('is shown whole in the README for copy-paste', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const m = /<!-- starter-workflow:begin -->\n```yaml\n([\s\S]*?)```\n<!-- starter-workflow:end -->/.exec(
      readme,
    );
    expect(m, 'README.md lacks the starter-workflow block').not.toBeNull();
    expect(m?.[1]).toBe(text.replace('[$default-branch]', '[main]'));
  });
});
