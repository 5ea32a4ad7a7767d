import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Severity, toRepoPath } from '../../findings/finding.js';
import type { UnfingerprintedFinding } from '../../findings/fingerprint.js';

/** Where a tool ran and where the repository is, to turn its paths into repository paths. */
export interface PathContext {
  cwd: string;
  workspace: string;
}

/** A tool's output that is not what the tool writes when it works: the run counts as a crash. */
export class OutputError extends Error {
  constructor(tool: string, why: string) {
    super(`${tool} wrote output that could not be read: ${why}`);
    this.name = 'OutputError';
  }
}

const repoPaths = new Map<string, string>();

/** The repository path of a tool's path; memoised, as thousands of findings share a few hundred files. */
export function repoPath(file: string, ctx: PathContext): string {
  const key = `${ctx.cwd}\0${ctx.workspace}\0${file}`;
  let p = repoPaths.get(key);
  if (p === undefined) {
    p = toRepoPath(path.resolve(ctx.cwd, file), ctx.workspace);
    if (repoPaths.size > 100_000) repoPaths.clear();
    repoPaths.set(key, p);
  }
  return p;
}

const firstLine = (s: string) => s.split(/\r?\n/)[0]?.trim() ?? '';
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function parseJson(tool: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new OutputError(tool, `not JSON (${(err as Error).message})`);
  }
}

/** `ruff check --output-format json`: an array of diagnostics, 1-based rows and columns. */
export function parseRuff(stdout: string, ctx: PathContext): UnfingerprintedFinding[] {
  const data = parseJson('ruff', stdout.trim() || '[]');
  if (!Array.isArray(data)) throw new OutputError('ruff', 'expected a JSON array');
  return data.map((d: Record<string, unknown>) => {
    const loc = (d.location ?? {}) as Record<string, unknown>;
    const end = (d.end_location ?? {}) as Record<string, unknown>;
    // A syntax error has no code.
    const rule = str(d.code) ?? 'invalid-syntax';
    const name = str(d.name);
    return {
      tool: 'ruff',
      rule,
      // Complexity is reported, not enforced: the same as flake8's complexity pass.
      severity: rule === 'C901' ? 'warning' : 'error',
      message: firstLine(str(d.message) ?? ''),
      file: repoPath(str(d.filename) ?? '', ctx),
      line: num(loc.row),
      column: num(loc.column),
      endLine: num(end.row),
      endColumn: num(end.column),
      helpUri: str(d.url) ?? (name ? `https://docs.astral.sh/ruff/rules/${name}/` : undefined),
      ...(name ? { data: { name } } : {}),
    } satisfies UnfingerprintedFinding;
  });
}

const PYLINT_SEVERITY: Record<string, Severity> = {
  fatal: 'error',
  error: 'error',
  warning: 'error',
  refactor: 'warning',
  convention: 'warning',
  info: 'note',
};
// The folder of each category in pylint's message documentation.
const PYLINT_DOC_DIR: Record<string, string> = { info: 'information' };

export interface PylintMessage {
  type: string;
  symbol: string;
  message: string;
  messageId: string;
  module: string;
  line: number;
  column: number;
  endLine: number | null;
  endColumn: number | null;
  path: string;
}

/**
 * The file of a module pylint names, from the (module, path) pairs of its other messages: the module
 * itself, else its path under the same root as a known module (`pkg.mod` → `<root>/pkg/mod.py`, or
 * `<root>/pkg/mod/__init__.py` when that is the one `exists` finds: a package without messages of its own,
 * as in a pull request's lint, where `pkg/__init__.py` is not linted but a cycle starts at `pkg`).
 */
export function moduleLocator(
  messages: readonly PylintMessage[],
  exists: (file: string) => boolean = () => false,
): (module: string) => string | undefined {
  const known = new Map<string, string>();
  let root: string | undefined;
  for (const m of messages) {
    if (!m.module || !m.path) continue;
    known.set(m.module, m.path);
    const tail = `${m.module.split('.').join('/')}.py`;
    if (root === undefined && m.path.replace(/\\/g, '/').endsWith(tail)) {
      root = m.path.slice(0, m.path.length - tail.length);
    }
  }
  return (module) => {
    const seen = known.get(module);
    if (seen !== undefined || root === undefined) return seen;
    const base = `${root}${module.split('.').join('/')}`;
    return !exists(`${base}.py`) && exists(`${base}/__init__.py`) ? `${base}/__init__.py` : `${base}.py`;
  };
}

