import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  describeFound,
  parseMetadata,
  readMetadata,
  resolveLicense,
} from '../../../src/actions/license-gate/metadata.js';

const DIST = path.join(import.meta.dirname, '../../fixtures/license-gate/dist-info');

describe('METADATA reader', () => {
  it('reads headers, case-insensitively, with repeated ones in order', async () => {
    const md = await readMetadata(path.join(DIST, 'colorama-0.4.6.dist-info'));
    expect(md.get('Name')).toBe('colorama');
    expect(md.get('version')).toBe('0.4.6');
    expect(md.get('License')).toBeUndefined();
    expect(md.getAll('License-File')).toEqual(['LICENSE.txt']);
    expect(md.getAll('Classifier')).toContain('License :: OSI Approved :: BSD License');
    expect(md.getAll('Classifier').length).toBeGreaterThan(10);
  });

  it('ignores the description after the blank line', async () => {
    const file = path.join(DIST, 'chardet-5.2.0.dist-info/METADATA');
    const body = fs.readFileSync(file, 'utf8').split('\n\n').slice(1).join('\n\n');
    expect(body).toMatch(/^Chardet: The Universal Character Encoding Detector$/m); // looks like a header...
    const md = await readMetadata(path.dirname(file));
    expect(md.get('Chardet')).toBeUndefined(); // ...but is the description
    expect(md.getAll('License')).toEqual(['LGPL']);
  });

  it('joins continuation lines, removing the 8-space or 7-space-and-bar indent', () => {
    const md = parseMetadata(
      'Metadata-Version: 2.1\nLicense: line one\n        line two\n          indented\n       |bar form\nName: x\n\nBody: no\n',
    );
    expect(md.get('License')).toBe('line one\nline two\n  indented\nbar form');
    expect(md.get('Name')).toBe('x');
    expect(md.get('Body')).toBeUndefined();
  });

  it('reads CRLF files and a header with an empty value', () => {
    const md = parseMetadata('Name: x\r\nLicense:\r\nVersion: 1\r\n\r\nText');
    expect(md.get('License')).toBe('');
    expect(md.get('Version')).toBe('1');
  });
});

async function resolve(dir: string) {
  const distInfo = path.join(DIST, dir);
  return resolveLicense(distInfo, await readMetadata(distInfo));
}

