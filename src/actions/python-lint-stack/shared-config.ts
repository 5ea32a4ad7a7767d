import * as path from 'node:path';
import { parse } from 'smol-toml';
import { findToolConfig, iniValues, normKey, readText, searchDirs, type ToolConfig } from './config.js';
import type { ToolId } from './tools.js';

/**
 * One configuration for the stack: what the project says in one tool's configuration (its excluded files,
 * its line length, its formatter) reaches the other tools of the stack. A tool's own setting always wins;
 * every setting carried from one tool to another is listed with where it came from.
 */

/** One option of a tool's configuration file, with its value as written. */
type Values = Map<string, unknown>;

interface ToolSettings {
  file: string;
  /** The table or section, as the user wrote it: `[tool.ruff]`, `[flake8]`. */
  where: string;
  values: Values;
}

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

/** A setting the project makes in one place that reaches a tool without its own. */
export interface CarriedSetting {
  tool: ToolId;
  /** The tool's option, e.g. `max-line-length`. */
  setting: string;
  value: string;
  /** e.g. `[tool.ruff] line-length (pyproject.toml)`. */
  from: string;
}

export interface SharedConfig {
  excludes: ExcludeRule[];
  lineLength?: { value: number; from: string };
  formatter?: { name: 'ruff format' | 'black'; from: string };
  /** Per tool: the line length to pass, when the project has one and the tool has none of its own. */
  lineLengthFor: Partial<Record<ToolId, number>>;
  /** flake8's whole `--extend-ignore` value, merged with its own; undefined keeps argv's default. */
  flake8ExtendIgnore?: string[];
  carried: CarriedSetting[];
}

/** `pylint max-line-length 120 from [tool.ruff] line-length (pyproject.toml)` */
export function describeCarried(c: CarriedSetting): string {
  // One line whatever the file names hold: a line break in a log line could start a workflow command.
  return `${c.tool} ${c.setting} ${c.value} from ${c.from}`.replace(/[\r\n\u2028\u2029]/g, (ch) =>
    JSON.stringify(ch).slice(1, -1),
  );
}

/** The flake8 (pycodestyle) codes that contradict what black and ruff format write. */
export const FORMATTER_CONFLICTS = ['E203', 'E701', 'E704', 'W503'];

// ---------------------------------------------------------------------------------------------------------
// Reading each tool's settings with their values.

function tomlDoc(file: string): Record<string, unknown> | undefined {
  const text = readText(file);
  if (text === undefined) return undefined;
  try {
    return parse(text) as Record<string, unknown>;
  } catch {
    return undefined; // the tools report a broken file themselves
  }
}

const isTable = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** A table's options, sub-tables flattened (pylint's `[tool.pylint.format]` and `[tool.pylint.main]`). */
function flatten(table: Record<string, unknown>, out: Values = new Map()): Values {
  for (const [k, v] of Object.entries(table)) {
    if (isTable(v)) flatten(v, out);
    else out.set(normKey(k), v);
  }
  return out;
}

function iniSettings(file: string, accept: (section: string) => boolean): Values | undefined {
  const text = readText(file);
  if (text === undefined) return undefined;
  let found = false;
  const out: Values = new Map();
  for (const [name, kv] of iniValues(text)) {
    if (!accept(name)) continue;
    found = true;
    for (const [k, v] of kv) out.set(k, v);
  }
  return found ? out : undefined;
}

const base = (file: string) => path.basename(file);

