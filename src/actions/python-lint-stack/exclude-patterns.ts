import * as path from 'node:path';
import type { ToolId } from './tools.js';

/**
 * Exclude patterns as each tool reads them: ruff's and flake8's globs, isort's skips, pylint's, mypy's and
 * black's regular expressions. The patterns come from the checked repository: globs are matched without
 * backtracking, and regular expressions that could take exponential time are refused.
 */

/** How a tool matches an exclude pattern against a path; each mirrors the tool's own code. */
export type PatternKind =
  /** ruff `exclude`, flake8 `exclude`: a glob (`*` crosses `/`) on any ancestor's basename or its path. */
  | 'glob'
  /** isort `skip_glob`: a glob on any ancestor's path relative to the configuration, or `/` + that path. */
  | 'isort-glob'
  /** isort `skip`, pylint `ignore`: a name equal to any path component (isort: or the whole path). */
  | 'name'
  /** pylint `ignore-patterns`: a Python regex matched at the start of any ancestor's basename. */
  | 'basename-regex'
  /** pylint `ignore-paths`: a Python regex matched at the start of any ancestor's path from the cwd. */
  | 'path-regex'
  /**
   * mypy `exclude`: a Python regex searched in any ancestor's path from the cwd, directories ending with `/`;
   * black `exclude`/`extend-exclude`: the same with the path from black's configuration, starting with `/`.
   */
  | 'search-regex';

/** Who sets an exclude: a tool of the stack, black (the formatter) or git. */
export type ExcludeOwner = ToolId | 'black' | 'git';

export interface ExcludeRule {
  /** The tool whose configuration sets it. */
  owner: ExcludeOwner;
  kind: PatternKind;
  pattern: string;
  /** Directory the tool resolves relative patterns against (the configuration's, or the cwd for pylint). */
  base: string;
  /** Where it is set, e.g. `[tool.ruff] extend-exclude (pyproject.toml)`. */
  source: string;
  /** The compiled matcher; undefined when the pattern cannot be read (then `problem` says why). */
  test?: (s: string) => boolean;
  problem?: string;
}

/** One glob element: a literal character, `?`, `*`, or a character class. */
type GlobToken = { any: true } | { star: true } | { set: string; negated: boolean } | { char: string };

function globTokens(glob: string): GlobToken[] {
  const out: GlobToken[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (!('star' in (out[out.length - 1] ?? {}))) out.push({ star: true }); // `**` is `*`
    } else if (c === '?') out.push({ any: true });
    else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      const end = glob.indexOf(']', i + 2);
      const body = glob.slice(i + 1, end);
      const negated = body.startsWith('!') || body.startsWith('^');
      out.push({ set: negated ? body.slice(1) : body, negated });
      i = end;
    } else out.push({ char: c });
  }
  return out;
}

function inSet(set: string, c: string): boolean {
  for (let i = 0; i < set.length; i++) {
    if (set[i + 1] === '-' && i + 2 < set.length) {
      if (c >= (set[i] as string) && c <= (set[i + 2] as string)) return true;
      i += 2;
    } else if (set[i] === c) return true;
  }
  return false;
}

/**
 * A glob as fnmatch and globset read it here: `*` (and `**`) match any run of characters including `/`,
 * `?` one, `[...]`/`[!...]` a class. Matched in O(pattern × text), never by backtracking: the patterns come
 * from the checked repository, and a regular expression built from `*a*a*a*…` can take exponential time.
 */
export function globMatcher(glob: string): (s: string) => boolean {
  const tokens = globTokens(glob);
  const one = (t: GlobToken, c: string) =>
    'any' in t || ('char' in t && t.char === c) || ('set' in t && inSet(t.set, c) !== t.negated);
  return (s) => {
    let ti = 0;
    let si = 0;
    let starT = -1;
    let starS = 0;
    while (si < s.length) {
      const t = tokens[ti];
      if (t && 'star' in t) {
        starT = ti++;
        starS = si;
      } else if (t && one(t, s[si] as string)) {
        ti++;
        si++;
      } else if (starT >= 0) {
        ti = starT + 1;
        si = ++starS;
      } else return false;
    }
    while (ti < tokens.length && 'star' in (tokens[ti] as GlobToken)) ti++;
    return ti === tokens.length;
  };
}

