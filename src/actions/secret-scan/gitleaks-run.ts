import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { ToolError } from '../../core/errors.js';
import { displayCommand, type ExecResult, execTool } from '../../core/exec.js';
import { clip } from '../../report/markdown.js';

/**
 * Runs `gitleaks git` or `gitleaks dir` with a redacted JSON report and decides, from the exit code, the log
 * and the report together, whether the scan really happened. gitleaks exits 0 and logs "no leaks found" when
 * `git log` fails (a bad range, not a repository): only its ERR lines tell, so a run with any ERR or FTL
 * line is an error, never a clean result.
 */

/** Exit code asked for when leaks are found: distinct from 1 (fatal error) and 2 (a Go panic). */
export const LEAKS_EXIT_CODE = 42;

/** gitleaks' own git-log defaults besides `--all` (see sources/git.go): deleted files are not scanned. */
const LOG_DEFAULTS = ['--full-history', '--diff-filter=tuxdb'];

/**
 * What a merge commit contributes to the scan. `git log -p` shows no diff for merges, so without one of
 * these a secret added in a merge commit (an "evil merge" or a conflict resolution) is never scanned.
 * - `remerge`: the merge against git's own re-merge of its parents (git 2.36+): exactly what the merge
 *   added beyond merging, so the merged branch's changes are not reported a second time under the merge.
 * - `first-parent`: the merge against its first parent (git 2.31+), for older git: the changes it brings
 *   to its branch, the merged commits' included.
 * - `octopus`: first-parent diffs of merges of three or more parents only (remerge skips those).
 */
export type MergeDiff = 'remerge' | 'first-parent' | 'octopus';

const MERGE_OPTS: Record<MergeDiff, string[]> = {
  remerge: ['--diff-merges=remerge'],
  'first-parent': ['--diff-merges=first-parent'],
  octopus: ['--diff-merges=first-parent', '--min-parents=3'],
};

export type GitleaksTarget =
  /** `gitleaks git`: `revArgs` select the commits (`[head, '^base', ...]`), as for `git rev-list`. */
  | { mode: 'git'; revArgs: readonly string[]; merges?: MergeDiff }
  /** `gitleaks dir`: the files under the working directory. */
  | { mode: 'dir' }
  /** `gitleaks git --pre-commit --staged`: the changes staged for the next commit. */
  | { mode: 'staged' };

export interface GitleaksArgs {
  target: GitleaksTarget;
  reportPath: string;
  config?: string;
  ignoreFile?: string;
  /** What to scan; default `.`, so that dir-mode paths come out relative to `cwd`. */
  source?: string;
}

/** The argv of one scan. */
export function gitleaksArgv(a: GitleaksArgs): string[] {
  const argv: string[] = a.target.mode === 'staged' ? ['git', '--pre-commit', '--staged'] : [a.target.mode];
  if (a.target.mode === 'git') {
    for (const rev of a.target.revArgs) {
      // Shas, `^sha` or HEAD only: gitleaks splits --log-opts on white space, and nothing may be an option.
      if (!/^\^?[0-9A-Za-z_./-]+$/.test(rev) || rev.startsWith('-')) {
        throw new Error(`Refusing to pass ${JSON.stringify(rev)} to gitleaks --log-opts`);
      }
    }
    // `--` ends the revisions, so a file named like a sha cannot make them ambiguous.
    const merges = MERGE_OPTS[a.target.merges ?? 'first-parent'];
    argv.push(`--log-opts=${[...LOG_DEFAULTS, ...merges, ...a.target.revArgs, '--'].join(' ')}`);
  }
  argv.push(
    '--report-format=json',
    `--report-path=${a.reportPath}`,
    // Secrets never reach the report or the log, so nothing downstream can print one.
    '--redact',
    `--exit-code=${LEAKS_EXIT_CODE}`,
    '--no-banner',
    '--no-color',
    '--log-level=info',
  );
  if (a.config) argv.push(`--config=${a.config}`);
  if (a.ignoreFile) argv.push(`--gitleaks-ignore-path=${a.ignoreFile}`);
  argv.push(a.source ?? '.');
  return argv;
}

