// actions/projects and actions/merge-reports at monorepo scale, on trees and reports generated here.
//   npx vitest run --config bench/vitest.config.ts bench/monorepo.bench.ts
// Goals (issue 19): discovery of 500 projects (50 uv workspaces of 10 members) in at most 1 s; merging 200
// reports of 1,000 findings each in at most 2 s, with a summary under 1 MiB. Each figure is one run, printed.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { definition as mergeDefinition } from '../src/actions/merge-reports/definition.js';
import { selectChanged } from '../src/actions/projects/changed.js';
import { discoverProjects } from '../src/actions/projects/discover.js';
import { pathDependencies } from '../src/actions/projects/path-deps.js';
import { InputReader, mapInputSource } from '../src/core/inputs.js';
import { localRuntime } from '../src/core/runtime.js';
import { uvLock, writeFiles } from '../test/support/monorepo.js';
import { findingIn, reportOf, writeReport } from '../test/support/reports.js';
import { requireTool } from '../test/support/tools.js';

const WORKSPACES = 50;
const MEMBERS = 10;
const REPORTS = 200;
const FINDINGS = 1_000;

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});
const temp = (prefix: string) => {
  const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  temps.push(d);
  return d;
};

const ms = (t0: number) => performance.now() - t0;
const fmt = (n: number) => `${Math.round(n)} ms`;

/**
 * 50 workspaces under services/, each a virtual root with 10 members in a chain (m1 → m0, m2 → m1, ...),
 * source files, and what a developer's checkout also holds: a .venv with a few hundred files, node_modules
 * and a gitignored build/ in each workspace.
 */
function generateTree(root: string): void {
  fs.mkdirSync(root, { recursive: true });
  const files: Record<string, string> = { '.gitignore': 'build/\n' };
  for (let w = 0; w < WORKSPACES; w++) {
    const ws = `services/ws${w}`;
    files[`${ws}/pyproject.toml`] = '[tool.uv.workspace]\nmembers = ["packages/*"]\n';
    for (let m = 0; m < MEMBERS; m++) {
      const name = `ws${w}-m${m}`;
      const dep = m > 0 ? `ws${w}-m${m - 1}` : undefined;
      files[`${ws}/packages/m${m}/pyproject.toml`] =
        `[project]\nname = "${name}"\nversion = "0.1.0"\nrequires-python = ">=3.10"\n` +
        `dependencies = ${JSON.stringify(dep ? [dep] : [])}\n` +
        (dep ? `\n[tool.uv.sources]\n${dep} = { workspace = true }\n` : '');
      for (let f = 0; f < 5; f++) files[`${ws}/packages/m${m}/src/ws${w}_m${m}/mod${f}.py`] = 'X = 1\n';
    }
    for (let f = 0; f < 300; f++) files[`${ws}/.venv/lib/python3.12/site-packages/p${f % 30}/f${f}.py`] = '';
    for (let f = 0; f < 50; f++) files[`${ws}/node_modules/dep${f % 10}/index${f}.js`] = '';
    for (let f = 0; f < 50; f++)
      files[`${ws}/build/lib/pkg${f % 5}/pyproject.toml`] = '[project]\nname = "x"\n';
  }
  writeFiles(root, files);
  // A real repository, so that .gitignore is applied as on a runner.
  execFileSync('git', ['init', '-q', '-b', 'main', root], { stdio: 'pipe' });
}

