// The monorepo starter workflow (workflow-templates/python-monorepo.yml): projects → a matrix job per project →
// one merge, least privilege, pinned, changed-only on pull requests, and the names that tie the jobs together
// (artifact names, the projects matrix) consistent. The README shows it whole.
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const FILE = 'workflow-templates/python-monorepo.yml';
const text = fs.readFileSync(FILE, 'utf8');

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  strategy?: { 'fail-fast'?: boolean; matrix?: unknown };
  outputs?: Record<string, string>;
  steps: Step[];
}
const wf = YAML.parse(text) as {
  on: Record<string, unknown>;
  permissions: unknown;
  jobs: Record<string, Job>;
};
/** A workflow expression, `${{ e }}`. */
const expr = (e: string) => `\${{ ${e} }}`;
const steps = (job: string) => wf.jobs[job]?.steps ?? [];
const step = (job: string, action: string) => steps(job).find((s) => s.uses?.includes(`/${action}@`));

describe('monorepo workflow', () => {
  it('has the four jobs, and grants nothing at the top and only what each job needs', () => {
    expect(Object.keys(wf.jobs)).toEqual(['projects', 'check', 'secrets', 'merge']);
    expect(wf.permissions).toEqual({});
    const writes: string[] = [];
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(job.permissions?.contents, name).toBe('read');
      for (const [scope, level] of Object.entries(job.permissions ?? {}))
        if (level === 'write') writes.push(`${name}: ${scope}`);
    }
    expect(writes).toEqual(['check: security-events', 'merge: pull-requests']);
    expect(wf.jobs.merge?.permissions?.actions).toBe('read');
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
  });

  it('selects the changed projects on pull requests, all on the default branch, and skips an empty matrix', () => {
    expect(step('projects', 'projects')?.with?.['changed-only']).toBe(
      expr("github.event_name == 'pull_request'"),
    );
    const check = wf.jobs.check as Job;
    expect(check.needs).toBe('projects');
    expect(check.if).toBe(expr("needs.projects.outputs.count != '0'"));
    expect(check.strategy).toEqual({
      'fail-fast': false,
      matrix: expr('fromJSON(needs.projects.outputs.matrix)'),
    });
    expect(wf.jobs.projects?.outputs?.matrix).toBe(expr('steps.projects.outputs.matrix'));
  });

  it('checks each project in its own directory and uploads its reports under its id, for the merge', () => {
    const ours = steps('check').filter((s) => s.uses?.startsWith('pyprod/pyprod-actions/'));
    expect(ours.map((s) => s.uses?.split('@')[0]?.split('/').at(-1))).toEqual([
      'setup-uv-cached',
      'python-lint-stack',
      'deptry-report',
      'license-gate',
      'vuln-audit',
    ]);
    for (const s of ours) expect(s.with?.['working-directory'], s.uses).toBe(expr('matrix.dir'));
    const reports = ours.flatMap((s) => (s.with?.['json-file'] ? [s.with['json-file']] : []));
    expect(reports).toEqual([
      'pyprod-reports/lint.json',
      'pyprod-reports/deps.json',
      'pyprod-reports/licenses.json',
      'pyprod-reports/audit.json',
    ]);
    // The audit reads uv.lock only: it reports even when setup failed, against the OSV mirror of the var.
    expect(step('check', 'vuln-audit')?.if).toBe(expr('!cancelled()'));
    expect(step('check', 'vuln-audit')?.with?.['osv-url']).toBe(expr('vars.PYPROD_OSV_URL'));
    const upload = step('check', 'upload-artifact');
    expect(upload?.with).toMatchObject({
      name: `pyprod-reports-${expr('matrix.id')}`,
      path: 'pyprod-reports/',
    });
    expect(upload?.if).toBe(expr('!cancelled()'));
    expect(step('secrets', 'upload-artifact')?.with?.name).toMatch(/^pyprod-reports-/);
    // Matrix values reach actions as inputs only, never a shell script.
    for (const job of Object.values(wf.jobs))
      for (const s of job.steps) expect(s.run ?? '').not.toContain('matrix.');
  });

  it('merges every report against the projects matrix, also when a check job failed', () => {
    const merge = wf.jobs.merge as Job;
    expect(merge.needs).toEqual(['projects', 'check', 'secrets']);
    expect(merge.if).toContain('!cancelled()');
    expect(step('merge', 'download-artifact')?.with).toEqual({
      pattern: 'pyprod-reports-*',
      path: 'pyprod-reports',
    });
    expect(step('merge', 'merge-reports')?.with).toMatchObject({
      reports: 'pyprod-reports',
      projects: expr('needs.projects.outputs.matrix'),
      checks: 'lint,deps,licenses,audit',
    });
  });

  it('pins every action to a full commit, ours to the starter workflow’s commit', () => {
    const uses = Object.values(wf.jobs).flatMap((j) => j.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    for (const u of uses) expect(u, u).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    const starter = fs.readFileSync('workflow-templates/python-production.yml', 'utf8');
    const pin = /pyprod\/pyprod-actions[\w/-]*@([0-9a-f]{40})/.exec(starter)?.[1];
    for (const u of uses.filter((x) => x.startsWith('pyprod/'))) expect(u.split('@')[1], u).toBe(pin);
  });

  it('has its organisation template properties, and is shown whole in the README', () => {
    const props = JSON.parse(fs.readFileSync('workflow-templates/python-monorepo.properties.json', 'utf8'));
    expect(props.categories).toContain('Python');
    expect(fs.existsSync(`workflow-templates/${props.iconName}.svg`)).toBe(true);
    const readme = fs.readFileSync('README.md', 'utf8');
    const start = readme.indexOf('<!-- monorepo-workflow:begin -->\n```yaml\n');
    const end = readme.indexOf('```\n<!-- monorepo-workflow:end -->');
    expect(start, 'README.md lacks the monorepo-workflow block').toBeGreaterThan(0);
    const shown = readme.slice(start + '<!-- monorepo-workflow:begin -->\n```yaml\n'.length, end);
    expect(shown).toBe(text.replace('[$default-branch]', '[main]'));
  });
});
