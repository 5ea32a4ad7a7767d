import type { ToolConfig } from './config.js';
import { FAST_RULES, type ToolId } from './tools.js';

/**
 * The arguments of each tool, as pure functions of what was found and asked for. Every tool writes a
 * machine-readable form (JSON, a format string, a unified diff) and, where it can, exits 0 on findings
 * (`--exit-zero`), so that any other exit code is a crash.
 */

/** Our flake8 line: fields separated by U+001F, which no path, code or message contains. */
export const FLAKE8_SEP = '\x1f';
export const FLAKE8_PREFIX = 'pyprod';
export const FLAKE8_FORMAT = [FLAKE8_PREFIX, '%(path)s', '%(row)d', '%(col)d', '%(code)s', '%(text)s'].join(
  FLAKE8_SEP,
);

/**
 * pylint started through `python -c`: the same pylint, with the collector's first threshold raised. pylint
 * allocates millions of short-lived AST and inference objects, and the default threshold (700) makes Python
 * scan them over and over; at 100,000 the messages are the same and the run takes about 15% less CPU.
 */
export const PYLINT_BOOT =
  "import gc, sys; gc.set_threshold(100_000, 50, 1_000); sys.argv[0] = 'pylint'; " +
  'from pylint import run_pylint; run_pylint()';

/**
 * Directories no linter should walk into: ruff's default `exclude` list (venvs, caches, build output).
 * flake8 walks into `.venv` unless told otherwise; pylint too.
 */
export const EXCLUDED_DIRS = [
  '.bzr',
  '.direnv',
  '.eggs',
  '.git',
  '.git-rewrite',
  '.hg',
  '.ipynb_checkpoints',
  '.mypy_cache',
  '.nox',
  '.pants.d',
  '.pyenv',
  '.pytest_cache',
  '.pytype',
  '.ruff_cache',
  '.svn',
  '.tox',
  '.venv',
  '.vscode',
  '__pypackages__',
  '_build',
  'buck-out',
  'build',
  'dist',
  'node_modules',
  'site-packages',
  'venv',
];

export interface ArgsContext {
  /** Files and directories relative to the tool's working directory, none starting with `-`. */
  targets: string[];
  /** `targets` with directories replaced by what is in them minus EXCLUDED_DIRS (for pylint). */
  expandedTargets: string[];
  /** The tool's own configuration, when it has one: then none of our defaults are passed. */
  config?: ToolConfig;
  maxLineLength: number;
  /**
   * The project's line length (shared-config.ts), for a tool that sets none of its own: passed even when the
   * tool has a configuration. Undefined: `maxLineLength` for tools without a configuration only.
   */
  lineLength?: number;
  /** flake8's whole `--extend-ignore` (shared-config.ts), its own entries included; default `E501,W503`. */
  flake8ExtendIgnore?: string[];
  maxComplexity: number;
  /** ruff with the `fast` preset's rules. */
  fast: boolean;
  /** Worker processes for the tools that have their own (flake8, autoflake). */
  jobs: number;
}

export interface ToolInvocation {
  /** The executable the PyPI package installs (`python` for pylint, see PYLINT_BOOT). */
  command: string;
  args: string[];
  /** Extra environment variables. */
  env?: Record<string, string>;
}

/** The line length flag: the project's when set, else ours for a tool without a configuration. */
function lengthArgs(ctx: ArgsContext, flag: string, joined = false): string[] {
  const n = ctx.lineLength ?? (ctx.config ? undefined : ctx.maxLineLength);
  if (n === undefined) return [];
  return joined ? [`${flag}=${n}`] : [flag, String(n)];
}

function ruffDefaults(ctx: ArgsContext): string[] {
  const out = lengthArgs(ctx, '--line-length');
  if (ctx.fast) {
    out.push('--extend-select', FAST_RULES.join(','));
    if (!ctx.config) out.push('--config', `lint.mccabe.max-complexity = ${ctx.maxComplexity}`);
  }
  return out;
}

