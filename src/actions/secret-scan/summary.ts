import * as path from 'node:path';
import { clip, code, escapeCell, formatBytes, link, plural, table } from '../../report/markdown.js';
import type { ReportSection } from '../../report/report.js';
import type { CanaryResult } from './canary.js';
import type { SecretFinding } from './gitleaks-report.js';
import type { MergeDiff } from './gitleaks-run.js';

/** Rows in the findings table; the JSON report and SARIF hold the rest. */
export const MAX_ROWS = 200;

/** `https://github.com/o/r/blob/<commit>/<path>#L<line>`, or undefined without a commit or repository. */
export function blobUrl(env: NodeJS.ProcessEnv, f: SecretFinding): string | undefined {
  const repo = env.GITHUB_REPOSITORY;
  const commit = f.data.commit;
  if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !commit || !/^[0-9a-f]{40,64}$/.test(commit))
    return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+$/.test(server)) return undefined;
  const file = f.data.path.split('/').map(encodeURIComponent).join('/');
  // link() percent-encodes what encodeURIComponent leaves: `(`, `)` and the like.
  return `${server}/${repo}/blob/${commit}/${file}${f.line ? `#L${f.line}` : ''}`;
}

function locationCell(env: NodeJS.ProcessEnv, f: SecretFinding): string {
  const text = code(`${f.data.path}${f.line ? `:${f.line}` : ''}`);
  const url = blobUrl(env, f);
  return link(text, url);
}

/** The findings table: where, who, when, and the exact .gitleaksignore line for a false positive. */
export function findingsSection(
  findings: readonly SecretFinding[],
  env: NodeJS.ProcessEnv,
  known: ReadonlySet<string>,
): ReportSection {
  const shown = findings.slice(0, MAX_ROWS);
  const rows = shown.map((f) => [
    `${code(f.rule)}${known.has(f.fingerprint) ? ' (known)' : ''}`,
    locationCell(env, f),
    f.data.commit ? code(f.data.commit.slice(0, 7)) : '—',
    f.data.author ? escapeCell(f.data.author) : '—',
    f.data.date ? escapeCell(f.data.date) : '—',
    code(f.fingerprint),
  ]);
  const more = findings.length - shown.length;
  const body = [
    table(['Rule', 'File', 'Commit', 'Author', 'Date', 'Line for `.gitleaksignore` (false positive)'], rows),
    more > 0 ? `\n${plural(more, 'more finding')} in the JSON report and SARIF.` : '',
    '\nA real secret must be **revoked or rotated first**: deleting it in a new commit leaves it in the ' +
      'history. For a false positive, add its line to `.gitleaksignore` (or put a `gitleaks:allow` comment ' +
      'on the flagged line).',
  ];
  return { title: 'Secrets', markdown: body.join('\n') };
}

export interface ScanFacts {
  /** One line: what was scanned and why (the event scope's description, or the folder). */
  what: string;
  commits?: number;
  range?: string;
  gitleaksVersion: string;
  gitleaksSource: string;
  config?: string;
  ignoreFile?: string;
  ignoreEntries?: number;
  bytesScanned?: number;
  durationMs?: number;
  /** Commits with changes gitleaks says it scanned (git mode). */
  gitleaksCommits?: number;
  /** How merge commits were scanned (git mode). */
  merges?: { diff: MergeDiff; octopus: number };
  /** The positive control's result; unset when gitleaks did not run. `all`: every kind there is was asked. */
  canary?: CanaryResult & { all: boolean };
  /** Configuration files the pull request changes, replaced by the base's versions (base-config.ts). */
  fromBase?: { role: string; changed: string; used?: string; base: string }[];
  workspace: string;
}

