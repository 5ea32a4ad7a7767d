import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import {
  checkPaths,
  DEFAULTS,
  expandTools,
  loadInputs,
  parseToolVersions,
} from '../../../src/actions/python-lint-stack/inputs.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';
import { lintInputs } from './lint-inputs.js';

const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-inputs-'));
fs.mkdirSync(path.join(ws, 'src', 'pkg'), { recursive: true });
afterAll(() => fs.rmSync(ws, { recursive: true, force: true }));

const rt = localRuntime({ workspace: ws, log: () => {}, out: () => {} });
const load = (values: Record<string, string>) => loadInputs(new InputReader(mapInputSource(values)), rt);
const manifest = YAML.parse(fs.readFileSync('actions/python-lint-stack/action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};
const ymlDefaults = Object.fromEntries(
  Object.entries(manifest.inputs)
    .filter(([, v]) => v.default !== undefined && !String(v.default).startsWith('${{'))
    .map(([k, v]) => [k, String(v.default)]),
);

describe('loadInputs', () => {
  it('reads the same values from no inputs as from the action.yml defaults', () => {
    const none = load({});
    expect(load(ymlDefaults)).toEqual(none);
    // The defaults the other unit tests start from (lint-inputs.ts) are the action's.
    const { toolSource: _source, report: _report, ...defaults } = lintInputs(ws);
    expect(none).toMatchObject(defaults);
    expect(ymlDefaults['max-line-length']).toBe(String(DEFAULTS.maxLineLength));
  });

  it('reads every input', () => {
    const i = load({
      tools: 'fast mypy',
      paths: 'pkg',
      'working-directory': 'src',
      'changed-files-only': 'true',
      cache: 'false',
      'fail-on': 'warning',
      'tool-versions': 'ruff==0.15.0, Pylint==4.0.0',
      'max-line-length': '120',
      'max-complexity': '15',
      fix: 'true',
    });
    expect(i).toMatchObject({
      tools: ['ruff', 'mypy'],
      fast: true,
      paths: ['pkg'],
      workingDirectory: path.join(ws, 'src'),
      changedFilesOnly: true,
      cache: false,
      failOn: 'warning',
      toolVersions: { ruff: '0.15.0', pylint: '4.0.0' },
      maxLineLength: 120,
      maxComplexity: 15,
      fix: true,
    });
  });

  it('rejects bad values naming the input, the value and what is allowed', () => {
    expect(() => load({ tools: 'ruff,black' })).toThrow(
      `Input 'tools' has an invalid value "black": each item must be one of autoflake, flake8, ruff, isort, pylint, mypy, ruff-format, autopep8, fast.`,
    );
    expect(() => load({ 'fail-on': 'notes' })).toThrow(
      /Input 'fail-on' has an invalid value "notes": allowed values are error, warning, never/,
    );
    expect(() => load({ 'max-line-length': 'long' })).toThrow(
      /Input 'max-line-length' .*"long".*from 20 to 1000/,
    );
    expect(() => load({ 'working-directory': 'nope' })).toThrow(
      /Input 'working-directory' has an invalid value "nope": expected an existing directory; .*nope does not exist/,
    );
    expect(() => load({ paths: 'missing.py' })).toThrow(
      /Input 'paths' has an invalid value "missing.py": files or directories that exist/,
    );
    expect(() => load({ paths: '--rcfile=x' })).toThrow(/Input 'paths' .*paths, not options/);
    expect(() => load({ paths: '../..' })).toThrow(/Input 'paths' .*inside the workspace/);
    expect(() => load({ 'tool-versions': 'ruff>=0.15' })).toThrow(
      /Input 'tool-versions' has an invalid value "ruff>=0.15"/,
    );
    expect(() => load({ 'tool-versions': 'black==24.1.0' })).toThrow(
      /naming one of autoflake, flake8, ruff, isort, pylint, mypy, autopep8 with an exact version/,
    );
  });
});

describe('helpers', () => {
  it('expandTools: fast means ruff with the preset, duplicates run once', () => {
    expect(expandTools(['ruff', 'fast', 'pylint', 'pylint'])).toEqual({
      tools: ['ruff', 'pylint'],
      fast: true,
    });
    expect(expandTools(['isort'])).toEqual({ tools: ['isort'], fast: false });
  });

  it('parseToolVersions normalises package names', () => {
    expect(parseToolVersions(['Flake8==7.1.0', 'mypy==1.11.2rc1'])).toEqual({
      flake8: '7.1.0',
      mypy: '1.11.2rc1',
    });
  });

  it('checkPaths keeps each path once', () => {
    expect(checkPaths(['src', 'src', './src/pkg'], ws, ws)).toEqual(['src', './src/pkg']);
  });
});
