// Our .pre-commit-hooks.yaml as a user's repository uses it: pre-commit installs this repository (at its
// HEAD commit: the committed dist/ bundles) as a node hook environment and runs `pyprod` from it. The
// secret hook scans only what is staged; the lint hook runs the lint stack.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { requireNode24 } from '../../support/action-runner.js';
import { runGit } from '../../support/git-repo.js';
import { requireTool, TOOLS_DIR } from '../../support/tools.js';
import { SecretFactory } from '../secret-scan/planted.js';

let reason: string | undefined;
let repo = '';
let env: NodeJS.ProcessEnv = {};
const dirs: string[] = [];

beforeAll(() => {
  for (const t of ['pre-commit', 'gitleaks', 'uv'])
    if (!requireTool(t)) reason ??= `${t} is not installed (.ci/install-tools.sh)`;
  const node = requireNode24();
  if (!node) reason ??= 'Node 24 is not installed (.ci/install-tools.sh)';
  if (reason) return;
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'pre-commit-user-'));
  dirs.push(repo);
  const head = runGit(path.resolve('.'), ['rev-parse', 'HEAD']).trim();
  const git = (...args: string[]) => runGit(repo, args);
  git('init', '-q', '-b', 'main');
  fs.writeFileSync(path.join(repo, 'app.py'), '"""An app."""\n\nVALUE = 1\n');
  // language_version: system — the machine's Node 24 (first on PATH); without it pre-commit downloads Node.
  fs.writeFileSync(
    path.join(repo, '.pre-commit-config.yaml'),
    [
      'repos:',
      `  - repo: ${path.resolve('.')}`,
      `    rev: ${head}`,
      '    hooks:',
      '      - id: pyprod-secrets',
      '        language_version: system',
      '      - id: pyprod-lint',
      '        language_version: system',
      '',
    ].join('\n'),
  );
  git('add', '-A');
  git('commit', '-q', '-m', 'init');
  // The hook environments are kept across runs (keyed by pre-commit on the commit).
  env = {
    ...process.env,
    PRE_COMMIT_HOME: path.join(TOOLS_DIR, 'pre-commit-home'),
    PATH: [path.dirname(node as string), path.join(TOOLS_DIR, 'bin'), process.env.PATH].join(path.delimiter),
  };
});
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const preCommit = (...args: string[]) =>
  execTool(requireTool('pre-commit') as string, ['run', ...args], {
    cwd: repo,
    env,
    okExitCodes: [0, 1],
    timeoutMs: 600_000,
  });

describe('pre-commit hooks', () => {
  it('pyprod-secrets fails on a key in the staged changes, without printing it, and passes once unstaged', async (ctx) => {
    if (reason) return ctx.skip(reason);
    const key = new SecretFactory(51).awsKeyId();
    fs.writeFileSync(path.join(repo, 'settings.py'), key.content);
    runGit(repo, ['add', 'settings.py']);
    const r = await preCommit('pyprod-secrets');
    const out = `${r.stdout}${r.stderr}`;
    expect(r.exitCode, out).toBe(1);
    expect(out).toContain('aws-access-token');
    expect(out).toContain('the staged changes');
    expect(out).not.toContain(key.value);

    runGit(repo, ['rm', '-q', '--cached', 'settings.py']);
    fs.rmSync(path.join(repo, 'settings.py'));
    const clean = await preCommit('pyprod-secrets');
    expect(clean.exitCode, `${clean.stdout}${clean.stderr}`).toBe(0);
  });

  it('pyprod-lint fails on an unused import', async (ctx) => {
    if (reason) return ctx.skip(reason);
    fs.writeFileSync(path.join(repo, 'app.py'), '"""An app."""\n\nimport os\n\nVALUE = 1\n');
    runGit(repo, ['add', 'app.py']);
    const r = await preCommit('pyprod-lint', '--files', 'app.py');
    const out = `${r.stdout}${r.stderr}`;
    expect(r.exitCode, out).toBe(1);
    expect(out).toMatch(/F401/);
  });
});
