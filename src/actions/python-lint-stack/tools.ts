import { PYTHON_TOOLS, type PythonToolSpec } from '../../provision/python-tools.js';

/** Every linter the stack can run; `ruff-format` is `ruff format --check`, the rest are their own CLIs. */
export const TOOL_IDS = [
  'autoflake',
  'flake8',
  'ruff',
  'isort',
  'pylint',
  'mypy',
  'ruff-format',
  'autopep8',
] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/** What `tools` accepts: tool names and the `fast` preset. */
export const TOOL_CHOICES = [...TOOL_IDS, 'fast'] as const;
export type ToolChoice = (typeof TOOL_CHOICES)[number];

/** The stack a Python team typically runs from its Makefile. */
export const DEFAULT_TOOLS: readonly ToolId[] = ['autoflake', 'flake8', 'ruff', 'isort', 'pylint'];

/**
 * The `fast` preset: ruff alone, with the rule families that cover the default stack: pycodestyle (E, W)
 * and pyflakes (F) for flake8 and autoflake, mccabe (C90) for the complexity pass, isort (I) and ruff's
 * ports of pylint's checks (PL).
 */
export const FAST_RULES = ['E', 'W', 'F', 'C90', 'I', 'PL'] as const;

/** The fixers `fix: true` runs, in this order (the stack's `format` target). */
export const FIXERS: readonly ToolId[] = ['autoflake', 'autopep8', 'ruff', 'isort'];

export interface ToolInfo {
  id: ToolId;
  /** The PyPI distribution and its pinned version. */
  spec: PythonToolSpec;
  /** Relative cost, for starting the slowest tools first. */
  weight: number;
  /** The tool's documentation, for findings without a rule page. */
  home: string;
}

export const TOOLS: Record<ToolId, ToolInfo> = {
  pylint: { id: 'pylint', spec: PYTHON_TOOLS.pylint, weight: 100, home: 'https://pylint.readthedocs.io/' },
  mypy: { id: 'mypy', spec: PYTHON_TOOLS.mypy, weight: 60, home: 'https://mypy.readthedocs.io/' },
  flake8: { id: 'flake8', spec: PYTHON_TOOLS.flake8, weight: 20, home: 'https://flake8.pycqa.org/' },
  autopep8: {
    id: 'autopep8',
    spec: PYTHON_TOOLS.autopep8,
    weight: 15,
    home: 'https://pypi.org/project/autopep8/',
  },
  autoflake: {
    id: 'autoflake',
    spec: PYTHON_TOOLS.autoflake,
    weight: 10,
    home: 'https://pypi.org/project/autoflake/',
  },
  isort: { id: 'isort', spec: PYTHON_TOOLS.isort, weight: 5, home: 'https://pycqa.github.io/isort/' },
  ruff: { id: 'ruff', spec: PYTHON_TOOLS.ruff, weight: 2, home: 'https://docs.astral.sh/ruff/' },
  'ruff-format': {
    id: 'ruff-format',
    spec: PYTHON_TOOLS.ruff,
    weight: 1,
    home: 'https://docs.astral.sh/ruff/formatter/',
  },
};

/** The PyPI packages whose versions `tool-versions` may set. */
export const TOOL_PACKAGES: readonly string[] = [...new Set(TOOL_IDS.map((t) => TOOLS[t].spec.package))];

/** Slowest first, so the longest run starts at once and the short ones fill the other slots. */
export function bySlowestFirst(tools: readonly ToolId[]): ToolId[] {
  return [...tools].sort((a, b) => TOOLS[b].weight - TOOLS[a].weight);
}
