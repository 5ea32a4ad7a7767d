import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ActionDefinition } from '../../core/action.js';
import type { Runtime } from '../../core/runtime.js';
import { publishWithInputs } from '../../report/inputs.js';
import type { Verdict } from '../../report/report.js';
import { auditPackages, brief, counts, verdict } from './audit.js';
import { declarationSites } from './declarations.js';
import { loadInputs, type VulnAuditInputs } from './inputs.js';
import type { AuditResult } from './model.js';
import { SourceError } from './osv.js';
import { selectPackages } from './packages.js';
import { buildReport, sourceFailureReport, vulnFindings } from './report.js';
import { openSource } from './source.js';

/** Asks the source and audits; a source that cannot answer fails the step after saying so in the summary. */
async function audited(
  i: VulnAuditInputs,
  rt: Runtime,
  t0: number,
  selection: Awaited<ReturnType<typeof selectPackages>>,
): Promise<AuditResult> {
  const source = openSource(i);
  rt.info(
    `Auditing ${selection.audited.length} packages of ${selection.lockFile} with the ${source.description}`,
  );
  try {
    const records = await source.lookup(selection.audited);
    return auditPackages(selection, records, {
      ignore: i.ignore,
      today: new Date(),
      source: source.description,
    });
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    const report = sourceFailureReport(err, {
      source: source.description,
      packages: selection.audited.length,
      durationMs: performance.now() - t0,
    });
    // No SARIF (an empty run would close the open alerts) and no baseline: nothing was judged.
    await publishWithInputs(report, rt, { ...i.report, sarifFile: undefined, writeBaseline: undefined });
    // Never "clean" for what could not be asked: the message says how many were not audited.
    const message = err.message.startsWith('could not audit')
      ? err.message
      : `could not audit ${err.packages.length} packages: ${err.message}`;
    throw new Error(`vuln-audit: ${message}`);
  }
}

async function main(i: VulnAuditInputs, rt: Runtime): Promise<void> {
  const t0 = performance.now();
  const selection = await selectPackages({
    workingDirectory: i.workingDirectory,
    env: rt.env,
    groups: i.groups,
    workspace: rt.workspace,
  });
  const result = await audited(i, rt, t0, selection);
  const policy = { failOn: i.failOn, minSeverity: i.minSeverity };
  const judged = verdict(result, policy);
  const open = result.vulnerable.flatMap((vp) => vp.vulnerabilities.filter((v) => !v.ignored));
  const status: Verdict = !judged.pass ? 'fail' : open.length ? 'warn' : 'pass';
  const findings = vulnFindings(
    result,
    declarationSites({
      pyprojects: selection.pyprojects,
      fallback: selection.project?.pyproject ?? path.join(i.workingDirectory, 'pyproject.toml'),
      workspace: rt.workspace,
    }),
    (_vp, v) => counts(v, policy),
    rt.workspace,
  );
  const report = buildReport(result, findings, {
    verdict: status,
    headline: brief(result),
    blocking: (_vp, v) => counts(v, policy),
    policy: `fail-on: ${i.failOn}, min-severity: ${i.minSeverity}`,
    durationMs: performance.now() - t0,
    groups: i.groups,
    workspace: rt.workspace,
    target: selection.environment.description,
    notSelected: selection.notSelected.length,
  });
  const published = await publishWithInputs(report, rt, i.report, { commentKey: 'vulnerabilities' });
  rt.setOutput('packages', result.audited.length);
  rt.setOutput(
    'vulnerable-packages',
    result.vulnerable.filter((vp) => vp.vulnerabilities.some((v) => !v.ignored)).length,
  );
  rt.setOutput('vulnerabilities', open.length);
  rt.setOutput('fixable', open.filter((v) => v.fixedIn !== undefined).length);
  // What fails the step: vulnerabilities the policy counts that the baseline does not list, and expired
  // ignore entries (the decision to accept a vulnerability is due again).
  const failing = published.newFindings.filter((f) => f.severity === 'error');
  const problems: string[] = [];
  if (failing.length) {
    const names = failing.map((f) => `${f.data?.package} ${f.rule}`).join(', ');
    problems.push(
      `${failing.length} vulnerabilit${failing.length === 1 ? 'y fails' : 'ies fail'} the audit: ${names}`,
    );
  }
  if (result.expiredIgnores.length)
    problems.push(`expired ignore entries (renew or remove them): ${result.expiredIgnores.join(', ')}`);
  if (problems.length) throw new Error(`vuln-audit: ${problems.join('; ')}`);
}

export const definition: ActionDefinition<VulnAuditInputs> = {
  name: 'vuln-audit',
  command: 'audit',
  description: 'Known vulnerabilities of the packages uv.lock pins (OSV), with the fix to apply',
  loadInputs,
  main,
};
