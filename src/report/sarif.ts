import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Baseline } from '../findings/baseline.js';
import { type Finding, type Severity, sortFindings } from '../findings/finding.js';
import type { Report, ToolRun } from './report.js';

/** The official schema's published location (OASIS SARIF 2.1.0, errata 01). */
export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/**
 * GitHub code scanning's documented upload limits ("SARIF results exceed limit", docs.github.com):
 * at most 20 runs per file, 25,000 results per run (only the top 5,000 by severity are shown) and
 * 25,000 rules per run; the upload (gzipped) may be at most 10 MB. We emit one run per tool, so the
 * run limit is far away; results beyond the cap are dropped, least severe first, and counted.
 */
export const SARIF_MAX_RESULTS_PER_RUN = 25_000;
export const SARIF_MAX_RUNS = 20;

/** Our fingerprint's key in `partialFingerprints`; versioned with the fingerprint recipe. */
export const FINGERPRINT_KEY = 'pyprodFingerprint/v1';

/** Home pages of the tools our actions run, for `tool.driver.informationUri`. */
const KNOWN_TOOLS: Record<string, string> = {
  ruff: 'https://docs.astral.sh/ruff/',
  pylint: 'https://pylint.readthedocs.io/',
  mypy: 'https://mypy.readthedocs.io/',
  bandit: 'https://bandit.readthedocs.io/',
  gitleaks: 'https://github.com/gitleaks/gitleaks',
  deptry: 'https://deptry.com/',
  'pip-licenses': 'https://github.com/raimon49/pip-licenses',
  'pip-audit': 'https://github.com/pypa/pip-audit',
  hadolint: 'https://github.com/hadolint/hadolint',
};

// Minimal typings for the part of SARIF 2.1.0 we write.
export interface SarifRegion {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations?: Array<{
    physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: SarifRegion };
  }>;
  partialFingerprints: Record<string, string>;
  baselineState?: 'new' | 'unchanged';
  properties?: Record<string, unknown>;
}
export interface SarifRule {
  id: string;
  name?: string;
  shortDescription: { text: string };
  helpUri?: string;
}
export interface SarifRun {
  tool: { driver: { name: string; version?: string; informationUri?: string; rules: SarifRule[] } };
  automationDetails: { id: string };
  results: SarifResult[];
  properties?: Record<string, unknown>;
}
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifOptions {
  baseline?: Baseline;
  maxResultsPerRun?: number;
  /** The project directory (JsonReport.project): a project other than `.` gets categories of its own. */
  project?: string;
}

/**
 * A run's category (`automationDetails.id`): one per action and tool, since code scanning rejects two runs of
 * one tool with one category, and per project below the workspace root, so that the projects of a monorepo,
 * each checked by its own job, keep their alerts apart (an upload replaces the alerts of its category).
 */
export function sarifCategory(action: string, tool: string, project?: string): string {
  if (!project || project === '.') return `${action}/${tool}/`;
  return `${action}/${tool}/${project.replace(/[^A-Za-z0-9._/-]/g, '_')}/`;
}

export interface SarifBuild {
  log: SarifLog;
  /** Results left out per tool because a run was over the cap. */
  omitted: Record<string, number>;
}

