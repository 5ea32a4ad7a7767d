import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findLicenseFiles, readLicenseFiles } from '../../../src/actions/license-gate/license-files.js';
import { recognizeLicenseText } from '../../../src/actions/license-gate/license-text.js';
import { formatExpression } from '../../../src/actions/license-gate/spdx.js';

const DIST = path.join(import.meta.dirname, '../../fixtures/license-gate/dist-info');
const text = (rel: string) => fs.readFileSync(path.join(DIST, rel), 'utf8');
const labels = (rel: string) => recognizeLicenseText(text(rel)).map((l) => l.label);

describe('licence texts (files copied from real wheels)', () => {
  it.each([
    ['django_cron-0.6.0.dist-info/LICENSE', ['MIT']],
    ['colorama-0.4.6.dist-info/licenses/LICENSE.txt', ['BSD-3-Clause']],
    ['wrapt-2.5.2.dist-info/licenses/LICENSE', ['BSD-2-Clause']],
    ['packaging-26.3.dist-info/licenses/LICENSE.BSD', ['BSD-2-Clause']],
    ['packaging-26.3.dist-info/licenses/LICENSE.APACHE', ['Apache-2.0']],
    ['regex-2026.11.15.dist-info/licenses/LICENSE.txt', ['Apache-2.0']],
    ['progress-1.6.1.dist-info/licenses/LICENSE', ['ISC']],
    ['pyzmq-26.4.0.dist-info/licenses/licenses/LICENSE.libsodium.txt', ['ISC']],
    ['pyzmq-26.4.0.dist-info/licenses/licenses/LICENSE.zeromq.txt', ['MPL-2.0']],
    ['greenlet-3.2.5.dist-info/licenses/LICENSE.PSF', ['PSF-2.0']],
    ['tqdm-4.70.1.dist-info/licenses/LICENCE', ['MPL-2.0', 'MIT']],
    // Python's licence stack ends with the 0BSD terms of the code in its documentation.
    ['typing_extensions-4.16.0.dist-info/licenses/LICENSE', ['PSF-2.0', '0BSD']],
    // A notice pointing at the MPL, in certifi's bundle header.
    ['certifi-2026.10.18.dist-info/licenses/LICENSE', ['MPL-2.0']],
  ])('%s: %j', (rel, expected) => {
    expect(labels(rel)).toEqual(expected);
  });

  it.each([
    ['Unidecode-1.4.0.dist-info/LICENSE', 'GPLv2', 'gpl'],
    ['html2text-2025.4.15.dist-info/licenses/COPYING', 'GPLv3', 'gpl'],
    ['chardet-5.2.0.dist-info/LICENSE', 'LGPLv2.1', 'lgpl'],
    ['psycopg-3.3.9.dist-info/licenses/LICENSE.txt', 'LGPLv3', 'lgpl'],
    ['ultralytics-8.4.190.dist-info/licenses/LICENSE', 'AGPLv3', 'agpl'],
  ])(
    '%s is the %s text: family %s, no -only/-or-later id (its sample notice is not read)',
    (rel, label, family) => {
      expect(recognizeLicenseText(text(rel))).toEqual([{ kind: 'license', family, label }]);
    },
  );

  it('reads GNU notices with their version and "or any later version"', () => {
    const notice = (v: string, later: boolean, which = 'General') =>
      `This program is free software: you can redistribute it and/or modify it under the terms of the GNU ${which} Public License as published by the Free Software Foundation, either version ${v} of the License${later ? ', or (at your option) any later version' : ''}.`;
    expect(labels_(notice('3', true))).toEqual(['GPL-3.0-or-later']);
    expect(labels_(notice('2', false))).toEqual(['GPL-2.0-only']);
    expect(labels_(notice('2.1', true, 'Lesser General'))).toEqual(['LGPL-2.1-or-later']);
    expect(labels_(notice('3', false, 'Affero General'))).toEqual(['AGPL-3.0-only']);
    expect(labels_('Licensed under the Apache License, Version 2.0 (the "License");')).toEqual([
      'Apache-2.0',
    ]);
  });

  it('recognises nothing in a text that is not a licence', () => {
    expect(recognizeLicenseText(text('html2text-2025.4.15.dist-info/licenses/AUTHORS.rst'))).toEqual([]);
    expect(recognizeLicenseText(text('packaging-26.3.dist-info/licenses/LICENSE'))).toEqual([]);
  });
});

