import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { resolveLicenseField, TEXT_THRESHOLD } from './aliases.js';
import { classifiersLicense } from './classifiers.js';
import type { Family } from './families.js';
import { describeLicenseFiles, readLicenseFiles } from './license-files.js';
import {
  canonicalLicenseId,
  familiesOf,
  formatExpression,
  isLicenseRef,
  type LicenseExpression,
  leaves,
  parseSpdx,
  SpdxParseError,
} from './spdx.js';

/**
 * Core metadata (`*.dist-info/METADATA`): RFC 822-style headers, a header continued on lines that start
 * with white space, then a blank line and the description, which is not read.
 */
export class CoreMetadata {
  private readonly fields = new Map<string, string[]>();

  add(name: string, value: string): void {
    const key = name.toLowerCase();
    const list = this.fields.get(key);
    if (list) list.push(value);
    else this.fields.set(key, [value]);
  }

  /** The first value of a header (names are case-insensitive). */
  get(name: string): string | undefined {
    return this.fields.get(name.toLowerCase())?.[0];
  }

  getAll(name: string): string[] {
    return this.fields.get(name.toLowerCase()) ?? [];
  }
}

export function parseMetadata(text: string): CoreMetadata {
  const md = new CoreMetadata();
  let name: string | undefined;
  let value = '';
  const flush = () => {
    if (name !== undefined) md.add(name, value.trimEnd());
    name = undefined;
  };
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      // A continuation: setuptools indents it by 8 spaces, some tools by 7 spaces and "|".
      if (name !== undefined) value += `\n${line.replace(/^ {7}\||^[ \t]{1,8}/, '')}`;
      continue;
    }
    flush();
    const m = /^([A-Za-z0-9][A-Za-z0-9_-]*):[ \t]?(.*)$/.exec(line);
    if (m) {
      name = m[1]!;
      value = m[2]!;
    }
  }
  flush();
  return md;
}

export async function readMetadata(distInfo: string): Promise<CoreMetadata> {
  return parseMetadata(await fs.readFile(path.join(distInfo, 'METADATA'), 'utf8'));
}

/** Where a licence was found, in the order they are tried. */
export type LicenseSource = 'expression' | 'field' | 'classifier' | 'file';

export interface LicenseResolution {
  /** Undefined when no source gave a licence: the licence is unknown. */
  source?: LicenseSource;
  expression?: LicenseExpression;
  /** The licence as resolved (`Apache-2.0 OR BSD-2-Clause`, `BSD License`), or `unknown`. */
  text: string;
  /** The families of its licences (`unknown` when none). */
  families: Family[];
  /** What was read, one line per item, for the report. */
  evidence: string[];
  /** How the `License` field was read, when it decided. */
  fieldReading?: 'spdx' | 'alias' | 'text';
  /**
   * When no source resolved: the licence string the metadata does state (`License: BSD-MIT`), kept as
   * evidence with why it was not read, so the report shows it rather than "no licence found".
   */
  found?: FoundLicense;
}

export interface FoundLicense {
  field: 'License-Expression' | 'License';
  /** The value as written (its first line, shortened when long). */
  value: string;
  /** Why it does not resolve: `not an SPDX expression`, `not valid SPDX (…)`. */
  why: string;
}

/** `` `BSD-MIT`: not an SPDX expression; unknown `` */
export function describeFound(found: FoundLicense): string {
  return `\`${found.value}\`: ${found.why}; unknown`;
}

function firstLine(value: string): string {
  const first = value.split('\n', 1)[0]!.trim();
  return first.length > 80 ? `${first.slice(0, 80)}…` : first;
}

function shortValue(value: string): string {
  const cut = firstLine(value);
  return value.length > cut.length
    ? `${JSON.stringify(cut)} … (${value.length} characters)`
    : JSON.stringify(cut);
}

function resolved(
  source: LicenseSource,
  expression: LicenseExpression,
  evidence: string[],
  fieldReading?: LicenseResolution['fieldReading'],
): LicenseResolution {
  const r: LicenseResolution = {
    source,
    expression,
    text: formatExpression(expression),
    families: familiesOf(expression),
    evidence,
  };
  if (fieldReading) r.fieldReading = fieldReading;
  return r;
}

/**
 * The licence of an installed distribution, from the first source that names one: `License-Expression`
 * (PEP 639), the `License` field, Trove classifiers, then licence files. Nothing here runs Python or
 * touches the network.
 */
export async function resolveLicense(distInfo: string, md: CoreMetadata): Promise<LicenseResolution> {
  const evidence: string[] = [];
  let found: FoundLicense | undefined;

  const exprText = md.get('License-Expression')?.trim();
  if (exprText) {
    try {
      const expression = parseSpdx(exprText);
      evidence.push(`License-Expression: ${exprText}`);
      const unlisted = leaves(expression).filter(
        (l) => l.id && !canonicalLicenseId(l.id) && !isLicenseRef(l.id),
      );
      if (unlisted.length) {
        evidence.push(`not on the SPDX licence list: ${unlisted.map((l) => l.id).join(', ')}`);
      }
      return resolved('expression', expression, evidence);
    } catch (err) {
      if (!(err instanceof SpdxParseError)) throw err;
      evidence.push(`License-Expression: ${JSON.stringify(exprText)} is not valid SPDX (${err.detail})`);
      found = {
        field: 'License-Expression',
        value: firstLine(exprText),
        why: `not valid SPDX (${err.detail})`,
      };
    }
  }

  const field = md.get('License')?.trim();
  if (field) {
    const reading = resolveLicenseField(field);
    if (reading) {
      const note = reading.how === 'text' ? ' (licence text)' : '';
      evidence.push(`License: ${shortValue(field)}${note}`);
      return resolved('field', reading.expression, evidence, reading.how);
    }
    evidence.push(`License: ${shortValue(field)} (not recognised)`);
    const long = field.includes('\n') || field.length > TEXT_THRESHOLD;
    found ??= {
      field: 'License',
      value: firstLine(field),
      why: long ? 'not a licence text or name this gate recognises' : 'not an SPDX expression',
    };
  }

  const fromClassifiers = classifiersLicense(md.getAll('Classifier'));
  if (fromClassifiers) {
    for (const c of fromClassifiers.classifiers) evidence.push(`Classifier: ${c}`);
    return resolved('classifier', fromClassifiers.expression, evidence);
  }

  const files = await readLicenseFiles(distInfo, md.getAll('License-File'));
  evidence.push(...describeLicenseFiles(files.files));
  if (files.expression) return resolved('file', files.expression, evidence);

  if (!exprText && !field) evidence.push('no License-Expression and no License field');
  evidence.push('no licence classifier');
  if (files.files.length === 0) evidence.push('no licence file in the dist-info directory');
  const unknown: LicenseResolution = { text: found?.value ?? 'unknown', families: ['unknown'], evidence };
  if (found) unknown.found = found;
  return unknown;
}