/** A path inside the workspace relative to it, anything else as given. */
export const shownPath = (file: string, workspace: string) => {
  const rel = path.relative(workspace, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
};

/** What was scanned, with which gitleaks, config and ignore file. */
export function scopeSection(s: ScanFacts): ReportSection {
  const lines = [`- **Scanned:** ${escapeCell(s.what)}`];
  if (s.commits !== undefined) lines.push(`- **Commits scanned:** ${s.commits}`);
  if (s.range) lines.push(`- **Range:** ${code(s.range)}`);
  if (s.bytesScanned !== undefined) lines.push(`- **Content scanned:** ${formatBytes(s.bytesScanned)}`);
  lines.push(`- **gitleaks:** ${code(s.gitleaksVersion)} (${escapeCell(s.gitleaksSource)})`);
  lines.push(
    `- **Rules:** ${s.config ? code(shownPath(s.config, s.workspace)) : "gitleaks' default rules"}`,
    `- **Ignore file:** ${
      s.ignoreFile
        ? `${code(shownPath(s.ignoreFile, s.workspace))} (${plural(s.ignoreEntries ?? 0, 'entry', 'entries')})`
        : 'none (no `.gitleaksignore` file)'
    }`,
  );
  if (s.merges) lines.push(`- **Merge commits:** ${mergesLine(s.merges)}`);
  if (s.canary) lines.push(`- **Positive control:** ${canaryLine(s.canary)}`);
  for (const r of s.fromBase ?? []) {
    lines.push(
      `- **Changed by this pull request:** ${code(r.changed)}; the scan used the version of the base commit ` +
        `${code(r.base.slice(0, 12))}${r.used ? '' : ` (none there: ${r.role === 'config' ? "gitleaks' default rules" : 'no ignore entries'})`}, ` +
        'so a change cannot exempt itself; it takes effect once merged.',
    );
  }
  return { title: 'Scope', markdown: lines.join('\n') };
}

/** One sentence on the canary: which kinds were checked, and whether gitleaks found them all. */
export function canaryLine(c: CanaryResult & { all: boolean }): string {
  if (c.checked.length === 0) {
    return 'not run (`canary-kinds: none`), so nothing shows that these rules detect anything.';
  }
  const kinds = c.checked.map(code).join(', ');
  const which = c.all ? 'every kind' : 'the kinds `canary-kinds` lists';
  if (c.missed.length > 0) {
    return `gitleaks missed ${c.missed.map(code).join(', ')} of the fake credentials it was given (${kinds}), so this scan cannot be trusted.`;
  }
  return `gitleaks detected fake credentials of ${which} (${kinds}) in a generated sample before the scan.`;
}

/** One sentence on how merge commits were scanned. */
export function mergesLine(m: { diff: MergeDiff; octopus: number }): string {
  const octopus =
    m.octopus > 0
      ? `; ${plural(m.octopus, 'merge')} of three or more parents against their first parent`
      : '';
  return m.diff === 'remerge'
    ? `scanned for what each adds beyond merging its parents (\`git log --remerge-diff\`)${octopus}.`
    : 'scanned against their first parent (this git is older than 2.36, which has `--remerge-diff`).';
}

/** For a scan gitleaks did not finish: what stopped it and what that leaves unscanned. */
export function notScannedSection(errors: readonly string[], s: ScanFacts): ReportSection {
  const reached =
    s.commits !== undefined && s.gitleaksCommits !== undefined
      ? `gitleaks reached ${plural(s.gitleaksCommits, 'commit')} with changes of the ${s.commits} in the range (newest first) before it stopped`
      : 'gitleaks stopped part way';
  const body = [
    `${reached}; the findings this report shows are real, but **the rest was not scanned** and nothing is known about it. ` +
      'No SARIF file was written, so no code scanning alert is closed by this run.',
    '',
    'What stopped it:',
    '',
    ...errors.slice(0, 10).map((e) => `- ${code(clip(e, 300))}`),
    '',
    'A missing object or a shallow clone boundary is the usual cause: check out with `fetch-depth: 0` and run again.',
  ];
  return { title: 'Not scanned', markdown: body.join('\n') };
}
