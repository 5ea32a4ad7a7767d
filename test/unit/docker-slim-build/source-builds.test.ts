import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adviseOnSourceBuilds } from '../../../src/actions/docker-slim-build/definition.js';
import { type DockerSlimInputs, loadInputs } from '../../../src/actions/docker-slim-build/inputs.js';
import { sourceBuilds } from '../../../src/actions/docker-slim-build/source-builds.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';

// Locks written by real uv for the examples.
const lock = (example: string) => fs.readFileSync(`examples/${example}/uv.lock`, 'utf8');

describe('sourceBuilds', () => {
  it('finds psycopg2 (an sdist and Windows wheels only) among the runtime dependencies', () => {
    const builds = sourceBuilds(lock('postgres-service'), []);
    expect(builds.map((b) => b.name)).toEqual(['psycopg2']);
    expect(builds[0]?.version).toMatch(/^2\.9\.\d+$/);
  });

  it('finds nothing when every dependency has a Linux or pure wheel', () => {
    expect(sourceBuilds(lock('fastapi-service'), [])).toEqual([]);
    expect(sourceBuilds(lock('fastapi-service'), ['dev'])).toEqual([]);
  });

  it('counts a group only when it is selected; macOS and musllinux (Alpine) wheels do not install on Debian', () => {
    const text = `version = 1
requires-python = ">=3.11"

[[package]]
name = "app"
version = "0.1.0"
source = { virtual = "." }

[package.dev-dependencies]
dev = [{ name = "cbuild" }]

[[package]]
name = "cbuild"
version = "1.0"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://x/cbuild-1.0.tar.gz", hash = "sha256:00" }
wheels = [
    { url = "https://x/cbuild-1.0-cp311-cp311-macosx_11_0_arm64.whl", hash = "sha256:00" },
    { url = "https://x/cbuild-1.0-cp311-cp311-musllinux_1_2_x86_64.whl", hash = "sha256:00" },
]
`;
    expect(sourceBuilds(text, [])).toEqual([]);
    expect(sourceBuilds(text, ['dev'])).toEqual([{ name: 'cbuild', version: '1.0' }]);
    const withManylinux = text.replace('musllinux_1_2_x86_64', 'manylinux_2_17_x86_64.manylinux2014_x86_64');
    expect(sourceBuilds(withManylinux, ['dev'])).toEqual([]);
  });
});

describe('adviseOnSourceBuilds', () => {
  const advise = (values: Record<string, string>) => {
    const lines: string[] = [];
    const rt = localRuntime({ workspace: process.cwd(), env: {}, log: (l) => lines.push(l), out: () => {} });
    const i: DockerSlimInputs = loadInputs(new InputReader(mapInputSource(values)), rt);
    adviseOnSourceBuilds(lock('postgres-service'), i, rt);
    return lines;
  };

  it('warns before the build, naming the package and the inputs to set, when build-packages is empty', () => {
    const [line, ...rest] = advise({});
    expect(rest).toEqual([]);
    expect(line).toMatch(
      /^warning: uv\.lock has no Linux wheel for psycopg2 2\.9\.\d+: the builder compiles it/,
    );
    expect(line).toContain("Set 'build-packages'");
    expect(line).toContain("'runtime-packages'");
  });

  it('only notes what the builder compiles once build-packages is set', () => {
    expect(advise({ 'build-packages': 'gcc libc6-dev libpq-dev' })).toEqual([
      expect.stringMatching(
        /^Compiled in the builder with gcc libc6-dev libpq-dev \(no Linux wheel in uv\.lock\): psycopg2 /,
      ),
    ]);
  });
});
