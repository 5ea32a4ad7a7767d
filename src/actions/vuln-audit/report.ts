import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { type Finding, toRepoPath } from '../../findings/finding.js';
import {
  clip,
  code,
  escapeCell,
  escapeInline,
  formatDuration,
  link,
  plural,
  table,
} from '../../report/markdown.js';
import type { Report, ReportSection, Verdict } from '../../report/report.js';
import type { DeclarationSite } from './declarations.js';
import type { AuditedPackage, AuditResult, SeverityInfo, Vulnerability, VulnerablePackage } from './model.js';

/**
 * The vuln-audit report: one finding per (package, vulnerability) at the pyproject.toml line of the direct
 * dependency responsible, and a summary that puts the vulnerable packages first, each with the fix to apply.
 * Every string from a record (id, aliases, summary, ranges, versions) was written by whoever published the
 * advisory, and package names and versions come from the checked repository's uv.lock: all are escaped.
 */

export const TOOL = 'vuln-audit';

/** Where OSV shows a vulnerability: the help URL of its SARIF rule and the summary's link. */
export function osvUrl(id: string): string {
  return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}

/** `high 7.5`, `moderate (advisory)`, `unknown`: the level with where it came from. */
export function severityText(s: SeverityInfo): string {
  if (!s.level) return 'unknown';
  if (s.score !== undefined) return `${s.level} ${s.score.toFixed(1)}`;
  return s.from === 'database' ? `${s.level} (advisory)` : s.level;
}

/** `flask → jinja2` for a transitive package, `direct dependency` for a direct one. */
export function requiredBy(pkg: AuditedPackage): string {
  const via = pkg.chain.slice(1);
  const where = pkg.group ? ` (group ${pkg.group})` : '';
  return via.length > 1 ? `${via.join(' → ')}${where}` : `direct dependency${where}`;
}

/** The fix of a package as the summary and the annotations state it, paths relative to the workspace. */
export interface RemedySteps {
  command: string;
  /** Where to run it when that is not the project's directory (the workspace root holding uv.lock). */
  directory?: string;
  /** The requirement to change first, when the fix is outside it: `werkzeug>=2.3,<3` → `werkzeug>=3.0.3,<4`. */
  change?: { from: string; to: string; file: string; table?: string };
}

/** A path relative to the workspace (`.` for the workspace itself). */
function shownPath(p: string, workspace: string): string {
  return path.resolve(p) === path.resolve(workspace) ? '.' : toRepoPath(p, workspace);
}

/** `project.optional-dependencies.color` → `[project.optional-dependencies].color`. */
function tableOf(section: string): string {
  const dot = section.lastIndexOf('.');
  return dot < 0 ? `[${section}]` : `[${section.slice(0, dot)}].${section.slice(dot + 1)}`;
}

export function remedySteps(vp: VulnerablePackage, workspace: string): RemedySteps | undefined {
  const r = vp.remedy;
  if (!r) return undefined;
  const steps: RemedySteps = { command: r.command };
  if (r.directory) steps.directory = shownPath(r.directory, workspace);
  if (r.requirement) {
    const q = r.requirement;
    steps.change = {
      from: `${vp.pkg.name}${q.current}`,
      to: `${vp.pkg.name}${q.suggested}`,
      file: shownPath(q.file, workspace),
      ...(q.section ? { table: tableOf(q.section) } : {}),
    };
  }
  return steps;
}

/** What to do, as one line of plain text: the requirement to change first when needed, then the command. */
export function remedyText(vp: VulnerablePackage, workspace: string): string {
  const s = remedySteps(vp, workspace);
  if (!s) return 'no fixed version released';
  const run = s.directory ? `${s.command} (in ${s.directory})` : s.command;
  if (!s.change) return run;
  const where = s.change.table ? `${s.change.table} of ${s.change.file}` : s.change.file;
  return `change the requirement ${s.change.from} to ${s.change.to} in ${where}, then ${run}`;
}

/** Whether a vulnerability counts toward the verdict (fail-on and min-severity); ignored ones never do. */
export type Blocking = (pkg: VulnerablePackage, v: Vulnerability) => boolean;

const shown = (v: Vulnerability) => !v.ignored;

function aliasesText(v: Vulnerability): string {
  return v.aliases.length ? ` (${v.aliases.join(', ')})` : '';
}

