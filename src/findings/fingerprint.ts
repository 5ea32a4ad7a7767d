import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Finding, normaliseMessage } from './finding.js';

/** A finding as a parser produces it: the fingerprint is optional (a tool may provide its own). */
export type UnfingerprintedFinding = Omit<Finding, 'fingerprint'> & { fingerprint?: string };

/** Where fingerprinting reads the flagged lines from. */
export interface LineSource {
  /** The file's lines (without line endings), or undefined when it cannot be read. */
  lines(file: string): readonly string[] | undefined;
}

/**
 * Repository files read on demand, each at most once however many findings point into it.
 * Paths are repository-relative; a path that escapes the root is treated as unreadable.
 */
export class SourceFiles implements LineSource {
  private readonly cache = new Map<string, string[] | undefined>();

  constructor(
    readonly root: string,
    private readonly readText: (absPath: string) => string = (p) => fs.readFileSync(p, 'utf8'),
  ) {}

  lines(file: string): readonly string[] | undefined {
    if (this.cache.has(file)) return this.cache.get(file);
    let lines: string[] | undefined;
    const abs = path.resolve(this.root, file);
    const rel = path.relative(this.root, abs);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
      try {
        lines = this.readText(abs).split(/\r?\n/);
      } catch {
        lines = undefined; // deleted, binary-unreadable or a directory: fall back to the message
      }
    }
    this.cache.set(file, lines);
    return lines;
  }
}

/** File contents already in memory (tests, or a tool that ships the scanned text). */
export function linesFromContent(files: Record<string, string>): LineSource {
  const split = new Map<string, string[]>();
  return {
    lines(file) {
      const text = files[file];
      if (text === undefined) return undefined;
      let lines = split.get(file);
      if (!lines) {
        lines = text.split(/\r?\n/);
        split.set(file, lines);
      }
      return lines;
    },
  };
}

/** Whitespace-insensitive form of a source line, so re-indenting or re-spacing keeps the identity. */
export function normaliseLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Bump when the recipe changes: old baselines then stop matching, which is better than matching wrongly.
const RECIPE = 'pyprod-fingerprint/v1';

function contentOf(f: UnfingerprintedFinding, source: LineSource): string {
  if (f.file && f.line && f.line >= 1) {
    const text = source.lines(f.file)?.[f.line - 1];
    if (text !== undefined) return `line:${normaliseLine(text)}`;
  }
  // No readable line (no location, deleted file, line past the end): the problem's wording stands in.
  return `message:${normaliseMessage(f.message)}`;
}

/**
 * Gives every finding a fingerprint that survives unrelated edits: sha256 over the tool, the rule, the
 * file, the whitespace-normalised flagged line and the occurrence index among findings with the same
 * (tool, rule, file, line text). Line numbers are deliberately left out, so inserting lines above a
 * finding keeps it; editing the flagged line changes it; two identical findings get distinct ones.
 * A fingerprint the tool provided (gitleaks has one) is kept as it is. Only a digest is stored, never
 * the line itself, so a flagged secret does not end up in a report or a baseline.
 */
export function fingerprintFindings<T extends UnfingerprintedFinding>(
  findings: readonly T[],
  source: LineSource,
): Array<T & { fingerprint: string }> {
  const keyed = findings.map((f, index) => ({
    f,
    index,
    content: f.fingerprint ? '' : contentOf(f, source),
  }));
  const groups = new Map<string, typeof keyed>();
  for (const k of keyed) {
    if (k.f.fingerprint) continue;
    const group = JSON.stringify([k.f.tool, k.f.rule, k.f.file ?? '', k.content]);
    const list = groups.get(group) ?? [];
    list.push(k);
    groups.set(group, list);
  }
  const out: Array<T & { fingerprint: string }> = findings.map((f) => ({
    ...f,
    fingerprint: f.fingerprint ?? '',
  }));
  for (const [group, list] of groups) {
    // Occurrence order by position (not input order), so a tool that reorders its output changes nothing.
    list.sort(
      (a, b) =>
        (a.f.line ?? 0) - (b.f.line ?? 0) ||
        (a.f.column ?? 0) - (b.f.column ?? 0) ||
        (a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0) ||
        a.index - b.index,
    );
    list.forEach((k, occurrence) => {
      const digest = createHash('sha256').update(`${RECIPE}\n${group}\n${occurrence}`).digest('hex');
      const target = out[k.index];
      if (target) target.fingerprint = digest;
    });
  }
  return out;
}
