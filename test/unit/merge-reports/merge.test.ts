// actions/merge-reports on reports written by the real publishing code into a temp directory laid out as
// actions/download-artifact leaves it: read, merge, summary (and its size limit), SARIF, annotations.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotateMerged } from '../../../src/actions/merge-reports/annotations.js';
import { parseChecks } from '../../../src/actions/merge-reports/checks.js';
import { parseExpected } from '../../../src/actions/merge-reports/expected.js';
import { mergeReports } from '../../../src/actions/merge-reports/merge.js';
import { readReports } from '../../../src/actions/merge-reports/read.js';
import { writeMergedSarif } from '../../../src/actions/merge-reports/sarif.js';
import { renderMergedSummary } from '../../../src/actions/merge-reports/summary.js';
import { projectId } from '../../../src/actions/projects/discover.js';
import { InputError } from '../../../src/core/errors.js';
import { localRuntime } from '../../../src/core/runtime.js';
import { findingIn, reportOf, reportPath, viaPublish, writeReport } from '../../support/reports.js';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures');

let workspace: string;
let reports: string;
beforeEach(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-merge-'));
  reports = path.join(workspace, 'pyprod-reports');
});
afterEach(() => fs.rmSync(workspace, { recursive: true, force: true }));

const lint = 'python-lint-stack';
const licences = 'license-gate';

/** libs/core passes, services/api fails lint (2 errors, 1 warning), tools/gen never wrote a report. */
async function threeProjects() {
  await viaPublish(workspace, reports, 'libs/core', reportOf(lint, []));
  await viaPublish(workspace, reports, 'libs/core', reportOf(licences, []));
  const api = [
    findingIn('services/api', 1),
    findingIn('services/api', 2),
    findingIn('services/api', 3, 'warning'),
  ];
  await viaPublish(workspace, reports, 'services/api', reportOf(lint, api));
  await viaPublish(workspace, reports, 'services/api', reportOf(licences, []));
}

const MATRIX = JSON.stringify({
  include: ['libs/core', 'services/api', 'tools/gen'].map((dir) => ({ dir, id: projectId(dir), name: 'x' })),
});

