import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDockerfile, pinProblem } from '../../../src/actions/docker-slim-build/checks.js';
import { parseDockerfile } from '../../../src/actions/docker-slim-build/dockerfile-parse.js';

const BROKEN = 'test/fixtures/docker-slim-build/broken/Dockerfile';
const check = (text: string) => checkDockerfile(parseDockerfile(text), 'Dockerfile');

describe('checks on a Dockerfile that breaks every rule', () => {
  const text = fs.readFileSync(BROKEN, 'utf8');
  const findings = checkDockerfile(parseDockerfile(text), 'broken/Dockerfile');

  it('gives each finding at its line', () => {
    const got = findings.map((f) => [f.rule, f.line]).sort((a, b) => Number(a[1]) - Number(b[1]));
    expect(got).toEqual([
      ['pinned-base', 4],
      ['no-alpine', 7],
      ['bytecode-compiled', 7],
      ['no-secret-args', 8],
      ['no-secret-args', 9],
      ['multi-stage', 12],
      ['models-offline', 17],
      ['non-root-user', 19],
    ]);
    for (const f of findings) {
      expect(f.file).toBe('broken/Dockerfile');
      expect(f.severity).toBe('error');
    }
  });

  it('names secret-looking variables but never prints their values', () => {
    const secrets = findings.filter((f) => f.rule === 'no-secret-args');
    expect(secrets.map((f) => f.message.split(' ').slice(0, 2).join(' '))).toEqual([
      'ARG HF_TOKEN',
      'ENV DATABASE_PASSWORD',
    ]);
    const all = JSON.stringify(findings);
    expect(all).not.toContain('placeholder-not-a-real-token');
    expect(all).not.toContain('s3cret');
  });

  it('resolves FROM through the global ARG default', () => {
    expect(findings.find((f) => f.rule === 'no-alpine')?.message).toContain('python:3.12-alpine');
  });
});

describe('single rules', () => {
  it('a final stage without USER runs as root', () => {
    const f = check(
      'FROM python:3.12-slim AS b\nUSER app\nFROM python:3.12-slim\nRUN python -m compileall /x',
    );
    expect(f.map((x) => [x.rule, x.line])).toEqual([['non-root-user', 3]]);
  });

  it('USER 0:0 is root, a named user is not', () => {
    expect(check('FROM a:1\nRUN python -m compileall .\nUSER 0:0').map((x) => x.rule)).toEqual([
      'non-root-user',
    ]);
    expect(check('FROM a:1\nRUN python -m compileall .\nUSER 1000:1000')).toEqual([]);
  });

  it('pins: tags and digests pass, latest and untagged fail, registry ports are not tags', () => {
    expect(pinProblem('python:3.12-slim')).toBeUndefined();
    expect(pinProblem(`python@sha256:${'a'.repeat(64)}`)).toBeUndefined();
    expect(pinProblem('python')).toContain('no tag');
    expect(pinProblem('python:latest')).toContain('latest');
    expect(pinProblem('registry:5000/team/app')).toContain('no tag');
    expect(pinProblem('registry:5000/team/app:1.2')).toBeUndefined();
  });

  it('scratch and earlier stages are not base images', () => {
    const f = check(
      'FROM python:3.12-slim AS build\nRUN pip install . && python -m compileall /x\nFROM build\nUSER app\nFROM scratch\nCOPY --from=build /a /a\nUSER 1000',
    );
    expect(f).toEqual([]);
  });

  it('a single stage that installs packages is told to use a builder', () => {
    const f = check('FROM python:3.12-slim\nCOPY . .\nRUN pip install .\nUSER app');
    expect(f.map((x) => [x.rule, x.line])).toEqual([['multi-stage', 3]]);
  });

  it('uv copied into the final stage is a build tool left in the image', () => {
    const f = check(
      'FROM a:1 AS b\nFROM a:1\nCOPY --from=ghcr.io/astral-sh/uv:0.9.5 /uv /bin/\nENV UV_COMPILE_BYTECODE=1\nUSER app',
    );
    expect(f.map((x) => [x.rule, x.line])).toEqual([['multi-stage', 3]]);
  });

  it('bytecode: UV_COMPILE_BYTECODE, compileall or pip install (which compiles) pass', () => {
    expect(check('FROM a:1\nENV UV_COMPILE_BYTECODE=1\nUSER app')).toEqual([]);
    expect(check('FROM a:1\nRUN UV_COMPILE_BYTECODE=1 uv sync\nFROM a:1\nUSER app')).toEqual([]);
    expect(check('FROM a:1\nRUN uv sync --compile-bytecode\nFROM a:1\nUSER app')).toEqual([]);
    expect(check('FROM a:1\nCOPY . .\nUSER app').map((x) => x.rule)).toEqual(['bytecode-compiled']);
  });

  it('offline variables after a model download: both needed, in the final stage', () => {
    const base = 'FROM a:1 AS b\nRUN hf download org/m\nFROM a:1\nRUN python -m compileall /app\n';
    expect(check(`${base}ENV HF_HUB_OFFLINE=1\nUSER app`).map((x) => [x.rule, x.line])).toEqual([
      ['models-offline', 2],
    ]);
    expect(check(`${base}ENV HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1\nUSER app`)).toEqual([]);
  });

  it('secret-looking names without a value, or that are not secrets, pass', () => {
    expect(
      check(
        'FROM a:1\nARG GITHUB_TOKEN\nENV GPG_KEY=ABCDEF TOKEN_FILE=/run/secrets/t\nRUN python -m compileall .\nUSER app',
      ),
    ).toEqual([]);
    expect(
      check('FROM a:1\nENV API_KEY=abc\nRUN python -m compileall .\nUSER app').map((x) => x.rule),
    ).toEqual(['no-secret-args']);
  });
});
