import { normalizePackageName } from './python-names.js';
import { scanToml } from './toml-scan.js';

/**
 * Where pyproject.toml declares each dependency, for annotations on the line that must change: the PEP 621
 * arrays (`[project] dependencies`, `[project.optional-dependencies]`), PEP 735 `[dependency-groups]`,
 * `[tool.uv] dev-dependencies`, `[tool.pdm.dev-dependencies]`, and Poetry's tables (`[tool.poetry.dependencies]`,
 * `[tool.poetry.dev-dependencies]`, `[tool.poetry.group.<g>.dependencies]`), in any TOML spelling: multi-line
 * arrays, comments, quoted or dotted keys, inline tables, sub-tables. Found by scanning the TOML grammar
 * (toml-scan.ts), never by searching the text.
 */

export interface DependencyDeclaration {
  /** The name as written, e.g. `Requests`. */
  name: string;
  /** PEP 503 normalised name, e.g. `requests`. */
  key: string;
  /** 1-based line and column of the requirement string (arrays) or of the key (Poetry tables). */
  line: number;
  column: number;
  /**
   * `dependencies`, `optional-dependencies.<extra>`, `dependency-groups.<group>`, `tool.uv.dev-dependencies`,
   * `tool.pdm.dev-dependencies.<group>`, `tool.poetry.dependencies`, `tool.poetry.dev-dependencies` or
   * `tool.poetry.group.<group>.dependencies`.
   */
  section: string;
  /** The place as a person names it: `[project].dependencies`, `[dependency-groups].dev`, `[tool.poetry.dependencies]`. */
  table: string;
}

/** One line per dependency, for callers that need only where it first appears. */
export interface DeclarationLine {
  line: number;
  section: string;
}

const normalise = normalizePackageName;

const eq = (path: readonly string[], ...want: string[]) =>
  path.length === want.length && want.every((w, i) => path[i] === w);

/** The array sections: a PEP 508 string in the array at `path` declares a dependency. */
function arraySection(path: readonly string[]): { section: string; table: string } | undefined {
  const [a, b, c, d] = path;
  if (eq(path, 'project', 'dependencies'))
    return { section: 'dependencies', table: '[project].dependencies' };
  if (path.length === 3 && a === 'project' && b === 'optional-dependencies')
    return { section: `optional-dependencies.${c}`, table: `[project.optional-dependencies].${c}` };
  if (path.length === 2 && a === 'dependency-groups')
    return { section: `dependency-groups.${b}`, table: `[dependency-groups].${b}` };
  if (eq(path, 'tool', 'uv', 'dev-dependencies'))
    return { section: 'tool.uv.dev-dependencies', table: '[tool.uv].dev-dependencies' };
  if (path.length === 4 && a === 'tool' && b === 'pdm' && c === 'dev-dependencies')
    return { section: `tool.pdm.dev-dependencies.${d}`, table: `[tool.pdm.dev-dependencies].${d}` };
  return undefined;
}

/** Poetry's tables, where each key is a dependency: the section and the table's path length. */
function poetryTable(path: readonly string[]): { section: string; depth: number } | undefined {
  const [a, b, c, d, e] = path;
  if (a !== 'tool' || b !== 'poetry') return undefined;
  if (c === 'dependencies' || c === 'dev-dependencies') return { section: `tool.poetry.${c}`, depth: 3 };
  if (c === 'group' && d !== undefined && e === 'dependencies')
    return { section: `tool.poetry.group.${d}.dependencies`, depth: 5 };
  return undefined;
}

/** The distribution name at the start of a PEP 508 requirement (`Requests[socks]>=2 ; ...` → `Requests`). */
export function requirementName(spec: string): string | undefined {
  return /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(spec)?.[1];
}

/**
 * Every dependency declaration in a pyproject.toml, in file order. A name may appear more than once (two
 * markers, or in dependencies and a group). Invalid TOML gives the declarations before the error.
 */
export function findDependencyDeclarations(pyproject: string): DependencyDeclaration[] {
  const out: DependencyDeclaration[] = [];
  const poetrySeen = new Set<string>();
  for (const ev of scanToml(pyproject).events) {
    if (ev.kind === 'array-string') {
      const where = arraySection(ev.path);
      const name = where && requirementName(ev.value);
      if (where && name) out.push({ name, key: normalise(name), line: ev.line, column: ev.column, ...where });
      continue;
    }
    // Poetry: `name = ...`, `name.version = ...`, `[tool.poetry.dependencies.name]` all declare `name`; the
    // first of them is the declaration, the keys inside its inline table or sub-table are not.
    for (let depth = 3; depth <= 5; depth += 2) {
      const table = poetryTable(ev.path.slice(0, depth));
      const name = ev.path[depth];
      if (!table || table.depth !== depth || name === undefined || name === 'python') continue;
      const id = `${table.section}\n${name}`;
      if (poetrySeen.has(id)) continue;
      poetrySeen.add(id);
      out.push({
        name,
        key: normalise(name),
        line: ev.line,
        column: ev.column,
        section: table.section,
        table: `[${table.section}]`,
      });
    }
  }
  return out;
}

/** The first line declaring each dependency, by PEP 503 normalised name. */
export function findDependencyLines(pyproject: string): Map<string, DeclarationLine> {
  const out = new Map<string, DeclarationLine>();
  for (const d of findDependencyDeclarations(pyproject)) {
    if (!out.has(d.key)) out.set(d.key, { line: d.line, section: d.section });
  }
  return out;
}
