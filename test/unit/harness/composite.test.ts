// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are GitHub expressions, not JS templates
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionRunResult, type RunActionOptions, runAction } from '../../support/action-runner.js';
import { ExpressionError } from '../../support/action-runner-expressions.js';

const COMPOSITE = path.resolve('test/fixtures/actions/composite-probe');
const results: ActionRunResult[] = [];
const tempDirs: string[] = [];
afterEach(() => {
  for (const r of results.splice(0)) r.cleanup();
  for (const d of tempDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function composite(opts: RunActionOptions = {}, action = COMPOSITE): Promise<ActionRunResult> {
  const r = await runAction(action, opts);
  results.push(r);
  return r;
}

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'composite-test-'));
  tempDirs.push(d);
  return d;
}

function actionWithSteps(steps: string): string {
  const dir = tempDir();
  const yml = `name: t\ndescription: t\ninputs:\n  x:\n    default: a\nruns:\n  using: composite\n  steps:\n${steps}`;
  fs.writeFileSync(path.join(dir, 'action.yml'), yml);
  return dir;
}

const stepStates = (r: ActionRunResult) =>
  r.steps.map((s) => `${s.id}:${s.skipped ? 'skipped' : s.exitCode}`);

describe('runAction with a composite action', () => {
  it('substitutes expressions, passes outputs between steps and carries GITHUB_ENV', async () => {
    const r = await composite({ inputs: { who: 'team' } });
    expect(r.failed).toBe(false);
    expect(r.exitCode).toBe(0);
    expect(stepStates(r)).toEqual([
      'greet:0',
      'combine:0',
      'pipefail:skipped',
      'fail:skipped',
      'skipped-after-failure:0',
      'cleanup:0',
    ]);
    expect(r.outputs).toEqual({
      greeting: 'hello team',
      combined: 'hello team\nfrom-greet and team',
      cleanup: 'yes',
    });
    expect(r.env).toEqual({ COMPOSITE_CARRIED: 'from-greet' });
  });

  it('runs bash with -e -o pipefail, skips later steps after a failure but runs always() steps', async () => {
    const r = await composite({ inputs: { pipefail: 'true' } });
    expect(stepStates(r)).toEqual([
      'greet:0',
      'combine:0',
      'pipefail:1',
      'fail:skipped',
      'skipped-after-failure:skipped',
      'cleanup:0',
    ]);
    expect(r.failed).toBe(true);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.cleanup).toBe('yes');
  });

  it('reports the exit code of the failing step', async () => {
    const r = await composite({ inputs: { 'fail-with': '7' } });
    expect(r.exitCode).toBe(7);
    expect(r.steps.find((s) => s.id === 'fail')?.failed).toBe(true);
  });

  it('runs a step in its working-directory, relative to the workspace', async () => {
    const workspace = tempDir();
    fs.mkdirSync(path.join(workspace, 'sub dir'));
    const r = await composite({ workspace, inputs: { 'working-directory': 'sub dir' } });
    expect(r.steps[0]?.log).toEqual([`cwd=${path.join(workspace, 'sub dir')}`]);
  });

  it('refuses a uses: step and an expression it does not understand, loudly', async () => {
    const uses = actionWithSteps('    - uses: actions/cache@v4\n');
    await expect(runAction(uses)).rejects.toThrow(/'uses: actions\/cache@v4' steps are not supported/);
    const hash = actionWithSteps("    - shell: bash\n      run: echo ${{ hashFiles('x') }}\n");
    await expect(runAction(hash)).rejects.toThrow(ExpressionError);
    const ctx = actionWithSteps('    - shell: bash\n      run: echo ${{ secrets.X }}\n');
    await expect(runAction(ctx)).rejects.toThrow(/unknown context 'secrets'/);
  });

  it('fails a step whose command file is malformed, as the runner does', async () => {
    const dir = actionWithSteps(
      '    - id: bad\n      shell: bash\n      run: echo "x<<EOF" >> "$GITHUB_OUTPUT"\n',
    );
    const r = await composite({}, dir);
    expect(r.failed).toBe(true);
    expect(r.steps[0]?.exitCode).toBe(0);
    expect(r.steps[0]?.errors.join('\n')).toMatch(/Matching delimiter not found 'EOF'/);
  });
});
