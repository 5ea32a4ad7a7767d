// docker-slim-build in a uv workspace (issue 17): the generated Dockerfile installs from one project's
// pyproject.toml and the uv.lock beside it, which a workspace member does not have (and which uv refuses at the
// root while the members it lists are absent: `uv sync --locked` says the lock "needs to be updated", checked
// by hand with uv 0.12.16 on this fixture). So generating is refused up front, naming the member and the root
// and the way out, instead of "uv.lock does not exist: run uv lock" or a failed build later.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveDockerfile } from '../../../src/actions/docker-slim-build/dockerfile-source.js';
import { loadInputs } from '../../../src/actions/docker-slim-build/inputs.js';
import { readProject, workspaceBlocker } from '../../../src/actions/docker-slim-build/project.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';
import { inputError } from '../../support/input-error.js';

const FIXTURE = path.resolve('test/fixtures/uv-workspace');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dsb-workspace-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A copy of the workspace fixture as the checkout, and docker-slim-build's inputs read in it. */
function checkout(name: string, inputs: Record<string, string>) {
  const ws = path.join(scratch, name);
  fs.cpSync(FIXTURE, ws, { recursive: true });
  const rt = localRuntime({ workspace: ws, env: {}, log: () => {}, out: () => {} });
  return { ws, rt, i: loadInputs(new InputReader(mapInputSource(inputs)), rt) };
}

describe('docker-slim-build in a uv workspace', () => {
  it('refuses to generate for a member, naming the member, the root and the way out', () => {
    const { ws, rt, i } = checkout('member', { 'working-directory': 'packages/backend' });
    // No Dockerfile in the member: generate is the default.
    expect(i.dockerfile).toBe('generate');
    const err = inputError(() => resolveDockerfile(i, rt));
    expect(err).toMatchObject({ input: 'dockerfile', value: 'generate' });
    expect(err.message).toContain(
      `Input 'dockerfile' has an invalid value "generate": packages/backend is a member of the uv workspace at . (whose uv.lock it uses), and the generated Dockerfile does not support uv workspaces yet`,
    );
    expect(err.message).toContain(
      "point 'dockerfile' at it, with 'context: ../..' (the root): copy the root's pyproject.toml and uv.lock and every member's pyproject.toml, `uv sync --locked --no-install-workspace --package backend`",
    );
    // Not the advice the lone-project check would give, and nothing written.
    expect(err.message).not.toContain('run uv lock');
    expect(fs.existsSync(path.join(ws, 'packages/backend/Dockerfile.pyprod'))).toBe(false);
    expect(fs.existsSync(path.join(ws, 'packages/backend/.dockerignore'))).toBe(false);
  });

  it('refuses to generate at the root of a workspace whose lock lists other members', () => {
    const { rt, i } = checkout('root', {});
    const err = inputError(() => resolveDockerfile(i, rt));
    expect(err.message).toContain(
      '"generate": . is the root of a uv workspace whose uv.lock lists 2 other members, and the generated Dockerfile does not support uv workspaces yet',
    );
    expect(err.message).toContain('`uv sync --locked --no-install-workspace`, then the code');
  });

  it("builds a member's hand-written Dockerfile, reading the root's uv.lock", () => {
    const { ws, rt } = checkout('hand-written', {});
    const member = path.join(ws, 'packages/backend');
    fs.writeFileSync(path.join(member, 'Dockerfile'), 'FROM python:3.12-slim\n');
    const i = loadInputs(
      new InputReader(mapInputSource({ 'working-directory': 'packages/backend', context: '../..' })),
      rt,
    );
    const src = resolveDockerfile(i, rt);
    expect(src).toMatchObject({ generated: false, projectPath: 'packages/backend' });
    expect(src.project).toMatchObject({
      name: 'backend',
      lockFile: path.join(ws, 'uv.lock'),
      hasLock: true,
      workspace: { root: ws, member: true, members: ['acme', 'backend', 'shared'] },
    });
    expect(src.project?.lock).toContain('name = "six"');
  });

  it('generates for a lone project and for a workspace of one', () => {
    const lone = readProject(path.resolve('examples/fastapi-service'));
    expect(lone.workspace).toBeUndefined();
    expect(workspaceBlocker(lone, process.cwd())).toBeUndefined();
    // A root declaring [tool.uv.workspace] with no other member; uv.lock as uv 0.12.16 writes it (no manifest).
    const solo = path.join(scratch, 'solo');
    fs.mkdirSync(solo);
    fs.writeFileSync(
      path.join(solo, 'pyproject.toml'),
      '[project]\nname="solo"\nversion="0.1"\nrequires-python=">=3.10"\ndependencies=[]\n[tool.uv.workspace]\nmembers=[]\n',
    );
    fs.writeFileSync(
      path.join(solo, 'uv.lock'),
      'version = 1\nrevision = 3\nrequires-python = ">=3.10"\n\n[[package]]\nname = "solo"\nversion = "0.1"\nsource = { virtual = "." }\n',
    );
    const p = readProject(solo, {}, solo);
    expect(p.workspace).toEqual({ root: solo, member: false, members: [] });
    expect(workspaceBlocker(p, solo)).toBeUndefined();
  });
});