/** The settings of a tool from the configuration file it uses (found as the tool finds it). */
function settingsOf(tool: ToolId, config: ToolConfig | undefined): ToolSettings | undefined {
  if (!config) return undefined;
  const file = config.file;
  const name = base(file);
  if (name.endsWith('.toml')) {
    const doc = tomlDoc(file);
    if (!doc) return undefined;
    const key = tool === 'ruff-format' ? 'ruff' : tool;
    if (name === 'pyproject.toml' || name.startsWith('pylintrc') || name.startsWith('.pylintrc')) {
      const table = (doc.tool as Record<string, unknown> | undefined)?.[key];
      if (!isTable(table)) return undefined;
      const values = tool === 'ruff' || tool === 'ruff-format' ? topLevel(table) : flatten(table);
      return { file, where: `[tool.${key}]`, values };
    }
    return { file, where: name, values: topLevel(doc) }; // ruff.toml, .ruff.toml
  }
  const accept: Record<string, (s: string) => boolean> = {
    flake8: (s) => s === 'flake8',
    pylint: (s) => name.includes('pylintrc') || s.startsWith('pylint.'),
    isort: (s) => name === '.isort.cfg' || s === 'isort' || s === 'tool:isort',
    mypy: (s) => s === 'mypy',
  };
  const values = iniSettings(file, accept[tool] ?? (() => true));
  if (!values) return undefined;
  const section = tool === 'pylint' ? '' : tool === 'isort' && name === '.isort.cfg' ? '' : `[${tool}] `;
  return { file, where: `${section}${name}`.trim(), values };
}

/** ruff's own options: the top level of its table (its `[lint]` and `[format]` sub-tables kept as such). */
function topLevel(table: Record<string, unknown>): Values {
  return new Map(Object.entries(table).map(([k, v]) => [normKey(k), v]));
}

/** A list option: a TOML array, or INI text separated by commas and new lines. */
export function listOf(v: unknown): string[] {
  const items = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/[,\n]/) : [];
  return items.map((s) => s.trim()).filter((s) => s.length > 0);
}