function flake8Defaults(ctx: ArgsContext): string[] {
  const complexity = `--max-complexity=${ctx.maxComplexity}`;
  const length = lengthArgs(ctx, '--max-line-length', true);
  const ignore = ctx.flake8ExtendIgnore ? [`--extend-ignore=${ctx.flake8ExtendIgnore.join(',')}`] : [];
  if (ctx.config) {
    return [...length, ...ignore, ...(ctx.config.keys.includes('max-complexity') ? [] : [complexity])];
  }
  return [
    ...length,
    // The strict pass ignores what black-formatted code does on purpose; complexity is reported as warnings.
    ...(ignore.length > 0 ? ignore : ['--extend-ignore=E501,W503']),
    complexity,
    `--extend-exclude=${EXCLUDED_DIRS.join(',')}`,
  ];
}

const AUTOFLAKE_DEFAULTS = [
  '--remove-all-unused-imports',
  '--remove-unused-variables',
  '--remove-duplicate-keys',
];

/** How a tool checks without changing anything. */
export function checkInvocation(tool: ToolId, ctx: ArgsContext): ToolInvocation {
  const lineLength = (flag: string) => lengthArgs(ctx, flag);
  switch (tool) {
    case 'ruff':
      return {
        command: 'ruff',
        args: [
          'check',
          '--output-format',
          'json',
          '--exit-zero',
          '--force-exclude',
          ...ruffDefaults(ctx),
          ...ctx.targets,
        ],
      };
    case 'ruff-format':
      return {
        command: 'ruff',
        args: [
          'format',
          '--check',
          '--diff',
          '--force-exclude',
          ...lineLength('--line-length'),
          ...ctx.targets,
        ],
      };
    case 'flake8':
      return {
        command: 'flake8',
        args: [
          `--format=${FLAKE8_FORMAT}`,
          '--exit-zero',
          `--jobs=${ctx.jobs}`,
          ...flake8Defaults(ctx),
          ...ctx.targets,
        ],
      };
    case 'pylint':
      return {
        command: 'python',
        args: [
          '-c',
          PYLINT_BOOT,
          '--output-format=json2',
          '--exit-zero',
          '--recursive=y',
          ...lengthArgs(ctx, '--max-line-length', true),
          ...ctx.expandedTargets,
        ],
        // Python's string hashing is salted per process, and pylint's cyclic-import search walks sets: a
        // fixed seed reports the same cycles on every run, so baselines and counts stay stable.
        env: { PYTHONHASHSEED: '0' },
      };
    case 'mypy': {
      // A configured `files` list is mypy's own choice of what to check: keep it unless paths were narrowed.
      const own = ctx.config?.keys.includes('files') && ctx.targets.length === 1 && ctx.targets[0] === '.';
      return { command: 'mypy', args: ['--output', 'json', ...(own ? [] : ctx.targets)] };
    }
    case 'isort':
      return {
        command: 'isort',
        args: ['--check-only', '--diff', '--filter-files', ...lineLength('--line-length'), ...ctx.targets],
      };
    case 'autoflake':
      return {
        command: 'autoflake',
        args: ['-r', `--jobs=${ctx.jobs}`, ...(ctx.config ? [] : AUTOFLAKE_DEFAULTS), ...ctx.targets],
      };
    case 'autopep8':
      return {
        command: 'autopep8',
        args: ['--diff', '-r', ...lineLength('--max-line-length'), ...ctx.targets],
      };
  }
}

/** How a fixer changes the files in place; undefined for tools that only report. */
export function fixInvocation(tool: ToolId, ctx: ArgsContext): ToolInvocation | undefined {
  const lineLength = (flag: string) => lengthArgs(ctx, flag);
  switch (tool) {
    case 'autoflake':
      return {
        command: 'autoflake',
        args: ['-r', '-i', `--jobs=${ctx.jobs}`, ...(ctx.config ? [] : AUTOFLAKE_DEFAULTS), ...ctx.targets],
      };
    case 'autopep8':
      return {
        command: 'autopep8',
        args: ['--in-place', '-r', ...lineLength('--max-line-length'), ...ctx.targets],
      };
    case 'ruff':
      return {
        command: 'ruff',
        args: ['check', '--fix', '--exit-zero', '--force-exclude', ...ruffDefaults(ctx), ...ctx.targets],
      };
    case 'ruff-format':
      return {
        command: 'ruff',
        args: ['format', '--force-exclude', ...lineLength('--line-length'), ...ctx.targets],
      };
    case 'isort':
      return { command: 'isort', args: ['--filter-files', ...lineLength('--line-length'), ...ctx.targets] };
    default:
      return undefined;
  }
}
