// pylint inside the project's environment: `Version()` without its argument is only an error pylint can see
// when the `packaging` dependency is installed; without it pylint reports import-error instead.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { cleanup, copyFixture, lint, lintEnv, log, prerequisites, readJson } from './helpers.js';

let uv: string | undefined;
let reason: string | undefined;
beforeAll(() => {
  ({ uv, reason } = prerequisites());
});
afterAll(cleanup);

const rules = (ws: string) =>
  readJson(path.join(ws, 'lint.json')).findings.map((f) => `${f.rule} ${f.file}:${f.line}`);

describe('pylint in the project environment', () => {
  it("without a venv, installs a separate environment from uv.lock (never the project's .venv), so the dependency's API is checked", async (ctx) => {
    if (reason) return ctx.skip(reason);
    const ws = copyFixture('with-deps');
    const r = await lint(uv!, ws, { tools: 'pylint', 'json-file': 'lint.json' });
    expect(r.failed, log(r)).toBe(true);
    expect(rules(ws)).toEqual(['E1120 service/versions.py:7']);
    expect(r.summary).toContain(
      "pylint ran in a separate environment installed from the project's uv.lock (there is no venv).",
    );
    expect(fs.existsSync(path.join(ws, '.venv'))).toBe(false);
  });

  it('uses the active venv (what setup-uv-cached activates) without changing it', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const ws = copyFixture('with-deps');
    await execTool(uv!, ['sync', '--frozen'], { cwd: ws, env: lintEnv(uv!), timeoutMs: 240_000 });
    const venv = path.join(ws, '.venv');
    const before = fs.readdirSync(path.join(venv, 'lib')).join();
    const r = await lint(
      uv!,
      ws,
      { tools: 'pylint', 'json-file': 'lint.json' },
      { env: { VIRTUAL_ENV: venv } },
    );
    expect(r.failed, log(r)).toBe(true);
    expect(rules(ws)).toEqual(['E1120 service/versions.py:7']);
    expect(r.summary).toContain(`pylint ran in the active venv ${venv}.`);
    expect(fs.readdirSync(path.join(venv, 'lib')).join()).toBe(before);
  });

  it('without any project environment, warns and shows what an isolated pylint sees: import-error', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const ws = copyFixture('with-deps');
    fs.rmSync(path.join(ws, 'pyproject.toml'));
    fs.rmSync(path.join(ws, 'uv.lock'));
    const r = await lint(uv!, ws, { tools: 'pylint', 'json-file': 'lint.json' });
    expect(r.failed).toBe(true);
    expect(rules(ws)).toEqual(['E0401 service/versions.py:2']);
    expect(r.annotations.some((a) => a.level === 'warning' && /No project environment/.test(a.message))).toBe(
      true,
    );
  });
});
