import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../../core/errors.js';
import { checkPathInput, type InputReader } from '../../core/inputs.js';
import type { Runtime } from '../../core/runtime.js';
import { loadReportInputs, type ReportInputs } from '../../report/inputs.js';
import type { FailOn } from './audit.js';
import { type IgnoreEntry, parseIgnore } from './ignore.js';
import { SEVERITIES, type Severity } from './model.js';
import { checkedServiceUrl } from './service-url.js';
import { DEFAULT_OSV_URL } from './sources/osv-api.js';
import { DEFAULT_PYPI_URL } from './sources/pypi.js';

export const SOURCES = ['osv', 'pypi', 'database'] as const;
export type SourceKind = (typeof SOURCES)[number];

/** `any`: every vulnerability fails; `fixable`: one with a fixed version released; `none`: report only. */
export const FAIL_ON: readonly FailOn[] = ['any', 'fixable', 'none'];

export interface VulnAuditInputs {
  /** Absolute. */
  workingDirectory: string;
  /** '' (runtime closure), 'all', or group names. */
  groups: string;
  source: SourceKind;
  /** Absolute path of an OSV export (`all.zip` or a directory of records); set exactly when source is database. */
  database?: string;
  /** Base URLs without a trailing slash. */
  osvUrl: string;
  pypiUrl: string;
  /** The `ignore` entries (`<id> [until YYYY-MM-DD] # reason`), each line checked. */
  ignore: IgnoreEntry[];
  failOn: FailOn;
  minSeverity: Severity;
  report: ReportInputs;
}

/** `database`: an existing file (the zip OSV publishes) or directory (of OSV JSON records). */
function databasePath(r: InputReader, rt: Runtime): string | undefined {
  const value = r.raw('database');
  if (value === undefined) return undefined;
  const resolved = path.resolve(rt.workspace, value);
  const st = fs.statSync(resolved, { throwIfNoEntry: false });
  if (!st)
    throw new InputError(
      'database',
      value,
      `expected an offline OSV export (the ecosystem's all.zip, or a directory of OSV JSON records); ${resolved} does not exist`,
    );
  return checkPathInput('database', value, resolved, st.isDirectory() ? 'directory' : 'file');
}

const serviceUrl = (r: InputReader, name: string, fallback: string) =>
  checkedServiceUrl(r.raw(name) ?? fallback, name);

export function loadInputs(r: InputReader, rt: Runtime): VulnAuditInputs {
  const source = r.choice('source', SOURCES, 'osv');
  const database = databasePath(r, rt);
  if (source === 'database' && !database)
    throw new InputError(
      'database',
      '',
      'a path to an OSV export (all.zip or a directory): source is database',
    );
  if (source !== 'database' && database)
    throw new InputError(
      'database',
      r.raw('database') ?? '',
      `read only with source: database (source is ${source}); set source: database or leave database empty`,
    );
  return {
    workingDirectory: r.path('working-directory', rt.workspace, 'directory', '.'),
    groups: r.string('groups', ''),
    source,
    ...(database ? { database } : {}),
    // An empty value (an unset repository variable passed through) means the default.
    osvUrl: serviceUrl(r, 'osv-url', DEFAULT_OSV_URL),
    pypiUrl: serviceUrl(r, 'pypi-url', DEFAULT_PYPI_URL),
    ignore: parseIgnore(r.string('ignore', '')),
    failOn: r.choice('fail-on', FAIL_ON, 'fixable'),
    minSeverity: r.choice('min-severity', SEVERITIES, 'low'),
    report: loadReportInputs(r),
  };
}
