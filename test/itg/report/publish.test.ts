import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localRuntime } from '../../../src/core/runtime.js';
import { baselineOf } from '../../../src/findings/baseline.js';
import { publishReport } from '../../../src/report/publish.js';
import { type GitHubApiServer, startGitHubApiServer } from '../../support/github-api-server.js';
import {
  manyFindings,
  normaliseTables,
  sampleFindings,
  sampleReport,
} from '../../unit/report/sample-report.js';

const TOKEN = 'ghs_PublishToken9876543210zyxwvuXYZ';
const FIXTURES = path.join(import.meta.dirname, '../../fixtures');

function sarifValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(
    JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif/sarif-schema-2.1.0.json'), 'utf8')),
  );
}

let dir: string;
let server: GitHubApiServer;
let log: string[];
let out: string[];

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-publish-'));
  server = await startGitHubApiServer({ token: TOKEN });
  log = [];
  out = [];
});
afterEach(async () => {
  expect([...log, ...out].join('\n')).not.toContain(TOKEN);
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function runtimeFor(env: NodeJS.ProcessEnv = {}) {
  return localRuntime({ env, workspace: dir, log: (l) => log.push(l), out: (t) => out.push(t) });
}

describe('publishReport with localRuntime', () => {
  it('annotates, writes valid SARIF and JSON, sets outputs and prints the summary', async () => {
    const rt = runtimeFor();
    const findings = [...sampleFindings(), ...manyFindings(12, 'error', 'pylint')];
    const result = await publishReport(sampleReport(findings), rt, {
      sarifFile: 'reports/lint.sarif',
      jsonFile: 'reports/lint.json',
    });

    // Files, at the paths the outputs name.
    const sarifPath = path.join(dir, 'reports/lint.sarif');
    const jsonPath = path.join(dir, 'reports/lint.json');
    expect(rt.outputs.get('sarif-file')).toBe(sarifPath);
    expect(rt.outputs.get('json-file')).toBe(jsonPath);
    expect(result).toMatchObject({ sarifFile: sarifPath, jsonFile: jsonPath });
    const validate = sarifValidator();
    const sarif = JSON.parse(fs.readFileSync(sarifPath, 'utf8'));
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs.flatMap((r: { results: unknown[] }) => r.results)).toHaveLength(findings.length);
    const json = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
    expect(json).toMatchObject({ tool: 'pyprod-actions', action: 'python-lint-stack', verdict: 'fail' });
    expect(json.counts).toEqual({ error: 14, warning: 2, note: 1, total: 17 });
    expect(json.meta.annotations.notAnnotated).toEqual({ error: 4, warning: 0, notice: 0 });
    expect(json.meta.sarifFile).toBe('reports/lint.sarif');

    // Annotations: 10 errors, both warnings, the note; the other 4 errors are counted.
    expect(result.annotations?.emitted).toEqual({ error: 10, warning: 2, notice: 1 });
    expect(log.filter((l) => / error: /.test(l))).toHaveLength(10);

    // The summary went to the terminal, verdict first, saying what was not annotated.
    const summary = out.join('');
    expect(summary.split('\n')[0]).toBe('### ❌ Python lint: 14 errors block the merge');
    expect(summary).toContain('4 findings not annotated (4 errors)');
    expect(result.summary).toMatchObject({ rowsShown: 17, rowsOmitted: 0 });
    expect(result.prComment).toBeUndefined();
  });

  it('annotates only findings that are new against the baseline and marks the rest known', async () => {
    const rt = runtimeFor();
    const findings = sampleFindings();
    const baseline = baselineOf(
      findings.filter((f) => f.severity === 'error'),
      'python-lint-stack',
    );
    const result = await publishReport(sampleReport(findings), rt, {
      baseline,
      jsonFile: 'r.json',
      sarifFile: 'r.sarif',
    });
    expect(result.baseline).toEqual({ new: 3, known: 2 });
    expect(result.annotations?.emitted).toEqual({ error: 0, warning: 2, notice: 1 });
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8'));
    expect(json.findings.filter((f: { baseline: string }) => f.baseline === 'known')).toHaveLength(2);
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'r.sarif'), 'utf8'));
    const states = sarif.runs.flatMap((r: { results: Array<{ baselineState: string }> }) =>
      r.results.map((x) => x.baselineState),
    );
    expect(states.sort()).toEqual(['new', 'new', 'new', 'unchanged', 'unchanged']);
    expect(out.join('')).toContain('3 new, 2 known (in the baseline)');
  });

  it('posts the sticky PR comment and edits it on the next run', async () => {
    const eventPath = path.join(dir, 'event.json');
    fs.writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7 } }));
    const env = {
      GITHUB_API_URL: server.url,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_EVENT_NAME: 'pull_request',
    };
    const first = await publishReport(sampleReport(), runtimeFor(env), {
      prComment: true,
      token: TOKEN,
      annotate: false,
    });
    expect(first.prComment?.status).toBe('created');
    expect(first.annotations).toBeUndefined();
    const second = await publishReport(sampleReport(), runtimeFor(env), { prComment: true, token: TOKEN });
    expect(second.prComment).toMatchObject({ status: 'updated', commentId: first.prComment?.commentId });
    expect(server.comments).toHaveLength(1);

    const body = server.comments[0]?.body ?? '';
    expect(body.split('\n')[0]).toBe('<!-- pyprod-actions:python-lint-stack:report -->');
    expect(body.split('\n')[1]).toBe('### ❌ Python lint: 2 errors block the merge');
    // The sample comment kept for the README; UPDATE_FIXTURES=1 rewrites it after an intended change.
    const fixture = path.join(FIXTURES, 'report/sample-comment.md');
    if (process.env.UPDATE_FIXTURES === '1') fs.writeFileSync(fixture, body);
    expect(normaliseTables(body)).toBe(normaliseTables(fs.readFileSync(fixture, 'utf8')));
  });

  it('does not fail without a token when a comment was asked for', async () => {
    const result = await publishReport(sampleReport(), runtimeFor({}), { prComment: true });
    expect(result.prComment?.status).toBe('skipped');
    expect(log).toContain(
      "notice: Pull request comment skipped: no token was given (pass the token input, e.g. the workflow's github.token).",
    );
  });
});
