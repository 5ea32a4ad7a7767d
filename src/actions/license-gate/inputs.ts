import type { InputReader } from '../../core/inputs.js';
import type { Runtime } from '../../core/runtime.js';
import { loadReportInputs, type ReportInputs } from '../../report/inputs.js';
import { buildPolicy, DEFAULT_FAIL_LICENSES, DEFAULT_ONLY_LICENSES, type Policy } from './policy.js';

export interface LicenseGateInputs {
  policy: Policy;
  /** '' (runtime closure), 'all', or group names. */
  groups: string;
  venv?: string;
  /** Absolute. */
  workingDirectory: string;
  showOnlyFailing: boolean;
  /** Fail the step when any counted package is incompatible. */
  zero: boolean;
  report: ReportInputs;
}

export function loadInputs(r: InputReader, rt: Runtime): LicenseGateInputs {
  return {
    // The policy readers validate every word and glob, naming the input on error.
    policy: buildPolicy({
      onlyLicenses: r.string('only-licenses', DEFAULT_ONLY_LICENSES),
      failLicenses: r.string('fail-licenses', DEFAULT_FAIL_LICENSES),
      ignorePackages: r.string('ignore-packages', ''),
      failPackages: r.string('fail-packages', ''),
    }),
    groups: r.string('groups', ''),
    venv: r.string('venv'),
    workingDirectory: r.path('working-directory', rt.workspace, 'directory', '.'),
    showOnlyFailing: r.bool('show-only-failing', false),
    zero: r.bool('zero', true),
    report: loadReportInputs(r),
  };
}
