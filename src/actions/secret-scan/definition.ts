import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ActionDefinition } from '../../core/action.js';
import { InputError } from '../../core/errors.js';
import { pushInfo, readEvent } from '../../core/event.js';
import type { Runtime } from '../../core/runtime.js';
import { loadBaseline } from '../../findings/baseline.js';
import { sortFindings, toRepoPath } from '../../findings/finding.js';
import { gitleaksFromGo } from '../../provision/go-build.js';
import { describeTool, provisionTool } from '../../provision/provision.js';
import { gitleaksSpec } from '../../provision/tools/gitleaks.js';
import type { ProvisionedTool } from '../../provision/types.js';
import { publishWithInputs } from '../../report/inputs.js';
import { clip, escapeInline, formatBytes, formatDuration, plural } from '../../report/markdown.js';
import type { Report, Verdict } from '../../report/report.js';
import { renderSummary } from '../../report/summary.js';
import { type BaseConfig, baseConfig, UNTRUSTED_CONFIG_EVENTS } from './base-config.js';
import { CANARY_KINDS, type CanaryResult, canaryFailure, runCanary } from './canary.js';
import { scanCommits } from './git-scan.js';
import { parseGitleaksReport, type SecretFinding } from './gitleaks-report.js';
import { GitleaksError, type GitleaksResult, runGitleaks } from './gitleaks-run.js';
import { loadInputs, type SecretScanInputs } from './inputs.js';
import { planScan, rangeOutput, type ScanPlan } from './scan-plan.js';
import { findingsSection, notScannedSection, type ScanFacts, scopeSection, shownPath } from './summary.js';

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
    provisionTool(gitleaksSpec, {
      version: i.version,
      runtime: rt,
      mirror: i.mirror,
      checksum: i.checksum,
      toolSource: i.toolSource,
      // GitHub's release unreachable: built through the Go module proxy (never tried with mirror or checksum).
      fallback: gitleaksFromGo(),
    });
  const deleted = event.name === 'push' && pushInfo(event.payload).deleted && i.scope !== 'history';
  const early = deleted ? undefined : provision();
  // The positive control runs as soon as gitleaks is there, while the scope is worked out (it costs a
  // gitleaks start-up, ~40 ms of CPU); its result is judged before the scan runs.
  const startControl = (t: ProvisionedTool) =>
    runCanary(t.bin('gitleaks'), i.canaryKinds, { config, cwd: wd, env: rt.env, tempDir: rt.tempDir });
  const control = early?.then(startControl);
  // Awaited below; this only keeps a failing scope from leaving the rejections unhandled.
  early?.catch(() => {});
  control?.catch(() => {});
  const plan = await planScan(i.scope, wd, rt, event);
  const what = describe(plan, i, rt);
  const nothing = plan.mode === 'git' && plan.scope.kind === 'none';
  const tool = nothing ? undefined : await (early ?? provision());
  const version = tool?.version ?? i.version;
  const facts: ScanFacts = {
    what,
    gitleaksVersion: version,
    gitleaksSource: tool ? describeTool(tool) : 'not run: nothing to scan',
    config,
    ignoreFile,
    ignoreEntries: ignoreFile ? countIgnoreEntries(ignoreFile) : undefined,
    workspace: rt.workspace,
  };
  if (plan.mode === 'git') {
    facts.commits = plan.scope.commits;
    facts.range = rangeOutput(plan);
  }

  // A pull request that changes the scanner's configuration is scanned with the base's (base-config.ts).
  const fromBase =
    tool &&
    plan.mode === 'git' &&
    plan.scope.kind === 'range' &&
    plan.scope.base &&
    UNTRUSTED_CONFIG_EVENTS.has(event.name)
      ? await baseConfig({
          gitRoot: plan.gitRoot,
          base: plan.scope.base,
          head: plan.scope.head,
          config,
          ignoreFile,
          files: [
            { role: 'config', file: i.config ?? repoConfig },
            { role: 'gitleaksignore', file: i.gitleaksignore },
            { role: 'gitleaksignore', file: path.join(wd, '.gitleaksignore') },
          ],
          tempDir: rt.tempDir,
          env: rt.env,
        })
      : undefined;
  const scanConfig = fromBase ? fromBase.config : config;
  const scanIgnore = fromBase ? fromBase.ignoreFile : ignoreFile;
  if (fromBase) {
    facts.fromBase = fromBase.replaced.map((r) => ({ ...r, base: fromBase.base }));
    rt.warning(baseConfigWarning(fromBase));
  }

  let result: GitleaksResult | undefined;
  if (tool) {
    const canary = await positiveControl(
      fromBase && scanConfig !== config
        ? runCanary(tool.bin('gitleaks'), i.canaryKinds, {
            config: scanConfig,
            cwd: wd,
            env: rt.env,
            tempDir: rt.tempDir,
          })
        : (control ?? startControl(tool)),
      i,
      scanConfig,
      rt,
      facts,
    );
    rt.info(
      canary.checked.length
        ? `Positive control: gitleaks ${version} detected every fake credential of a generated sample ` +
            `(${canary.checked.join(', ')}) in ${formatDuration(canary.durationMs)}.`
        : 'Positive control: skipped (canary-kinds: none).',
    );
    const runOpts = { cwd: wd, env: rt.env, tempDir: rt.tempDir, timeoutMs: SCAN_TIMEOUT_MS };
    const bin = tool.bin('gitleaks');
    try {
      result = await rt.group(`gitleaks ${plan.mode}: ${what}`, async () => {
        if (plan.mode !== 'git')
          return runGitleaks(bin, { target: { mode: plan.mode }, config, ignoreFile }, runOpts);
        const r = fromBase
          ? await scanCommits(
              bin,
              plan.scope.revArgs,
              { config: scanConfig, ignoreFile: scanIgnore, source: fromBase.source },
              { ...runOpts, env: fromBase.env },
            )
          : await scanCommits(bin, plan.scope.revArgs, { config, ignoreFile }, runOpts);
        facts.merges = { diff: r.merges, octopus: r.octopus };
        return r;
      });
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
    facts.gitleaksCommits = l.commitsScanned;
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
  const incomplete = result?.incomplete;
  const verdict: Verdict = incomplete
    ? 'fail'
    : fresh.length === 0
      ? 'pass'
      : i.failOnFindings
        ? 'fail'
        : 'warn';
  const headline =
    (incomplete ? 'the scan did not complete: ' : '') +
    (findings.length === 0
      ? `no secrets found in ${scanned}`
      : `${plural(findings.length, 'possible secret')} in ${incomplete ? `the part of ${scanned} gitleaks scanned` : scanned}` +
        (baseline ? ` (${fresh.length} new, ${findings.length - fresh.length} in the baseline)` : ''));
  const report: Report = {
    action: ACTION,
    title: TITLE,
    verdict,
    headline,
    findings,
    sections: [
      ...(incomplete ? [notScannedSection(incomplete, facts)] : []),
      ...(findings.length ? [findingsSection(findings, rt.env, known)] : []),
      scopeSection(facts),
    ],
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
  // No SARIF from a scan that stopped part way: code scanning would close the alerts it did not reach.
  const published = await publishWithInputs(report, rt, incomplete ? { ...i, sarifFile: undefined } : i);

  rt.setOutput('findings', findings.length);
  rt.setOutput('new-findings', published.newFindings.length);
  rt.setOutput('scanned-commits', plan.mode === 'git' ? plan.scope.commits : 0);
  rt.setOutput('range', rangeOutput(plan));

  if (incomplete) {
    throw new Error(
      `gitleaks did not complete the scan of ${what}: ${clip(incomplete[0] ?? '', 300)}. ` +
        `It reported ${plural(findings.length, 'possible secret')} in what it scanned before it stopped ` +
        '(see the job summary); the rest was not scanned, so nothing is known about it.',
    );
  }
  if (published.newFindings.length > 0 && i.failOnFindings) {
    const where = plan.mode === 'git' ? `${scanned} (${rangeOutput(plan) || 'none'})` : scanned;
    throw new Error(
      `${plural(published.newFindings.length, 'new possible secret')} in ${where}: see the job summary. ` +
        'Revoke a real secret first; add the line shown there to .gitleaksignore for a false positive.',
    );
  }
}

/**
 * Judges the canary (canary.ts), run with the scan's binary, config and environment. When gitleaks misses a kind,
 * the summary says the scan cannot be trusted and the step fails before the scan runs.
 */
async function positiveControl(
  control: Promise<CanaryResult>,
  i: SecretScanInputs,
  config: string | undefined,
  rt: Runtime,
  facts: ScanFacts,
): Promise<CanaryResult> {
  let canary: CanaryResult;
  try {
    canary = await control;
  } catch (e) {
    if (e instanceof GitleaksError) await reportFailure(rt, facts, e);
    throw e;
  }
  facts.canary = { ...canary, all: i.canaryKinds.length === CANARY_KINDS.length };
  if (canary.missed.length === 0) return canary;
  const rules = config ? `the configuration ${shownPath(config, rt.workspace)}` : "gitleaks' default rules";
  const message = canaryFailure(canary.missed, facts.gitleaksVersion, rules);
  const report: Report = {
    action: ACTION,
    title: TITLE,
    verdict: 'fail',
    headline: 'the scanner missed fake credentials it must detect; nothing is known about secrets',
    findings: [],
    sections: [{ title: 'Positive control', markdown: escapeInline(message) }, scopeSection(facts)],
  };
  await rt.appendSummary(renderSummary(report).markdown);
  throw new Error(message);
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

/** One line for the log: which files the pull request changed and what the scan used instead. */
function baseConfigWarning(b: BaseConfig): string {
  const files = b.replaced.map((r) => r.changed).join(', ');
  return (
    `This pull request changes the secret scanner's configuration (${files}); the scan uses the versions of ` +
    `the base commit ${b.base.slice(0, 12)} instead, so a change cannot exempt itself. It takes effect once merged.`
  );
}
