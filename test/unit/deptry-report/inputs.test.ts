import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { DEFAULT_FAIL_ON, loadInputs } from '../../../src/actions/deptry-report/inputs.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';

const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'deptry-inputs-'));
fs.mkdirSync(path.join(ws, 'a'));
fs.mkdirSync(path.join(ws, 'b'));
const rt = localRuntime({ workspace: ws, log: () => {}, out: () => {} });
const load = (values: Record<string, string>) => loadInputs(new InputReader(mapInputSource(values)), rt);

describe('deptry-report inputs', () => {
  it('defaults: the workspace, every code fails, nothing ignored', () => {
    const i = load({});
    expect(i).toMatchObject({
      workingDirectories: [ws],
      failOn: ['DEP001', 'DEP002', 'DEP003', 'DEP004', 'DEP005'],
      ignore: [],
      extraArgs: [],
      report: { prComment: false },
    });
    expect(i.version).toBeUndefined();
  });

  it('action.yml declares the same defaults', () => {
    const manifest = YAML.parse(fs.readFileSync('actions/deptry-report/action.yml', 'utf8'));
    expect(manifest.inputs['fail-on'].default).toBe(DEFAULT_FAIL_ON);
    expect(manifest.inputs['working-directory'].default).toBe('.');
    expect(manifest.inputs['pr-comment'].default).toBe('false');
    expect(load({ 'fail-on': DEFAULT_FAIL_ON }).failOn).toEqual(load({}).failOn);
  });

  it('reads several working directories, codes in any case and separator, none, and extra-args', () => {
    const i = load({
      'working-directory': 'a\n# a comment\nb\na\n',
      'fail-on': 'dep001, DEP004',
      ignore: 'DEP003 DEP005',
      'extra-args': '  --per-rule-ignores DEP002=uvicorn   -v ',
      version: '0.26.0rc1',
    });
    expect(i.workingDirectories).toEqual([path.join(ws, 'a'), path.join(ws, 'b')]);
    expect(i.failOn).toEqual(['DEP001', 'DEP004']);
    expect(i.ignore).toEqual(['DEP003', 'DEP005']);
    expect(i.extraArgs).toEqual(['--per-rule-ignores', 'DEP002=uvicorn', '-v']);
    expect(i.version).toBe('0.26.0rc1');
    expect(load({ 'fail-on': 'none' }).failOn).toEqual([]);
  });

  it('names the input, the value and what is allowed', () => {
    expect(() => load({ 'fail-on': 'DEP001,DEP009' })).toThrow(
      /Input 'fail-on' has an invalid value "DEP009": each item must be one of DEP001, DEP002/,
    );
    expect(() => load({ ignore: 'unused' })).toThrow(/Input 'ignore' has an invalid value "UNUSED"/);
    expect(() => load({ version: '>=0.20' })).toThrow(/Input 'version' .*">=0.20".*exact deptry version/);
    expect(() => load({ 'working-directory': 'a\nmissing' })).toThrow(
      /Input 'working-directory' has an invalid value "missing": expected an existing directory; .*missing does not exist/,
    );
    expect(() => load({ 'extra-args': '--json-output x.json' })).toThrow(
      /Input 'extra-args' has an invalid value "--json-output": deptry options other than --json-output/,
    );
    expect(() => load({ 'extra-args': '-o=x.json' })).toThrow(/"-o=x.json"/);
    expect(() => load({ 'pr-comment': 'yes' })).toThrow(/Input 'pr-comment'/);
  });
});
