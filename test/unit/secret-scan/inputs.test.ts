import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { definition } from '../../../src/actions/secret-scan/definition.js';
import { loadInputs } from '../../../src/actions/secret-scan/inputs.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';

const rt = localRuntime({ workspace: '/ws', env: {}, log: () => {}, out: () => {} });
const read = (values: Record<string, string>) => loadInputs(new InputReader(mapInputSource(values)), rt);
const manifest = YAML.parse(fs.readFileSync(path.resolve('actions/secret-scan/action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

describe('secret-scan inputs', () => {
  it('has the defaults action.yml declares', () => {
    // What the runner passes when nothing is given: each input's action.yml default.
    const defaults = Object.fromEntries(
      Object.entries(manifest.inputs).map(([k, v]) => [k, k === 'github-token' ? '' : (v.default ?? '')]),
    );
    expect(read(defaults)).toEqual(read({}));
    expect(read({})).toEqual({
      version: '8.30.1',
      mirror: undefined,
      checksum: undefined,
      scope: 'auto',
      config: undefined,
      gitleaksignore: '/ws/.gitleaksignore',
      gitleaksignoreGiven: false,
      failOnFindings: true,
      workingDirectory: '/ws',
      sarifFile: undefined,
      jsonFile: undefined,
      prComment: false,
      githubToken: undefined,
      baseline: undefined,
      writeBaseline: undefined,
    });
  });

  it('resolves config and gitleaksignore against the working directory', () => {
    const i = read({ 'working-directory': 'svc', config: 'ci/leaks.toml', gitleaksignore: 'ci/ignore' });
    expect(i).toMatchObject({
      workingDirectory: '/ws/svc',
      config: '/ws/svc/ci/leaks.toml',
      gitleaksignore: '/ws/svc/ci/ignore',
      gitleaksignoreGiven: true,
    });
    expect(read({ version: 'v8.29.1' }).version).toBe('8.29.1');
  });

  it('names the input, the value and what is allowed', () => {
    expect(() => read({ scope: 'diff' })).toThrow(
      `Input 'scope' has an invalid value "diff": allowed values are auto, commits, history, files, staged.`,
    );
    expect(() => read({ 'fail-on-findings': 'yes' })).toThrow(/Input 'fail-on-findings' .*true or false/);
    expect(() => read({ checksum: 'abc' })).toThrow(/Input 'checksum' .*64 hexadecimal/);
    expect(() => read({ mirror: 'ftp://x' })).toThrow(/Input 'mirror' .*http/);
  });

  it('declares the interface of issue 5 and runs the secret-scan bundle on node24', () => {
    for (const name of [
      'version',
      'mirror',
      'scope',
      'config',
      'gitleaksignore',
      'baseline',
      'fail-on-findings',
    ]) {
      expect(manifest.inputs).toHaveProperty(name);
    }
    for (const name of ['sarif-file', 'json-file', 'pr-comment', 'github-token', 'working-directory']) {
      expect(manifest.inputs).toHaveProperty(name);
    }
    expect(Object.keys(manifest.outputs).sort()).toEqual(
      ['findings', 'json-file', 'new-findings', 'range', 'sarif-file', 'scanned-commits'].sort(),
    );
    expect(manifest.runs).toEqual({ using: 'node24', main: '../../dist/secret-scan/index.js' });
    expect(definition).toMatchObject({ name: 'secret-scan', command: 'secrets' });
  });
});
