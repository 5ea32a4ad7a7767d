/** Unified diffs as isort, autoflake, autopep8 and `ruff format --diff` print them. */

export interface DiffHunk {
  /** The `@@ -a,b +c,d @@` line. */
  header: string;
  oldStart: number;
  /** Body lines with their ' ', '+', '-' or '\' prefix. */
  lines: string[];
}

export interface FileDiff {
  /** The path after `--- `, as the tool printed it (see diffPath). */
  oldPath: string;
  newPath: string;
  hunks: DiffHunk[];
}

/** One run of changed lines in a hunk. */
export interface ChangeBlock {
  /** Line number in the original file where the change starts. */
  line: number;
  removed: string[];
  added: string[];
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Parses the diffs of any number of files. Hunk bodies are read by their line counts, so a removed line
 * that itself starts with `--` is never taken for a file header; other lines (tool messages) are skipped.
 */
export function parseUnifiedDiff(text: string): FileDiff[] {
  const lines = text.split(/\r?\n/);
  const files: FileDiff[] = [];
  let file: FileDiff | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const next = lines[i + 1];
    if (line.startsWith('--- ') && next?.startsWith('+++ ')) {
      file = { oldPath: line.slice(4), newPath: next.slice(4), hunks: [] };
      files.push(file);
      i++;
      continue;
    }
    const m = HUNK.exec(line);
    if (!m || !file) continue;
    let oldLeft = m[2] === undefined ? 1 : Number(m[2]);
    let newLeft = m[4] === undefined ? 1 : Number(m[4]);
    const hunk: DiffHunk = { header: line, oldStart: Number(m[1]), lines: [] };
    while ((oldLeft > 0 || newLeft > 0 || lines[i + 1]?.startsWith('\\')) && i + 1 < lines.length) {
      const body = lines[++i] as string;
      hunk.lines.push(body);
      if (body.startsWith('\\')) continue;
      if (body.startsWith('+')) newLeft--;
      else if (body.startsWith('-')) oldLeft--;
      else {
        oldLeft--;
        newLeft--;
      }
    }
    file.hunks.push(hunk);
  }
  return files;
}

/** The runs of removed and added lines of a hunk, each at its line in the original file. */
export function changeBlocks(hunk: DiffHunk): ChangeBlock[] {
  const blocks: ChangeBlock[] = [];
  // An empty original (`-0,0`) has its first line at 1.
  let old = Math.max(1, hunk.oldStart);
  let current: ChangeBlock | undefined;
  for (const l of hunk.lines) {
    if (l.startsWith('\\')) continue;
    if (l.startsWith('-') || l.startsWith('+')) {
      if (!current) {
        current = { line: old, removed: [], added: [] };
        blocks.push(current);
      }
      if (l.startsWith('-')) {
        current.removed.push(l.slice(1));
        old++;
      } else {
        current.added.push(l.slice(1));
      }
    } else {
      current = undefined;
      old++;
    }
  }
  return blocks;
}

/**
 * The file a diff is about. The tools decorate the path: autoflake and autopep8 print `original/./x.py`
 * (pass `prefix: 'original/'`), isort `/abs/x.py:before<TAB>date`; ruff prints it as it is.
 */
export function diffPath(header: string, opts: { prefix?: string } = {}): string {
  let p = (header.split('\t')[0] as string).replace(/:(before|after)$/, '');
  if (opts.prefix && p.startsWith(opts.prefix)) p = p.slice(opts.prefix.length);
  return p.replace(/^(\.\/)+/, '');
}

/** A hunk as text with its file headers, cut to `max` characters, for a finding's `data.diff`. */
export function hunkText(file: FileDiff, hunk: DiffHunk, max = 4000): string {
  const text = [`--- ${file.oldPath}`, `+++ ${file.newPath}`, hunk.header, ...hunk.lines].join('\n');
  return text.length <= max ? text : `${text.slice(0, max - 2)}\n…`;
}
