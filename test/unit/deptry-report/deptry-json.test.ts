import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeptryJson } from '../../../src/actions/deptry-report/deptry-json.js';

const JSON_DIR = path.resolve('test/fixtures/deptry-report/json');
const load = (name: string) => {
  const file = path.join(JSON_DIR, `${name}.json`);
  return parseDeptryJson(fs.readFileSync(file, 'utf8'), file);
};

describe('parseDeptryJson on reports captured from deptry 0.25.1', () => {
  it('reads every violation of the PEP 621 fixture', () => {
    expect(load('pep621').map((v) => `${v.code} ${v.module} ${v.file}:${v.line}:${v.column}`)).toEqual([
      'DEP002 six pyproject.toml:null:null',
      'DEP002 asyncio pyproject.toml:null:null',
      'DEP002 colorama pyproject.toml:null:null',
      'DEP005 asyncio pyproject.toml:null:null',
      'DEP003 urllib3 shop/app.py:3:8',
      'DEP001 yaml shop/app.py:4:8',
      'DEP004 packaging shop/app.py:5:1',
    ]);
    expect(load('pep621')[0]?.message).toBe("'six' defined as a dependency but not used in the codebase");
  });

  it('reads requirements-file reports, whose declaring file is the requirements file', () => {
    const v = load('requirements');
    expect(v.filter((x) => x.code === 'DEP005').map((x) => [x.module, x.file])).toEqual([
      ['asyncio', 'requirements.txt'],
    ]);
  });

  it('reads an empty report', () => {
    expect(parseDeptryJson('[]', 'x.json')).toEqual([]);
  });

  it('refuses anything else, naming the file and the expected shape', () => {
    expect(() => parseDeptryJson('{"DEP001": {}}', 'old.json')).toThrow(/old\.json is not a JSON array/);
    expect(() => parseDeptryJson('[{"error": {"code": "DEP001"}}]', 'x.json')).toThrow(
      /item 0 .*deptry 0\.10/,
    );
    expect(() => parseDeptryJson('[', 'x.json')).toThrow(/not valid JSON/);
    expect(() =>
      parseDeptryJson(
        '[{"error":{"code":"DEP001","message":"m"},"module":"x","location":{"file":"a.py","line":"3","column":1}}]',
        'x.json',
      ),
    ).toThrow(/item 0/);
  });
});
