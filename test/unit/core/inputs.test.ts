import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import {
  envInputSource,
  InputReader,
  inputEnvName,
  mapInputSource,
  parseDuration,
  parseSize,
} from '../../../src/core/inputs.js';

const reader = (values: Record<string, string>) => new InputReader(mapInputSource(values));

describe('inputs', () => {
  it('mangles names as the runner does: upper case, spaces to underscores, hyphens kept', () => {
    expect(inputEnvName('working-directory')).toBe('INPUT_WORKING-DIRECTORY');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
    const r = new InputReader(envInputSource({ 'INPUT_WORKING-DIRECTORY': '  sub/dir  ' }));
    expect(r.string('working-directory')).toBe('sub/dir');
  });

  it('treats an empty value as not given', () => {
    expect(reader({ version: '' }).string('version', 'x')).toBe('x');
  });

  it('reads booleans in the YAML 1.2 core forms and rejects others naming input, value and allowed', () => {
    expect(reader({ a: 'True' }).bool('a', false)).toBe(true);
    expect(reader({ a: 'FALSE' }).bool('a', true)).toBe(false);
    expect(() => reader({ sync: 'yes' }).bool('sync', true)).toThrow(
      `Input 'sync' has an invalid value "yes": allowed values are true or false.`,
    );
  });

  it('reads bounded integers', () => {
    expect(reader({ n: '40' }).int('n', 1, { min: 1 })).toBe(40);
    const err = (() => {
      try {
        reader({ concurrency: '0' }).int('concurrency', 40, { min: 1, max: 1000 });
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect(err?.message).toContain("'concurrency'");
    expect(err?.message).toContain('from 1 to 1000');
    expect(() => reader({ n: '4.5' }).int('n', 1)).toThrow(/whole number/);
  });

  it('splits lists on commas and new lines, lines on new lines without comments', () => {
    expect(reader({ tools: 'ruff, pylint\nflake8,' }).list('tools')).toEqual(['ruff', 'pylint', 'flake8']);
    expect(reader({ t: 'apache bsd  mit' }).list('t', [], { spaces: true })).toEqual([
      'apache',
      'bsd',
      'mit',
    ]);
    expect(reader({ u: 'http://a\n# off\n\nhttp://b' }).lines('u')).toEqual(['http://a', 'http://b']);
  });

  it('validates choices', () => {
    expect(reader({ 'fail-on': 'warning' }).choice('fail-on', ['error', 'warning', 'never'], 'error')).toBe(
      'warning',
    );
    expect(() =>
      reader({ 'fail-on': 'all' }).choice('fail-on', ['error', 'warning', 'never'], 'error'),
    ).toThrow(`Input 'fail-on' has an invalid value "all": allowed values are error, warning, never.`);
    expect(() => reader({ tools: 'ruff,black' }).choices('tools', ['ruff', 'pylint'], ['ruff'])).toThrow(
      /"black"/,
    );
  });

  it('parses sizes, durations and percentages', () => {
    expect(parseSize('400MB')).toBe(400_000_000);
    expect(parseSize('1.5GiB')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('512')).toBe(512);
    expect(() => parseSize('4 parsecs', 'size-budget')).toThrow(/'size-budget'.*"4 parsecs"/);
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('1m30s')).toBe(90_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('2')).toBe(2000);
    expect(() => parseDuration('30 sec', 'ready-timeout')).toThrow(/'ready-timeout'/);
    expect(reader({ r: '10%' }).percent('r', 0)).toBeCloseTo(0.1);
  });

  it('validates URLs and SHA-256 digests', () => {
    expect(reader({ mirror: 'http://127.0.0.1:8080/uv/' }).url('mirror')).toBe('http://127.0.0.1:8080/uv');
    expect(() => reader({ mirror: 'ftp://x' }).url('mirror')).toThrow(/'mirror'/);
    expect(reader({ checksum: 'A'.repeat(64) }).sha256('checksum')).toBe('a'.repeat(64));
    expect(() => reader({ checksum: 'abc' }).sha256('checksum')).toThrow(/64 hexadecimal/);
  });
});

describe('path inputs', () => {
  const ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'path-inputs-')));
  fs.mkdirSync(path.join(ws, 'dir'));
  fs.writeFileSync(path.join(ws, 'file.txt'), '');

  it('checks each kind and names input, value and what is allowed', () => {
    const r = reader({ a: 'dir', b: 'file.txt', c: 'missing', d: 'out/new.json', e: 'file.txt/x.json' });
    expect(r.path('a', ws, 'directory')).toBe(path.join(ws, 'dir'));
    expect(r.path('b', ws, 'file')).toBe(path.join(ws, 'file.txt'));
    expect(r.path('d', ws, 'output-file')).toBe(path.join(ws, 'out/new.json'));
    expect(r.path('z', ws, 'file')).toBeUndefined();
    expect(r.path('z', ws, 'directory', '.')).toBe(ws);
    expect(() => r.path('a', ws, 'output-file')).toThrow(
      `Input 'a' has an invalid value "dir": expected a file to write (not a directory); ${path.join(ws, 'dir')} is a directory.`,
    );
    expect(() => r.path('a', ws, 'file')).toThrow(/Input 'a' .*expected an existing file; .* is a directory/);
    expect(() => r.path('b', ws, 'directory')).toThrow(
      /Input 'b' .*expected an existing directory; .* is a file/,
    );
    expect(() => r.path('c', ws, 'file')).toThrow(/Input 'c' .*missing does not exist/);
    expect(() => r.path('e', ws, 'output-file')).toThrow(/Input 'e' .*file.txt \(on its path\) is a file/);
  });
});
