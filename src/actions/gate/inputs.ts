import { InputError } from '../../core/errors.js';
import type { InputReader } from '../../core/inputs.js';
import type { Runtime } from '../../core/runtime.js';
import { TOOL_SOURCE_INPUT, TOOL_SOURCES } from '../../provision/trust.js';
import { checkedServiceUrl } from '../vuln-audit/service-url.js';
import { CHECK_NAMES, type CheckName, type GateOptions } from './checks.js';

export interface GateInputs extends GateOptions {
  checks: CheckName[];
  /** Run setup-uv-cached (install uv and Python, `uv sync`) before the checks. */
  setup: boolean;
  /** Checks run at once after setup (their logs are printed whole, one check after the other). */
  parallel: number;
}

export const DEFAULT_CHECKS = 'lint,deps,licenses,secrets';

export function loadInputs(r: InputReader, _rt: Runtime): GateInputs {
  const checks = r.choices('checks', CHECK_NAMES, DEFAULT_CHECKS.split(',') as CheckName[]);
  const benchCommand = r.string('bench-command');
  const benchUrl = r.string('bench-url');
  const osvUrl = r.raw('osv-url');
  if (checks.includes('bench')) {
    if (!benchCommand)
      throw new InputError('bench-command', '', 'the command that starts the service: checks include bench');
    if (!benchUrl)
      throw new InputError('bench-url', '', 'the URL(s) to load, one per line: checks include bench');
  }
  return {
    checks,
    baseImage: r.string('base-image'),
    uvSource: r.string('uv-source'),
    buildPackages: r.string('build-packages'),
    runtimePackages: r.string('runtime-packages'),
    benchCommand,
    benchUrl,
    setup: r.bool('setup', true),
    parallel: r.int('parallel', 2, { min: 1, max: 8 }),
    workingDirectory: r.string('working-directory', '.'),
    sarifDir: r.string('sarif-dir'),
    onlyLicenses: r.string('only-licenses'),
    failLicenses: r.string('fail-licenses'),
    canaryKinds: r.string('canary-kinds'),
    // Checked here as vuln-audit checks it, so that a bad value fails before any check runs.
    osvUrl: osvUrl && checkedServiceUrl(osvUrl, 'osv-url'),
    // The token is read only when a comment is asked for: otherwise it goes nowhere, not even to the checks.
    githubToken: r.bool('pr-comment', false) ? r.string('github-token') : undefined,
    prComment: r.bool('pr-comment', false),
    // Checked here, passed on as given: each check applies its own default (verified on the runner).
    toolSource: r.raw(TOOL_SOURCE_INPUT) && r.choice(TOOL_SOURCE_INPUT, TOOL_SOURCES, 'verified'),
  };
}
