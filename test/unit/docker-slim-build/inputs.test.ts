import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadInputs, networkMode } from '../../../src/actions/docker-slim-build/inputs.js';
import { choosePython, readProject } from '../../../src/actions/docker-slim-build/project.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';
import { UV_DEFAULT_VERSION } from '../../../src/provision/tools/uv.js';

const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'dsb-inputs-'));
afterAll(() => fs.rmSync(ws, { recursive: true, force: true }));
const rt = localRuntime({ workspace: ws, env: {}, log: () => {}, out: () => {} });
const load = (values: Record<string, string>) => loadInputs(new InputReader(mapInputSource(values)), rt);

describe('loadInputs', () => {
  it('a directory given as dockerfile, or a file as working-directory, names the input', () => {
    fs.mkdirSync(path.join(ws, 'docker'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'notes.txt'), '');
    expect(() => load({ dockerfile: 'docker' })).toThrow(
      `Input 'dockerfile' has an invalid value "docker": expected an existing file; ${path.join(ws, 'docker')} is a directory.`,
    );
    expect(() => load({ 'working-directory': 'notes.txt' })).toThrow(
      /Input 'working-directory' .*expected an existing directory; .*notes.txt is a file/,
    );
    expect(() => load({ context: 'notes.txt' })).toThrow(/Input 'context' .*notes.txt is a file/);
    fs.rmSync(path.join(ws, 'notes.txt'));
  });

  it('defaults: generate without a Dockerfile, the working directory as context, runtime deps only', () => {
    const i = load({});
    expect(i).toMatchObject({
      dockerfile: 'generate',
      context: ws,
      workingDirectory: ws,
      uvVersion: UV_DEFAULT_VERSION,
      uvSource: 'pypi',
      groups: [],
      extras: [],
      buildPackages: [],
      runtimePackages: [],
      models: [],
      compileBytecode: true,
      user: 'appuser',
      push: false,
      cache: 'gha',
      compareNaive: false,
    });
    fs.writeFileSync(path.join(ws, 'Dockerfile'), 'FROM x:1\n');
    expect(load({}).dockerfile).toBe(path.join(ws, 'Dockerfile'));
    expect(load({ dockerfile: 'generate' }).dockerfile).toBe('generate');
  });

  it('parses commands, build args, models and sizes', () => {
    const i = load({
      command: 'gunicorn -c "my conf.py" app:app',
      'build-args': 'A=1\nB=x=y\n',
      models: 'org/a, org/b@main',
      'size-budget': '400MB',
    });
    expect(i.command).toEqual(['gunicorn', '-c', 'my conf.py', 'app:app']);
    expect(i.buildArgs).toEqual([
      ['A', '1'],
      ['B', 'x=y'],
    ]);
    expect(i.models).toEqual(['org/a', 'org/b@main']);
    expect(i.sizeBudget).toBe(400_000_000);
  });

  it('reads Debian packages for the builder and the runtime image, versions and releases allowed', () => {
    const i = load({
      'build-packages': 'gcc, libpq-dev=15.10-0+deb12u1',
      'runtime-packages': 'libpq5/bookworm',
    });
    expect(i.buildPackages).toEqual(['gcc', 'libpq-dev=15.10-0+deb12u1']);
    expect(i.runtimePackages).toEqual(['libpq5/bookworm']);
    // Anything a shell would read is refused: the names end up in a RUN line.
    for (const bad of ['gcc;id', '$(id)', 'Gcc', '-y']) {
      expect(() => load({ 'build-packages': bad })).toThrow(
        `Input 'build-packages' has an invalid value "${bad}": expected Debian package names`,
      );
    }
    expect(() => load({ 'runtime-packages': 'libpq5 `id`' })).toThrow(/Input 'runtime-packages'/);
  });

  it('bad values name the input, the value and what is allowed', () => {
    expect(() => load({ 'build-args': 'NOVALUE' })).toThrow(
      `Input 'build-args' has an invalid value "NOVALUE": expected one KEY=VALUE per line.`,
    );
    expect(() => load({ user: 'root' })).toThrow(/Input 'user' has an invalid value "root"/);
    expect(() => load({ models: 'a/b/c' })).toThrow(/Input 'models' has an invalid value "a\/b\/c"/);
    expect(() => load({ 'uv-source': 'curl' })).toThrow(/allowed values are image, pypi/);
    expect(() => load({ cache: 'registry' })).toThrow(/allowed values are gha, none/);
    expect(() => load({ command: 'a "b' })).toThrow(/Input 'command'/);
    expect(() => load({ 'uv-version': 'latest' })).toThrow(/Input 'uv-version'/);
    expect(() => load({ 'size-budget': 'big' })).toThrow(/Input 'size-budget'/);
  });

  it('the network mode comes from PYPROD_DOCKER_NETWORK', () => {
    expect(networkMode({})).toBeUndefined();
    expect(networkMode({ PYPROD_DOCKER_NETWORK: 'host' })).toBe('host');
    expect(() => networkMode({ PYPROD_DOCKER_NETWORK: 'host; rm' })).toThrow(/PYPROD_DOCKER_NETWORK/);
  });
});

describe('action.yml', () => {
  it('declares the defaults loadInputs uses', () => {
    const yml = YAML.parse(fs.readFileSync('actions/docker-slim-build/action.yml', 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const d = (n: string) => yml.inputs[n]?.default;
    expect([d('working-directory'), d('uv-source'), d('compile-bytecode'), d('user')]).toEqual([
      '.',
      'pypi',
      'true',
      'appuser',
    ]);
    expect([d('push'), d('cache'), d('compare-naive'), d('pr-comment')]).toEqual([
      'false',
      'gha',
      'false',
      'false',
    ]);
    for (const n of [
      'dockerfile',
      'context',
      'python-version',
      'base-image',
      'uv-version',
      'command',
      'models',
      'tags',
    ]) {
      expect(d(n), n).toBeUndefined();
    }
  });
});

describe('project', () => {
  it('reads the example service and chooses its Python from requires-python', () => {
    const p = readProject(path.resolve('examples/fastapi-service'));
    expect(p).toMatchObject({ name: 'fastapi-service', hasLock: true, requiresPython: '>=3.11' });
    expect(choosePython(undefined, p)).toBe('3.11');
    expect(choosePython('3.13.1', p)).toBe('3.13');
    expect(choosePython(undefined, undefined)).toBe('3.12');
  });

  it('reads .python-version as uv does (comments skipped) and tags by major.minor', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsb-project-'));
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "x"\nrequires-python = ">=3.10"\n');
    fs.writeFileSync(path.join(dir, '.python-version'), '# pinned for production\n3.12.4\n');
    expect(choosePython(undefined, readProject(dir))).toBe('3.12');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
