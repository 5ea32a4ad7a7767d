import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorMessage } from '../../core/errors.js';
import { displayCommand, execTool } from '../../core/exec.js';
import { code, escapeCell, formatDuration, plural, table } from '../../report/markdown.js';
import { EXCLUDED_DIRS } from './argv.js';
import { type PlanContext, planTools } from './plan.js';
import { TOOL_TIMEOUT_MS } from './run.js';
import { FIXERS, type ToolId } from './tools.js';

/** Content digests of the Python files under the targets (venvs and caches left out). */
export function snapshot(cwd: string, targets: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (abs: string) => {
    const st = fs.statSync(abs, { throwIfNoEntry: false });
    if (st?.isFile()) {
      if (/\.pyi?$/.test(abs)) out.set(abs, createHash('sha256').update(fs.readFileSync(abs)).digest('hex'));
      return;
    }
    if (!st?.isDirectory() || fs.existsSync(path.join(abs, 'pyvenv.cfg'))) return;
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      if (e.isDirectory() && (e.name.startsWith('.') || EXCLUDED_DIRS.includes(e.name))) continue;
      if (e.isDirectory() || e.isFile()) visit(path.join(abs, e.name));
    }
  };
  for (const t of targets) visit(path.resolve(cwd, t));
  return out;
}

export function changedBetween(before: Map<string, string>, after: Map<string, string>): string[] {
  const files = new Set([...before.keys(), ...after.keys()]);
  return [...files].filter((f) => before.get(f) !== after.get(f)).sort();
}

export interface FixerRow {
  tool: ToolId;
  version: string;
  changed: string[];
  durationMs: number;
}

/**
 * `fix: true`: the stack's format target. The fixers run one after the other (each rewrites what the last
 * one left) on the same targets; the summary lists what each changed. A fixer that fails stops the run and
 * fails the step with its exit code and output tail.
 */
export async function runFixers(selected: readonly ToolId[], ctx: PlanContext): Promise<void> {
  const { rt, inputs: i } = ctx;
  if (ctx.targets.length === 0) {
    await rt.appendSummary('### ✅ Python lint --fix: no changed Python files to fix');
    return;
  }
  const fixers: ToolId[] = [
    ...FIXERS,
    ...(selected.includes('ruff-format') ? (['ruff-format'] as const) : []),
  ];
  const plans = await planTools(fixers, 'fix', ctx);
  const rows: FixerRow[] = [];
  let failure: string | undefined;
  let before = snapshot(i.workingDirectory, ctx.targets);
  for (const plan of plans) {
    if (plan.skipped) continue;
    const [file, ...args] = plan.argv as [string, ...string[]];
    rt.info(`Fixing with ${plan.tool}: ${displayCommand(file, args)}`);
    try {
      const r = await execTool(file, args, {
        cwd: i.workingDirectory,
        env: { ...rt.env, ...plan.extraEnv },
        timeoutMs: TOOL_TIMEOUT_MS,
        onLine: (l) => rt.debug(`${plan.tool}: ${l}`),
      });
      const after = snapshot(i.workingDirectory, ctx.targets);
      rows.push({
        tool: plan.tool,
        version: plan.version.version,
        changed: changedBetween(before, after),
        durationMs: r.durationMs,
      });
      before = after;
    } catch (err) {
      failure = `${plan.tool} failed while fixing: ${errorMessage(err)}`;
      break;
    }
  }
  await rt.appendSummary(fixSummary(rows, failure, rt.workspace));
  if (failure) throw new Error(failure);
}

/** The --fix summary: what each fixer changed, and the changed files. */
export function fixSummary(
  rows: readonly FixerRow[],
  failure: string | undefined,
  workspace: string,
): string {
  const files = [...new Set(rows.flatMap((r) => r.changed))].sort();
  const rel = (f: string) => path.relative(workspace, f).split(path.sep).join('/');
  const lines = [
    `### ${failure ? '❌' : '✅'} Python lint --fix: ${failure ? 'a fixer failed' : `${plural(files.length, 'file')} changed`}`,
    table(
      ['Fixer', 'Version', 'Files changed', 'Time'],
      rows.map((r) => [
        escapeCell(r.tool),
        code(r.version),
        String(r.changed.length),
        formatDuration(r.durationMs),
      ]),
    ),
  ];
  if (files.length > 0) {
    const shown = files.slice(0, 100).map((f) => `- ${code(rel(f))}`);
    if (files.length > 100) shown.push(`- … and ${files.length - 100} more`);
    lines.push(shown.join('\n'));
  }
  lines.push('Run `pyprod lint` again to see what the fixers could not fix.');
  return lines.join('\n\n');
}
