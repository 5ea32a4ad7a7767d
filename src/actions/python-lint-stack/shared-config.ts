import * as path from 'node:path';
import { parse } from 'smol-toml';
import { findToolConfig, iniValues, normKey, readText, searchDirs, type ToolConfig } from './config.js';
import { type ExcludeRule, type PatternKind, rule } from './exclude-patterns.js';
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
    // Without a configuration of its own, flake8 keeps our defaults (E501, W503): pylint's line-too-long at the
    // project's length already reports long lines, and flake8's E501 on top repeated them on projects whose own
    // ruff configuration leaves E501 off (measured in bench/real-projects: a2a-sdk, pymilvus).
    const ours = flake8 ? [] : ['E501', 'W503'];
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