describe('reading and merging', () => {
  it('reports carry their project: a failing project, a healthy one, and one that never reported (failing, by name)', async () => {
    await threeProjects();
    const read = await readReports(reports);
    expect(read.reports.map((r) => `${r.project} ${r.action}`).sort()).toEqual([
      'libs/core license-gate',
      'libs/core python-lint-stack',
      'services/api license-gate',
      'services/api python-lint-stack',
    ]);
    expect(read.reports[0]?.run).toMatchObject({ id: '4242', attempt: '1', job: 'check' });
    const m = mergeReports(read, { expected: parseExpected(MATRIX) });
    expect(m.failed.map((p) => p.project)).toEqual(['services/api', 'tools/gen']);
    expect(m.passed.map((p) => p.project)).toEqual(['libs/core']);
    expect(m.actions).toEqual([lint, licences]);
    expect(m.failed[1]?.problems).toEqual([
      'no report: its job may have failed before writing one, or its artifact was not downloaded',
    ]);
    expect(m.totals).toEqual({ error: 2, warning: 1, note: 0, total: 3 });

    const { markdown } = renderMergedSummary(m, {});
    expect(markdown.split('\n').slice(0, 1)).toEqual(['## ❌ Merged report: 2 of 3 projects failed']);
    expect(markdown).toContain('Failed: <code>services/api</code>, <code>tools/gen</code>');
    expect(markdown).toContain('| Project | Lint | Licences |');
    expect(markdown).toContain('| ❌ <code>services/api</code> | ❌ 2 errors, 1 warning | ✅ |');
    expect(markdown).toContain('| ❌ <code>tools/gen</code> | — | — |');
    expect(markdown).toContain('| ✅ <code>libs/core</code> | ✅ | ✅ |');
    expect(markdown).toContain('### ❌ <code>tools/gen</code>\n\n- ⛔ no report: its job may have failed');
    expect(markdown).toContain('#### ❌ Lint: 3 problems');
    expect(markdown).toContain('problem 1: \\`os\\` imported but unused');
  });

  it('checks every project must report: one missing is a failure naming project and check', async () => {
    await viaPublish(workspace, reports, 'libs/core', reportOf(lint, []));
    await viaPublish(workspace, reports, 'services/api', reportOf(lint, []));
    await viaPublish(workspace, reports, 'services/api', reportOf(licences, []));
    const m = mergeReports(await readReports(reports), { checks: parseChecks(['lint', 'licenses']) });
    expect(m.failed.map((p) => [p.project, p.problems])).toEqual([['libs/core', ['no Licences report']]]);
    // A repository-wide check outside the expected set owes only what it reported.
    await viaPublish(workspace, reports, '.', reportOf('secret-scan', []));
    const withRepo = mergeReports(await readReports(reports), {
      expected: ['libs/core', 'services/api'],
      checks: parseChecks(['lint', 'licenses']),
    });
    expect(withRepo.projects.map((p) => `${p.project}: ${p.failed ? 'failed' : 'passed'}`)).toEqual([
      'libs/core: failed',
      '.: passed',
      'services/api: passed',
    ]);
    expect(withRepo.notes).toEqual([
      'reports of directories not in the projects matrix (a repository-wide check, say): .',
    ]);
    expect(renderMergedSummary(m).markdown).toContain('| ❌ <code>libs/core</code> | ✅ | ⛔ no report |');
    expect(() => parseChecks(['lint', 'Bad Name'])).toThrow(InputError);
  });

  it('an unreadable report fails its project (found by the artifact name); one that names no project fails the merge', async () => {
    await threeProjects();
    const cut = reportPath(reports, 'tools/gen', lint);
    fs.mkdirSync(path.dirname(cut), { recursive: true });
    fs.writeFileSync(cut, '{"tool": "pyprod-actions", "action": "python-lint-st');
    fs.mkdirSync(path.join(reports, 'stray'), { recursive: true });
    fs.writeFileSync(
      path.join(reports, 'stray', 'x.json'),
      JSON.stringify({ tool: 'pyprod-actions', action: lint }),
    );
    // Another tool's JSON is left alone.
    fs.writeFileSync(path.join(reports, 'stray', 'deptry.json'), '[]');
    const read = await readReports(reports);
    expect(read.ignored).toEqual(['stray/deptry.json']);
    const m = mergeReports(read, { expected: parseExpected(MATRIX) });
    const gen = m.failed.find((p) => p.project === 'tools/gen');
    expect(gen?.problems).toEqual([
      expect.stringMatching(
        /^unreadable report reports-tools-gen-[0-9a-f]{8}\/python-lint-stack\.json: not valid JSON/,
      ),
    ]);
    expect(m.stray).toEqual([
      {
        file: 'stray/x.json',
        error:
          'not a valid report: it names no project (written before reports carried one? update the action)',
      },
    ]);
    expect(renderMergedSummary(m).markdown).toMatch(
      /^## ❌ Merged report: 2 of 3 projects failed, 1 unreadable report$/m,
    );
  });

  it('no reports and no expected projects is a failure, not a pass; an empty matrix is a pass', async () => {
    expect(mergeReports(await readReports(reports), {}).empty).toBe(true);
    const m = mergeReports(await readReports(reports), { expected: parseExpected('{"include":[]}') });
    expect(m.empty).toBe(false);
    expect(renderMergedSummary(m).markdown).toMatch(/^## ✅ Merged report: no projects to report on/);
  });

  it('the expected set: the matrix or one directory per line, validated', () => {
    expect(parseExpected('libs/core\nservices/api/\n\n.')).toEqual(['libs/core', 'services/api', '.']);
    expect(() => parseExpected('../outside')).toThrow(InputError);
    expect(() => parseExpected('{"include": 3}')).toThrow(/without an `include` list/);
  });
});

describe('the summary within GitHub’s 1 MiB', () => {
  it('200 failing projects of 1,000 findings: under 1,000,000 bytes, every project named, the rest counted', async () => {
    const projects = Array.from({ length: 200 }, (_, i) => `services/svc-${String(i).padStart(3, '0')}`);
    for (const p of projects) {
      await writeReport(
        reports,
        p,
        reportOf(
          lint,
          Array.from({ length: 1000 }, (_, n) => findingIn(p, n)),
        ),
      );
    }
    const m = mergeReports(await readReports(reports), { expected: projects });
    const s = renderMergedSummary(m);
    expect(s.bytes).toBeLessThanOrEqual(1_000_000);
    expect(s.bytes).toBeGreaterThan(900_000);
    expect(s.rowsShown + s.rowsOmitted).toBe(200_000);
    for (const p of projects) expect(s.markdown).toContain(`### ❌ <code>${p}</code>`);
    expect(s.markdown).toContain(`_${s.rowsOmitted} more findings not shown: the summary stays within`);
    expect(s.markdown.trimEnd().split('\n').at(-1)).toMatch(
      /^_\d+ more findings not shown: the summary stays within GitHub's 1 MiB \(see the JSON reports \/ SARIF\)\._$/,
    );
    // Each project's share is equal: no project shows more than twice the rows of another.
    const perProject = s.markdown
      .split('\n### ❌ ')
      .slice(1)
      .map((sec) => sec.split('\n| ❌ error').length - 1);
    expect(perProject).toHaveLength(200);
    expect(Math.min(...perProject)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...perProject)).toBeLessThanOrEqual(2 * Math.min(...perProject));
  });
});

