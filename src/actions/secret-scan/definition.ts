import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ActionDefinition } from '../../core/action.js';
import { InputError } from '../../core/errors.js';
import { pushInfo, readEvent } from '../../core/event.js';
import type { Runtime } from '../../core/runtime.js';
import { loadBaseline } from '../../findings/baseline.js';
import { sortFindings, toRepoPath } from '../../findings/finding.js';
import { provisionTool } from '../../provision/provision.js';
import { gitleaksSpec } from '../../provision/tools/gitleaks.js';
import { publishWithInputs } from '../../report/inputs.js';
import { formatBytes, formatDuration, plural } from '../../report/markdown.js';
import type { Report, Verdict } from '../../report/report.js';
import { renderSummary } from '../../report/summary.js';
import { parseGitleaksReport, type SecretFinding } from './gitleaks-report.js';
import { GitleaksError, type GitleaksResult, runGitleaks } from './gitleaks-run.js';
import { loadInputs, type SecretScanInputs } from './inputs.js';
import { planScan, rangeOutput, type ScanPlan } from './scan-plan.js';
import { findingsSection, type ScanFacts, scopeSection } from './summary.js';

const ACTION = 'secret-scan';
const TITLE = 'Secret scan';
const SCAN_TIMEOUT_MS = 60 * 60 * 1000;

function requireFile(input: string, file: string, what: string): void {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new InputError(input, file, `${what}; no file exists at that path (relative to working-directory)`);
  }
}

/** Entries of a .gitleaksignore: lines that are neither blank nor `#` comments. */
export function countIgnoreEntries(file: string): number {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.trim().startsWith('#')).length;
}

function describe(plan: ScanPlan, i: SecretScanInputs, rt: Runtime): string {
  if (plan.mode === 'git') return plan.scope.description;
  if (plan.mode === 'staged') return 'the changes staged for the next commit';
  const rel = path.relative(rt.workspace, i.workingDirectory) || '.';
  return `the files under ${rel} (${plan.why})`;
}