function labels_(t: string): string[] {
  return recognizeLicenseText(t).map((l) => l.label);
}

describe('licence files of a dist-info directory', () => {
  it('finds PEP 639 files under licenses/, nested ones too', async () => {
    expect(await findLicenseFiles(path.join(DIST, 'pyzmq-26.4.0.dist-info'))).toEqual([
      'licenses/LICENSE.md',
      'licenses/licenses/LICENSE.libsodium.txt',
      'licenses/licenses/LICENSE.tornado.txt',
      'licenses/licenses/LICENSE.zeromq.txt',
    ]);
  });

  it('finds LICENSE*, LICENCE* and COPYING* at the root of older dist-infos, and skips NOTICE and AUTHORS', async () => {
    expect(await findLicenseFiles(path.join(DIST, 'sniffio-1.3.1.dist-info'))).toEqual([
      'LICENSE',
      'LICENSE.APACHE2',
      'LICENSE.MIT',
    ]);
    expect(
      await findLicenseFiles(path.join(DIST, 'django_cron-0.6.0.dist-info'), ['LICENSE', 'AUTHORS']),
    ).toEqual(['LICENSE']);
    expect(await findLicenseFiles(path.join(DIST, 'retrying-1.4.2.dist-info'))).toEqual([
      'licenses/LICENSE.txt',
    ]);
    expect(await findLicenseFiles(path.join(DIST, 'nose-1.3.7.dist-info'))).toEqual([]);
  });

  it('also takes root files a License-File header names, never paths leaving the directory', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-files-'));
    dirs.push(dir);
    fs.copyFileSync(path.join(DIST, 'django_cron-0.6.0.dist-info/LICENSE'), path.join(dir, 'MIT.txt'));
    fs.writeFileSync(path.join(dir, 'METADATA'), 'Name: x\n');
    expect(await findLicenseFiles(dir, ['MIT.txt', '../METADATA', '/etc/passwd'])).toEqual(['MIT.txt']);
    expect(formatExpression((await readLicenseFiles(dir, ['MIT.txt'])).expression!)).toBe('MIT');
  });

  it('ANDs the licences of several files (a project and what it bundles)', async () => {
    const r = await readLicenseFiles(path.join(DIST, 'pyzmq-26.4.0.dist-info'));
    expect(formatExpression(r.expression!)).toBe('BSD-3-Clause AND ISC AND Apache-2.0 AND MPL-2.0');
  });

  it('ORs them when a file says the others are alternatives ("either of the licenses")', async () => {
    const packaging = await readLicenseFiles(path.join(DIST, 'packaging-26.3.dist-info'));
    expect(formatExpression(packaging.expression!)).toBe('Apache-2.0 OR BSD-2-Clause');
    expect(packaging.files.map((f) => [f.file, f.either])).toEqual([
      ['licenses/LICENSE', true],
      ['licenses/LICENSE.APACHE', false],
      ['licenses/LICENSE.BSD', false],
    ]);
    const sniffio = await readLicenseFiles(path.join(DIST, 'sniffio-1.3.1.dist-info'));
    expect(formatExpression(sniffio.expression!)).toBe('Apache-2.0 OR MIT');
  });

  it('gives no expression when no file is recognised', async () => {
    expect(await readLicenseFiles(path.join(DIST, 'uritemplate-4.2.0.dist-info'))).toEqual({
      files: [{ file: 'licenses/LICENSE', licenses: [], either: true }],
    });
  });
});

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