describe('licence resolution order: expression, field, classifiers, files', () => {
  it('takes License-Expression first (packaging: OR)', async () => {
    expect(await resolve('packaging-26.3.dist-info')).toEqual({
      source: 'expression',
      expression: expect.objectContaining({ kind: 'or' }),
      text: 'Apache-2.0 OR BSD-2-Clause',
      families: ['apache', 'bsd'],
      evidence: ['License-Expression: Apache-2.0 OR BSD-2-Clause'],
    });
  });

  it('takes License-Expression first (regex: AND)', async () => {
    const r = await resolve('regex-2026.11.15.dist-info');
    expect(r).toMatchObject({
      source: 'expression',
      text: 'Apache-2.0 AND CNRI-Python',
      families: ['apache', 'python'],
    });
  });

  it('then the License field: an SPDX expression, a name, or a licence text', async () => {
    expect(await resolve('tqdm-4.70.1.dist-info')).toMatchObject({
      source: 'field',
      text: 'MPL-2.0 AND MIT',
      fieldReading: 'spdx',
    });
    expect(await resolve('chardet-5.2.0.dist-info')).toMatchObject({
      source: 'field',
      text: 'LGPL',
      families: ['lgpl'],
      fieldReading: 'alias',
      evidence: ['License: "LGPL"'],
    });
    const kiwi = await resolve('kiwisolver-1.5.1.dist-info');
    expect(kiwi).toMatchObject({ source: 'field', text: 'BSD-3-Clause', fieldReading: 'text' });
    expect(kiwi.evidence).toEqual([
      'License: "=========================" … (3288 characters) (licence text)',
    ]);
  });

  it('then the classifiers, when the field is missing or says nothing', async () => {
    expect(await resolve('colorama-0.4.6.dist-info')).toMatchObject({
      source: 'classifier',
      text: 'BSD License',
      families: ['bsd'],
      evidence: ['Classifier: License :: OSI Approved :: BSD License'],
    });
    expect(await resolve('ptyprocess-0.7.0.dist-info')).toMatchObject({
      source: 'classifier',
      text: 'ISC',
      evidence: [
        'License: "UNKNOWN" (not recognised)',
        'Classifier: License :: OSI Approved :: ISC License (ISCL)',
      ],
    });
  });

  it('then the licence files', async () => {
    expect(await resolve('django_cron-0.6.0.dist-info')).toMatchObject({
      source: 'file',
      text: 'MIT',
      families: ['mit'],
      evidence: ['LICENSE: MIT text'],
    });
  });

  it('reports unknown with the evidence seen', async () => {
    const dir = tmp();
    fs.copyFileSync(path.join(DIST, 'nose-1.3.7.dist-info/METADATA'), path.join(dir, 'METADATA'));
    const md = parseMetadata(
      fs
        .readFileSync(path.join(dir, 'METADATA'), 'utf8')
        .replace(/^License: .*\n/m, 'License: Dual License\n')
        .replace(/^Classifier: License.*\n/gm, ''),
    );
    fs.writeFileSync(path.join(dir, 'NOTICE'), 'not a licence');
    fs.writeFileSync(path.join(dir, 'LICENSE'), 'All of this is ours.');
    expect(await resolveLicense(dir, md)).toEqual({
      text: 'Dual License',
      families: ['unknown'],
      found: { field: 'License', value: 'Dual License', why: 'not an SPDX expression' },
      evidence: [
        'License: "Dual License" (not recognised)',
        'LICENSE: no licence recognised',
        'no licence classifier',
      ],
    });
  });

  it('keeps a License field that is not SPDX as found (pyln-client: "BSD-MIT")', async () => {
    // The real METADATA: its Other/Proprietary classifier decides, and the field stays in the evidence.
    expect(await resolve('pyln_client-23.8.dist-info')).toEqual({
      source: 'classifier',
      expression: expect.anything(),
      text: 'Other/Proprietary License',
      families: ['proprietary'],
      evidence: ['License: "BSD-MIT" (not recognised)', 'Classifier: License :: Other/Proprietary License'],
    });
    // Without the classifier, as the packages in issue 17 ship it: shown as found, not "no licence".
    const text = fs.readFileSync(path.join(DIST, 'pyln_client-23.8.dist-info/METADATA'), 'utf8');
    const md = parseMetadata(text.replace(/^Classifier: License.*\n/gm, ''));
    const r = await resolveLicense(tmp(), md);
    expect(r).toEqual({
      text: 'BSD-MIT',
      families: ['unknown'],
      found: { field: 'License', value: 'BSD-MIT', why: 'not an SPDX expression' },
      evidence: [
        'License: "BSD-MIT" (not recognised)',
        'no licence classifier',
        'no licence file in the dist-info directory',
      ],
    });
    expect(describeFound(r.found!)).toBe('`BSD-MIT`: not an SPDX expression; unknown');
  });

  it('keeps an invalid License-Expression as found when nothing else names a licence', async () => {
    const md = parseMetadata('Name: x\nLicense-Expression: MIT OR (Apache-2.0\nLicense: BSD-MIT\n');
    const r = await resolveLicense(tmp(), md);
    expect(r.text).toBe('MIT OR (Apache-2.0');
    expect(r.found).toEqual({
      field: 'License-Expression',
      value: 'MIT OR (Apache-2.0',
      why: 'not valid SPDX (missing ")" for the "(" at 8)',
    });
    expect(r.expression).toBeUndefined();
  });

  it('shows the first line of a long licence text it does not recognise', async () => {
    const md = parseMetadata(
      `Name: x\nLicense: Copyright (c) the authors\n        ${'All of this is ours. '.repeat(10)}\n`,
    );
    const r = await resolveLicense(tmp(), md);
    expect(r.found).toEqual({
      field: 'License',
      value: 'Copyright (c) the authors',
      why: 'not a licence text or name this gate recognises',
    });
  });

  it('falls through an invalid License-Expression, saying so', async () => {
    const md = parseMetadata('Name: x\nLicense-Expression: MIT OR (Apache-2.0\nLicense: MIT\n');
    const r = await resolveLicense(tmp(), md);
    expect(r.source).toBe('field');
    expect(r.evidence[0]).toBe(
      'License-Expression: "MIT OR (Apache-2.0" is not valid SPDX (missing ")" for the "(" at 8)',
    );
  });

  it('keeps an expression with unlisted ids, noting them (they count as family other)', async () => {
    const r = await resolveLicense(tmp(), parseMetadata('License-Expression: MIT AND Apache2\n'));
    expect(r).toMatchObject({ source: 'expression', families: ['mit', 'other'] });
    expect(r.evidence).toEqual([
      'License-Expression: MIT AND Apache2',
      'not on the SPDX licence list: Apache2',
    ]);
  });
});

const dirs: string[] = [];
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-md-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