async function main(i: SecretScanInputs, rt: Runtime): Promise<void> {
  const wd = i.workingDirectory;
  if (!fs.existsSync(wd) || !fs.statSync(wd).isDirectory()) {
    throw new InputError('working-directory', wd, 'a directory inside the workspace; it does not exist');
  }
  if (i.config) requireFile('config', i.config, 'a gitleaks TOML config file');
  if (i.gitleaksignoreGiven) requireFile('gitleaksignore', i.gitleaksignore, 'a .gitleaksignore file');
  const repoConfig = path.join(wd, '.gitleaks.toml');
  const config = i.config ?? (fs.existsSync(repoConfig) ? repoConfig : undefined);
  const ignoreFile = fs.existsSync(i.gitleaksignore) ? i.gitleaksignore : undefined;

  // A files scan needs no event (and must not fail on a broken one).
  const event = i.scope === 'files' ? { name: 'none', payload: {} } : readEvent(rt.env);
  // A known baseline problem fails before any work.
  const baseline = i.baseline
    ? await loadBaseline(path.resolve(rt.workspace, i.baseline), { input: 'baseline', tool: ACTION })
    : undefined;

  // gitleaks is provisioned while the scope is resolved, unless the event is a deleted branch (nothing to scan).
  const provision = () =>
    provisionTool(gitleaksSpec, { version: i.version, runtime: rt, mirror: i.mirror, checksum: i.checksum });
  const deleted = event.name === 'push' && pushInfo(event.payload).deleted && i.scope !== 'history';
  const early = deleted ? undefined : provision();
  // Awaited below; this only keeps a failing scope from leaving the rejection unhandled.
  early?.catch(() => {});
  const plan = await planScan(i.scope, wd, rt, event);
  const what = describe(plan, i, rt);
  const nothing = plan.mode === 'git' && plan.scope.kind === 'none';
  const tool = nothing ? undefined : await (early ?? provision());
  const version = tool?.version ?? i.version;
  const facts: ScanFacts = {
    what,
    gitleaksVersion: version,
    gitleaksSource: !tool ? 'not run' : tool.source === 'path' ? `from PATH, ${tool.dir}` : tool.source,
    config,
    ignoreFile,
    ignoreEntries: ignoreFile ? countIgnoreEntries(ignoreFile) : undefined,
    workspace: rt.workspace,
  };
  if (plan.mode === 'git') {
    facts.commits = plan.scope.commits;
    facts.range = rangeOutput(plan);
  }

  let result: GitleaksResult | undefined;
  if (tool) {
    const target =
      plan.mode === 'git' ? { mode: 'git' as const, revArgs: plan.scope.revArgs } : { mode: plan.mode };
    try {
      result = await rt.group(`gitleaks ${target.mode}: ${what}`, () =>
        runGitleaks(
          tool.bin('gitleaks'),
          { target, config, ignoreFile },
          { cwd: wd, env: rt.env, tempDir: rt.tempDir, timeoutMs: SCAN_TIMEOUT_MS },
        ),
      );
    } catch (e) {
      if (e instanceof GitleaksError) await reportFailure(rt, facts, e);
      throw e;
    }
    const l = result.log;
    rt.info(
      `gitleaks ${version}: ${l.commitsScanned !== undefined ? `${plural(l.commitsScanned, 'commit')} with changes, ` : ''}` +
        `${formatBytes(l.bytesScanned ?? 0)} scanned in ${formatDuration(result.durationMs)}; ` +
        `${plural(result.entries.length, 'finding')} (exit code ${result.exitCode}).`,
    );
    facts.bytesScanned = l.bytesScanned;
    facts.durationMs = result.durationMs;
  } else {
    rt.info(`Nothing to scan: ${what}.`);
  }

  const base = plan.mode === 'dir' ? wd : plan.gitRoot;
  const findings: SecretFinding[] = sortFindings(
    parseGitleaksReport(result?.entries ?? [], {
      toRepoPath: (file) => toRepoPath(path.join(base, file), rt.workspace),
    }),
  );
  const known = new Set(baseline?.fingerprints ?? []);
  const fresh = findings.filter((f) => !known.has(f.fingerprint));

  const scanned =
    plan.mode === 'git'
      ? plural(plan.scope.commits, 'commit')
      : plan.mode === 'staged'
        ? 'the staged changes'
        : 'the files';
  const verdict: Verdict = fresh.length === 0 ? 'pass' : i.failOnFindings ? 'fail' : 'warn';
  const headline =
    findings.length === 0
      ? `no secrets found in ${scanned}`
      : `${plural(findings.length, 'possible secret')} in ${scanned}` +
        (baseline ? ` (${fresh.length} new, ${findings.length - fresh.length} in the baseline)` : '');
  const report: Report = {
    action: ACTION,
    title: TITLE,
    verdict,
    headline,
    findings,
    sections: [...(findings.length ? [findingsSection(findings, rt.env, known)] : []), scopeSection(facts)],
    toolRuns: [
      {
        tool: 'gitleaks',
        version,
        findings: findings.length,
        durationMs: result?.durationMs ?? 0,
        exitCode: result?.exitCode ?? 0,
      },
    ],
  };
  const published = await publishWithInputs(report, rt, i);

  rt.setOutput('findings', findings.length);
  rt.setOutput('new-findings', published.newFindings.length);
  rt.setOutput('scanned-commits', plan.mode === 'git' ? plan.scope.commits : 0);
  rt.setOutput('range', rangeOutput(plan));

  if (published.newFindings.length > 0 && i.failOnFindings) {
    const where = plan.mode === 'git' ? `${scanned} (${rangeOutput(plan) || 'none'})` : scanned;
    throw new Error(
      `${plural(published.newFindings.length, 'new possible secret')} in ${where}: see the job summary. ` +
        'Revoke a real secret first; add the line shown there to .gitleaksignore for a false positive.',
    );
  }
}

/** On a failed scan: a summary that says so (never a clean report, no SARIF/JSON that would close alerts). */
async function reportFailure(rt: Runtime, facts: ScanFacts, err: GitleaksError): Promise<void> {
  const report: Report = {
    action: ACTION,
    title: TITLE,
    verdict: 'fail',
    headline: `the scan did not complete (gitleaks exit code ${err.exitCode ?? 'none'}); nothing is known about secrets`,
    findings: [],
    sections: [scopeSection(facts)],
  };
  await rt.appendSummary(renderSummary(report).markdown);
}

export const definition: ActionDefinition<SecretScanInputs> = {
  name: ACTION,
  command: 'secrets',
  description: 'Scan the commits an event brings (or the files) for secrets with gitleaks',
  loadInputs,
  main,
};
