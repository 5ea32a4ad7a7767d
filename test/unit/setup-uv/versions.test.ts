import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePythonRequest, resolveUvVersion } from '../../../src/actions/setup-uv-cached/versions.js';

const known = ['0.8.0', '0.9.2', '0.9.10', '0.10.1'];
function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uvver-'));
  for (const [f, c] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), c);
  return dir;
}

describe('uv version resolution', () => {
  it('prefers the input, exact or as a specifier', () => {
    const dir = project({});
    expect(resolveUvVersion({ version: '0.9.2', workingDirectory: dir }, known, '0.10.1')).toEqual({
      value: '0.9.2',
      from: 'input',
    });
    expect(resolveUvVersion({ version: '>=0.9,<0.10', workingDirectory: dir }, known, '0.10.1').value).toBe(
      '0.9.10',
    );
    expect(resolveUvVersion({ version: 'latest', workingDirectory: dir }, known, '0.10.1').value).toBe(
      '0.10.1',
    );
  });
  it('reads uv.toml, then [tool.uv] in pyproject.toml, then .tool-versions', () => {
    expect(
      resolveUvVersion(
        { workingDirectory: project({ 'uv.toml': 'required-version = "==0.9.2"\n' }) },
        known,
        '0.10.1',
      ),
    ).toEqual({
      value: '0.9.2',
      from: 'uv.toml',
    });
    const py = project({
      'pyproject.toml': '[project]\nname="x"\n[tool.uv]\nrequired-version = ">=0.9,<0.10"\n',
    });
    expect(resolveUvVersion({ workingDirectory: py }, known, '0.10.1')).toEqual({
      value: '0.9.10',
      from: 'pyproject.toml',
    });
    const tv = project({ '.tool-versions': 'python 3.12.1\nuv 0.8.0\n' });
    expect(resolveUvVersion({ workingDirectory: tv }, known, '0.10.1')).toEqual({
      value: '0.8.0',
      from: '.tool-versions',
    });
  });
  it('falls back to the newest verified version', () => {
    expect(resolveUvVersion({ workingDirectory: project({}) }, known, '0.10.1').value).toBe('0.10.1');
  });
  it('names the input when nothing satisfies it or the file is missing', () => {
    expect(() =>
      resolveUvVersion({ version: '>=5', workingDirectory: project({}) }, known, '0.10.1'),
    ).toThrow(/'version'.*">=5"/);
    expect(() =>
      resolveUvVersion({ versionFile: 'nope.toml', workingDirectory: project({}) }, known, '0.10.1'),
    ).toThrow(/'version-file'/);
  });
  it('finds the Python request', () => {
    expect(resolvePythonRequest('3.12', project({}))).toEqual({ value: '3.12', from: 'input' });
    expect(resolvePythonRequest(undefined, project({ '.python-version': '# pin\n3.11\n' }))).toEqual({
      value: '3.11',
      from: '.python-version',
    });
    expect(
      resolvePythonRequest(
        undefined,
        project({ 'pyproject.toml': '[project]\nrequires-python = ">=3.10"\n' }),
      ),
    ).toEqual({
      value: '>=3.10',
      from: 'requires-python',
    });
    expect(resolvePythonRequest(undefined, project({}))).toBeUndefined();
  });
});
