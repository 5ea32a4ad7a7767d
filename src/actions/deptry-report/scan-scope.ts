import { splitExtraArgs } from './command.js';
import { configList, type ProjectInfo } from './project.js';

/** deptry 0.25's default `exclude` (its cli.py DEFAULT_EXCLUDE): regular expressions matched against paths. */
export const DEPTRY_DEFAULT_EXCLUDE = ['venv', '\\.venv', '\\.direnv', 'tests', '\\.git', 'setup\\.py'];

/** What deptry scanned for imports in one project, so a finding can say what it did and did not look at. */
export interface ScanScope {
  /** The ROOT directories deptry was given (`.` unless extra-args names others). */
  roots: string[];
  /** deptry's `exclude` plus `extend_exclude`, as written (regular expressions). */
  excluded: string[];
  /** Whether deptry also skipped `.gitignore`d files (it does unless `exclude` is set). */
  gitignore: boolean;
}

/** The values of a comma-separated deptry option in `options` (`--exclude a,b`, `--exclude=a,b`, `-e a`). */
function optionValues(options: readonly string[], names: readonly string[]): string[] | undefined {
  let found: string[] | undefined;
  for (let i = 0; i < options.length; i++) {
    const o = options[i] as string;
    const eq = o.indexOf('=');
    const name = eq > 0 ? o.slice(0, eq) : o;
    if (!names.includes(name)) continue;
    const value = eq > 0 ? o.slice(eq + 1) : (options[i + 1] ?? '');
    found = [...(found ?? []), ...value.split(',').filter(Boolean)];
  }
  return found;
}

/**
 * The scope deptry scanned: the command line's `--exclude` replaces `[tool.deptry] exclude`, which replaces
 * deptry's default; `extend_exclude` (either place) adds to it.
 */
export function scanScope(p: ProjectInfo, extraArgs: readonly string[] = []): ScanScope {
  const { roots, options } = splitExtraArgs(extraArgs);
  const cliExclude = optionValues(options, ['--exclude', '-e']);
  const configExclude = configList(p, 'exclude');
  const exclude = cliExclude ?? (configExclude.length > 0 ? configExclude : undefined);
  const extend = optionValues(options, ['--extend-exclude', '-ee']) ?? configList(p, 'extend_exclude');
  return {
    roots: roots.length > 0 ? roots : ['.'],
    excluded: [...(exclude ?? DEPTRY_DEFAULT_EXCLUDE), ...extend],
    gitignore: exclude === undefined,
  };
}

/** `` `.`, excluding `venv`, `.venv`, … and .gitignored files `` (plain patterns shown without their `\`). */
export function describeScope(s: ScanScope): string {
  const show = (x: string) => `\`${x.replace(/\\(.)/g, '$1')}\``;
  const parts = s.excluded.map(show);
  if (s.gitignore) parts.push('.gitignored files');
  const excluded = parts.length > 0 ? `, excluding ${parts.join(', ')}` : '';
  return `${s.roots.map(show).join(', ')}${excluded}`;
}
