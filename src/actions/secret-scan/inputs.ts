import * as path from 'node:path';
import { InputError } from '../../core/errors.js';
import type { InputReader } from '../../core/inputs.js';
import type { Runtime } from '../../core/runtime.js';
import { GITLEAKS_DEFAULT_VERSION } from '../../provision/tools/gitleaks.js';
import { readToolSource, type ToolSource } from '../../provision/trust.js';
import { loadReportInputs, type ReportInputs } from '../../report/inputs.js';
import { CANARY_KINDS, type CanaryKind } from './canary.js';

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
  /** Where gitleaks may come from (tool-source). */
  toolSource: ToolSource;
  scope: ScanScope;
  /** Absolute path of a gitleaks config given by the user; undefined: the repo's .gitleaks.toml or defaults. */
  config?: string;
  /** Absolute path of the ignore file. */
  gitleaksignore: string;
  /** True when `gitleaksignore` was given explicitly (then the file must exist). */
  gitleaksignoreGiven: boolean;
  failOnFindings: boolean;
  /** The kinds of fake credential the configuration must detect before a scan is believed (canary.ts). */
  canaryKinds: CanaryKind[];
  /** Absolute. */
  workingDirectory: string;
}

export function loadInputs(r: InputReader, rt: Runtime): SecretScanInputs {
  const workingDirectory = r.path('working-directory', rt.workspace, 'directory', '.');
  const ignore = r.string('gitleaksignore');
  return {
    ...loadReportInputs(r),
    version: r.string('version', GITLEAKS_DEFAULT_VERSION).replace(/^v/, ''),
    mirror: r.url('mirror'),
    checksum: r.sha256('checksum'),
    toolSource: readToolSource(r, rt),
    scope: r.choice('scope', SCAN_SCOPES, 'auto'),
    // Both files belong to the scanned repository, so they are relative to the working directory.
    config: r.path('config', workingDirectory, 'file'),
    gitleaksignore: ignore
      ? (r.path(
          'gitleaksignore',
          workingDirectory,
          ignore === DEFAULT_GITLEAKSIGNORE ? 'output-file' : 'file',
        ) as string)
      : path.resolve(workingDirectory, DEFAULT_GITLEAKSIGNORE),
    gitleaksignoreGiven: ignore !== undefined && ignore !== DEFAULT_GITLEAKSIGNORE,
    failOnFindings: r.bool('fail-on-findings', true),
    canaryKinds: canaryKinds(r.list('canary-kinds', ['all'], { spaces: true })),
    workingDirectory,
  };
}

/** `all` (the default), `none`, or a list of CANARY_KINDS. */
export function canaryKinds(items: readonly string[]): CanaryKind[] {
  const allowed = `'all', 'none' or a list of ${CANARY_KINDS.join(', ')}`;
  if (items.length === 1 && items[0] === 'all') return [...CANARY_KINDS];
  if (items.length === 1 && items[0] === 'none') return [];
  const bad = items.filter((k) => !(CANARY_KINDS as readonly string[]).includes(k));
  if (items.length === 0 || bad.length > 0) throw new InputError('canary-kinds', items.join(','), allowed);
  return CANARY_KINDS.filter((k) => items.includes(k));
}
