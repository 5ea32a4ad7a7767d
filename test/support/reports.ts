import * as path from 'node:path';
import { projectId } from '../../src/actions/projects/discover.js';
import { localRuntime } from '../../src/core/runtime.js';
import type { Finding, Severity } from '../../src/findings/finding.js';
import { publishWithInputs } from '../../src/report/inputs.js';
import { buildJsonReport, writeJsonReport } from '../../src/report/json-report.js';
import type { Report, Verdict } from '../../src/report/report.js';

/**
 * JSON reports as the matrix jobs of a monorepo write them, for the tests and the bench of
 * actions/merge-reports: through the real publishing code (`viaPublish`), or straight from buildJsonReport
 * for the large generated sets.
 */

export const TITLES: Record<string, string> = {
  'python-lint-stack': 'Python lint',
  'license-gate': 'Licences',
  'secret-scan': 'Secrets',
  'deptry-report': 'Dependencies',
};

/** A finding in `project` (its file under the project's directory). */
export function findingIn(project: string, n: number, severity: Severity = 'error', tool = 'ruff'): Finding {
  const dir = project === '.' ? '' : `${project}/`;
  return {
    tool,
    rule: severity === 'error' ? 'F401' : 'E501',
    severity,
    message: `problem ${n}: \`os\` imported but unused in module number ${n} of ${project}`,
    file: `${dir}src/module_${n % 97}.py`,
    line: (n % 400) + 1,
    column: 1,
    fingerprint: `${project}:${tool}:${n}`,
    helpUri: 'https://docs.astral.sh/ruff/rules/unused-import',
  };
}

export function reportOf(action: string, findings: Finding[], verdict?: Verdict): Report {
  const failing = findings.some((f) => f.severity === 'error');
  return {
    action,
    title: TITLES[action] ?? action,
    verdict: verdict ?? (failing ? 'fail' : 'pass'),
    headline: findings.length ? `${findings.length} problems` : 'no problems',
    findings,
    sections: [],
    toolRuns: [
      {
        tool: findings[0]?.tool ?? 'ruff',
        version: '0.6.0',
        findings: findings.length,
        durationMs: 5,
        exitCode: 0,
      },
    ],
  };
}

/** Where a matrix job's artifact lands after actions/download-artifact: `<reports>/reports-<id>/<check>.json`. */
export function reportPath(reportsDir: string, project: string, action: string): string {
  return path.join(reportsDir, `reports-${projectId(project)}`, `${action}.json`);
}

/**
 * Writes the report of `project` as an action does in a matrix job: publishWithInputs with `json-file` and
 * the job's `working-directory`, on a runtime whose environment names the run and the runner.
 */
export async function viaPublish(
  workspace: string,
  reportsDir: string,
  project: string,
  report: Report,
  runner = `GitHub Actions ${projectId(project)}`,
): Promise<void> {
  const env = { GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'check', RUNNER_NAME: runner };
  const rt = localRuntime({ env, workspace, log: () => {}, out: () => {} });
  const jsonFile = path.relative(workspace, reportPath(reportsDir, project, report.action));
  await publishWithInputs(
    report,
    rt,
    { jsonFile, prComment: false, workingDirectory: project },
    { annotate: false },
  );
}

/** The same file, straight from buildJsonReport (no summary rendered): for generated sets of many reports. */
export async function writeReport(reportsDir: string, project: string, report: Report): Promise<void> {
  const json = buildJsonReport(report, {
    project,
    run: { id: '4242', attempt: '1', runner: `r-${project}` },
  });
  await writeJsonReport(reportPath(reportsDir, project, report.action), json);
}
