import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ActionDefinition } from '../../core/action.js';
import { errorMessage } from '../../core/errors.js';
import { displayCommand } from '../../core/exec.js';
import type { Runtime } from '../../core/runtime.js';
import { loadBaseline, splitByBaseline } from '../../findings/baseline.js';
import { countBySeverity, sortFindings, toRepoPath } from '../../findings/finding.js';
import { fingerprintFindings, SourceFiles, type UnfingerprintedFinding } from '../../findings/fingerprint.js';
import { provisionAnyUv } from '../../provision/any-uv.js';
import { projectEnvState } from '../../provision/project-env.js';
import { lockedVersion, PYTHON_TOOLS } from '../../provision/python-tools.js';
import { publishWithInputs } from '../../report/inputs.js';
import { plural } from '../../report/markdown.js';
import type { Report, ReportSection, Verdict } from '../../report/report.js';
import {
  chooseEnvironment,
  deptryCommand,
  type Environment,
  usesProjectEnv,
  uvProjectSelection,
} from './command.js';
import { violationFindings } from './findings.js';
import { type DeptryReportInputs, loadInputs } from './inputs.js';
import { readProject } from './project.js';
import { DeptryFailure, runDeptry } from './run.js';
import { describeScope, scanScope } from './scan-scope.js';
import { byRuleSection, failuresSection, type ProjectRun, projectsSection } from './summary.js';

const ACTION = 'deptry-report';
/** A deptry run in a large monorepo package takes a minute; uv may first have to install the environment. */
const TIMEOUT_MS = 30 * 60_000;

interface Collected {
  runs: ProjectRun[];
  findings: UnfingerprintedFinding[];
  failures: string[];
  exitCodes: (number | null)[];
}

/** Runs deptry in each working directory, one after the other (they may share a uv workspace's venv). */
async function runAll(i: DeptryReportInputs, rt: Runtime, uv: string, work: string): Promise<Collected> {
  const c: Collected = { runs: [], findings: [], failures: [], exitCodes: [] };
  const failOn = new Set<string>(i.failOn);
  const ignore = new Set<string>(i.ignore);
  for (const [n, dir] of i.workingDirectories.entries()) {
    const project = readProject(dir, rt.workspace, rt.env);
    const run: ProjectRun = { project, directory: toRepoPath(dir, rt.workspace) || '.' };
    c.runs.push(run);
    try {
      const environment = chooseEnvironment(project, rt.env);
      if (environment.kind === 'uv-project' && environment.lock) {
        // uv decides whether its project environment has everything; deptry never syncs it (see command.ts).
        environment.state = await projectEnvState(uv, dir, uvProjectSelection(environment), rt.env);
      }
      run.environment = environment;
      const locked = project.uvLock ? await lockedVersion(project.uvLock, 'deptry') : undefined;
      run.version = i.version ?? locked ?? PYTHON_TOOLS.deptry.pin;
      run.versionFrom = i.version ? 'input' : locked ? 'uv.lock' : 'pin';
      const jsonOutput = path.join(work, `deptry-${n}.json`);
      const cmd = deptryCommand({
        uv,
        project,
        environment,
        version: run.version,
        jsonOutput,
        extraArgs: i.extraArgs,
      });
      run.firstParty = cmd.firstParty;
      run.scope = describeScope(scanScope(project, i.extraArgs));
      const result = await rt.group(`deptry ${run.version} in ${run.directory}`, async () => {
        if (cmd.firstParty.length > 0) {
          rt.info(
            `src layout: passing --known-first-party ${cmd.firstParty.join(', ')}, as deptry scanning . ` +
              'would take them for third-party imports.',
          );
        }
        const opts = { env: rt.env, timeoutMs: TIMEOUT_MS, onLine: (l: string) => rt.info(l) };
        rt.info(displayCommand(cmd.argv[0] as string, cmd.argv.slice(1)));
        try {
          return await runDeptry(cmd.argv, dir, jsonOutput, opts);
        } catch (err) {
          // uv could not build the separate environment (deptry never started, so no report): a project
          // environment that exists is still worth checking, as it is, rather than no check at all.
          if (
            !(err instanceof DeptryFailure) ||
            environment.kind !== 'uv-project' ||
            !canFallBack(environment, jsonOutput)
          )
            throw err;
          environment.separateFailed = err.toolMessage;
          rt.warning(
            `deptry: the separate environment with every extra and group could not be built ` +
              `(${err.toolMessage}); deptry runs in the project environment as it is, which lacks ` +
              `${plural(environment.state?.missing.length ?? 0, 'package')} they install.`,
          );
          const again = deptryCommand({
            uv,
            project,
            environment,
            version: run.version as string,
            jsonOutput,
            extraArgs: i.extraArgs,
          });
          rt.info(displayCommand(again.argv[0] as string, again.argv.slice(1)));
          return runDeptry(again.argv, dir, jsonOutput, opts);
        }
      });
      const kept = result.violations.filter((v) => !ignore.has(v.code));
      run.violations = kept.length;
      run.ignored = result.violations.length - kept.length;
      run.durationMs = result.durationMs;
      c.exitCodes.push(result.exitCode);
      c.findings.push(
        ...violationFindings(kept, project, { workspace: rt.workspace, failOn, scope: run.scope }),
      );
    } catch (err) {
      run.error = err instanceof DeptryFailure ? err.toolMessage : errorMessage(err);
      c.exitCodes.push(err instanceof DeptryFailure ? err.exitCode : null);
      c.failures.push(errorMessage(err));
    }
  }
  return c;
}

