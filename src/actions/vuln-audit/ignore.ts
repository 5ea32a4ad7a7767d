import { InputError } from '../../core/errors.js';

/**
 * The `ignore` input: one advisory per line, `<id> [until YYYY-MM-DD] # reason`. Blank lines and lines that
 * are only a comment are skipped. An entry matches a vulnerability by its id or any alias (CVE, GHSA, PYSEC:
 * case-insensitive, as OSV ids are upper case but people type them otherwise). `until` is the last day the
 * entry holds; after it the entry is expired, which fails the step so that the decision is made again.
 */

export interface IgnoreEntry {
  /** As written; matched case-insensitively. */
  id: string;
  /** YYYY-MM-DD, inclusive. */
  until?: string;
  reason: string;
  /** The line as written, for messages. */
  line: string;
}

const LINE =
  /^([A-Za-z][A-Za-z0-9]*-[A-Za-z0-9][A-Za-z0-9._:-]*)(?:\s+until\s+(\d{4}-\d{2}-\d{2}))?\s*(?:#\s*(.*))?$/;
/** A bound on the input: an ignore list is written by hand. */
const MAX_ENTRIES = 1000;
const FORMAT = 'one advisory per line: <id> [until YYYY-MM-DD] # reason (an OSV, GHSA, PYSEC or CVE id)';

function validDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function parseIgnore(text: string): IgnoreEntry[] {
  const out: IgnoreEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = LINE.exec(line);
    if (!m || line.length > 500) throw new InputError('ignore', line.slice(0, 200), FORMAT);
    const [, id, until, reason] = m as unknown as [string, string, string | undefined, string | undefined];
    if (until !== undefined && !validDate(until))
      throw new InputError('ignore', line, `${FORMAT}; ${until} is not a calendar date`);
    const entry: IgnoreEntry = { id, reason: (reason ?? '').trim(), line };
    if (until) entry.until = until;
    out.push(entry);
    if (out.length > MAX_ENTRIES)
      throw new InputError('ignore', `${out.length} entries`, `at most ${MAX_ENTRIES} entries`);
  }
  return out;
}

/** `today` as YYYY-MM-DD (UTC): a Date, or already a date string. */
export function isoDay(today: Date | string): string {
  return typeof today === 'string' ? today : today.toISOString().slice(0, 10);
}

export function isExpired(entry: IgnoreEntry, today: Date | string): boolean {
  return entry.until !== undefined && entry.until < isoDay(today);
}

/** The entry that covers a vulnerability known by `ids` (its id and aliases), if any; expired entries do not. */
export function matchIgnore(
  entries: readonly IgnoreEntry[],
  ids: readonly string[],
  today: Date | string,
): IgnoreEntry | undefined {
  const upper = new Set(ids.map((i) => i.toUpperCase()));
  return entries.find((e) => upper.has(e.id.toUpperCase()) && !isExpired(e, today));
}

/** How an entry is named in the result: `GHSA-xxxx (until 2025-01-31)`. */
export function describeIgnore(entry: IgnoreEntry): string {
  return entry.until ? `${entry.id} (until ${entry.until})` : entry.id;
}