/** Nested quantifiers (`(a+)+`, `(a|a?)*`): the shapes that make a backtracking engine take exponential time. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[*+?}](?:[^()\\]|\\.)*\)[*+{?]/;
/** Group openings (`(?:`, `(?P<name>`, lookarounds), whose `?` is no quantifier. */
const GROUP_PREFIX = /\(\?(?:P?<[^>]*>|[:=!]|<[=!])/g;

/** A verbose (`(?x)`) regex without its whitespace and comments, outside classes and escapes. */
export function unverbose(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (inClass) {
      out += c;
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '#') {
      while (i < pattern.length && pattern[i] !== '\n') i++;
    } else if (!/\s/.test(c)) out += c;
  }
  return out;
}

/** A Python regex for `re.match` (anchored at the start), or why it cannot be used here. */
export function pythonRegExp(source: string, anchored = true): RegExp | string {
  if (source.length > 2000) return 'longer than 2000 characters';
  // Leading inline flags: `(?x)` (verbose, black's documented style), `(?i)`, `(?m)`, `(?s)`.
  let pattern = source;
  let flags = '';
  const inline = /^\(\?([aiLmsux]+)\)/.exec(pattern);
  if (inline) {
    const f = inline[1] as string;
    pattern = pattern.slice(inline[0].length);
    if (f.includes('x')) pattern = unverbose(pattern);
    for (const js of ['i', 'm', 's']) if (f.includes(js)) flags += js;
  }
  if (NESTED_QUANTIFIER.test(pattern.replace(GROUP_PREFIX, '(')))
    return 'a regular expression with nested quantifiers (could take exponential time)';
  try {
    const body = pattern.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
    return new RegExp(anchored ? `^(?:${body})` : body, flags);
  } catch (err) {
    return `not a regular expression this action can read (${(err as Error).message})`;
  }
}

export function rule(
  owner: ExcludeOwner,
  kind: PatternKind,
  pattern: string,
  ruleBase: string,
  source: string,
): ExcludeRule {
  const r: ExcludeRule = { owner, kind, pattern, base: ruleBase, source };
  if (kind === 'basename-regex' || kind === 'path-regex' || kind === 'search-regex') {
    const re = pythonRegExp(pattern, kind !== 'search-regex');
    if (typeof re === 'string') r.problem = re;
    else r.test = (s) => re.test(s);
  } else if (kind === 'name') {
    r.test = (s) => s === pattern;
  } else {
    // `./gen` and `gen/` name the directory `gen` (flake8 resolves both to an absolute path).
    r.test = globMatcher(pattern.replace(/^\.\//, '').replace(/(.)\/+$/, '$1'));
  }
  return r;
}

/**
 * Whether a file (absolute) is excluded by a rule: each rule is tried on the file and each directory above
 * it, as the tool prunes directories while it walks.
 */
export function excludedBy(file: string, r: ExcludeRule, cwd: string): boolean {
  if (!r.test) return false;
  const fromBase = path.relative(r.base, file).split(path.sep);
  const inside = fromBase[0] !== '..' && !path.isAbsolute(fromBase.join('/'));
  // A configuration above the file's tree still matches names: those of the file and the directories above it.
  const parts = inside ? fromBase : path.relative(cwd, file).split(path.sep);
  for (let n = 1; n <= parts.length; n++) {
    const rel = parts.slice(0, n).join('/');
    const name = parts[n - 1] as string;
    switch (r.kind) {
      case 'glob':
        // A pattern with a `/` is a path from the configuration's directory (ruff, flake8), never a name.
        if ((!r.pattern.includes('/') && r.test(name)) || (inside && r.test(rel))) return true;
        break;
      case 'isort-glob':
        if (inside && (r.test(rel) || r.test(`/${rel}`))) return true;
        break;
      case 'name':
        if (r.test(name) || (inside && r.test(rel))) return true;
        break;
      case 'basename-regex':
        if (r.test(name)) return true;
        break;
      case 'search-regex':
        // black: `/` + the path from its configuration's directory, directories ending with `/`.
        if (r.owner === 'black' && inside && r.test(`/${rel}${n < parts.length ? '/' : ''}`)) return true;
        break;
      case 'path-regex':
        break;
    }
  }
  if (r.kind === 'search-regex' && r.owner !== 'black') {
    // mypy: the path from the cwd, directories ending with `/`.
    const rel = path.relative(cwd, file).split(path.sep);
    for (let n = 1; n <= rel.length; n++) {
      if (r.test(`${rel.slice(0, n).join('/')}${n < rel.length ? '/' : ''}`)) return true;
    }
  }
  if (r.kind === 'path-regex') {
    const rel = path.relative(cwd, file).split(path.sep);
    for (let n = 1; n <= rel.length; n++) {
      const p = rel.slice(0, n).join('/');
      if (r.test(p) || (n < rel.length && r.test(`${p}/`))) return true;
    }
  }
  return false;
}