/** One finding per (package, vulnerability) that no `ignore` entry covers. */
export function vulnFindings(
  result: AuditResult,
  siteOf: (pkg: AuditedPackage) => DeclarationSite,
  blocking: Blocking,
  workspace: string,
): Finding[] {
  const out: Finding[] = [];
  for (const vp of result.vulnerable) {
    const { pkg } = vp;
    const site = siteOf(pkg);
    for (const v of vp.vulnerabilities.filter(shown)) {
      const fix = v.fixedIn
        ? `fixed in ${v.fixedIn}: ${remedyText(vp, workspace)}`
        : 'no fixed version released';
      const via = pkg.chain.length > 2 ? ` (required by ${pkg.chain.slice(1).join(' → ')})` : '';
      const finding: Finding = {
        tool: TOOL,
        rule: v.id,
        severity: blocking(vp, v) ? 'error' : 'warning',
        message:
          `${pkg.name} ${pkg.version}${via}: ${v.id}${aliasesText(v)}, severity ${severityText(v.severity)}: ` +
          `${clip(v.summary.replace(/\s+/g, ' ').trim() || 'no summary', 300)}; ${fix}.`,
        // The package and the vulnerability, not the version: a baseline keeps accepting the same
        // vulnerability in the next affected version, and a fix closes it.
        fingerprint: createHash('sha256').update(`${TOOL}\0${pkg.name}\0${v.id}`).digest('hex'),
        helpUri: osvUrl(v.id),
        data: {
          package: pkg.name,
          version: pkg.version,
          vulnerability: v.id,
          aliases: v.aliases.join(', '),
          severity: v.severity.level ?? 'unknown',
          ...(v.severity.score !== undefined ? { score: v.severity.score } : {}),
          ...(v.severity.vector ? { vector: v.severity.vector } : {}),
          affected: v.affected,
          ...(v.fixedIn ? { fixedIn: v.fixedIn } : {}),
          chain: pkg.chain.join(' → '),
          ...(vp.remedy ? { remedy: remedyText(vp, workspace) } : {}),
        },
      };
      if (site.file) finding.file = site.file;
      if (site.line) finding.line = site.line;
      out.push(finding);
    }
  }
  return out;
}

const VULN_HEADERS = ['vulnerability', 'aliases', 'severity', 'affected', 'fixed in', 'summary'];

function vulnRow(v: Vulnerability): string[] {
  const severity = v.severity.vector
    ? `${escapeCell(severityText(v.severity))}<br>${code(v.severity.vector)}`
    : escapeCell(severityText(v.severity));
  return [
    link(code(v.id), osvUrl(v.id)),
    escapeCell(v.aliases.join(', ') || '—'),
    severity,
    escapeCell(v.affected || '—'),
    v.fixedIn ? code(v.fixedIn) : 'no fix released',
    escapeCell(clip(v.summary.trim() || '—', 300)),
  ];
}

/** One section per vulnerable package: the summary's budget can then leave one out, never cut one. */
function packageSection(vp: VulnerablePackage, blocking: Blocking, workspace: string): ReportSection {
  const { pkg } = vp;
  const open = vp.vulnerabilities.filter(shown);
  const failing = open.filter((v) => blocking(vp, v)).length;
  const lines = [
    `Required by: ${escapeInline(requiredBy(pkg))}${pkg.chain.length ? ` (${code(pkg.chain.join(' → '))})` : ''}.`,
  ];
  if (pkg.requirement) lines.push(`The project requires ${code(`${pkg.name}${pkg.requirement}`)}.`);
  const r = remedySteps(vp, workspace);
  const run = r && `${code(r.command)}${r.directory ? ` (in ${code(r.directory)})` : ''}`;
  if (r?.change) {
    const c = r.change;
    const where = `${c.table ? `${escapeInline(c.table)} of ` : ''}${code(c.file)}`;
    lines.push(
      `Fix: the fixed release is outside the project's requirement: change ${code(c.from)} to ${code(c.to)} in ${where}, then run ${run}.`,
    );
  } else if (r) {
    lines.push(`Fix: ${run}`);
  } else {
    lines.push('Fix: none released yet.');
  }
  const ignored = vp.vulnerabilities.filter((v) => v.ignored);
  if (ignored.length)
    lines.push(`Ignored here: ${ignored.map((v) => code(v.id)).join(', ')} (see Ignored vulnerabilities).`);
  const counts = failing ? ` — ${failing} failing` : '';
  return {
    title: `${pkg.name} ${pkg.version}: ${plural(open.length, 'vulnerability', 'vulnerabilities')}${counts}`,
    markdown: [lines.join('<br>\n'), table(VULN_HEADERS, open.map(vulnRow))].join('\n\n'),
  };
}

export interface ReportOptions {
  verdict: Verdict;
  headline: string;
  blocking: Blocking;
  /** The policy, as the summary states it: `fail-on: fixable, min-severity: low`. */
  policy: string;
  durationMs: number;
  /** The `groups` the audit counted, as given ('' for the runtime closure). */
  groups: string;
  /** Paths are shown relative to it. */
  workspace: string;
  /** What the selection adds to the scope: markers judged for, packages only unselected groups bring in. */
  target?: string;
  notSelected?: number;
}

