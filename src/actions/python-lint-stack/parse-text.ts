import type { UnfingerprintedFinding } from '../../findings/fingerprint.js';
import { FLAKE8_PREFIX, FLAKE8_SEP } from './argv.js';
import {
  type ChangeBlock,
  changeBlocks,
  type DiffHunk,
  diffPath,
  hunkText,
  parseUnifiedDiff,
} from './diff.js';
import { type PathContext, repoPath } from './parse-json.js';
import { TOOLS } from './tools.js';

/** Where flake8's codes are documented, by prefix; plugin codes link to flake8 itself. */
export function flake8HelpUri(code: string): string {
  if (/^[EW]\d/.test(code)) return 'https://pycodestyle.pycqa.org/en/latest/intro.html#error-codes';
  if (/^F\d/.test(code)) return 'https://flake8.pycqa.org/en/latest/user/error-codes.html';
  if (/^C90\d/.test(code)) return 'https://pypi.org/project/mccabe/';
  return 'https://flake8.pycqa.org/en/latest/user/error-codes.html';
}

/** flake8 with FLAKE8_FORMAT: `pyprod␟path␟row␟col␟code␟text` lines; 1-based rows and columns. */
export function parseFlake8(stdout: string, ctx: PathContext): UnfingerprintedFinding[] {
  const out: UnfingerprintedFinding[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const parts = line.split(FLAKE8_SEP);
    if (parts[0] !== FLAKE8_PREFIX || parts.length < 6) continue;
    const [, file, row, col, code] = parts as [string, string, string, string, string];
    const text = parts.slice(5).join(' ');
    const f: UnfingerprintedFinding = {
      tool: 'flake8',
      rule: code,
      // The complexity pass reports, it does not fail.
      severity: code === 'C901' ? 'warning' : 'error',
      message: text.trim(),
      file: repoPath(file, ctx),
      helpUri: flake8HelpUri(code),
    };
    // E902 (file not found) has row 0: a file-level finding.
    if (Number(row) >= 1) f.line = Number(row);
    if (Number(col) >= 1 && f.line) f.column = Number(col);
    out.push(f);
  }
  return out;
}

/** What an autoflake change removes, from the removed line. */
export function autoflakeRule(line: string): string {
  if (/^\s*(import|from)\s/.test(line)) return 'unused-import';
  if (/^\s*("[^"]*"|'[^']*'|\d+)\s*:/.test(line)) return 'duplicate-key';
  if (/^\s*pass\s*(#.*)?$/.test(line)) return 'useless-pass';
  if (/^\s*[A-Za-z_][\w.]*\s*(:[^=]*)?=(?!=)/.test(line)) return 'unused-variable';
  return 'change';
}

const AUTOFLAKE_MESSAGE: Record<string, string> = {
  'unused-import': 'Unused import',
  'duplicate-key': 'Duplicate dictionary key',
  'useless-pass': 'Useless pass statement',
  'unused-variable': 'Unused variable',
  change: 'autoflake would change this code',
};

const quoted = (s: string) => `\`${s.trim().slice(0, 120)}\``;

/**
 * The original lines of a hunk that sit inside a parenthesised `from x import (` list, where autoflake
 * removes one name per line (`    OrderedDict,`): those are unused imports, not "a change".
 */
export function importListLines(hunk: DiffHunk): Set<number> {
  const inside = new Set<number>();
  let old = Math.max(1, hunk.oldStart);
  let open = false;
  for (const l of hunk.lines) {
    if (l.startsWith('\\') || l.startsWith('+')) continue;
    const text = l.slice(1);
    if (open) {
      inside.add(old);
      if (text.includes(')')) open = false;
    } else if (/^\s*from\s+\S+\s+import\s*\((?!.*\))/.test(text)) {
      open = true;
    }
    old++;
  }
  return inside;
}

/**
 * One finding per removed line of a pure removal (each unused import is its own), else one per block,
 * spanning the block's original lines (`endLine`), so that the other tools' findings on its later lines
 * merge with it.
 */
function autoflakeBlock(
  block: ChangeBlock,
  importList: ReadonlySet<number>,
): { line: number; endLine?: number; rule: string; message: string }[] {
  if (block.added.length === 0) {
    return block.removed.map((text, n) => {
      const rule = importList.has(block.line + n) ? 'unused-import' : autoflakeRule(text);
      return {
        line: block.line + n,
        rule,
        message: `${AUTOFLAKE_MESSAGE[rule]}: ${quoted(text)} would be removed`,
      };
    });
  }
  const first = block.removed[0] ?? block.added[0] ?? '';
  const rule = autoflakeRule(first);
  const to = block.added.map((a) => a.trim()).join(' ');
  return [
    {
      line: block.line,
      ...(block.removed.length > 1 ? { endLine: block.line + block.removed.length - 1 } : {}),
      rule,
      message: `${AUTOFLAKE_MESSAGE[rule]}: ${quoted(first)} would become ${quoted(to)}`,
    },
  ];
}

/** autoflake's diff (`--- original/./x.py`), a finding per change with the hunk kept in `data.diff`. */
export function parseAutoflake(stdout: string, ctx: PathContext): UnfingerprintedFinding[] {
  const out: UnfingerprintedFinding[] = [];
  for (const file of parseUnifiedDiff(stdout)) {
    const repo = repoPath(diffPath(file.oldPath, { prefix: 'original/' }), ctx);
    for (const hunk of file.hunks) {
      const diff = hunkText(file, hunk);
      const importList = importListLines(hunk);
      for (const block of changeBlocks(hunk)) {
        for (const c of autoflakeBlock(block, importList)) {
          out.push({
            tool: 'autoflake',
            rule: c.rule,
            severity: 'error',
            message: c.message,
            file: repo,
            line: c.line,
            ...(c.endLine ? { endLine: c.endLine } : {}),
            helpUri: TOOLS.autoflake.home,
            data: { diff },
          });
        }
      }
    }
  }
  return out;
}

interface HunkTool {
  tool: 'isort' | 'autopep8' | 'ruff-format';
  rule: string;
  message: string;
  prefix?: string;
}

const HUNK_TOOLS: Record<HunkTool['tool'], HunkTool> = {
  isort: {
    tool: 'isort',
    rule: 'unsorted-imports',
    message: 'Imports are incorrectly sorted and/or formatted',
  },
  autopep8: {
    tool: 'autopep8',
    rule: 'pep8',
    message: 'autopep8 would reformat this code',
    prefix: 'original/',
  },
  'ruff-format': { tool: 'ruff-format', rule: 'format', message: 'ruff format would reformat this code' },
};

/** A formatter's diff: one finding per hunk, at its first changed line, with the hunk in `data.diff`. */
export function parseHunks(
  tool: HunkTool['tool'],
  stdout: string,
  ctx: PathContext,
): UnfingerprintedFinding[] {
  const t = HUNK_TOOLS[tool];
  const out: UnfingerprintedFinding[] = [];
  for (const file of parseUnifiedDiff(stdout)) {
    const repo = repoPath(diffPath(file.oldPath, { prefix: t.prefix }), ctx);
    for (const hunk of file.hunks) {
      const first = changeBlocks(hunk)[0];
      const changed = hunk.lines.filter((l) => /^[-+]/.test(l)).length;
      out.push({
        tool: t.tool,
        rule: t.rule,
        severity: 'error',
        message: `${t.message} (${changed} changed lines)`,
        file: repo,
        line: first?.line ?? Math.max(1, hunk.oldStart),
        helpUri: TOOLS[t.tool].home,
        data: { diff: hunkText(file, hunk) },
      });
    }
  }
  return out;
}
