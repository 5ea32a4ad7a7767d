import * as fs from 'node:fs';
import { errorMessage, ToolError } from '../../core/errors.js';
import { displayCommand, execTool } from '../../core/exec.js';
import { type DeptryViolation, parseDeptryJson } from './deptry-json.js';

export interface DeptryResult {
  violations: DeptryViolation[];
  exitCode: number;
  durationMs: number;
  /** deptry's log (stderr): warnings such as "Assuming the corresponding module name of package ...". */
  log: string;
}

/** Raised when deptry (or uv starting it) fails: the message is theirs, and says it is not "no violations". */
export class DeptryFailure extends Error {
  constructor(
    readonly dir: string,
    readonly command: string,
    readonly exitCode: number | null,
    readonly toolMessage: string,
    readonly tail: string,
  ) {
    super(
      `deptry failed in ${dir} (exit code ${exitCode ?? 'none'}): ${toolMessage}\n` +
        `Command: ${command}\nLast output:\n${tail.trimEnd() || '(none)'}`,
    );
    this.name = 'DeptryFailure';
  }
}

/**
 * The sentence that says what went wrong, from deptry's or uv's stderr: click's `Error: ...` (bad options,
 * invalid `[tool.deptry]` keys), the last line of a Python traceback (`...Error: No file called
 * 'pyproject.toml' ...`), uv's `error: ...`, else the last line printed.
 */
export function failureMessage(output: string): string {
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const last = (re: RegExp) => [...lines].reverse().find((l) => re.test(l));
  const click = last(/^Error: /);
  if (click) return click.slice('Error: '.length);
  const exception = last(/^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)(: |$)/);
  if (exception) return exception;
  const uv = last(/^error: /);
  if (uv) {
    // uv puts the cause on the next line: `cause: ...`, `Caused by: ...` or `╰─▶ ...`.
    const next = lines[lines.lastIndexOf(uv) + 1]?.replace(/^(cause:|caused by:|╰─▶)\s*/i, '');
    return next ? `${uv.slice(7)}: ${next}` : uv.slice(7);
  }
  return lines.at(-1) ?? 'no output';
}

/**
 * Runs deptry (argv from deptryCommand, uv first) in `dir` and reads the JSON report it writes to
 * `jsonOutput`. deptry exits 1 both for "violations found" and for a crash, so the report decides: exit 0
 * with an empty report is a pass, exit 1 with violations in it is a result, and everything else (no report,
 * exit 1 with an empty one, exit 2 for a usage or `[tool.deptry]` error, a signal) is a DeptryFailure
 * carrying deptry's own message.
 */
export async function runDeptry(
  argv: readonly string[],
  dir: string,
  jsonOutput: string,
  opts: { env: NodeJS.ProcessEnv; timeoutMs: number; onLine?: (line: string) => void },
): Promise<DeptryResult> {
  const [file, ...args] = argv as [string, ...string[]];
  const command = displayCommand(file, args);
  fs.rmSync(jsonOutput, { force: true });
  let r: Awaited<ReturnType<typeof execTool>>;
  try {
    r = await execTool(file, args, {
      cwd: dir,
      env: opts.env,
      timeoutMs: opts.timeoutMs,
      okExitCodes: [0, 1],
      onLine: opts.onLine ? (line) => opts.onLine?.(line) : undefined,
    });
  } catch (err) {
    if (err instanceof ToolError) {
      throw new DeptryFailure(dir, command, err.exitCode, failureMessage(err.tail), err.tail);
    }
    throw new DeptryFailure(dir, command, null, errorMessage(err), '');
  }
  const exitCode = r.exitCode ?? -1;
  const fail = (why: string): never => {
    throw new DeptryFailure(dir, command, r.exitCode, why, r.tail);
  };
  if (!fs.existsSync(jsonOutput)) {
    fail(`${failureMessage(r.stderr || r.stdout)} (no JSON report was written, so there is no result)`);
  }
  const violations = parseDeptryJson(fs.readFileSync(jsonOutput, 'utf8'), jsonOutput);
  if (exitCode === 1 && violations.length === 0) {
    fail(`${failureMessage(r.stderr)} (exit code 1 with an empty report: deptry did not finish)`);
  }
  if (exitCode === 0 && violations.length > 0) {
    fail(
      `deptry reported ${violations.length} violations but exited 0; refusing a result that contradicts itself`,
    );
  }
  return { violations, exitCode, durationMs: r.durationMs, log: r.stderr };
}