function ignoresSections(result: AuditResult): ReportSection[] {
  const sections: ReportSection[] = [];
  const ignored = result.vulnerable.flatMap((vp) =>
    vp.vulnerabilities.filter((v) => v.ignored).map((v) => ({ pkg: vp.pkg, v })),
  );
  if (ignored.length) {
    sections.push({
      title: `Ignored vulnerabilities (${ignored.length})`,
      markdown: table(
        ['vulnerability', 'package', 'severity', 'until', 'reason'],
        ignored.map(({ pkg, v }) => [
          link(code(v.id), osvUrl(v.id)),
          `${code(pkg.name)} ${escapeCell(pkg.version)}`,
          escapeCell(severityText(v.severity)),
          escapeCell(v.ignored?.until ?? '—'),
          escapeCell(v.ignored?.reason || '—'),
        ]),
      ),
      collapsed: true,
    });
  }
  const notes: string[] = [];
  if (result.expiredIgnores.length)
    notes.push(
      `❌ Expired (they fail the step: renew with a new date and reason, or remove them): ${result.expiredIgnores.map(code).join(', ')}.`,
    );
  if (result.unusedIgnores.length)
    notes.push(`Matched no vulnerability (remove them): ${result.unusedIgnores.map(code).join(', ')}.`);
  if (notes.length)
    sections.push({ title: 'Ignore entries', markdown: notes.map((n) => `- ${n}`).join('\n') });
  return sections;
}

function restSections(result: AuditResult): ReportSection[] {
  const sections: ReportSection[] = [];
  if (result.skipped.length) {
    sections.push({
      title: `Not audited (${result.skipped.length})`,
      markdown: table(
        ['package', 'version', 'why'],
        result.skipped.map((p) => [code(p.name), escapeCell(p.version || '—'), escapeCell(p.reason)]),
      ),
      collapsed: true,
    });
  }
  const vulnerable = new Set(result.vulnerable.map((vp) => vp.pkg.name));
  const clean = result.audited.filter((p) => !vulnerable.has(p.name));
  if (clean.length) {
    sections.push({
      title: `No known vulnerability (${clean.length})`,
      markdown: clean.map((p) => `${code(p.name)} ${escapeInline(p.version)}`).join(', '),
      collapsed: true,
    });
  }
  return sections;
}

export function buildReport(result: AuditResult, findings: Finding[], opts: ReportOptions): Report {
  const sections: ReportSection[] = result.vulnerable.map((vp) =>
    packageSection(vp, opts.blocking, opts.workspace),
  );
  sections.push(...ignoresSections(result), ...restSections(result));
  const groups = opts.groups.trim()
    ? opts.groups.trim().toLowerCase() === 'all'
      ? 'all groups'
      : `runtime + ${opts.groups.trim()}`
    : 'runtime dependencies';
  sections.push({
    title: 'Scope',
    markdown: [
      `- Audited ${plural(result.audited.length, 'package')} from uv.lock (${escapeInline(groups)}); ${plural(result.skipped.length, 'package')} not audited.`,
      ...(opts.notSelected
        ? [
            `- ${plural(opts.notSelected, 'package')} only dependency groups bring in, not counted (\`groups: all\` includes them).`,
          ]
        : []),
      ...(opts.target ? [`- Environment markers judged for ${escapeInline(opts.target)}.`] : []),
      `- Source: ${escapeInline(result.source)}; ${formatDuration(opts.durationMs)}.`,
      `- Policy: ${escapeInline(opts.policy)}. Vulnerabilities that do not fail the step are warnings.`,
    ].join('\n'),
  });
  return {
    action: TOOL,
    title: 'Vulnerabilities',
    verdict: opts.verdict,
    headline: opts.headline,
    findings,
    sections,
    toolRuns: [
      {
        tool: TOOL,
        findings: findings.length,
        durationMs: Math.round(opts.durationMs),
        exitCode: 0,
        informationUri: 'https://osv.dev/',
      },
    ],
  };
}

/**
 * The report of an audit the source could not complete: no findings (the packages it could not ask are not
 * clean, and a SARIF file without them would close their alerts), the packages left unaudited and why.
 */
export function sourceFailureReport(
  err: { message: string; packages: readonly { name: string; version: string }[] },
  opts: { source: string; packages: number; durationMs: number },
): Report {
  const n = err.packages.length;
  return {
    action: TOOL,
    title: 'Vulnerabilities',
    verdict: 'fail',
    headline: `could not audit ${plural(n, 'package')} of ${opts.packages}: the vulnerability source did not answer`,
    findings: [],
    sections: [
      { title: 'Error', markdown: escapeInline(clip(err.message, 1000)) },
      {
        title: `Not audited (${n})`,
        markdown: err.packages.map((p) => `${code(p.name)} ${escapeInline(p.version)}`).join(', ') || '—',
        collapsed: n > 20,
      },
      {
        title: 'Scope',
        markdown: `- Source: ${escapeInline(opts.source)}; ${formatDuration(opts.durationMs)}.\n- Nothing is reported as clean: the step fails until the source answers for every package.`,
      },
    ],
    toolRuns: [
      {
        tool: TOOL,
        findings: 0,
        durationMs: Math.round(opts.durationMs),
        exitCode: 1,
        informationUri: 'https://osv.dev/',
      },
    ],
  };
}
