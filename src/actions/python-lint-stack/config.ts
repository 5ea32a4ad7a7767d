import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'smol-toml';
import type { ToolId } from './tools.js';

/**
 * Whether a tool has its own configuration, found the way the tool looks for it (its files, from the
 * working directory up to the workspace root). A configured tool runs with its configuration alone; our
 * defaults (line length, ignores, complexity) are only for tools without one.
 */
export interface ToolConfig {
  /** Absolute path of the file that configures the tool. */
  file: string;
  /** The option names set in the tool's section or table, lower case with `-` for `_`. */
  keys: string[];
}

type Probe =
  /** A file that is the tool's configuration whatever it holds. */
  | { file: string; kind: 'whole' }
  /** An INI file with one of these sections (a section name ending in `.` matches as a prefix). */
  | { file: string; kind: 'ini'; sections: string[] }
  /** pyproject.toml with `[tool.<name>]`. */
  | { file: 'pyproject.toml'; kind: 'toml'; table: string };

const RUFF: Probe[] = [
  { file: '.ruff.toml', kind: 'whole' },
  { file: 'ruff.toml', kind: 'whole' },
  { file: 'pyproject.toml', kind: 'toml', table: 'ruff' },
];

/** In each tool's own order of precedence within one directory. */
export const CONFIG_PROBES: Record<ToolId, Probe[]> = {
  ruff: RUFF,
  'ruff-format': RUFF,
  flake8: [
    { file: 'setup.cfg', kind: 'ini', sections: ['flake8'] },
    { file: 'tox.ini', kind: 'ini', sections: ['flake8'] },
    { file: '.flake8', kind: 'ini', sections: ['flake8'] },
  ],
  pylint: [
    { file: 'pylintrc', kind: 'whole' },
    { file: 'pylintrc.toml', kind: 'whole' },
    { file: '.pylintrc', kind: 'whole' },
    { file: '.pylintrc.toml', kind: 'whole' },
    { file: 'pyproject.toml', kind: 'toml', table: 'pylint' },
    { file: 'setup.cfg', kind: 'ini', sections: ['pylint.'] },
    { file: 'tox.ini', kind: 'ini', sections: ['pylint.'] },
  ],
  isort: [
    { file: '.isort.cfg', kind: 'whole' },
    { file: 'pyproject.toml', kind: 'toml', table: 'isort' },
    { file: 'setup.cfg', kind: 'ini', sections: ['isort', 'tool:isort'] },
    { file: 'tox.ini', kind: 'ini', sections: ['isort', 'tool:isort'] },
  ],
  autoflake: [
    { file: 'pyproject.toml', kind: 'toml', table: 'autoflake' },
    { file: 'setup.cfg', kind: 'ini', sections: ['autoflake'] },
  ],
  autopep8: [
    { file: 'pyproject.toml', kind: 'toml', table: 'autopep8' },
    { file: 'setup.cfg', kind: 'ini', sections: ['pycodestyle', 'pep8', 'flake8'] },
    { file: 'tox.ini', kind: 'ini', sections: ['pycodestyle', 'pep8', 'flake8'] },
    { file: '.pep8', kind: 'ini', sections: ['pycodestyle', 'pep8'] },
    { file: '.flake8', kind: 'ini', sections: ['flake8'] },
  ],
  mypy: [
    { file: 'mypy.ini', kind: 'whole' },
    { file: '.mypy.ini', kind: 'whole' },
    { file: 'pyproject.toml', kind: 'toml', table: 'mypy' },
    { file: 'setup.cfg', kind: 'ini', sections: ['mypy'] },
  ],
};

export const normKey = (k: string) => k.trim().toLowerCase().replace(/_/g, '-');

/**
 * Section name → option → value of an INI file (`key = value` or `key: value`, names normalised, indented
 * continuation lines appended on new lines, `#`/`;` comment lines skipped).
 */
export function iniValues(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  let key: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*[#;]/.test(line)) continue;
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header) {
      const name = (header[1] as string).trim().toLowerCase();
      current = sections.get(name) ?? new Map<string, string>();
      sections.set(name, current);
      key = undefined;
      continue;
    }
    if (current && key !== undefined && /^\s+\S/.test(line)) {
      current.set(key, `${current.get(key) ?? ''}\n${line.trim()}`);
      continue;
    }
    const kv = /^([A-Za-z0-9_.-]+)\s*[=:](.*)$/.exec(line);
    key = kv && current ? normKey(kv[1] as string) : undefined;
    if (kv && current && key !== undefined) current.set(key, (kv[2] as string).trim());
  }
  return sections;
}

/** Section name → option names of an INI file. */
export function iniSections(text: string): Map<string, string[]> {
  return new Map([...iniValues(text)].map(([name, kv]) => [name, [...kv.keys()]]));
}

export function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function matchProbe(dir: string, probe: Probe): ToolConfig | undefined {
  const file = path.join(dir, probe.file);
  const text = readText(file);
  if (text === undefined) return undefined;
  if (probe.kind === 'whole') {
    return { file, keys: [...iniSections(text).values()].flat() };
  }
  if (probe.kind === 'ini') {
    const keys: string[] = [];
    let found = false;
    for (const [name, k] of iniSections(text)) {
      if (probe.sections.some((s) => (s.endsWith('.') ? name.startsWith(s) : name === s))) {
        found = true;
        keys.push(...k);
      }
    }
    return found ? { file, keys } : undefined;
  }
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch {
    return undefined; // the tools report a broken pyproject.toml themselves
  }
  const table = (doc.tool as Record<string, unknown> | undefined)?.[probe.table];
  if (typeof table !== 'object' || table === null) return undefined;
  return { file, keys: Object.keys(table).map(normKey) };
}

/** The directories from `start` up to `root` (inclusive); only `start` when it is outside `root`. */
export function searchDirs(start: string, root: string): string[] {
  const dirs = [path.resolve(start)];
  const top = path.resolve(root);
  const rel = path.relative(top, dirs[0] as string);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return dirs;
  let dir = dirs[0] as string;
  while (dir !== top) {
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
    dirs.push(dir);
  }
  return dirs;
}

/** The nearest configuration of `tool` from `start` up to `root`, or undefined. */
export function findToolConfig(tool: ToolId, start: string, root: string): ToolConfig | undefined {
  for (const dir of searchDirs(start, root)) {
    for (const probe of CONFIG_PROBES[tool]) {
      const found = matchProbe(dir, probe);
      if (found) return found;
    }
  }
  return undefined;
}