/** A separate environment that uv failed to build, beside a project environment that exists. */
function canFallBack(e: Environment & { kind: 'uv-project' }, jsonOutput: string): boolean {
  return e.state?.venv !== undefined && !usesProjectEnv(e) && !fs.existsSync(jsonOutput);
}

function verdictOf(failed: boolean, newErrors: number, newTotal: number): Verdict {
  if (failed || newErrors > 0) return 'fail';
  return newTotal > 0 ? 'warn' : 'pass';
}

async function main(i: DeptryReportInputs, rt: Runtime): Promise<void> {
  // Any verified uv will do: it only starts deptry (PATH only with tool-source: path).
  const uv = await provisionAnyUv(rt, i.toolSource);
  fs.mkdirSync(rt.tempDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(rt.tempDir, 'deptry-report-'));
  let c: Collected;
  try {
    c = await runAll(i, rt, uv.bin('uv'), work);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }

  const findings = sortFindings(fingerprintFindings(c.findings, new SourceFiles(rt.workspace)));
  const baseline = i.report.baseline
    ? await loadBaseline(path.resolve(rt.workspace, i.report.baseline), { input: 'baseline', tool: ACTION })
    : undefined;
  const split = splitByBaseline(findings, baseline);
  const newErrors = countBySeverity(split.new).error;
  const failed = c.failures.length > 0;
  const projects = plural(c.runs.length, 'project');
  const headline = failed
    ? `deptry failed in ${c.failures.length} of ${projects}: no result there`
    : findings.length === 0
      ? `no dependency violations in ${projects}`
      : `${plural(findings.length, 'dependency violation')}${baseline ? ` (${split.new.length} new)` : ''} in ${projects}`;
  const sections: ReportSection[] = [];
  if (failed) {
    sections.push(failuresSection(c.failures));
  }
  const byRule = byRuleSection(findings, new Set(baseline?.fingerprints ?? []));
  if (byRule) sections.push(byRule);
  sections.push(projectsSection(c.runs, rt.workspace));
  const versions = [...new Set(c.runs.map((r) => r.version).filter((v): v is string => Boolean(v)))];
  const exitCode = c.exitCodes.includes(null) ? null : Math.max(0, ...(c.exitCodes as number[]));
  const report: Report = {
    action: ACTION,
    title: 'deptry',
    verdict: verdictOf(failed, newErrors, split.new.length),
    headline,
    findings,
    sections,
    toolRuns: [
      {
        tool: 'deptry',
        ...(versions.length > 0 ? { version: versions.join(', ') } : {}),
        findings: findings.length,
        durationMs: c.runs.reduce((t, r) => t + (r.durationMs ?? 0), 0),
        exitCode,
      },
    ],
  };
  await publishWithInputs(report, rt, i.report);

  if (failed) {
    // Never "no violations": the step fails with deptry's own message for each project it failed in.
    throw new Error(c.failures.join('\n\n'));
  }
  rt.setOutput('violations', findings.length);
  rt.setOutput('new-violations', split.new.length);
  if (newErrors > 0) {
    const codes = [...new Set(split.new.filter((f) => f.severity === 'error').map((f) => f.rule))].sort();
    throw new Error(
      `${plural(newErrors, 'new dependency violation')} (${codes.join(', ')}) that fail-on covers; ` +
        'the summary lists the fix for each.',
    );
  }
  rt.info(`deptry: ${headline}.`);
}

export const definition: ActionDefinition<DeptryReportInputs> = {
  name: ACTION,
  command: 'deps',
  description:
    'Find unused, missing, transitive and misplaced dependencies with deptry, annotated where to fix',
  loadInputs,
  main,
};