export interface GitleaksLog {
  /** "N commits scanned." (git mode). */
  commitsScanned?: number;
  /** "scanned ~N bytes". */
  bytesScanned?: number;
  /** "leaks found: N", or 0 for "no leaks found". */
  leaksReported?: number;
  /** ERR and FTL lines, without time stamp and level. */
  errors: string[];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what we strip
const ANSI = /\x1b\[[0-9;]*m/g;
const LINE = /^\S+\s+(TRC|DBG|INF|WRN|ERR|FTL)\s+(.*)$/;

/** Reads gitleaks' log (stderr): the counts it reports and its errors. Other lines are ignored. */
export function parseGitleaksLog(text: string): GitleaksLog {
  const log: GitleaksLog = { errors: [] };
  for (const raw of text.split(/\r?\n/)) {
    const m = LINE.exec(raw.replace(ANSI, '').trim());
    if (!m) continue;
    const [, level, msg = ''] = m;
    if (level === 'ERR' || level === 'FTL') {
      log.errors.push(msg);
      continue;
    }
    const commits = /^(\d+) commits? scanned/.exec(msg);
    if (commits) log.commitsScanned = Number(commits[1]);
    const bytes = /^scanned ~(\d+) bytes/.exec(msg);
    if (bytes) log.bytesScanned = Number(bytes[1]);
    const leaks = /^leaks found: (\d+)/.exec(msg);
    if (leaks) log.leaksReported = Number(leaks[1]);
    if (/^no leaks found/.test(msg)) log.leaksReported = 0;
  }
  return log;
}

export interface GitleaksResult {
  command: string;
  exitCode: number;
  durationMs: number;
  log: GitleaksLog;
  /** The report's entries, unparsed (see gitleaks-report.ts). */
  entries: unknown[];
  /**
   * Set when gitleaks found leaks but also logged errors (a git error part way through the history): the
   * entries are real findings, but the scan did not cover everything. Holds gitleaks' error lines.
   */
  incomplete?: string[];
}

/** gitleaks could not scan; its message holds the exit code and gitleaks' own error lines. */
export class GitleaksError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    why: string,
    errors: readonly string[],
  ) {
    const lines = errors.slice(0, 20).map((e) => `  ${clip(e, 300)}`);
    super(
      `gitleaks did not complete the scan (${why}; exit code ${exitCode ?? 'none'}): ${command}` +
        (lines.length ? `\n${lines.join('\n')}` : ''),
    );
    this.name = 'GitleaksError';
  }
}

/**
 * Runs gitleaks in `cwd`. Its output is never echoed: stdout is empty without --verbose, and only the
 * parsed counts and ERR/FTL lines of stderr are used. Throws GitleaksError unless the scan completed or
 * found leaks before an error (then the result is marked `incomplete`).
 */
export async function runGitleaks(
  bin: string,
  args: Omit<GitleaksArgs, 'reportPath'>,
  opts: { cwd: string; env: NodeJS.ProcessEnv; tempDir: string; timeoutMs?: number },
): Promise<GitleaksResult> {
  await fs.mkdir(opts.tempDir, { recursive: true });
  const dir = await fs.mkdtemp(path.join(opts.tempDir, 'gitleaks-'));
  const reportPath = path.join(dir, 'report.json');
  const argv = gitleaksArgv({ ...args, reportPath });
  const command = displayCommand('gitleaks', argv);
  try {
    let r: ExecResult;
    try {
      r = await execTool(bin, argv, {
        cwd: opts.cwd,
        env: opts.env,
        timeoutMs: opts.timeoutMs,
        // Any exit code is judged below, together with the log and the report.
        okExitCodes: Array.from({ length: 256 }, (_, i) => i),
        maxOutputBytes: 4 * 1024 * 1024,
      });
    } catch (e) {
      // Not started, killed or timed out: say so without echoing the output tail ToolError carries.
      if (!(e instanceof ToolError)) throw e;
      throw new GitleaksError(command, e.exitCode, e.reason, parseGitleaksLog(e.tail).errors);
    }
    const log = parseGitleaksLog(r.stderr);
    const code = r.exitCode ?? -1;
    const fail = (why: string) => new GitleaksError(command, r.exitCode, why, log.errors);
    if (code !== 0 && code !== LEAKS_EXIT_CODE) throw fail('it exited with an error');
    let entries: unknown;
    try {
      entries = JSON.parse(await fs.readFile(reportPath, 'utf8'));
    } catch (e) {
      throw fail(`its JSON report could not be read: ${(e as Error).message}`);
    }
    if (!Array.isArray(entries)) throw fail('its JSON report is not an array');
    if ((code === LEAKS_EXIT_CODE) !== entries.length > 0) {
      throw fail(`its exit code and its report (${entries.length} findings) disagree`);
    }
    const result: GitleaksResult = { command, exitCode: code, durationMs: r.durationMs, log, entries };
    if (log.errors.length > 0) {
      // Findings it did report stand (the caller shows them and fails); with none, nothing is known.
      if (entries.length === 0) throw fail('it logged errors, so its result cannot be trusted');
      result.incomplete = log.errors;
    }
    return result;
  } finally {
    // The report is redacted, but nothing of a scan is left lying around.
    await fs.rm(dir, { recursive: true, force: true });
  }
}
