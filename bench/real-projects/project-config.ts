// What a project's own configuration says, read the way the tools read it, for the by-hand side of the
// corpus: the line length (ruff, then black, else 88), the formatter, and which tools have a configuration of
// their own (whose explicit settings then win). Deliberately independent of src/: it is the reference.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'smol-toml';

export interface ProjectConfig {
  lineLength: number;
  /** Where the line length came from: `[tool.ruff] line-length`, `[tool.black] line-length`, `default`. */
  lineLengthFrom: string;
  formatter?: 'black' | 'ruff';
  ruff: boolean;
  /** Each tool's own configuration text (INI section or TOML table as text), when it has one. */
  flake8?: string;
  pylint?: string;
  isort?: string;
  autoflake?: string;
}

type Table = Record<string, unknown>;

function readToml(file: string): Table {
  try {
    return parse(fs.readFileSync(file, 'utf8')) as Table;
  } catch {
    return {};
  }
}

function read(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The INI section `[name]` (or `[tool:name]`) of a setup.cfg / tox.ini / .flake8, as text. */
function iniSection(text: string, names: string[]): string | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => names.some((n) => l.trim() === `[${n}]`));
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && /^\s*\[/.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

const tool = (t: Table, name: string): Table | undefined =>
  ((t.tool as Table | undefined)?.[name] as Table | undefined) ?? undefined;

/**
 * The configuration that applies in `dir`, looking in `dir` and then up to `root` (a workspace member
 * inherits the root's [tool.ruff] as ruff itself does when the member has none).
 */
export function projectConfig(dir: string, root: string): ProjectConfig {
  const dirs = [dir];
  for (let d = dir; d !== root && d !== path.dirname(d); ) {
    d = path.dirname(d);
    dirs.push(d);
  }
  let ruff: Table | undefined;
  let black: Table | undefined;
  let ruffFormat = false;
  let flake8: string | undefined;
  let pylint: string | undefined;
  let isort: string | undefined;
  let autoflake: string | undefined;
  let preCommit = '';
  for (const d of dirs) {
    const py = readToml(path.join(d, 'pyproject.toml'));
    const ruffToml = ['ruff.toml', '.ruff.toml'].map((f) => path.join(d, f)).find((f) => fs.existsSync(f));
    ruff ??= ruffToml ? readToml(ruffToml) : tool(py, 'ruff');
    black ??= tool(py, 'black');
    if (tool(py, 'ruff')?.format) ruffFormat = true;
    const cfg = read(path.join(d, 'setup.cfg'));
    const tox = read(path.join(d, 'tox.ini'));
    const dotFlake8 = read(path.join(d, '.flake8'));
    flake8 ??=
      iniSection(dotFlake8, ['flake8']) ?? iniSection(cfg, ['flake8']) ?? iniSection(tox, ['flake8']);
    const pylintToml = tool(py, 'pylint');
    pylint ??=
      (pylintToml ? JSON.stringify(pylintToml) : undefined) ??
      (read(path.join(d, '.pylintrc')) || read(path.join(d, 'pylintrc')) || undefined) ??
      iniSection(cfg, ['pylint.FORMAT', 'pylint.MASTER', 'pylint']);
    const isortToml = tool(py, 'isort');
    isort ??=
      (isortToml ? JSON.stringify(isortToml) : undefined) ??
      iniSection(read(path.join(d, '.isort.cfg')), ['settings', 'isort']) ??
      iniSection(cfg, ['isort', 'tool:isort']);
    const autoflakeToml = tool(py, 'autoflake');
    autoflake ??=
      (autoflakeToml ? JSON.stringify(autoflakeToml) : undefined) ?? iniSection(cfg, ['autoflake']);
    preCommit ||= read(path.join(d, '.pre-commit-config.yaml'));
  }
  const ruffLength = ruff?.['line-length'];
  const blackLength = black ? (black['line-length'] ?? 88) : undefined;
  const [lineLength, lineLengthFrom] =
    typeof ruffLength === 'number'
      ? [ruffLength, '[tool.ruff] line-length']
      : typeof blackLength === 'number'
        ? [blackLength, '[tool.black] line-length']
        : [88, 'default'];
  const formatter = black
    ? 'black'
    : ruffFormat || /id:\s*ruff-format/.test(preCommit)
      ? 'ruff'
      : /\/black\b|id:\s*black\b/.test(preCommit)
        ? 'black'
        : undefined;
  return {
    lineLength,
    lineLengthFrom,
    ...(formatter ? { formatter } : {}),
    ruff: ruff !== undefined,
    ...(flake8 !== undefined ? { flake8 } : {}),
    ...(pylint !== undefined ? { pylint } : {}),
    ...(isort !== undefined ? { isort } : {}),
    ...(autoflake !== undefined ? { autoflake } : {}),
  };
}

/** True when a tool's own configuration text sets one of these keys. */
export function sets(config: string | undefined, ...keys: string[]): boolean {
  return config !== undefined && keys.some((k) => new RegExp(`(^|[\\s"{,])${k}"?\\s*[=:]`, 'm').test(config));
}
