import * as path from 'node:path';
import { code, escapeCell, formatBytes, plural, table } from '../../report/markdown.js';
import type { ReportSection } from '../../report/report.js';
import type { SecretFinding } from './gitleaks-report.js';

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
  return `${server}/${repo}/blob/${commit}/${file}${f.line ? `#L${f.line}` : ''}`;
}

function locationCell(env: NodeJS.ProcessEnv, f: SecretFinding): string {
  const text = code(`${f.data.path}${f.line ? `:${f.line}` : ''}`);
  const url = blobUrl(env, f);
  return url ? `[${text}](${url})` : text;
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
    f.data.date ?? '—',
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
  workspace: string;
}

const shown = (file: string, workspace: string) => {
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
    `- **Rules:** ${s.config ? code(shown(s.config, s.workspace)) : "gitleaks' default rules"}`,
    `- **Ignore file:** ${
      s.ignoreFile
        ? `${code(shown(s.ignoreFile, s.workspace))} (${plural(s.ignoreEntries ?? 0, 'entry', 'entries')})`
        : 'none'
    }`,
  );
  return { title: 'Scope', markdown: lines.join('\n') };
}
