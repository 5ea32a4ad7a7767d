import { describe, expect, it } from 'vitest';
import { CHECKS, SETUP } from '../../../src/actions/gate/checks.js';
import { loadInputs } from '../../../src/actions/gate/inputs.js';
import { bundleEnv, type CheckResult, cliArgs, cliEnv } from '../../../src/actions/gate/run-check.js';
import { headlineOf, renderGateSummary } from '../../../src/actions/gate/summary.js';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { localRuntime } from '../../../src/core/runtime.js';
import { parseKeyValueFile } from '../../../src/core/workflow-commands.js';

const files = { summary: '/t/s', output: '/t/o', env: '/t/e', path: '/t/p', state: '/t/st' };

function result(over: Partial<CheckResult> & Pick<CheckResult, 'spec'>): CheckResult {
  return {
    exitCode: 0,
    durationMs: 1200,
    summary: '',
    log: '',
    exportedEnv: new Map(),
    addedPaths: [],
    ...over,
  };
}

describe('gate: how a check is started', () => {
  it("gives a bundle its inputs as the runner would and none of the gate's own", () => {
    const env = bundleEnv(
      { PATH: '/bin', INPUT_CHECKS: 'lint', 'INPUT_SARIF-DIR': 's', GITHUB_STEP_SUMMARY: '/real' },
      CHECKS.licenses.inputs({
        workingDirectory: 'svc',
        sarifDir: 'out',
        prComment: false,
        onlyLicenses: 'mit',
      }),
      files,
    );
    expect(env).toMatchObject({
      PATH: '/bin',
      'INPUT_WORKING-DIRECTORY': 'svc',
      'INPUT_ONLY-LICENSES': 'mit',
      'INPUT_SARIF-FILE': 'out/licenses.sarif',
      'INPUT_PR-COMMENT': 'false',
      GITHUB_STEP_SUMMARY: '/t/s',
      GITHUB_ENV: '/t/e',
    });
    expect(env.INPUT_CHECKS).toBeUndefined();
    expect(env['INPUT_SARIF-DIR']).toBeUndefined();
    expect(env['INPUT_FAIL-LICENSES']).toBeUndefined(); // not given: the action's own default applies
  });

  it('passes tool-source on to each check that runs a tool, only when given', () => {
    const read = (v?: string) =>
      loadInputs(new InputReader(mapInputSource({ 'tool-source': v })), localRuntime());
    const given = read('path');
    for (const spec of [SETUP, CHECKS.lint, CHECKS.deps, CHECKS.secrets]) {
      expect(spec.inputs(given)['tool-source']).toBe('path');
      expect(spec.inputs(read())['tool-source']).toBeUndefined();
    }
    expect(cliArgs(CHECKS.secrets, CHECKS.secrets.inputs(given))).toContain('--tool-source');
    expect(() => read('anywhere')).toThrow(/Input 'tool-source' has an invalid value "anywhere"/);
  });

  it('turns inputs into pyprod flags, booleans as bare flags', () => {
    expect(
      cliArgs(CHECKS.lint, { 'working-directory': '.', 'pr-comment': 'false', 'sarif-file': '' }),
    ).toEqual(['lint', '--working-directory', '.']);
    expect(cliArgs(SETUP, { 'working-directory': 'a b', 'enable-cache': 'true' })).toEqual([
      'setup-uv',
      '--working-directory',
      'a b',
      '--enable-cache',
    ]);
  });

  it('never puts the token on a command line: the CLI child gets it as GITHUB_TOKEN', () => {
    const inputs = { 'working-directory': '.', 'pr-comment': 'true', 'github-token': 'ghs_tokenvalue' };
    const argv = cliArgs(CHECKS.lint, inputs);
    expect(argv.join(' ')).not.toContain('ghs_tokenvalue');
    expect(argv).toEqual(['lint', '--working-directory', '.', '--pr-comment']);
    expect(cliEnv({ PATH: '/bin' }, inputs)).toEqual({ PATH: '/bin', GITHUB_TOKEN: 'ghs_tokenvalue' });
    expect(cliEnv({ PATH: '/bin' }, { 'pr-comment': 'false' })).toEqual({ PATH: '/bin' });
  });
});

