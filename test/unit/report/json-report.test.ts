import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/findings/finding.js';
import {
  buildJsonReport,
  projectOf,
  runOf,
  serialiseJsonReport,
  writeJsonReport,
} from '../../../src/report/json-report.js';
import { sampleFindings, sampleReport } from './sample-report.js';

/** The same finding with its keys inserted in reverse order. */
const reversed = (f: Finding): Finding =>
  Object.fromEntries(
    Object.entries(f)
      .reverse()
      .map(([k, v]) => [k, k === 'data' && v ? Object.fromEntries(Object.entries(v).reverse()) : v]),
  ) as Finding;

describe('buildJsonReport', () => {
  it('has the documented top-level shape and key order', () => {
    const r = buildJsonReport(sampleReport(), { version: '9.9.9', meta: { runner: 'local' } });
    expect(Object.keys(r)).toEqual(['tool', 'action', 'version', 'verdict', 'counts', 'findings', 'meta']);
    expect(r).toMatchObject({
      tool: 'pyprod-actions',
      action: 'python-lint-stack',
      version: '9.9.9',
      verdict: 'fail',
      counts: { error: 2, warning: 2, note: 1, total: 5 },
    });
    expect(Object.keys(r.meta)).toEqual(['headline', 'runner', 'sections', 'title', 'toolRuns']);
    expect(r.findings.map((f) => f.severity)).toEqual(['error', 'error', 'warning', 'warning', 'note']);
    expect(Object.keys(r.findings[1] ?? {})).toEqual([
      'tool',
      'rule',
      'severity',
      'message',
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'fingerprint',
      'helpUri',
      'alsoReportedBy',
      'reports',
      'data',
    ]);
    // The merged finding keeps each tool's own report: rule id, wording, line and data.
    expect(r.findings[1]?.reports?.map((x) => `${x.tool} ${x.rule}`)).toEqual(['ruff F401', 'pylint W0611']);
  });

  it('carries the project directory and the run that wrote it, after the version', () => {
    const env = { GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'check', RUNNER_NAME: 'r7' };
    const run = runOf(env);
    const r = buildJsonReport(sampleReport(), { project: 'services/api', run });
    expect(Object.keys(r).slice(0, 6)).toEqual(['tool', 'action', 'version', 'project', 'run', 'verdict']);
    expect(r.run).toEqual({ id: '123', attempt: '2', job: 'check', runner: 'r7' });
    expect(runOf({})).toBeUndefined();
    expect(runOf({ GITHUB_RUN_ID: '12; rm' })).toBeUndefined();
    expect(projectOf('/w', '.')).toBe('.');
    expect(projectOf('/w', 'services/api/')).toBe('services/api');
    expect(projectOf('/w', '/w/libs/core')).toBe('libs/core');
  });

  it('serialises equal data identically whatever order the keys and findings came in', () => {
    const findings = sampleFindings();
    const a = serialiseJsonReport(buildJsonReport(sampleReport(findings)));
    const b = serialiseJsonReport(buildJsonReport(sampleReport([...findings].reverse().map(reversed))));
    expect(b).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('marks findings new or known when a baseline was used', () => {
    const findings = sampleFindings();
    const known = new Set([findings[0]?.fingerprint ?? '']);
    const r = buildJsonReport(sampleReport(findings), { known });
    expect(r.findings.filter((f) => f.baseline === 'known')).toHaveLength(1);
    expect(r.findings.filter((f) => f.baseline === 'new')).toHaveLength(findings.length - 1);
  });

  it('writes the file, creating directories', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-json-'));
    try {
      const file = path.join(dir, 'reports', 'lint.json');
      const r = buildJsonReport(sampleReport());
      await writeJsonReport(file, r);
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(r)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
