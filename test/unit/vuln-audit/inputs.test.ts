import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../../src/actions/vuln-audit/inputs.js';
import { inputsReader, readManifest, runnerDefaults } from '../../support/action-inputs.js';

// A real workspace: path inputs are checked to be the kind of path they take.
const WS = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vuln-audit-inputs-')));
fs.mkdirSync(path.join(WS, 'svc/osv'), { recursive: true });
fs.writeFileSync(path.join(WS, 'svc/all.zip'), '');
afterAll(() => fs.rmSync(WS, { recursive: true, force: true }));

const read = inputsReader(loadInputs, WS);
const manifest = readManifest('vuln-audit');

describe('vuln-audit inputs', () => {
  it('has the defaults action.yml declares', () => {
    expect(read(runnerDefaults(manifest))).toEqual(read({}));
    expect(Object.keys(read({}))).not.toContain('database');
    expect(read({})).toEqual({
      workingDirectory: WS,
      groups: '',
      source: 'osv',
      osvUrl: 'https://api.osv.dev',
      pypiUrl: 'https://pypi.org',
      ignore: [],
      failOn: 'fixable',
      minSeverity: 'low',
      // The shared report inputs, none given.
      report: { prComment: false, workingDirectory: '.' },
    });
  });

  it('reads each input', () => {
    const i = read({
      'working-directory': 'svc',
      groups: 'all',
      source: 'database',
      database: 'svc/all.zip',
      'osv-url': 'http://127.0.0.1:8080/osv/',
      'pypi-url': 'https://pypi.example/',
      ignore: '# accepted risks\nGHSA-aaaa-bbbb-cccc until 2030-01-01 # not reachable\n\nPYSEC-2024-1\n',
      'fail-on': 'any',
      'min-severity': 'high',
    });
    expect(i).toMatchObject({
      workingDirectory: path.join(WS, 'svc'),
      groups: 'all',
      source: 'database',
      database: path.join(WS, 'svc/all.zip'),
      osvUrl: 'http://127.0.0.1:8080/osv',
      pypiUrl: 'https://pypi.example',
      ignore: [
        {
          id: 'GHSA-aaaa-bbbb-cccc',
          until: '2030-01-01',
          reason: 'not reachable',
          line: 'GHSA-aaaa-bbbb-cccc until 2030-01-01 # not reachable',
        },
        { id: 'PYSEC-2024-1', reason: '', line: 'PYSEC-2024-1' },
      ],
      failOn: 'any',
      minSeverity: 'high',
    });
    // A directory of OSV records is an export too.
    expect(read({ source: 'database', database: 'svc/osv' }).database).toBe(path.join(WS, 'svc/osv'));
    // An unset repository variable passed through (`osv-url: ${{ vars.X }}`) is the default.
    expect(read({ 'osv-url': '' }).osvUrl).toBe('https://api.osv.dev');
  });

  it('names the input, the value and what is allowed', () => {
    expect(() => read({ source: 'nvd' })).toThrow(
      `Input 'source' has an invalid value "nvd": allowed values are osv, pypi, database.`,
    );
    expect(() => read({ 'fail-on': 'all' })).toThrow(
      `Input 'fail-on' has an invalid value "all": allowed values are any, fixable, none.`,
    );
    expect(() => read({ 'min-severity': 'moderate' })).toThrow(
      `Input 'min-severity' has an invalid value "moderate": allowed values are low, medium, high, critical.`,
    );
    expect(() => read({ 'osv-url': 'api.osv.dev' })).toThrow(/Input 'osv-url' .*http/);
    expect(() => read({ 'pypi-url': 'file:///srv/pypi' })).toThrow(/Input 'pypi-url' .*http/);
    // A credential in the URL would be printed with it: refused, and not repeated in the error.
    expect(() => read({ 'osv-url': 'https://ci:s3cret@osv.internal' })).toThrow(
      `Input 'osv-url' has an invalid value "https://ci:***@osv.internal": expected an http:// or https:// URL without credentials, query or fragment.`,
    );
    expect(() => read({ source: 'database' })).toThrow(
      `Input 'database' has an invalid value "": a path to an OSV export (all.zip or a directory): source is database.`,
    );
    expect(() => read({ database: 'svc/all.zip' })).toThrow(
      /Input 'database' has an invalid value "svc\/all.zip": read only with source: database \(source is osv\)/,
    );
    expect(() => read({ source: 'database', database: 'svc/none.zip' })).toThrow(
      /Input 'database' .*offline OSV export .*none.zip does not exist/,
    );
    expect(() => read({ ignore: 'GHSA-aaaa-bbbb-cccc until 2030-02-30 # no such day' })).toThrow(
      /Input 'ignore' .*2030-02-30 is not a calendar date/,
    );
    expect(() => read({ 'working-directory': 'svc/all.zip' })).toThrow(
      /Input 'working-directory' .*expected an existing directory; .*all.zip is a file/,
    );
  });

  it('declares the interface of issue 18 and runs the vuln-audit bundle on node24', () => {
    for (const name of [
      'working-directory',
      'groups',
      'source',
      'database',
      'osv-url',
      'pypi-url',
      'ignore',
      'fail-on',
      'min-severity',
      'sarif-file',
      'json-file',
      'pr-comment',
      'github-token',
      'baseline',
      'write-baseline',
    ])
      expect(manifest.inputs).toHaveProperty(name);
    expect(Object.keys(manifest.outputs).sort()).toEqual(
      ['fixable', 'json-file', 'packages', 'sarif-file', 'vulnerabilities', 'vulnerable-packages'].sort(),
    );
    expect(manifest.runs).toEqual({ using: 'node24', main: '../../dist/vuln-audit/index.js' });
  });
});
