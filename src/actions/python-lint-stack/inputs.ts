import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../../core/errors.js';
import type { InputReader } from '../../core/inputs.js';
import type { Runtime } from '../../core/runtime.js';
import { normalizePackageName } from '../../provision/python-tools.js';
import { readToolSource, type ToolSource } from '../../provision/trust.js';
import { loadReportInputs, type ReportInputs } from '../../report/inputs.js';
import { DEFAULT_TOOLS, TOOL_CHOICES, TOOL_PACKAGES, type ToolChoice, type ToolId } from './tools.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface LintInputs {
  /** The tools to run, each once, in the order given. */
  tools: ToolId[];
  /** ruff runs with the `fast` preset's rules. */
  fast: boolean;
  /** Files and directories to lint, relative to the working directory (never starting with `-`). */
  paths: string[];
  /** Absolute. */
  workingDirectory: string;
  changedFilesOnly: boolean;
  /** Keep ruff's and mypy's caches and pylint's index across runs (lint-cache.ts). */
  cache: boolean;
  failOn: FailOn;
  /** Package name (PEP 503-normalised) → exact version, from `tool-versions`. */
  toolVersions: Record<string, string>;
  maxLineLength: number;
  maxComplexity: number;
  /** Run the fixers in place instead of reporting. */
  fix: boolean;
  /** Where uv may come from (tool-source). */
  toolSource: ToolSource;
  report: ReportInputs;
}

export const DEFAULTS = {
  tools: DEFAULT_TOOLS.join(','),
  paths: '.',
  failOn: 'error' as FailOn,
  maxLineLength: 88,
  maxComplexity: 10,
};

// PEP 440 release versions with optional pre-, post- and dev-release parts: `0.15.0`, `4.0.0rc1`.
const VERSION = /^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$/;

/** `fast` stands for ruff with the preset's rules; a tool named twice runs once. */
export function expandTools(choices: readonly ToolChoice[]): { tools: ToolId[]; fast: boolean } {
  const tools: ToolId[] = [];
  for (const c of choices) {
    const t: ToolId = c === 'fast' ? 'ruff' : c;
    if (!tools.includes(t)) tools.push(t);
  }
  return { tools, fast: choices.includes('fast') };
}

/** `ruff==0.15.0,pylint==4.0.0` → { ruff: '0.15.0', pylint: '4.0.0' }; each item checked. */
export function parseToolVersions(items: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const allowed = `items such as ruff==0.15.0 naming one of ${TOOL_PACKAGES.join(', ')} with an exact version`;
  for (const item of items) {
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*(\S+)$/.exec(item);
    const name = m ? normalizePackageName(m[1] as string) : undefined;
    if (!m || !name || !TOOL_PACKAGES.includes(name) || !VERSION.test(m[2] as string)) {
      throw new InputError('tool-versions', item, allowed);
    }
    out[name] = m[2] as string;
  }
  return out;
}

/**
 * Paths relative to the working directory that must exist and stay inside the workspace. A leading `-`
 * would read as an option to the tools, so such a path must be written `./-name`.
 */
export function checkPaths(items: readonly string[], workingDirectory: string, workspace: string): string[] {
  const out: string[] = [];
  for (const p of items) {
    if (p.startsWith('-'))
      throw new InputError('paths', p, 'paths, not options (write ./-name for a file named -name)');
    const abs = path.resolve(workingDirectory, p);
    const rel = path.relative(workspace, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new InputError('paths', p, `paths inside the workspace ${workspace}`);
    }
    if (!fs.existsSync(abs)) {
      throw new InputError('paths', p, `files or directories that exist (${abs} does not)`);
    }
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

export function loadInputs(r: InputReader, rt: Runtime): LintInputs {
  const workingDirectory = r.path('working-directory', rt.workspace, 'directory', '.');
  const choices = r.choices('tools', TOOL_CHOICES, DEFAULT_TOOLS);
  if (choices.length === 0) throw new InputError('tools', '', `at least one of ${TOOL_CHOICES.join(', ')}`);
  const { tools, fast } = expandTools(choices);
  return {
    tools,
    fast,
    paths: checkPaths(r.list('paths', [DEFAULTS.paths], { spaces: true }), workingDirectory, rt.workspace),
    workingDirectory,
    changedFilesOnly: r.bool('changed-files-only', false),
    cache: r.bool('cache', true),
    failOn: r.choice('fail-on', ['error', 'warning', 'never'] as const, DEFAULTS.failOn),
    toolVersions: parseToolVersions(r.list('tool-versions', [], { spaces: true })),
    maxLineLength: r.int('max-line-length', DEFAULTS.maxLineLength, { min: 20, max: 1000 }),
    maxComplexity: r.int('max-complexity', DEFAULTS.maxComplexity, { min: 1, max: 1000 }),
    fix: r.bool('fix', false),
    toolSource: readToolSource(r, rt),
    report: loadReportInputs(r),
  };
}
