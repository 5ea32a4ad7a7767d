// `pyprod lint --fix`: the CLI's flags for the action, then the action's code with the terminal runtime the
// CLI uses, the real fixers rewriting a copy of the fixture.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../../src/actions/all.js';
import { definition } from '../../../src/actions/python-lint-stack/definition.js';
import { COMMANDS } from '../../../src/actions/registry.js';
import { readInputs } from '../../../src/cli/action-metadata.js';
import { parseArgs } from '../../../src/cli/args.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';
import { cleanup, copyFixture, lintEnv, prerequisites } from './helpers.js';

let uv: string | undefined;
let reason: string | undefined;
beforeAll(() => {
  ({ uv, reason } = prerequisites());
});
afterAll(cleanup);

/** What `pyprod <argv>` would pass to the action: action.yml defaults, then the flags. */
async function cliInputs(argv: string[]): Promise<Record<string, string>> {
  const declared = await readInputs('python-lint-stack');
  const booleans = new Set(
    declared.filter((d) => d.default === 'true' || d.default === 'false').map((d) => d.name),
  );
  const values: Record<string, string> = {};
  for (const d of declared)
    if (d.default !== undefined && !d.default.startsWith('${{')) values[d.name] = d.default;
  return { ...values, ...parseArgs(argv, booleans).inputs };
}

async function runLocal(ws: string, values: Record<string, string>) {
  const out: string[] = [];
  const logs: string[] = [];
  const rt = localRuntime({
    env: lintEnv(uv!),
    workspace: ws,
    log: (l) => logs.push(l),
    out: (t) => out.push(t),
  });
  const inputs = definition.loadInputs(new InputReader(mapInputSource(values)), rt);
  let error: unknown;
  await definition.main(inputs, rt).catch((e: unknown) => {
    error = e;
  });
  return { summary: out.join(''), logs, outputs: rt.outputs, error };
}

describe('pyprod lint --fix', () => {
  it('is the lint command, and --fix sets the fix input', async () => {
    expect(COMMANDS.lint?.action).toBe('python-lint-stack');
    expect(definition.command).toBe('lint');
    expect(await cliInputs(['lint', '--fix'])).toMatchObject({
      fix: 'true',
      tools: 'autoflake,flake8,ruff,isort,pylint',
    });
  });

  it('runs autoflake, autopep8, ruff --fix and isort in place; what they fix is then clean', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const ws = copyFixture('violations');
    const fixed = await runLocal(ws, await cliInputs(['lint', '--fix']));
    expect(fixed.error).toBeUndefined();
    expect(fixed.summary).toMatch(/^### ✅ Python lint --fix: [2-9] files changed/);
    for (const fixer of ['autoflake', 'autopep8', 'ruff', 'isort'])
      expect(fixed.summary).toMatch(new RegExp(`\\| ${fixer} \\| <code>`));
    expect(fixed.summary).toContain('<code>app/imports.py</code>');

    const imports = fs.readFileSync(path.join(ws, 'app', 'imports.py'), 'utf8');
    expect(imports).not.toMatch(/^import (sys|os)$/m);
    expect(imports).toMatch(/^import json$/m);
    const logic = fs.readFileSync(path.join(ws, 'app', 'logic.py'), 'utf8');
    expect(logic).toContain('    result = 0\n');
    expect(logic).not.toContain('unused = 42');
    expect(logic.match(/"mode":/g)).toHaveLength(1);

    // The fixers' problems are gone; what needs a human (an undefined name, complexity) stays.
    const check = await runLocal(
      ws,
      await cliInputs(['lint', '--tools', 'autoflake,isort,flake8', '--json-file', 'after.json']),
    );
    const after = JSON.parse(fs.readFileSync(path.join(ws, 'after.json'), 'utf8')) as {
      findings: { tool: string; rule: string }[];
    };
    expect(after.findings.filter((f) => f.tool === 'autoflake' || f.tool === 'isort')).toEqual([]);
    expect(after.findings.map((f) => f.rule).sort()).toEqual(['C901', 'F821']);
    expect(String(check.error)).toMatch(/1 new finding at fail-on level/);
  });
});
