import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { baselineOf } from '../../../src/findings/baseline.js';
import {
  artifactUri,
  buildSarif,
  FINGERPRINT_KEY,
  sarifCategory,
  writeSarif,
} from '../../../src/report/sarif.js';
import { manyFindings, sampleFindings, sampleReport } from './sample-report.js';

const SCHEMA_FILE = path.join(import.meta.dirname, '../../fixtures/sarif/sarif-schema-2.1.0.json');

/** The official SARIF 2.1.0 schema (draft-07), compiled once with format checks (uri, date-time, ...). */
function sarifValidator() {
  // The schema's `language` pattern ends in a stray `]?`, which only non-unicode RegExp accepts.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')));
}
const validate = sarifValidator();

function errorsOf(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('buildSarif', () => {
  it('produces a log that the official SARIF 2.1.0 schema accepts', () => {
    const { log } = buildSarif(sampleReport(), { baseline: baselineOf(sampleFindings().slice(0, 2), 'x') });
    expect(errorsOf(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/^https:\/\/.*sarif-schema-2\.1\.0\.json$/);
  });

  it('rejects deliberately broken SARIF, so the validation above can fail', () => {
    const { log } = buildSarif(sampleReport());
    const broken = structuredClone(log) as unknown as {
      runs: Array<{ results: Array<Record<string, unknown>>; tool: { driver: Record<string, unknown> } }>;
    };
    const run = broken.runs[0];
    if (!run?.results[0]) throw new Error('sample has no results');
    run.results[0].level = 'critical'; // not a SARIF level
    delete run.results[0].message; // message is required
    run.tool.driver.informationUri = 'not a uri';
    const errors = errorsOf(broken);
    expect(errors.join('\n')).toMatch(/level must be equal to one of the allowed values/);
    expect(errors.join('\n')).toMatch(/must have required property 'message'/);
    expect(errors.join('\n')).toMatch(/informationUri must match format "uri"/);
    expect(errorsOf({ version: '2.1.0' })).toContain(" must have required property 'runs'");
  });

  it('writes one run per tool with driver facts, rules with helpUri and indexed results', () => {
    const { log } = buildSarif(sampleReport());
    expect(log.runs.map((r) => r.tool.driver.name)).toEqual(['ruff', 'pylint', 'gitleaks']);
    const ruff = log.runs[0];
    expect(ruff?.tool.driver).toMatchObject({
      name: 'ruff',
      version: '0.14.2',
      informationUri: 'https://docs.astral.sh/ruff/',
    });
    expect(ruff?.automationDetails.id).toBe('python-lint-stack/ruff/');
    const rules = ruff?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(['F401', 'S307', 'W292']);
    expect(rules[0]?.helpUri).toBe('https://docs.astral.sh/ruff/rules/unused-import');
    for (const result of ruff?.results ?? []) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);

    const f401 = ruff?.results.find((r) => r.ruleId === 'F401');
    expect(f401).toMatchObject({
      level: 'error',
      message: { text: '`os` imported but unused' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'src/app/util.py', uriBaseId: '%SRCROOT%' },
            region: { startLine: 1, startColumn: 8, endLine: 1, endColumn: 10 },
          },
        },
      ],
      properties: { alsoReportedBy: ['pylint'] },
    });
    expect(f401?.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
    const leak = log.runs[2]?.results[0];
    expect(leak?.partialFingerprints[FINGERPRINT_KEY]).toBe('config/settings.py:aws-access-token:3');
  });

  it('gives a project below the workspace root categories of its own (a monorepo job each)', () => {
    const ids = (project?: string) =>
      buildSarif(sampleReport(), { project }).log.runs.map((r) => r.automationDetails.id);
    expect(ids('.')).toEqual(ids());
    expect(ids('services/api')).toEqual([
      'python-lint-stack/ruff/services/api/',
      'python-lint-stack/pylint/services/api/',
      'python-lint-stack/gitleaks/services/api/',
    ]);
    expect(sarifCategory('license-gate', 'license-gate', 'a b/$(x)')).toBe(
      'license-gate/license-gate/a_b/__x_/',
    );
  });

  it('leaves out positions below 1 and locations without a file', () => {
    const { log } = buildSarif({
      action: 'license-gate',
      findings: [
        { tool: 'pip-licenses', rule: 'denied', severity: 'error', message: 'GPL', fingerprint: 'a' },
        {
          tool: 'pip-licenses',
          rule: 'denied',
          severity: 'error',
          message: 'x',
          file: 'req.txt',
          line: 0,
          column: 0,
          fingerprint: 'b',
        },
        {
          tool: 'pip-licenses',
          rule: 'denied',
          severity: 'note',
          message: 'y',
          file: 'r.txt',
          line: 2,
          column: 0,
          fingerprint: 'c',
        },
      ],
    });
    expect(errorsOf(log)).toEqual([]);
    const byFp = (fp: string) =>
      log.runs[0]?.results.find((r) => r.partialFingerprints[FINGERPRINT_KEY] === fp);
    const [noFile, lineZero, colZero] = [byFp('a'), byFp('b'), byFp('c')];
    expect(noFile?.message.text).toBe('GPL');
    expect(noFile?.locations).toBeUndefined();
    expect(lineZero?.locations?.[0]?.physicalLocation.region).toBeUndefined();
    expect(colZero?.locations?.[0]?.physicalLocation.region).toEqual({ startLine: 2 });
  });

  it('keeps a run for a tool that found nothing, so fixed alerts get closed', () => {
    const { log } = buildSarif({
      action: 'secret-scan',
      findings: [],
      toolRuns: [{ tool: 'gitleaks', version: '8.28.0', findings: 0, durationMs: 10, exitCode: 0 }],
    });
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]?.results).toEqual([]);
    expect(errorsOf(log)).toEqual([]);
  });

  it('marks results new or unchanged against a baseline', () => {
    const findings = sampleFindings();
    const { log } = buildSarif(sampleReport(findings), {
      baseline: baselineOf([findings[0]!], 'python-lint-stack'),
    });
    const states = log.runs.flatMap((r) => r.results.map((x) => x.baselineState));
    expect(states.filter((s) => s === 'unchanged')).toHaveLength(1);
    expect(states.filter((s) => s === 'new')).toHaveLength(findings.length - 1);
  });

  it('caps results per run, keeping the most severe, and counts what it left out', () => {
    const findings = [...manyFindings(30, 'note'), ...manyFindings(5, 'error')];
    const { log, omitted } = buildSarif({ action: 'a', findings }, { maxResultsPerRun: 10 });
    expect(log.runs[0]?.results).toHaveLength(10);
    expect(log.runs[0]?.results.slice(0, 5).every((r) => r.level === 'error')).toBe(true);
    expect(omitted).toEqual({ ruff: 25 });
    expect(log.runs[0]?.properties).toEqual({ omittedResults: 25 });
  });

  it('percent-encodes paths into relative URI references and drops non-absolute help URIs', () => {
    expect(artifactUri('docs/my file#1.py')).toBe('docs/my%20file%231.py');
    expect(artifactUri('./a:b/c.py')).toBe('a%3Ab/c.py');
    const { log } = buildSarif({
      action: 'a',
      findings: [
        {
          tool: 't',
          rule: 'r',
          severity: 'warning',
          message: 'm',
          file: 'my dir/ä.py',
          line: 1,
          helpUri: '/relative',
          fingerprint: 'f',
        },
      ],
    });
    expect(log.runs[0]?.tool.driver.rules[0]?.helpUri).toBeUndefined();
    expect(errorsOf(log)).toEqual([]);
  });

  it('writes the file, creating directories', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-sarif-'));
    try {
      const file = path.join(dir, 'out', 'nested', 'lint.sarif');
      await writeSarif(file, buildSarif(sampleReport()).log);
      expect(errorsOf(JSON.parse(fs.readFileSync(file, 'utf8')))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
