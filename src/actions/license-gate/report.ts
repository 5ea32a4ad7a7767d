import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findDependencyLines } from '../../core/pyproject-lines.js';
import { describeUvProject } from '../../core/uv-project.js';
import type { Finding } from '../../findings/finding.js';
import { code, details, escapeCell, escapeInline, table } from '../../report/markdown.js';
import type { Report, ReportSection } from '../../report/report.js';
import type { LicenseGateResult, PackageReport } from './check.js';
import { normalizePackageName } from './policy.js';

const VERDICT_LABEL: Record<PackageReport['verdict'], string> = {
  fail: '❌ fail',
  unknown: '❓ unknown',
  pass: '✅ pass',
  ignored: '➖ ignored',
};

const SOURCE_LABEL: Record<string, string> = {
  expression: 'License-Expression',
  field: 'License field',
  classifier: 'classifier',
  file: 'licence file',
};

function chainText(p: PackageReport): string {
  if (p.chain.length > 1) return p.chain.join(' → ');
  if (p.scope === 'unlocked') return 'not in uv.lock';
  return 'direct dependency';
}

function row(p: PackageReport): string[] {
  const source = p.license.source
    ? (SOURCE_LABEL[p.license.source] ?? p.license.source)
    : p.license.found
      ? `${p.license.found.field === 'License' ? SOURCE_LABEL.field : SOURCE_LABEL.expression} (not read)`
      : 'none found';
  return [
    code(p.name),
    escapeCell(p.version),
    escapeCell(p.license.text),
    escapeCell(source),
    escapeCell(p.license.families.join(', ')),
    VERDICT_LABEL[p.verdict],
    escapeCell(p.reason),
    escapeCell(chainText(p)),
  ];
}

const HEADERS = ['package', 'version', 'licence', 'from', 'family', 'verdict', 'why', 'required by'];

/**
 * One finding per incompatible package, on the pyproject.toml line that declares the direct dependency
 * bringing it in (the place to act), or on pyproject.toml itself when that line cannot be found. In a uv
 * workspace that is the member's pyproject.toml, where its dependencies are declared.
 */
export function licenseFindings(
  result: LicenseGateResult,
  projectDir: string,
  workspace: string,
  zero: boolean,
): Finding[] {
  const pyproject = result.project?.pyproject ?? path.join(projectDir, 'pyproject.toml');
  const lines = fs.existsSync(pyproject)
    ? findDependencyLines(fs.readFileSync(pyproject, 'utf8'))
    : new Map();
  const rel = path.relative(workspace, pyproject).split(path.sep).join('/');
  return result.packages
    .filter((p) => p.incompatible)
    .map((p) => {
      const direct = p.chain[0] ?? p.name;
      const where = lines.get(normalizePackageName(direct));
      const via = p.chain.length > 1 ? ` (required by ${p.chain.join(' → ')})` : '';
      const found = p.license.found;
      // The licence, not the version: a version bump under the same licence stays accepted in a baseline.
      // An unreadable licence string keeps the "unknown" fingerprint it had before the string was shown.
      const key = p.license.expression || !found ? p.license.text : 'unknown';
      const finding: Finding = {
        tool: 'license-gate',
        rule: p.verdict === 'unknown' ? 'unknown-license' : 'incompatible-license',
        severity: zero ? 'error' : 'warning',
        message: found
          ? `${p.name} ${p.version}${via}: ${p.reason}`
          : `${p.name} ${p.version}: ${p.license.text}${via}. ${p.reason}`,
        fingerprint: createHash('sha256').update(`license-gate\0${p.key}\0${key}`).digest('hex'),
        data: {
          package: p.name,
          version: p.version,
          license: p.license.text,
          verdict: p.verdict,
          ...(found && { licenseFound: found.value, licenseField: found.field, licenseWhy: found.why }),
        },
      };
      if (fs.existsSync(pyproject)) finding.file = rel;
      if (where) finding.line = where.line;
      return finding;
    });
}