describe('SARIF', () => {
  function validator() {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    return ajv.compile(
      JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif/sarif-schema-2.1.0.json'), 'utf8')),
    );
  }

  it('one file per check, a category per project, valid SARIF 2.1.0', async () => {
    await threeProjects();
    const m = mergeReports(await readReports(reports), { expected: parseExpected(MATRIX) });
    const out = path.join(workspace, 'sarif');
    const { files, warnings } = await writeMergedSarif(m, out);
    expect(files.map((f) => path.basename(f))).toEqual(['lint.sarif', 'licenses.sarif']);
    expect(warnings).toEqual([]);
    const validate = validator();
    const lintLog = JSON.parse(fs.readFileSync(files[0] as string, 'utf8'));
    expect(validate(lintLog), JSON.stringify(validate.errors)).toBe(true);
    expect(lintLog.runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id)).toEqual([
      'python-lint-stack/ruff/services/api/',
      'python-lint-stack/ruff/libs/core/',
    ]);
    expect(lintLog.runs[0].results).toHaveLength(3);
    expect(lintLog.runs[1].results).toHaveLength(0);
  });

  it('a check with more than 20 runs is split over numbered files of 20, with a warning', async () => {
    const projects = Array.from({ length: 25 }, (_, i) => `libs/l${i}`);
    for (const p of projects) await writeReport(reports, p, reportOf(lint, [findingIn(p, 1)]));
    const m = mergeReports(await readReports(reports), { expected: projects });
    const { files, warnings } = await writeMergedSarif(m, path.join(workspace, 'sarif'));
    expect(files.map((f) => path.basename(f))).toEqual(['lint.sarif', 'lint-2.sarif']);
    const runs = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')).runs.length);
    expect(runs).toEqual([20, 5]);
    expect(warnings).toEqual([expect.stringMatching(/^SARIF: lint has 25 runs .* written as 2 files/)]);
  });
});

describe('annotations', () => {
  it('missing reports first, then the most severe findings across projects, 10 per level, one error kept back', async () => {
    await threeProjects();
    for (const p of ['libs/a', 'libs/b']) {
      await writeReport(
        reports,
        p,
        reportOf(lint, [
          ...Array.from({ length: 8 }, (_, n) => findingIn(p, n)),
          findingIn(p, 99, 'warning'),
        ]),
      );
    }
    const expected = ['libs/a', 'libs/b', 'libs/core', 'services/api', 'tools/gen'];
    const m = mergeReports(await readReports(reports), { expected });
    const lines: string[] = [];
    const rt = localRuntime({ env: {}, workspace, log: (l) => lines.push(l), out: () => {} });
    const r = annotateMerged(m, rt);
    expect(r.emitted).toEqual({ error: 9, warning: 3, notice: 0 });
    // 1 missing report and 18 errors (2 + 8 + 8): 9 annotated.
    expect(r.notAnnotated.error).toBe(19 - 9);
    expect(lines[0]).toMatch(/^error: merge-reports: missing report: tools\/gen: no report/);
    expect(lines[1]).toMatch(/^libs\/a\/src\/module_0\.py:1:1: error: libs\/a: F401 \(ruff\): problem 0/);
    expect(lines.filter((l) => l.includes(': warning: '))).toHaveLength(3);
  });
});
