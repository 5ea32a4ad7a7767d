import type { ActionDefinition } from '../../core/action.js';
import type { Runtime } from '../../core/runtime.js';
import { publishWithInputs } from '../../report/inputs.js';
import { checkLicenses } from './check.js';
import { type LicenseGateInputs, loadInputs } from './inputs.js';
import { buildReport, licenseFindings } from './report.js';

async function main(i: LicenseGateInputs, rt: Runtime): Promise<void> {
  const result = await checkLicenses({
    workingDirectory: i.workingDirectory,
    workspace: rt.workspace,
    venv: i.venv,
    env: rt.env,
    policy: i.policy,
    groups: i.groups,
  });
  const findings = licenseFindings(result, i.workingDirectory, rt.workspace, i.zero);
  const report = buildReport(result, findings, {
    zero: i.zero,
    showOnlyFailing: i.showOnlyFailing,
    workspace: rt.workspace,
  });
  const published = await publishWithInputs(report, rt, i.report, { commentKey: 'licenses' });
  rt.setOutput('packages', result.counts.packages);
  rt.setOutput('incompatible', result.counts.incompatible);
  rt.setOutput('unknown', result.counts.unknown);
  const blocking = published.newFindings.length;
  if (i.zero && blocking > 0) {
    const names = published.newFindings.map((f) => f.data?.package).join(', ');
    throw new Error(`license-gate: ${blocking} incompatible package${blocking === 1 ? '' : 's'}: ${names}`);
  }
}

export const definition: ActionDefinition<LicenseGateInputs> = {
  name: 'license-gate',
  command: 'licenses',
  description: 'Check the licences of the installed dependencies against an allow/deny policy, offline',
  loadInputs,
  main,
};
