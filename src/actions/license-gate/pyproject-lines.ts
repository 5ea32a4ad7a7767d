import { normalizePackageName } from './policy.js';

/**
 * Where pyproject.toml declares each direct dependency, for annotations on the line that brings a failing
 * package in. Reads `[project] dependencies`, `[project.optional-dependencies]`, `[dependency-groups]` and
 * `[tool.uv] dev-dependencies`; a TOML parser would not give line numbers.
 */

export interface DeclarationLine {
  /** 1-based line number. */
  line: number;
  /** `dependencies`, `optional-dependencies.<extra>`, `dependency-groups.<group>` or `tool.uv.dev-dependencies`. */
  section: string;
}

/** The key a dependency array sits under in a table, or undefined when the table's arrays are not ours. */
function arraySection(table: string, key: string): string | undefined {
  if (table === 'project' && key === 'dependencies') return 'dependencies';
  if (table === 'project.optional-dependencies') return `optional-dependencies.${key}`;
  if (table === 'dependency-groups') return `dependency-groups.${key}`;
  if (table === 'tool.uv' && key === 'dev-dependencies') return 'tool.uv.dev-dependencies';
  return undefined;
}

/** The first line declaring each dependency, by PEP 503 normalised name. */
export function findDependencyLines(pyproject: string): Map<string, DeclarationLine> {
  const out = new Map<string, DeclarationLine>();
  let table = '';
  let section: string | undefined;
  let depth = 0;
  const lines = pyproject.split(/\r?\n/);
  lines.forEach((raw, index) => {
    let line = raw;
    if (depth === 0) {
      const header = /^\s*\[([^[\]]+)\]\s*(#.*)?$/.exec(line);
      if (header) {
        table = header[1]!
          .trim()
          .replace(/\s*\.\s*/g, '.')
          .replace(/"/g, '');
        return;
      }
      const assign = /^\s*("?)([A-Za-z0-9_.-]+)\1\s*=\s*\[/.exec(line);
      if (!assign) return;
      section = arraySection(table, assign[2]!);
      if (!section) return;
      line = line.slice(assign[0].length - 1);
    }
    // Walk the line: strings are requirements, brackets outside strings open and close the array.
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === '#') break;
      if (c === '[') depth++;
      else if (c === ']') depth--;
      else if (c === '"' || c === "'") {
        const end = line.indexOf(c, i + 1);
        const value = line.slice(i + 1, end < 0 ? undefined : end);
        const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(value)?.[1];
        // `{ include-group = "dev" }` names a group, not a package.
        const isValue = /=\s*$/.test(line.slice(0, i));
        if (name && section && !isValue) {
          const key = normalizePackageName(name);
          if (!out.has(key)) out.set(key, { line: index + 1, section });
        }
        if (end < 0) break;
        i = end;
      }
      if (depth === 0) {
        section = undefined;
        break;
      }
    }
  });
  return out;
}