/** An absolute http(s) URI or nothing: the schema's `format: uri` rejects anything else. */
function absoluteUri(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  try {
    const u = new URL(uri);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A repository-relative path as a relative URI reference: each segment percent-encoded. */
export function artifactUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

function region(f: Finding): SarifRegion | undefined {
  if (!f.line || f.line < 1) return undefined;
  const r: SarifRegion = { startLine: f.line };
  if (f.column && f.column >= 1) r.startColumn = f.column;
  if (f.endLine && f.endLine >= f.line) r.endLine = f.endLine;
  if (f.endColumn && f.endColumn >= 1 && r.startColumn) r.endColumn = f.endColumn;
  return r;
}

const LEVEL: Record<Severity, SarifResult['level']> = { error: 'error', warning: 'warning', note: 'note' };

function toolOrder(findings: readonly Finding[], runs: readonly ToolRun[]): string[] {
  const names = runs.map((r) => r.tool);
  const extra = [...new Set(findings.map((f) => f.tool))].filter((t) => !names.includes(t)).sort();
  return [...new Set([...names, ...extra])];
}

function buildRun(
  action: string,
  tool: string,
  run: ToolRun | undefined,
  findings: Finding[],
  accepted: Set<string> | undefined,
  project: string | undefined,
): SarifRun {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  for (const id of [...new Set(findings.map((f) => f.rule))].sort()) {
    const helpUri = absoluteUri(findings.find((f) => f.rule === id && absoluteUri(f.helpUri))?.helpUri);
    ruleIndex.set(id, rules.length);
    rules.push({
      id,
      name: id,
      shortDescription: { text: `${tool} ${id}` },
      ...(helpUri ? { helpUri } : {}),
    });
  }
  const results = findings.map((f): SarifResult => {
    const result: SarifResult = {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule) ?? -1,
      level: LEVEL[f.severity],
      message: { text: f.message || f.rule },
      partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    };
    if (f.file) {
      const reg = region(f);
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(f.file), uriBaseId: '%SRCROOT%' },
            ...(reg ? { region: reg } : {}),
          },
        },
      ];
    }
    if (accepted) result.baselineState = accepted.has(f.fingerprint) ? 'unchanged' : 'new';
    const props: Record<string, unknown> = {};
    if (f.alsoReportedBy?.length) props.alsoReportedBy = f.alsoReportedBy;
    // Each tool's own rule id, wording, lines and data (a diff) when several tools reported the problem.
    if (f.reports?.length) props.reports = f.reports;
    if (f.data && Object.keys(f.data).length > 0) props.data = f.data;
    if (Object.keys(props).length > 0) result.properties = props;
    return result;
  });
  const informationUri = absoluteUri(run?.informationUri ?? KNOWN_TOOLS[tool]);
  return {
    tool: {
      driver: {
        name: tool,
        ...(run?.version ? { version: run.version } : {}),
        ...(informationUri ? { informationUri } : {}),
        rules,
      },
    },
    automationDetails: { id: sarifCategory(action, tool, project) },
    results,
  };
}

/**
 * A SARIF 2.1.0 log with one run per tool (including tools that found nothing, so code scanning
 * closes alerts that were fixed), results most severe first, relative locations under `%SRCROOT%`
 * and our fingerprint in `partialFingerprints`. With a baseline, results carry `baselineState`.
 */
export function buildSarif(
  report: Pick<Report, 'action' | 'findings' | 'toolRuns'>,
  opts: SarifOptions = {},
): SarifBuild {
  const cap = opts.maxResultsPerRun ?? SARIF_MAX_RESULTS_PER_RUN;
  const accepted = opts.baseline ? new Set(opts.baseline.fingerprints) : undefined;
  const toolRuns = report.toolRuns ?? [];
  const sorted = sortFindings(report.findings);
  const omitted: Record<string, number> = {};
  const tools = toolOrder(sorted, toolRuns);
  // Past the run limit the whole upload is rejected; dropping whole tools (counted) keeps the rest.
  for (const tool of tools.slice(SARIF_MAX_RUNS))
    omitted[tool] = sorted.filter((f) => f.tool === tool).length;
  const runs = tools.slice(0, SARIF_MAX_RUNS).map((tool) => {
    const mine = sorted.filter((f) => f.tool === tool);
    if (mine.length > cap) omitted[tool] = mine.length - cap;
    const run = buildRun(
      report.action,
      tool,
      toolRuns.find((r) => r.tool === tool),
      mine.slice(0, cap),
      accepted,
      opts.project,
    );
    if (omitted[tool]) run.properties = { omittedResults: omitted[tool] };
    return run;
  });
  return { log: { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs }, omitted };
}

/** Writes the log as JSON, creating parent directories. */
export async function writeSarif(file: string, log: SarifLog): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.writeFile(file, `${JSON.stringify(log, null, 2)}\n`);
}