it('discovery: 500 projects in 50 workspaces', async () => {
  const root = path.join(temp('bench-projects-'), 'repo');
  generateTree(root);
  const t0 = performance.now();
  const d = await discoverProjects({ root, workspace: root, env: {} });
  const discovery = ms(t0);
  expect(d.projects).toHaveLength(WORKSPACES * MEMBERS);
  expect(d.virtualRoots).toHaveLength(WORKSPACES);
  console.info(
    `discovery: ${d.projects.length} projects, ${d.scanned} directories walked, ${fmt(discovery)} (goal ≤ 1,000 ms)`,
  );
  expect(discovery).toBeLessThanOrEqual(1_000);

  // changed-only with real lock files: one uv lock per workspace, then an edit to each workspace's m0.
  const uv = requireTool('uv');
  if (!uv) return console.info('changed-only: skipped (uv is not installed)');
  const t1 = performance.now();
  for (let w = 0; w < WORKSPACES; w++) uvLock(uv, path.join(root, `services/ws${w}`));
  console.info(`(setup: ${WORKSPACES} × uv lock in ${fmt(ms(t1))})`);
  const t2 = performance.now();
  const deps = await pathDependencies(d.projects, root);
  const changed = Array.from(
    { length: WORKSPACES },
    (_, w) => `services/ws${w}/packages/m0/src/ws${w}_m0/mod0.py`,
  );
  const s = selectChanged(d.projects, changed, deps.dependents);
  const selection = ms(t2);
  expect(deps.locks).toHaveLength(WORKSPACES);
  expect(s.selected).toHaveLength(WORKSPACES * MEMBERS);
  console.info(
    `changed-only: ${deps.locks.length} locks read, ${s.selected.length} projects selected through chains of ${MEMBERS}, ${fmt(selection)}`,
  );
}, 600_000);

it('merge: 200 reports of 1,000 findings', async () => {
  const workspace = temp('bench-merge-');
  const reports = path.join(workspace, 'pyprod-reports');
  const projects = Array.from({ length: REPORTS }, (_, i) => `services/svc-${i}`);
  for (const p of projects) {
    const findings = Array.from({ length: FINDINGS }, (_, n) =>
      findingIn(p, n, n % 3 === 0 ? 'error' : n % 3 === 1 ? 'warning' : 'note'),
    );
    await writeReport(reports, p, reportOf('python-lint-stack', findings));
  }
  let bytes = 0;
  for (const f of fs.readdirSync(reports, { recursive: true, encoding: 'utf8' })) {
    const st = fs.statSync(path.join(reports, f));
    if (st.isFile()) bytes += st.size;
  }
  const run = async (inputs: Record<string, string>) => {
    let summary = '';
    let annotations = 0;
    const rt = localRuntime({
      env: {},
      workspace,
      log: (l) => {
        if (/^\S+: (error|warning|notice): /.test(l)) annotations++;
      },
      out: (t) => (summary += t),
    });
    const i = mergeDefinition.loadInputs(new InputReader(mapInputSource(inputs)), rt);
    const t0 = performance.now();
    const error = await mergeDefinition.main(i, rt).then(
      () => undefined,
      (e: Error) => e,
    );
    return { ms: ms(t0), summary, annotations, error, outputs: rt.outputs };
  };
  const projectsInput = projects.join('\n');
  const merged = await run({ projects: projectsInput, 'job-links': 'false' });
  const summaryBytes = Buffer.byteLength(merged.summary);
  console.info(
    `merge: ${REPORTS} reports × ${FINDINGS} findings (${(bytes / 1024 / 1024).toFixed(0)} MiB of JSON), ` +
      `${fmt(merged.ms)} (goal ≤ 2,000 ms); summary ${summaryBytes.toLocaleString('en-US')} bytes (goal < 1 MiB), ` +
      `${merged.annotations} annotations`,
  );
  expect(merged.error?.message).toMatch(/^merge-reports: 200 of 200 projects failed/);
  expect(merged.ms).toBeLessThanOrEqual(2_000);
  expect(summaryBytes).toBeLessThan(1024 * 1024);

  const withSarif = await run({ projects: projectsInput, 'job-links': 'false', 'sarif-dir': 'sarif' });
  const files = (withSarif.outputs.get('sarif-files') ?? '').split('\n').filter(Boolean);
  const sarifBytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  console.info(
    `merge with SARIF: ${fmt(withSarif.ms)}, ${files.length} files (20 runs each), ` +
      `${(sarifBytes / 1024 / 1024).toFixed(0)} MiB`,
  );
}, 600_000);