export function buildReport(
  result: LicenseGateResult,
  findings: Finding[],
  opts: { zero: boolean; showOnlyFailing: boolean; workspace?: string },
): Report {
  const c = result.counts;
  const failing = result.packages.filter((p) => p.incompatible);
  const rest = result.packages.filter((p) => !p.incompatible);
  const verdict = c.incompatible === 0 ? 'pass' : opts.zero ? 'fail' : 'warn';
  const headline =
    c.incompatible === 0
      ? `all ${c.packages} packages have licences the policy allows`
      : `${c.incompatible} of ${c.packages} packages are incompatible (${c.failed} failing, ${c.unknown} unknown)`;
  const sections: ReportSection[] = [];
  if (failing.length)
    sections.push({ title: 'Incompatible packages', markdown: table(HEADERS, failing.map(row)) });
  if (!opts.showOnlyFailing && rest.length) {
    sections.push({
      title: `All other packages (${rest.length})`,
      markdown: table(HEADERS, rest.map(row)),
      collapsed: true,
    });
  }
  const notes: string[] = [];
  const groups = result.groups.all
    ? 'all groups'
    : result.groups.groups.length
      ? `runtime + ${escapeInline(result.groups.groups.join(', '))}`
      : 'runtime dependencies';
  const project = result.project;
  if (project?.workspace) {
    const { dir, role } = describeUvProject(project, opts.workspace ?? project.root);
    const [only, ...more] = result.projects;
    const whose = only && more.length === 0 ? `the closure of ${code(only)}` : "every member's closure";
    notes.push(
      `Project ${code(dir)} (${escapeInline(role ?? '')}): ${whose}, read from the workspace's uv.lock.`,
    );
  }
  notes.push(
    `Environment ${code(result.environment.root)} (found by ${result.environment.foundBy}); counted: ${groups}${result.lockFile ? `, per ${code(result.lockFile)}` : ' (no uv.lock: every installed package)'}; ${Math.round(result.durationMs)} ms.`,
  );
  if (result.excluded.length)
    notes.push(
      `${result.excluded.length} dev-only packages not counted (use \`groups: all\` to include them).`,
    );
  if (result.notInLock.length && !result.groups.all) {
    notes.push(
      `Installed but not in uv.lock (judged, not counted): ${result.notInLock.map((p) => `${code(p.name)} (${VERDICT_LABEL[p.verdict]})`).join(', ')}.`,
    );
  }
  if (result.otherMembers.length) {
    notes.push(
      `Installed for other members of the workspace, not this project (not counted): ${result.otherMembers.map((p) => code(p.name)).join(', ')}.`,
    );
  }
  if (result.notInstalled.length)
    notes.push(`In uv.lock but not installed: ${result.notInstalled.map(code).join(', ')}.`);
  if (result.notForPlatform.length) {
    const list = result.notForPlatform.map((p) => `${code(p.name)} (marker ${code(p.marker)})`).join(', ');
    notes.push(`Not for this platform (not installed, needed only under its marker): ${list}.`);
  }
  sections.push({ title: 'Scope', markdown: notes.map((n) => `- ${n}`).join('\n') });
  if (failing.length) {
    sections.push({
      title: 'How to fix',
      markdown: details(
        'Options',
        [
          '- Replace or drop the dependency that brings the package in (the annotation marks its line in pyproject.toml).',
          '- If its licence is acceptable for how you ship, add the family to `only-licenses`, or the package to `ignore-packages` with a reason: `name  # reason`.',
          "- For an unknown licence, check the project's repository and list it in `ignore-packages` with what you found.",
        ].join('\n'),
      ),
    });
  }
  return {
    action: 'license-gate',
    title: 'Licences',
    verdict,
    headline,
    findings,
    sections,
    toolRuns: [
      {
        tool: 'license-gate',
        findings: findings.length,
        durationMs: Math.round(result.durationMs),
        exitCode: 0,
      },
    ],
  };
}
