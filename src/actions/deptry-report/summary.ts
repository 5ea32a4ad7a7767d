import * as path from 'node:path';
import type { Finding } from '../../findings/finding.js';
import { code, escapeCell, fenced, formatDuration, table } from '../../report/markdown.js';
import type { ReportSection } from '../../report/report.js';
import { location } from '../../report/summary.js';
import type { Environment } from './command.js';
import type { ProjectInfo } from './project.js';
import { DEPTRY_CODES, RULES } from './rules.js';

/** One working directory's run, for the projects table. */
export interface ProjectRun {
  project: ProjectInfo;
  /** Repository-relative, `.` for the root. */
  directory: string;
  environment?: Environment;
  version?: string;
  versionFrom?: 'input' | 'uv.lock' | 'pin';
  /** Violations reported (after the ignore input). */
  violations?: number;
  /** Violations dropped by the ignore input. */
  ignored?: number;
  durationMs?: number;
  /** Modules passed as --known-first-party for a src layout. */
  firstParty?: string[];
  /** What deptry scanned for imports (describeScope): a missing import is only missing from there. */
  scope?: string;
  /** deptry's message when it failed here. */
  error?: string;
}

/** Rows shown per rule; the JSON report and SARIF have every one. */
export const ROWS_PER_RULE = 50;

/** Text with `code` spans as a table cell: the spans become <code>, the rest is escaped. */
export function cellWithCode(text: string): string {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? code(part) : escapeCell(part)))
    .join('');
}

/** The summary's "by rule" part: per code, what it means and the concrete fix of each violation. */
export function byRuleSection(
  findings: readonly Finding[],
  known: ReadonlySet<string>,
): ReportSection | undefined {
  if (findings.length === 0) return undefined;
  const blocks: string[] = [];
  const codes = [...DEPTRY_CODES, ...new Set(findings.map((f) => f.rule))].filter(
    (c, i, all) => all.indexOf(c) === i,
  );
  for (const c of codes) {
    const mine = findings.filter((f) => f.rule === c);
    if (mine.length === 0) continue;
    const info = (RULES as Record<string, (typeof RULES)[keyof typeof RULES] | undefined>)[c];
    const head = info
      ? `**${c} · ${info.title}** (${mine.length}): ${escapeCell(info.meaning)} [deptry docs](${info.helpUri})`
      : `**${escapeCell(c)}** (${mine.length})`;
    const rows = mine
      .slice(0, ROWS_PER_RULE)
      .map((f) => [
        f.file ? code(location(f)) : '—',
        code(String(f.data?.module ?? '')) + (known.has(f.fingerprint) ? ' (known)' : ''),
        cellWithCode(String(f.data?.fix ?? f.message)),
      ]);
    const more =
      mine.length > ROWS_PER_RULE
        ? `\n\n${mine.length - ROWS_PER_RULE} more in the JSON report and SARIF.`
        : '';
    blocks.push(`${head}\n\n${table(['Where', 'Module', 'Fix'], rows)}${more}`);
  }
  return { title: 'Violations by rule', markdown: blocks.join('\n\n') };
}

function environmentText(e: Environment | undefined, workspace: string): string {
  if (!e) return '—';
  if (e.kind === 'venv') {
    const where = path.relative(workspace, e.venv) || e.venv;
    return e.from === 'VIRTUAL_ENV' ? `active venv ${code(where)}` : `venv ${code(where)}`;
  }
  const lock = e.lock
    ? `uv.lock ${code(path.relative(workspace, e.lock) || e.lock)}, frozen`
    : 'resolved by uv';
  const selection = `${lock}${e.allExtrasAndGroups ? ', all extras and groups' : ''}`;
  if (e.separateFailed !== undefined && e.state) {
    const missing = e.state.missing;
    const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
    return (
      `uv project environment ${code(e.state.venv ?? '.venv')} as it is, lacking ` +
      `${missing.slice(0, 5).map(code).join(', ')}${more}: the separate environment with them could not be ` +
      `built (${escapeCell(e.separateFailed)}), so deptry may report a package of a missing extra or group`
    );
  }
  if (e.state?.missing.length === 0) {
    return `uv project environment ${code(e.state.venv ?? '.venv')} as it is (${selection})`;
  }
  const missing = e.state?.missing ?? [];
  const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
  const list = `${missing.slice(0, 5).map(code).join(', ')}${more}`;
  const why = !e.state
    ? ''
    : e.state.venv
      ? `; not the project environment ${code(e.state.venv)}, which lacks ${list}`
      : `; not the project environment: ${list}`;
  return `separate environment (${selection}${why})`;
}

/** Where deptry ran: one row per working directory (a monorepo has several). */
export function projectsSection(runs: readonly ProjectRun[], workspace: string): ReportSection {
  const rows = runs.map((r) => {
    const version = r.version ? `${code(r.version)} (${r.versionFrom ?? '?'})` : '—';
    let result = r.error ? `❌ ${escapeCell(r.error)}` : String(r.violations ?? 0);
    if (r.ignored) result += ` (${r.ignored} ignored)`;
    const notes = [
      r.scope ? `scanned: ${cellWithCode(r.scope)}` : '',
      r.firstParty?.length ? `src layout: ${r.firstParty.map(code).join(', ')} first-party` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return [
      code(r.directory),
      escapeCell(r.project.layout),
      environmentText(r.environment, workspace),
      version,
      result,
      r.durationMs !== undefined ? formatDuration(r.durationMs) : '—',
      notes,
    ];
  });
  return {
    title: `Projects (${runs.length})`,
    markdown: table(['Directory', 'Layout', 'Environment', 'deptry', 'Violations', 'Time', 'Notes'], rows),
    collapsed: runs.length <= 1,
  };
}

/** deptry's own output where it failed: tool output, so fenced as untrusted text. */
export function failuresSection(failures: readonly string[]): ReportSection {
  return { title: 'deptry failed', markdown: failures.map((f) => fenced(f, 'text')).join('\n\n') };
}
