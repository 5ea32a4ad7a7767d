import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { machineEnv } from './python.js';

/**
 * A monorepo as the tests of actions/projects and actions/merge-reports see one, written into a directory:
 *
 *   pyproject.toml            a virtual uv workspace root (no [project]): members = ["packages/*"]
 *   packages/core             acme-core, depended on by acme-api
 *   packages/api              acme-api → acme-core (workspace source); a Dockerfile and a [tool.pyprod] service
 *   packages/cli              acme-cli → acme-api (so → acme-core, transitively)
 *   services/billing          standalone, its own uv.lock; a path dependency on packages/core
 *   tools/gen                 standalone, requires-python >= 3.11
 *
 * and what discovery must not list: a pyproject.toml in .venv/, node_modules/, a virtual environment
 * (venv/ with pyvenv.cfg), a gitignored build/, and docs/ whose pyproject.toml holds only tool settings.
 * The lock files are made by the real `uv lock` (offline: the projects have no registry dependencies).
 *
 * PLANTED_FAULTS is the change that makes two of the five projects fail their checks (the end-to-end run of
 * the monorepo template lands it as a pull request): a lint error in a workspace member and a GPL dependency
 * in a standalone project. Its lock needs the registry (`uvLock(..., { online: true })`).
 */

export const MEMBERS = ['packages/api', 'packages/cli', 'packages/core'];
export const STANDALONE = ['services/billing', 'tools/gen'];
export const ALL_PROJECTS = [...MEMBERS, ...STANDALONE].sort();

const project = (name: string, deps: string[] = [], extra = '', python = '>=3.10') =>
  `[project]\nname = "${name}"\nversion = "0.1.0"\nlicense = "MIT"\nrequires-python = "${python}"\n` +
  `dependencies = ${JSON.stringify(deps)}\n${extra}`;

export const MONOREPO_FILES: Record<string, string> = {
  'pyproject.toml': '[tool.uv.workspace]\nmembers = ["packages/*"]\n\n[tool.ruff]\nline-length = 100\n',
  '.gitignore': 'build/\n',
  'README.md': '# acme\n',
  'packages/core/pyproject.toml': project('acme-core'),
  // The projects' code passes every check: the end-to-end run's healthy projects.
  'packages/core/src/acme_core/__init__.py': '"""The core values."""\n\nVALUE = 1\n',
  'packages/api/pyproject.toml': project(
    'acme_api',
    ['acme-core'],
    '\n[tool.uv.sources]\nacme-core = { workspace = true }\n\n[tool.pyprod]\n' +
      'service = ".venv/bin/uvicorn acme_api:app --port 8000"\nservice-url = "http://127.0.0.1:8000/health"\n',
  ),
  'packages/api/Dockerfile': 'FROM python:3.12-slim\n',
  'packages/api/src/acme_api/__init__.py':
    '"""The API."""\n\nfrom acme_core import VALUE\n\n__all__ = ["VALUE"]\n',
  'packages/cli/pyproject.toml': project(
    'acme-cli',
    ['acme-api'],
    '\n[tool.uv.sources]\nacme-api = { workspace = true }\n',
  ),
  'packages/cli/src/acme_cli/__init__.py':
    '"""The command line."""\n\nimport acme_api\n\nprint(acme_api.VALUE)\n',
  'services/billing/pyproject.toml': project(
    'billing',
    ['acme-core'],
    '\n[tool.uv.sources]\nacme-core = { path = "../../packages/core", editable = true }\n',
  ),
  'services/billing/billing.py': '"""Billing."""\n\nimport acme_core\n\nprint(acme_core.VALUE)\n',
  'tools/gen/pyproject.toml': project('gen', [], '', '>=3.11'),
  'tools/gen/gen.py': '"""Generates."""\n\nprint("gen")\n',
  // Never projects:
  'docs/pyproject.toml': '[tool.black]\nline-length = 100\n',
  '.venv/lib/python3.12/site-packages/vendored/pyproject.toml': project('vendored'),
  'node_modules/some-pkg/pyproject.toml': project('some-pkg'),
  'venv/pyvenv.cfg': 'home = /usr/bin\n',
  'venv/lib/thing/pyproject.toml': project('thing'),
  'build/lib/pyproject.toml': project('built'),
};

/** The two projects PLANTED_FAULTS makes fail, and the check each fails (merge-reports' names). */
export const PLANTED = { 'packages/core': 'lint', 'tools/gen': 'licenses' } as const;

/**
 * A lint error in packages/core (ruff F401, an unused import; acme-core is the member the others depend on,
 * so a change-only selection takes every project) and a GPL dependency of tools/gen (Unidecode, GPL-2.0+,
 * used by the code so that only the licence check objects to it).
 */
export const PLANTED_FAULTS: Record<string, string> = {
  'packages/core/src/acme_core/units.py': '"""Units."""\n\nimport os\n\nUNIT = "m"\n',
  'tools/gen/pyproject.toml': project('gen', ['unidecode>=1.3'], '', '>=3.11'),
  'tools/gen/gen.py': '"""Generates."""\n\nfrom unidecode import unidecode\n\nprint(unidecode("gen"))\n',
};

/** Where `uv lock` runs: the workspace root and each standalone project. */
export const LOCK_DIRS = ['.', ...STANDALONE];

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** `uv lock --offline` in `dir` (or from the registry, `online`). */
export function uvLock(uv: string, dir: string, opts: { online?: boolean } = {}): void {
  execFileSync(uv, ['lock', ...(opts.online ? [] : ['--offline']), '--quiet'], {
    cwd: dir,
    env: machineEnv({ UV_PYTHON_DOWNLOADS: 'never', UV_NO_PROGRESS: '1' }),
    stdio: 'pipe',
  });
}

/** Writes the monorepo into `dir` (made a git repository unless it is one, so that .gitignore applies) and locks it. */
export function writeMonorepo(dir: string, uv: string): void {
  if (!fs.existsSync(path.join(dir, '.git')))
    execFileSync('git', ['init', '-q', '-b', 'main', dir], { stdio: 'pipe' });
  writeFiles(dir, MONOREPO_FILES);
  for (const d of LOCK_DIRS) uvLock(uv, path.join(dir, d));
}
