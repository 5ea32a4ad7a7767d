import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { definition } from '../../../src/actions/secret-scan/definition.js';
import { loadInputs } from '../../../src/actions/secret-scan/inputs.js';
import { inputsReader, readManifest, runnerDefaults } from '../../support/action-inputs.js';

// A real workspace: path inputs are checked to be the kind of path they take.
const WS = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'inputs-ws-')));
fs.mkdirSync(path.join(WS, 'svc/ci'), { recursive: true });
for (const f of ['leaks.toml', 'ignore']) fs.writeFileSync(path.join(WS, 'svc/ci', f), '');

const read = inputsReader(loadInputs, WS);
const manifest = readManifest('secret-scan');

describe('secret-scan inputs', () => {
  it('has the defaults action.yml declares', () => {
    expect(read(runnerDefaults(manifest))).toEqual(read({}));
    expect(read({})).toEqual({
      version: '8.30.1',
      mirror: undefined,
      checksum: undefined,
      toolSource: 'path',
      scope: 'auto',
      config: undefined,
      gitleaksignore: path.join(WS, '.gitleaksignore'),
      gitleaksignoreGiven: false,
      failOnFindings: true,
      canaryKinds: ['aws-access-key', 'github-token', 'private-key', 'slack-token'],
      workingDirectory: WS,
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
      workingDirectory: path.join(WS, 'svc'),
      config: path.join(WS, 'svc/ci/leaks.toml'),
      gitleaksignore: path.join(WS, 'svc/ci/ignore'),
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
    // The wrong kind of path is an input error, not a later EISDIR or ENOENT.
    expect(() => read({ config: 'svc' })).toThrow(
      `Input 'config' has an invalid value "svc": expected an existing file; ${path.join(WS, 'svc')} is a directory.`,
    );
    expect(() => read({ 'working-directory': 'svc/ci/leaks.toml' })).toThrow(
      /Input 'working-directory' .*expected an existing directory; .*leaks.toml is a file/,
    );
    expect(() => read({ 'working-directory': 'nope' })).toThrow(
      /Input 'working-directory' .*nope does not exist/,
    );
    expect(() => read({ 'canary-kinds': 'github-token, slack' })).toThrow(
      `Input 'canary-kinds' has an invalid value "github-token,slack": 'all', 'none' or a list of ` +
        'aws-access-key, github-token, private-key, slack-token.',
    );
  });

  it('reads canary-kinds as all, none or a list (in canonical order)', () => {
    expect(read({ 'canary-kinds': 'none' }).canaryKinds).toEqual([]);
    expect(read({ 'canary-kinds': 'slack-token\nprivate-key, github-token' }).canaryKinds).toEqual([
      'github-token',
      'private-key',
      'slack-token',
    ]);
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
