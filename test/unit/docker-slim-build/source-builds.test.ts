import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceBuilds } from '../../../src/actions/docker-slim-build/source-builds.js';

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

  it('counts a group only when it is selected', () => {
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
wheels = [{ url = "https://x/cbuild-1.0-cp311-cp311-macosx_11_0_arm64.whl", hash = "sha256:00" }]
`;
    expect(sourceBuilds(text, [])).toEqual([]);
    expect(sourceBuilds(text, ['dev'])).toEqual([{ name: 'cbuild', version: '1.0' }]);
  });
});
