import * as path from 'node:path';
import type { InputReader } from '../../core/inputs.js';
import type { Runtime } from '../../core/runtime.js';
import { GITLEAKS_DEFAULT_VERSION } from '../../provision/tools/gitleaks.js';
import { loadReportInputs, type ReportInputs } from '../../report/inputs.js';

/**
 * What to scan: the commits the event brings, the whole history, the files on disk, or the changes staged
 * for the next commit (a pre-commit hook).
 */
export type ScanScope = 'auto' | 'commits' | 'history' | 'files' | 'staged';
export const SCAN_SCOPES: readonly ScanScope[] = ['auto', 'commits', 'history', 'files', 'staged'];

export const DEFAULT_GITLEAKSIGNORE = '.gitleaksignore';

export interface SecretScanInputs extends ReportInputs {
  version: string;
  mirror?: string;
  checksum?: string;
  scope: ScanScope;
  /** Absolute path of a gitleaks config given by the user; undefined: the repo's .gitleaks.toml or defaults. */
  config?: string;
  /** Absolute path of the ignore file. */
  gitleaksignore: string;
  /** True when `gitleaksignore` was given explicitly (then the file must exist). */
  gitleaksignoreGiven: boolean;
  failOnFindings: boolean;
  /** Absolute. */
  workingDirectory: string;
}

export function loadInputs(r: InputReader, rt: Runtime): SecretScanInputs {
  const workingDirectory = path.resolve(rt.workspace, r.string('working-directory', '.'));
  const ignore = r.string('gitleaksignore');
  const config = r.string('config');
  return {
    ...loadReportInputs(r),
    version: r.string('version', GITLEAKS_DEFAULT_VERSION).replace(/^v/, ''),
    mirror: r.url('mirror'),
    checksum: r.sha256('checksum'),
    scope: r.choice('scope', SCAN_SCOPES, 'auto'),
    // Both files belong to the scanned repository, so they are relative to the working directory.
    config: config ? path.resolve(workingDirectory, config) : undefined,
    gitleaksignore: path.resolve(workingDirectory, ignore ?? DEFAULT_GITLEAKSIGNORE),
    gitleaksignoreGiven: ignore !== undefined && ignore !== DEFAULT_GITLEAKSIGNORE,
    failOnFindings: r.bool('fail-on-findings', true),
    workingDirectory,
  };
}
