import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  GitleaksError,
  gitleaksArgv,
  LEAKS_EXIT_CODE,
  parseGitleaksLog,
  runGitleaks,
} from '../../../src/actions/secret-scan/gitleaks-run.js';
import { cleanupRepos, initRepo } from '../../support/git-repo.js';
import { requireTool } from '../../support/tools.js';

const FIXTURES = path.resolve('test/fixtures/secret-scan');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

afterAll(cleanupRepos);

describe('gitleaksArgv', () => {
  it('scans the staged changes with git --pre-commit --staged (no --log-opts)', () => {
    expect(gitleaksArgv({ target: { mode: 'staged' }, reportPath: '/tmp/r.json' })).toEqual([
      'git',
      '--pre-commit',
      '--staged',
      '--report-format=json',
      '--report-path=/tmp/r.json',
      '--redact',
      `--exit-code=${LEAKS_EXIT_CODE}`,
      '--no-banner',
      '--no-color',
      '--log-level=info',
      '.',
    ]);
  });

  it('scans a commit range with gitleaks git, JSON report, redaction and our leaks exit code', () => {
    expect(
      gitleaksArgv({
        target: { mode: 'git', revArgs: [B, `^${A}`], merges: 'remerge' },
        reportPath: '/tmp/r.json',
        config: '/repo/.gitleaks.toml',
        ignoreFile: '/repo/.gitleaksignore',
      }),
    ).toEqual([
      'git',
      `--log-opts=--full-history --diff-filter=tuxdb --diff-merges=remerge ${B} ^${A} --`,
      '--report-format=json',
      '--report-path=/tmp/r.json',
      '--redact',
      `--exit-code=${LEAKS_EXIT_CODE}`,
      '--no-banner',
      '--no-color',
      '--log-level=info',
      '--config=/repo/.gitleaks.toml',
      '--gitleaks-ignore-path=/repo/.gitleaksignore',
      '.',
    ]);
  });

  it('always gives merge commits a diff: remerge, first parent (the default) or octopus merges only', () => {
    const opts = (merges?: 'remerge' | 'first-parent' | 'octopus') =>
      gitleaksArgv({ target: { mode: 'git', revArgs: [B], merges }, reportPath: '/r' })[1];
    expect(opts()).toBe(`--log-opts=--full-history --diff-filter=tuxdb --diff-merges=first-parent ${B} --`);
    expect(opts('octopus')).toBe(
      `--log-opts=--full-history --diff-filter=tuxdb --diff-merges=first-parent --min-parents=3 ${B} --`,
    );
  });

  it('scans any source it is given (the canary folder), `.` by default', () => {
    const argv = gitleaksArgv({ target: { mode: 'dir' }, reportPath: '/r', source: '/tmp/canary-x' });
    expect(argv.at(-1)).toBe('/tmp/canary-x');
  });

  it('scans files with gitleaks dir and never uses the deprecated detect', () => {
    const argv = gitleaksArgv({ target: { mode: 'dir' }, reportPath: '/tmp/r.json' });
    expect(argv[0]).toBe('dir');
    expect(argv).not.toContain('detect');
    expect(argv.some((a) => a.startsWith('--log-opts'))).toBe(false);
    expect(argv.at(-1)).toBe('.');
  });

  it('refuses revisions that gitleaks would split or git would read as options', () => {
    for (const bad of ['--all', `${A} --output=/etc/x`, 'HEAD;rm', '-p']) {
      expect(() => gitleaksArgv({ target: { mode: 'git', revArgs: [bad] }, reportPath: 'r' })).toThrow(
        /Refusing to pass/,
      );
    }
  });
});

describe('parseGitleaksLog (captured stderr)', () => {
  it('reads the counts of a scan with leaks', () => {
    expect(parseGitleaksLog(fixture('git-leaks.stderr.txt'))).toEqual({
      commitsScanned: 3,
      bytesScanned: 1135,
      leaksReported: 5,
      errors: [],
    });
    expect(parseGitleaksLog(fixture('dir-leaks.stderr.txt'))).toMatchObject({ leaksReported: 5, errors: [] });
  });

  it('sees the git failure behind "no leaks found"', () => {
    const log = parseGitleaksLog(fixture('git-bad-range.stderr.txt'));
    expect(log.leaksReported).toBe(0);
    expect(log.errors[0]).toMatch(/^\[git\] fatal: Invalid revision range/);
    expect(log.errors).toHaveLength(2);
  });

  it('strips colour from the fatal config error', () => {
    expect(parseGitleaksLog(fixture('bad-config.stderr.txt')).errors).toEqual([
      'unable to load gitleaks config, err: While parsing config: toml: array is incomplete',
    ]);
  });

  it('reads a clean scan as clean', () => {
    expect(parseGitleaksLog(fixture('git-clean.stderr.txt'))).toEqual({
      commitsScanned: 0,
      bytesScanned: 0,
      leaksReported: 0,
      errors: [],
    });
  });
});

describe('runGitleaks (the real gitleaks)', () => {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gitleaks-run-'));
  afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));
  const opts = (cwd: string) => ({ cwd, env: process.env, tempDir: temp });

  it('turns exit 0 with a failed git log into an error, not a clean result', async (ctx) => {
    const bin = requireTool('gitleaks');
    if (!bin) return ctx.skip('gitleaks is not installed (.ci/install-tools.sh)');
    const repo = initRepo();
    repo.commit('one', { 'a.txt': 'a\n' });
    const err = await runGitleaks(bin, { target: { mode: 'git', revArgs: [A] } }, opts(repo.dir)).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(GitleaksError);
    expect(err.exitCode).toBe(0);
    expect(err.message).toContain('it logged errors, so its result cannot be trusted');
    expect(err.message).toMatch(/\[git\] fatal: bad object a{40}|unknown revision/);
    // The temporary report is gone either way.
    expect(fs.readdirSync(temp)).toEqual([]);
  });

  it('returns a clean result for a clean range, with the counts', async (ctx) => {
    const bin = requireTool('gitleaks');
    if (!bin) return ctx.skip('gitleaks is not installed (.ci/install-tools.sh)');
    const repo = initRepo();
    repo.commit('one', { 'a.txt': 'a\n' });
    const head = repo.sha();
    const r = await runGitleaks(bin, { target: { mode: 'git', revArgs: [head] } }, opts(repo.dir));
    expect(r).toMatchObject({ exitCode: 0, entries: [], log: { commitsScanned: 1, leaksReported: 0 } });
  });

  it('reports a missing binary as a gitleaks error', async () => {
    const err = await runGitleaks(
      path.join(temp, 'no-gitleaks'),
      { target: { mode: 'dir' } },
      opts(temp),
    ).catch((e) => e);
    expect(err).toBeInstanceOf(GitleaksError);
    expect(err.message).toContain('was not found');
  });
});