describe('gate: the combined summary', () => {
  it('puts the verdict and the table first, then each report; a crash shows its log tail', () => {
    const md = renderGateSummary(
      [
        result({ spec: SETUP, summary: '✅ **setup-uv-cached**: uv 0.12.16; synced\n' }),
        result({ spec: CHECKS.lint, exitCode: 1, summary: '### ❌ Python lint: 2 errors\n\nrows\n' }),
        result({ spec: CHECKS.deps, exitCode: 1, log: '::error::boom | pipe\nTraceback ```x```\n' }),
        result({ spec: CHECKS.licenses, exitCode: null, skipped: 'not run: setup failed' }),
      ],
      5000,
    );
    const lines = md.split('\n');
    expect(lines[0]).toBe('## ❌ Production gate: lint, deps failed');
    expect(md).toContain(
      '| ✅ uv, Python and the environment | passed | ✅ setup-uv-cached: uv 0.12.16; synced | 1.2 s |',
    );
    expect(md).toContain('| ❌ Lint | failed | ❌ Python lint: 2 errors | 1.2 s |');
    expect(md).toContain('| ⏭️ Licences | skipped | not run: setup failed |  |');
    expect(md.indexOf('### ❌ Python lint')).toBeGreaterThan(md.indexOf('| ⏭️ Licences'));
    // The crashed check: its log's end in a fence longer than any backticks in it, workflow commands stripped.
    expect(md).toContain(
      '### ❌ Dependencies: exit code 1, no report\n\n````text\nboom | pipe\nTraceback ```x```',
    );
  });

  it('stays under the 1 MiB step summary limit however long the reports are', () => {
    const big = `### ✅ Lint: fine\n${'| a | b |\n'.repeat(200_000)}`;
    const md = renderGateSummary(
      [result({ spec: CHECKS.lint, summary: big }), result({ spec: CHECKS.deps, summary: big })],
      1,
    );
    expect(Buffer.byteLength(md)).toBeLessThan(1_000_000);
    expect(md).toContain('the rest of this report is cut');
    expect(headlineOf(result({ spec: CHECKS.deps, summary: big }))).toBe('✅ Lint: fine');
  });

  it('closes a code block and a <details> that the cut falls inside, so the next report is not swallowed', () => {
    const big = `### ❌ Lint: crash\n\n<details><summary>log</summary>\n\n\`\`\`\`text\n${'line\n'.repeat(300_000)}\`\`\`\`\n\n</details>`;
    const md = renderGateSummary(
      [
        result({ spec: CHECKS.lint, exitCode: 1, summary: big }),
        result({ spec: CHECKS.deps, summary: '### ✅ deps' }),
      ],
      1,
    );
    expect(md).toContain('line\n````\n\n</details>\n\n_… the rest of this report is cut');
    expect(md).toMatch(/\n---\n\n### ✅ deps$/);
  });
});

describe('GITHUB_ENV files', () => {
  it('reads name=value lines and delimited blocks as the runner does', () => {
    const text = 'A=1\nVIRTUAL_ENV<<ghadelimiter_x\n/w/.venv\nsecond line\nghadelimiter_x\nB=x=y\n';
    expect([...parseKeyValueFile(text)]).toEqual([
      ['A', '1'],
      ['VIRTUAL_ENV', '/w/.venv\nsecond line'],
      ['B', 'x=y'],
    ]);
    expect(() => parseKeyValueFile('X<<EOF\nno end\n')).toThrow('unterminated X<<EOF block');
  });
});

describe('gate: image and bench on request', () => {
  const read = (values: Record<string, string>) =>
    loadInputs(new InputReader(mapInputSource(values)), localRuntime({ log: () => {}, out: () => {} }));

  it('runs the four checks by default and refuses bench without its command and URL', () => {
    expect(read({}).checks).toEqual(['lint', 'deps', 'licenses', 'secrets']);
    expect(() => read({ checks: 'lint,bench', 'bench-url': 'http://127.0.0.1:8000/' })).toThrow(
      "Input 'bench-command'",
    );
    expect(() => read({ checks: 'bench', 'bench-command': 'gunicorn app:app' })).toThrow("Input 'bench-url'");
    expect(() => read({ checks: 'lint,docs' })).toThrow(
      'each item must be one of lint, deps, licenses, secrets, audit, image, bench',
    );
  });

  it('runs the audit on request, with the OSV mirror passed on only when given', () => {
    const i = read({ checks: 'lint,audit', 'osv-url': 'http://127.0.0.1:8080/', 'sarif-dir': 'sarif' });
    expect(i.checks).toEqual(['lint', 'audit']);
    expect(CHECKS.audit).toMatchObject({ action: 'vuln-audit', command: 'audit' });
    // It reads uv.lock only: a failed setup does not stop it.
    expect(CHECKS.audit.needsEnvironment).toBeUndefined();
    expect(CHECKS.audit.inputs(i)).toMatchObject({
      'osv-url': 'http://127.0.0.1:8080',
      'sarif-file': 'sarif/audit.sarif',
      'working-directory': '.',
    });
    expect(CHECKS.audit.inputs(read({ checks: 'audit' }))['osv-url']).toBeUndefined();
    expect(cliArgs(CHECKS.audit, CHECKS.audit.inputs(i))).toEqual([
      'audit',
      '--working-directory',
      '.',
      '--osv-url',
      'http://127.0.0.1:8080',
      '--sarif-file',
      'sarif/audit.sarif',
    ]);
    expect(() => read({ 'osv-url': 'osv.internal' })).toThrow(/Input 'osv-url' .*http/);
  });

  it('hands docker-slim-build and load-benchmark their own inputs', () => {
    const o = {
      workingDirectory: 'svc',
      sarifDir: 'sarif',
      prComment: false,
      baseImage: 'python:3.12-slim-bookworm',
      buildPackages: 'gcc libc6-dev libpq-dev',
      runtimePackages: 'libpq5',
      benchCommand: 'gunicorn app:app',
      benchUrl: 'http://127.0.0.1:8000/health',
    };
    expect(CHECKS.image.inputs(o)).toMatchObject({
      'base-image': 'python:3.12-slim-bookworm',
      'build-packages': 'gcc libc6-dev libpq-dev',
      'runtime-packages': 'libpq5',
      'sarif-file': 'sarif/image.sarif',
    });
    const bench = CHECKS.bench.inputs(o);
    expect(bench).toMatchObject({ command: 'gunicorn app:app', url: 'http://127.0.0.1:8000/health' });
    expect(bench['sarif-file']).toBeUndefined(); // load-benchmark writes no SARIF
  });
});
