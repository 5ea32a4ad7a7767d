import type { Finding } from '../../findings/finding.js';
import { clip } from '../../report/markdown.js';

/**
 * Turns gitleaks' JSON report into findings. Only rule, location, commit facts and a hint built from the
 * key name are kept: `Secret` and `Match` are never copied anywhere (gitleaks runs with --redact, but this
 * does not rely on it), nor is the commit message (gitleaks does not scan it, so it may hold anything).
 */

/** One entry of `--report-format json` (gitleaks 8.x), as far as it is read here. */
interface GitleaksEntry {
  RuleID: string;
  Description?: string;
  StartLine?: number;
  EndLine?: number;
  StartColumn?: number;
  EndColumn?: number;
  Match?: string;
  File: string;
  Commit?: string;
  Author?: string;
  Date?: string;
  Fingerprint?: string;
}

export interface SecretFinding extends Finding {
  /** gitleaks' fingerprint (`commit:file:rule:line`, `file:rule:line` for dir scans): the .gitleaksignore line. */
  fingerprint: string;
  data: {
    /** The path as gitleaks reports it: relative to the repository root (git) or the scanned folder (dir). */
    path: string;
    commit?: string;
    author?: string;
    /** YYYY-MM-DD of the commit. */
    date?: string;
    /** e.g. `password = «redacted»`. */
    hint: string;
  };
}

export const REDACTED = '«redacted»';

/**
 * A hint that never holds a secret: the name the value was assigned to (`password = «redacted»`) when the
 * redacted match starts with one, else just «redacted». Names with digits are not trusted as names (a secret
 * in key position would have digits), so they fall back too.
 */
export function redactedHint(match: string | undefined): string {
  if (!match?.includes('REDACTED')) return REDACTED;
  const m = /^\s*["'`]?([A-Za-z_][A-Za-z_.-]{0,39})["'`]?\s*(:=|=>|=|:)/.exec(match);
  return m ? `${m[1]} ${m[2]} ${REDACTED}` : REDACTED;
}

function oneLine(text: string, max: number): string {
  return clip(text.replace(/[\r\n\t]+/g, ' ').trim(), max);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 1 ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);

function entry(raw: unknown, index: number): GitleaksEntry {
  if (!isObj(raw) || typeof raw.RuleID !== 'string' || typeof raw.File !== 'string') {
    throw new Error(
      `gitleaks report entry ${index} has no RuleID or File; is this a gitleaks 8 JSON report?`,
    );
  }
  return raw as unknown as GitleaksEntry;
}

export interface ParseOptions {
  /** Maps gitleaks' path to the repository-relative path reporters use (workspace-relative). */
  toRepoPath(file: string): string;
}

export function parseGitleaksReport(entries: readonly unknown[], opts: ParseOptions): SecretFinding[] {
  return entries.map((raw, i) => {
    const e = entry(raw, i);
    const line = num(e.StartLine);
    const commit = str(e.Commit);
    const author = str(e.Author) && oneLine(e.Author as string, 80);
    const date = str(e.Date)?.slice(0, 10);
    const hint = redactedHint(e.Match);
    const fingerprint =
      str(e.Fingerprint) ?? [commit, e.File, e.RuleID, line ?? 0].filter((p) => p !== undefined).join(':');
    const where = commit ? ` committed in ${commit.slice(0, 7)}${author ? ` by ${author}` : ''}` : '';
    const finding: SecretFinding = {
      tool: 'gitleaks',
      rule: e.RuleID,
      severity: 'error',
      message: `Possible secret${where}${date ? ` on ${date}` : ''}: ${hint}`,
      file: opts.toRepoPath(e.File),
      fingerprint,
      data: { path: e.File, hint },
    };
    if (line) finding.line = line;
    const endLine = num(e.EndLine);
    if (endLine && line && endLine >= line) finding.endLine = endLine;
    const col = num(e.StartColumn);
    if (col) finding.column = col;
    const endCol = num(e.EndColumn);
    if (endCol && col) finding.endColumn = endCol;
    if (commit) finding.data.commit = commit;
    if (author) finding.data.author = author;
    if (date) finding.data.date = date;
    return finding;
  });
}
