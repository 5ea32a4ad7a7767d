import * as path from 'node:path';
import { quote } from '../../core/exec.js';
import { type Finding, reportedBy } from '../../findings/finding.js';
import {
  code,
  details,
  escapeCell,
  escapeInline,
  fenced,
  formatDuration,
  link,
  table,
} from '../../report/markdown.js';
import type { ReportSection } from '../../report/report.js';
import type { VersionFrom } from './command.js';
import { problemId } from './dedupe.js';
import { DEFAULTS, type LintInputs } from './inputs.js';
import { PYLINT_PART_BOOT } from './pylint-split.js';
import { type CarriedSetting, describeCarried } from './shared-config.js';
import { DEFAULT_TOOLS, type ToolId } from './tools.js';

export interface ToolRow {
  tool: string;
  version: string;
  versionFrom: VersionFrom;
  /** The tool's own findings, before cross-tool duplicates were merged. */
  findings: number;
  durationMs: number;
  exitCode: number | null;
  crash?: string;
  /** Where it ran, for project-mode tools. */
  environment?: string;
  command: string;
}

const FROM: Record<VersionFrom, string> = {
  'tool-versions': 'tool-versions',
  'uv.lock': 'uv.lock',
  pin: 'pinned',
};

export function toolsSection(rows: readonly ToolRow[]): ReportSection {
  const body = rows.map((r) => [
    escapeCell(r.tool),
    `${code(r.version)} (${FROM[r.versionFrom]})`,
    r.crash ? '—' : String(r.findings),
    formatDuration(r.durationMs),
    r.crash ? `❌ crashed (exit code ${r.exitCode ?? 'none'})` : r.findings === 0 ? '✅ clean' : '⚠️ findings',
  ]);
  const where = rows
    .filter((r) => r.environment)
    .map((r) => escapeInline(`${r.tool} ran in ${r.environment}.`));
  return {
    title: 'Tools',
    markdown: [table(['Tool', 'Version', 'Findings', 'Time', 'Result'], body), ...where].join('\n\n'),
  };
}

/**
 * The changes the diff tools propose (autoflake, isort, autopep8, ruff format), each hunk once with every
 * finding it fixes and the tools and rule ids of each: a merged finding's diff is shown, not only kept.
 */
export function diffsSection(findings: readonly Finding[], limit = 5): ReportSection | undefined {
  const byDiff = new Map<string, Finding[]>();
  for (const f of findings) {
    const diffs = new Set<string>();
    if (typeof f.data?.diff === 'string') diffs.add(f.data.diff);
    for (const r of f.reports ?? []) if (typeof r.data?.diff === 'string') diffs.add(r.data.diff);
    for (const d of diffs) byDiff.set(d, [...(byDiff.get(d) ?? []), f]);
  }
  if (byDiff.size === 0) return undefined;
  const blocks = [...byDiff.entries()].slice(0, limit).map(([diff, fixes]) => {
    const items = fixes.map(
      (f) => `- ${code(`${f.file ?? ''}:${f.line ?? ''}`)} ${code(f.rule)} (${escapeInline(reportedBy(f))})`,
    );
    return `${items.join('\n')}\n\n${fenced(diff, 'diff')}`;
  });
  const more = byDiff.size > limit ? `\n\n${byDiff.size - limit} more in the JSON report and SARIF.` : '';
  return {
    title: `Proposed changes (${byDiff.size})`,
    markdown: blocks.join('\n\n') + more,
    collapsed: true,
  };
}

/** The problems reported most often (after merging), with the tools that report them. */
export function topRulesSection(findings: readonly Finding[], limit = 10): ReportSection | undefined {
  if (findings.length === 0) return undefined;
  const byRule = new Map<string, { f: Finding; count: number; tools: Set<string> }>();
  for (const f of findings) {
    // By problem, so F401 kept from ruff in one place and from flake8 in another is one row.
    const key = problemId(f);
    const entry = byRule.get(key) ?? { f, count: 0, tools: new Set<string>() };
    entry.count += 1;
    for (const t of [f.tool, ...(f.alsoReportedBy ?? [])]) entry.tools.add(t);
    byRule.set(key, entry);
  }
  const top = [...byRule.values()]
    .sort((a, b) => b.count - a.count || (a.f.rule < b.f.rule ? -1 : 1))
    .slice(0, limit);
  const rows = top.map(({ f, count, tools }) => {
    const symbol = typeof f.data?.symbol === 'string' ? ` ${f.data.symbol}` : '';
    const rule = code(`${f.rule}${symbol}`);
    return [
      link(rule, f.helpUri),
      escapeCell([...tools].join(', ')),
      String(count),
      escapeCell(f.message.slice(0, 120)),
    ];
  });
  return { title: 'Most frequent rules', markdown: table(['Rule', 'Tools', 'Count', 'Example'], rows) };
}