/**
 * pylint reports duplicate-code and cyclic-import on whichever module it checked last, with the real
 * places in the message: `==pkg.mod:[41:47]` (0-based, end-exclusive) for duplicate code, `(a -> b)` for
 * a cycle. Moves the finding to the first of them; a cycle has no line (its identity is its modules).
 */
function wholeProgramLocation(m: PylintMessage, locate: (module: string) => string | undefined) {
  if (m.symbol === 'cyclic-import') {
    const first = /^Cyclic import \(([^\s)]+)/.exec(m.message)?.[1];
    const file = first ? locate(first) : undefined;
    return file ? { file, message: `${firstLine(m.message)} (${m.symbol})` } : undefined;
  }
  const places = [...m.message.matchAll(/^==(\S+):\[(\d+):(\d+)\]$/gm)].map((p) => ({
    module: p[1] as string,
    start: Number(p[2]) + 1,
    end: Number(p[3]),
  }));
  const first = places[0];
  const file = first ? locate(first.module) : undefined;
  if (!first || !file) return undefined;
  const summary = places.map((p) => `${p.module}:${p.start}-${p.end}`).join(', ');
  return {
    file,
    line: first.start,
    endLine: first.end,
    message: `${firstLine(m.message)}: ${summary} (${m.symbol})`,
  };
}

/** `pylint --output-format=json2`: `{messages: [...], statistics: {...}}`, 1-based lines, 0-based columns. */
export function parsePylint(stdout: string, ctx: PathContext): UnfingerprintedFinding[] {
  const data = parseJson('pylint', stdout) as { messages?: unknown };
  if (!data || typeof data !== 'object' || !Array.isArray(data.messages)) {
    throw new OutputError('pylint', 'expected a JSON object with a "messages" array (json2 format)');
  }
  const messages = data.messages as PylintMessage[];
  // pylint's paths are relative to the directory it ran in.
  const locate = moduleLocator(messages, (file) => fs.existsSync(path.resolve(ctx.cwd, file)));
  return messages.map((m) => {
    const moved =
      m.symbol === 'duplicate-code' || m.symbol === 'cyclic-import'
        ? wholeProgramLocation(m, locate)
        : undefined;
    const dir = PYLINT_DOC_DIR[m.type] ?? m.type;
    const f: UnfingerprintedFinding = {
      tool: 'pylint',
      rule: m.messageId,
      severity: PYLINT_SEVERITY[m.type] ?? 'warning',
      message: moved?.message ?? `${firstLine(m.message)} (${m.symbol})`,
      file: repoPath(moved?.file ?? m.path, ctx),
      helpUri: `https://pylint.readthedocs.io/en/stable/user_guide/messages/${dir}/${m.symbol}.html`,
      data: { symbol: m.symbol, category: m.type },
    };
    if (moved) {
      if (moved.line) f.line = moved.line;
      if (moved.endLine) f.endLine = moved.endLine;
      return f;
    }
    f.line = m.line;
    f.column = m.column + 1;
    if (m.endLine) f.endLine = m.endLine;
    if (m.endColumn !== null && m.endColumn !== undefined) f.endColumn = m.endColumn + 1;
    return f;
  });
}

/** `mypy --output json`: one JSON object a line; 0-based columns (-1 when unknown). Other lines are ignored. */
export function parseMypy(stdout: string, ctx: PathContext): UnfingerprintedFinding[] {
  const out: UnfingerprintedFinding[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    if (!line.startsWith('{')) continue;
    const d = parseJson('mypy', line) as Record<string, unknown>;
    const code = str(d.code) ?? (d.severity === 'note' ? 'note' : 'misc');
    const hint = str(d.hint);
    const column = num(d.column);
    const f: UnfingerprintedFinding = {
      tool: 'mypy',
      rule: code,
      severity: d.severity === 'error' ? 'error' : 'note',
      message: firstLine(str(d.message) ?? '') + (hint ? ` (${firstLine(hint)})` : ''),
      file: repoPath(str(d.file) ?? '', ctx),
      line: num(d.line),
      helpUri: 'https://mypy.readthedocs.io/en/stable/error_code_list.html',
    };
    if (column !== undefined && column >= 0) f.column = column + 1;
    const endLine = num(d.end_line);
    const endColumn = num(d.end_column);
    if (endLine !== undefined && endLine >= 1) f.endLine = endLine;
    if (endColumn !== undefined && endColumn >= 0) f.endColumn = endColumn + 1;
    out.push(f);
  }
  return out;
}