function intOf(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** `[tool.ruff] line-length (pyproject.toml)`: an option and the file it is in, relative to the workspace. */
function sourceOf(s: ToolSettings, option: string, workspace: string): string {
  const rel = path.relative(workspace, s.file) || s.file;
  const where = s.where.startsWith('[') ? `${s.where.split(' ')[0]} ${option}` : `${option}`;
  return `${where} (${rel.split(path.sep).join('/')})`;
}

// ---------------------------------------------------------------------------------------------------------
// Exclude patterns, in each tool's own dialect.

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

function rule(
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

function excludeRules(
  s: ToolSettings | undefined,
  tool: ToolId | 'black',
  cwd: string,
  ws: string,
): ExcludeRule[] {
  if (!s) return [];
  const dir = path.dirname(s.file);
  const out: ExcludeRule[] = [];
  const add = (option: string, kind: PatternKind, ruleBase = dir) => {
    const value = s.values.get(option);
    // A regex searched in paths is one string (commas and new lines are part of it), or a TOML array of them.
    const patterns = kind === 'search-regex' && typeof value === 'string' ? [value] : listOf(value);
    for (const p of patterns) {
      // black reads a pattern over several lines as verbose (its re_compile_maybe_verbose).
      const pattern = tool === 'black' && p.includes('\n') && !p.startsWith('(?x)') ? `(?x)${p}` : p;
      out.push(rule(tool, kind, pattern, ruleBase, sourceOf(s, option, ws)));
    }
  };
  switch (tool) {
    case 'ruff':
    case 'flake8':
      add('exclude', 'glob');
      add('extend-exclude', 'glob');
      break;
    case 'pylint':
      add('ignore', 'name');
      add('ignore-patterns', 'basename-regex');
      add('ignore-paths', 'path-regex', cwd);
      break;
    case 'isort':
      add('skip', 'name');
      add('extend-skip', 'name');
      add('skip-glob', 'isort-glob');
      add('extend-skip-glob', 'isort-glob');
      break;
    case 'black':
      add('exclude', 'search-regex');
      add('extend-exclude', 'search-regex');
      add('force-exclude', 'search-regex');
      break;
    case 'mypy':
      add('exclude', 'search-regex', cwd);
      break;
    default:
      break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The formatter and the line length.

/** `[tool.black]` in the nearest pyproject.toml that has it, from `start` up to `root`. */
function blackSettings(start: string, root: string): ToolSettings | undefined {
  for (const dir of searchDirs(start, root)) {
    const file = path.join(dir, 'pyproject.toml');
    const black = (tomlDoc(file)?.tool as Record<string, unknown> | undefined)?.black;
    if (isTable(black)) return { file, where: '[tool.black]', values: topLevel(black) };
  }
  return undefined;
}

/** Every requirement string of a pyproject.toml: dependencies, extras, groups, uv's dev-dependencies. */
function requirements(doc: Record<string, unknown>): string[] {
  const project = isTable(doc.project) ? doc.project : {};
  const uv = isTable(doc.tool) && isTable(doc.tool.uv) ? doc.tool.uv : {};
  const lists: unknown[] = [project.dependencies, uv['dev-dependencies']];
  for (const group of [project['optional-dependencies'], doc['dependency-groups']]) {
    if (isTable(group)) lists.push(...Object.values(group));
  }
  return lists.flatMap((l) => (Array.isArray(l) ? l.filter((x): x is string => typeof x === 'string') : []));
}

/**
 * The formatter the project uses, by its configuration: `[tool.ruff.format]` (or `[format]` in ruff.toml),
 * `[tool.black]`, black among the pyproject.toml requirements, a black or ruff-format pre-commit hook, or
 * `ruff-format` among the stack's tools. ruff in the requirements alone is not enough: many only lint.
 */
function detectFormatter(
  ruff: ToolSettings | undefined,
  black: ToolSettings | undefined,
  opts: { cwd: string; workspace: string; tools: readonly ToolId[] },
): SharedConfig['formatter'] {
  const rel = (f: string) => (path.relative(opts.workspace, f) || f).split(path.sep).join('/');
  if (ruff && isTable(ruff.values.get('format'))) {
    const table = ruff.where.startsWith('[') ? '[tool.ruff.format]' : '[format]';
    return { name: 'ruff format', from: `${table} in ${rel(ruff.file)}` };
  }
  if (black) return { name: 'black', from: `[tool.black] in ${rel(black.file)}` };
  for (const dir of searchDirs(opts.cwd, opts.workspace)) {
    const pyproject = path.join(dir, 'pyproject.toml');
    const doc = tomlDoc(pyproject);
    if (doc && requirements(doc).some((r) => /^\s*black\s*(?:[[<>=!~;@\s]|$)/i.test(r))) {
      return { name: 'black', from: `black required in ${rel(pyproject)}` };
    }
    const hooks = readText(path.join(dir, '.pre-commit-config.yaml'));
    const hook = hooks && /^\s*-?\s*id:\s*['"]?(black|ruff-format)['"]?\s*$/m.exec(hooks);
    if (hook) {
      const name = hook[1] === 'black' ? 'black' : 'ruff format';
      return { name, from: `the ${hook[1]} hook in ${rel(path.join(dir, '.pre-commit-config.yaml'))}` };
    }
  }
  if (opts.tools.includes('ruff-format')) return { name: 'ruff format', from: 'ruff-format in tools' };
  return undefined;
}

/** The option that sets each tool's line length, as written in its configuration. */
const LENGTH_OPTION: Partial<Record<ToolId, string[]>> = {
  ruff: ['line-length'],
  'ruff-format': ['line-length'],
  flake8: ['max-line-length'],
  pylint: ['max-line-length'],
  isort: ['line-length'],
  autopep8: ['max-line-length'],
};

/** The codes a flake8 `select`/`extend-select` names explicitly: those the project wants, conflict or not. */
function selected(values: Values | undefined, code: string): boolean {
  if (!values) return false;
  const chosen = [...listOf(values.get('select')), ...listOf(values.get('extend-select'))];
  return chosen.some((c) => c === code);
}

// ---------------------------------------------------------------------------------------------------------

export interface SharedConfigOptions {
  /** The working directory the tools run in. */
  cwd: string;
  /** Configuration is looked for from cwd up to here. */
  workspace: string;
  tools: readonly ToolId[];
  /** Each tool's own configuration (config.ts), as the plan found it. */
  configs: Partial<Record<ToolId, ToolConfig>>;
}

/** Reads the project's configuration once and decides what reaches each tool of the stack. */
export function loadSharedConfig(o: SharedConfigOptions): SharedConfig {
  const find = (t: ToolId) => (t in o.configs ? o.configs[t] : findToolConfig(t, o.cwd, o.workspace));
  const ruff = settingsOf('ruff', find('ruff'));
  const flake8 = settingsOf('flake8', find('flake8'));
  const pylint = settingsOf('pylint', find('pylint'));
  const isort = settingsOf('isort', find('isort'));
  const mypy = settingsOf('mypy', find('mypy'));
  const black = blackSettings(o.cwd, o.workspace);
  const excludes = [
    ...excludeRules(ruff, 'ruff', o.cwd, o.workspace),
    ...excludeRules(flake8, 'flake8', o.cwd, o.workspace),
    ...excludeRules(pylint, 'pylint', o.cwd, o.workspace),
    ...excludeRules(isort, 'isort', o.cwd, o.workspace),
    ...excludeRules(black, 'black', o.cwd, o.workspace),
    ...excludeRules(mypy, 'mypy', o.cwd, o.workspace),
  ];

  // The project's length: ruff's, then black's, then flake8's or pylint's own.
  let lineLength: SharedConfig['lineLength'];
  for (const [s, option] of [
    [ruff, 'line-length'],
    [black, 'line-length'],
    [flake8, 'max-line-length'],
    [pylint, 'max-line-length'],
  ] as const) {
    const value = s ? intOf(s.values.get(option)) : undefined;
    if (s && value !== undefined) {
      lineLength = { value, from: sourceOf(s, option, o.workspace) };
      break;
    }
  }

  const carried: CarriedSetting[] = [];
  const lineLengthFor: SharedConfig['lineLengthFor'] = {};
  if (lineLength) {
    for (const tool of o.tools) {
      const options = LENGTH_OPTION[tool];
      if (!options) continue;
      const own = find(tool);
      const ownValues = tool === 'ruff-format' ? ruff : settingsOf(tool, own);
      const hasOwn =
        (ownValues && options.some((k) => ownValues.values.has(k))) ||
        (!ownValues && own?.keys.some((k) => options.includes(k)));
      if (hasOwn) continue;
      lineLengthFor[tool] = lineLength.value;
      const flag =
        tool === 'flake8' || tool === 'pylint' || tool === 'autopep8' ? 'max-line-length' : 'line-length';
      carried.push({ tool, setting: flag, value: String(lineLength.value), from: lineLength.from });
    }
  }

  const formatter = detectFormatter(ruff, black, o);
  let flake8ExtendIgnore: string[] | undefined;
  if (o.tools.includes('flake8') && (formatter || lineLength)) {
    const own = listOf(flake8?.values.get('extend-ignore'));
    // Without a configuration of its own, flake8 gets our defaults: E501 goes to the project's length.
    const ours = flake8 ? [] : [...(lineLength ? [] : ['E501']), 'W503'];
    const conflicts = formatter ? FORMATTER_CONFLICTS.filter((c) => !selected(flake8?.values, c)) : [];
    const added = conflicts.filter((c) => !own.includes(c) && !ours.includes(c));
    if (added.length > 0 || !flake8) flake8ExtendIgnore = [...new Set([...own, ...ours, ...conflicts])];
    if (added.length > 0) {
      carried.push({
        tool: 'flake8',
        setting: 'extend-ignore',
        value: added.join(','),
        from: `${formatter?.name} formats this project (${formatter?.from})`,
      });
    }
  }

  return {
    excludes,
    ...(lineLength ? { lineLength } : {}),
    ...(formatter ? { formatter } : {}),
    lineLengthFor,
    ...(flake8ExtendIgnore ? { flake8ExtendIgnore } : {}),
    carried,
  };
}