/** The `pyprod lint` flags that repeat this run's non-default inputs. */
export function cliFlags(i: LintInputs, workspace: string): string[] {
  const flags: string[] = [];
  const wd = path.relative(workspace, i.workingDirectory) || '.';
  if (wd !== '.') flags.push('--working-directory', wd);
  const tools = i.fast ? ['fast', ...i.tools.filter((t) => t !== 'ruff')] : i.tools;
  if (tools.join(',') !== DEFAULT_TOOLS.join(',')) flags.push('--tools', tools.join(','));
  if (i.paths.join(' ') !== DEFAULTS.paths) flags.push('--paths', i.paths.join(','));
  if (i.maxLineLength !== DEFAULTS.maxLineLength) flags.push('--max-line-length', String(i.maxLineLength));
  if (i.maxComplexity !== DEFAULTS.maxComplexity) flags.push('--max-complexity', String(i.maxComplexity));
  const versions = Object.entries(i.toolVersions).map(([p, v]) => `${p}==${v}`);
  if (versions.length > 0) flags.push('--tool-versions', versions.join(','));
  return flags;
}

/** How to get the same report, or the fixes, on a developer's machine, and the exact commands that ran. */
/**
 * pylint's part boot (pylint-split.ts, with the index code: about 20 KB) would push every other command out of
 * the summary's size budget, so it is shown by name here; the JSON report's `command` keeps it whole.
 */
const PART_BOOT_ARG = quote(PYLINT_PART_BOOT);
const shortCommand = (c: string) =>
  c.replace(
    PART_BOOT_ARG,
    `'<the pylint parts boot (${PYLINT_PART_BOOT.length} bytes): see the JSON report>'`,
  );

export function reproduceSection(i: LintInputs, workspace: string, rows: readonly ToolRow[]): ReportSection {
  const flags = cliFlags(i, workspace).map((f) => (/^[\w@%+=:,./-]+$/.test(f) ? f : `'${f}'`));
  const lint = ['pyprod', 'lint', ...flags].join(' ');
  const block = [
    '```sh',
    `${lint}         # the same checks, the same report`,
    `${lint} --fix   # autoflake, autopep8, ruff --fix and isort rewrite the files in place`,
    '```',
  ].join('\n');
  // pylint split into parts ran one command a part, a line each.
  const commands = rows
    .flatMap((r) => r.command.split('\n').map((c) => `${r.tool}: ${shortCommand(c)}`))
    .join('\n');
  const cwd = path.relative(workspace, i.workingDirectory) || '.';
  const raw = details(`The commands that ran (in ${cwd})`, fenced(commands, 'text'));
  return { title: 'Reproduce or fix locally', markdown: `${block}\n\n${raw}` };
}

export function crashSection(rows: readonly ToolRow[]): ReportSection | undefined {
  const crashed = rows.filter((r) => r.crash);
  if (crashed.length === 0) return undefined;
  const blocks = crashed.map((r) => `**${escapeInline(r.tool)}**\n\n${fenced(r.crash ?? '', 'text')}`);
  return {
    title: 'Tools that crashed (their findings are unknown, not clean)',
    markdown: blocks.join('\n\n'),
  };
}

/**
 * The settings carried from one tool's configuration (or the `.gitignore`) to the other tools, each with
 * where it came from; undefined when nothing was carried.
 */
export function sharedConfigSection(carried: readonly CarriedSetting[]): ReportSection | undefined {
  if (carried.length === 0) return undefined;
  // One line per setting, naming every tool it reaches.
  const bySetting = new Map<string, { c: CarriedSetting; tools: string[] }>();
  for (const c of carried) {
    const key = JSON.stringify([c.setting, c.value, c.from]);
    const entry = bySetting.get(key) ?? { c, tools: [] };
    entry.tools.push(c.tool);
    bySetting.set(key, entry);
  }
  const lines = [...bySetting.values()].map(
    ({ c, tools }) => `- ${escapeInline(describeCarried({ ...c, tool: tools.join(', ') as ToolId }))}`,
  );
  return {
    title: "The project's configuration, shared across the stack",
    markdown: [
      "A tool's own setting always wins; these reach the tools that have none:",
      lines.join('\n'),
    ].join('\n\n'),
  };
}
