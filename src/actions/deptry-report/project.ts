import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'smol-toml';
import { locateUvProjectLeniently } from '../../core/uv-project.js';

/** How the project declares its dependencies, in the order deptry itself checks (its DependencyGetterBuilder). */
export type Layout = 'poetry' | 'uv' | 'pdm' | 'pep621' | 'requirements';

/** What deptry-report needs to know about one working directory before and after deptry runs. */
export interface ProjectInfo {
  /** Absolute. */
  dir: string;
  layout: Layout;
  /** Where a run-time dependency is added, as a person names it: `[project].dependencies`, `requirements.txt`. */
  runtimeTarget: string;
  /** `[tool.deptry]` of pyproject.toml ({} when absent). */
  deptryConfig: Record<string, unknown>;
  /** The uv.lock that governs the project (its own, or its uv workspace root's), if any. */
  uvLock?: string;
  /** The environment `uv sync` fills for it (UV_PROJECT_ENVIRONMENT, else `.venv` at the workspace root). */
  uvEnvironment?: string;
  /** `[tool.uv] conflicts` is declared: `--all-extras --all-groups` cannot be installed together. */
  uvConflicts: boolean;
  /** Whether pyproject.toml has a `[project]` table (uv can run it as a project). */
  hasProjectTable: boolean;
  /** Top-level modules under `src/` (a src layout): first-party, though deptry scanning `.` cannot tell. */
  srcModules: string[];
}

type Table = Record<string, unknown>;
const table = (v: unknown): Table =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Table) : {};
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function hasPython(dir: string, depth = 0): boolean {
  if (depth > 8) return false;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isFile() && e.name.endsWith('.py')) return true;
    if (e.isDirectory() && e.name !== '__pycache__' && hasPython(path.join(dir, e.name), depth + 1))
      return true;
  }
  return false;
}

/**
 * The modules a src layout provides: each directory under `src/` holding Python files (at any depth, so PEP 420
 * namespace packages count) and each `src/*.py` module.
 */
export function srcLayoutModules(dir: string): string[] {
  const src = path.join(dir, 'src');
  if (!fs.statSync(src, { throwIfNoEntry: false })?.isDirectory()) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(src, { withFileTypes: true })) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*(\.py)?$/.test(e.name)) continue;
    if (e.isFile() && e.name.endsWith('.py') && e.name !== '__init__.py') out.push(e.name.slice(0, -3));
    else if (e.isDirectory() && hasPython(path.join(src, e.name))) out.push(e.name);
  }
  return out.sort();
}

function runtimeTarget(layout: Layout, doc: Table, dir: string, config: Table): string {
  const project = table(doc.project);
  if (layout === 'requirements') {
    const configured = strings(config.requirements_files);
    if (configured[0]) return configured[0];
    return fs.existsSync(path.join(dir, 'requirements.in')) ? 'requirements.in' : 'requirements.txt';
  }
  const dynamicFile = strings(table(table(table(table(doc.tool).setuptools).dynamic).dependencies).file)[0];
  if (strings(project.dynamic).includes('dependencies') && dynamicFile) return dynamicFile;
  if (layout === 'poetry' && strings(project.dependencies).length === 0) return '[tool.poetry.dependencies]';
  return '[project].dependencies';
}

/**
 * Reads pyproject.toml (if any) of a working directory. A pyproject.toml that is not valid TOML is not an
 * error here: deptry reads it too and its own message is the one the user gets.
 */
export function readProject(
  dir: string,
  workspace: string,
  env: NodeJS.ProcessEnv = process.env,
): ProjectInfo {
  let doc: Table = {};
  try {
    doc = table(parse(fs.readFileSync(path.join(dir, 'pyproject.toml'), 'utf8')));
  } catch {
    doc = {};
  }
  const tool = table(doc.tool);
  const hasProjectTable = Object.keys(table(doc.project)).length > 0;
  const layout: Layout =
    'poetry' in tool
      ? 'poetry'
      : 'dev-dependencies' in table(tool.uv)
        ? 'uv'
        : 'dev-dependencies' in table(tool.pdm)
          ? 'pdm'
          : hasProjectTable
            ? 'pep621'
            : 'requirements';
  const deptryConfig = table(tool.deptry);
  const conflicts = table(tool.uv).conflicts;
  // Found as uv finds it, within the checkout; a pyproject.toml that is not TOML is left to deptry to report.
  const uv = locateUvProjectLeniently(dir, env, { ceiling: workspace });
  return {
    dir,
    layout,
    runtimeTarget: runtimeTarget(layout, doc, dir, deptryConfig),
    deptryConfig,
    ...(uv?.lockExists ? { uvLock: uv.lockFile } : {}),
    ...(uv ? { uvEnvironment: uv.environment } : {}),
    uvConflicts: Array.isArray(conflicts) && conflicts.length > 0,
    hasProjectTable,
    srcModules: srcLayoutModules(dir),
  };
}

/** The `[tool.deptry]` list setting `name` (deptry accepts a list, or a comma-separated string). */
export function configList(p: ProjectInfo, name: string): string[] {
  const v = p.deptryConfig[name];
  return typeof v === 'string' ? v.split(',').filter(Boolean) : strings(v);
}
