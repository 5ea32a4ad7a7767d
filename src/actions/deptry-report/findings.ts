import * as fs from 'node:fs';
import * as path from 'node:path';
import { findDependencyDeclarations } from '../../core/pyproject-lines.js';
import { normalizePackageName } from '../../core/python-names.js';
import { toRepoPath } from '../../findings/finding.js';
import type { UnfingerprintedFinding } from '../../findings/fingerprint.js';
import type { DeptryViolation } from './deptry-json.js';
import { configList, type ProjectInfo } from './project.js';
import { findRequirementLines } from './requirements-lines.js';
import { isDeptryCode, RULES } from './rules.js';

/** A dependency declaration in a pyproject.toml or a requirements file, with whether deptry counts it as dev. */
export interface Declaration {
  key: string;
  line: number;
  column: number;
  /** `[project].dependencies`, `[dependency-groups].dev`, `requirements.txt`, ... */
  table: string;
  dev: boolean;
  /** Absolute path of the declaring file. */
  file: string;
}

export interface Fix {
  /** What deptry saw, as a fact: "deptry found no import of `six`". */
  seen: string;
  /** What deptry cannot see, for the codes whose advice rests on imports it may miss (DEP002 to DEP004). */
  blind?: string;
  /** What to change, with the per-package ignore to use when the finding is wrong for this project. */
  action: string;
}

const normalise = normalizePackageName;

/** Whether deptry treats a pyproject section as development dependencies, with the project's `[tool.deptry]`. */
export function isDevSection(section: string, p: ProjectInfo): boolean {
  const [head, group] = section.split('.', 2);
  if (section === 'dependencies' || section === 'tool.poetry.dependencies') return false;
  if (head === 'optional-dependencies') {
    const dev = [
      ...configList(p, 'optional_dependencies_dev_groups'),
      ...configList(p, 'pep621_dev_dependency_groups'),
    ];
    return dev.includes(section.slice('optional-dependencies.'.length));
  }
  if (head === 'dependency-groups') return !configList(p, 'non_dev_dependency_groups').includes(group ?? '');
  return true; // tool.uv.dev-dependencies, tool.pdm.dev-dependencies.*, tool.poetry dev tables and groups
}

/** Reads and indexes declaring files once per project, whichever violations point into them. */
export class Declarations {
  private readonly cache = new Map<string, Declaration[]>();

  constructor(
    private readonly project: ProjectInfo,
    private readonly readText: (file: string) => string | undefined = (f) => {
      try {
        return fs.readFileSync(f, 'utf8');
      } catch {
        return undefined;
      }
    },
  ) {}

  /** The declarations of one file (absolute path): TOML for `*.toml`, pip's format otherwise. */
  of(file: string): Declaration[] {
    const cached = this.cache.get(file);
    if (cached) return cached;
    const text = this.readText(file) ?? '';
    const p = this.project;
    let list: Declaration[];
    if (file.endsWith('.toml')) {
      list = findDependencyDeclarations(text).map((d) => ({ ...d, dev: isDevSection(d.section, p), file }));
    } else {
      const rel = path.relative(p.dir, file).replace(/\\/g, '/');
      const devFiles = configList(p, 'requirements_files_dev');
      const dev = (
        devFiles.length > 0 ? devFiles : ['dev-requirements.txt', 'requirements-dev.txt']
      ).includes(rel);
      list = findRequirementLines(text).map((r) => ({ ...r, table: rel, dev, file }));
    }
    this.cache.set(file, list);
    return list;
  }

  /** Where `name` is declared in `file`: a run-time declaration first (DEP002 and DEP005 are about those). */
  find(file: string, name: string): Declaration | undefined {
    const key = normalise(name);
    const all = this.of(file).filter((d) => d.key === key);
    return all.find((d) => !d.dev) ?? all[0];
  }

  /** A development declaration of `module` in the project's declaring files (for DEP004). */
  findDev(name: string): Declaration | undefined {
    const key = normalise(name);
    const p = this.project;
    const devFiles = configList(p, 'requirements_files_dev');
    const files = [
      'pyproject.toml',
      ...(devFiles.length > 0 ? devFiles : ['dev-requirements.txt', 'requirements-dev.txt']),
    ].map((f) => path.join(p.dir, f));
    for (const f of files) {
      const hit = this.of(f).find((d) => d.dev && d.key === key);
      if (hit) return hit;
    }
    return undefined;
  }
}

/** A `[tool.deptry.per_rule_ignores]` entry for pyproject.toml (deptry matches it to the name it reports). */
export function perRuleIgnore(code: string, name: string): string {
  return `\`[tool.deptry.per_rule_ignores]\` \`${code} = ${JSON.stringify([name])}\``;
}

const BLIND_DEP002 =
  'It cannot see drivers loaded by URL (SQLAlchemy dialects such as psycopg2 for `postgresql://`), ' +
  'plugins and entry points, imports under `TYPE_CHECKING`, dynamic `importlib` imports, or imports in ' +
  'excluded folders such as tests.';

/**
 * What deptry saw, what it cannot see, and the change that resolves one violation. `scope` (which folders were
 * scanned and excluded) goes into the fact where it matters: a missing import is only missing from those.
 */
export function fixFor(
  v: DeptryViolation,
  p: ProjectInfo,
  declared: Declaration | undefined,
  scope?: string,
): Fix {
  const m = `\`${v.module}\``;
  const target = p.runtimeTarget;
  const where = scope ? ` (scanned: ${scope})` : '';
  switch (v.code) {
    case 'DEP001':
      return {
        seen: `deptry found an import of ${m} that no declared dependency provides`,
        action: `add the distribution that provides ${m} to ${target}`,
      };
    case 'DEP002':
      return {
        seen: `deptry found no import of ${m} in the scanned modules${where}`,
        blind: BLIND_DEP002,
        action:
          `if nothing needs it, remove ${m} from ${declared?.table ?? v.file}; if something does, keep it ` +
          `and add ${perRuleIgnore('DEP002', v.module)} to pyproject.toml`,
      };
    case 'DEP003':
      return {
        seen: `deptry found an import of ${m}, which no declared dependency provides: it is installed only because another dependency needs it`,
        blind:
          'It cannot tell an optional import (inside `try: … except ImportError`) from a required one, nor see ' +
          'declarations in files it does not read.',
        action:
          `add ${m} to ${target}; if the import is optional or declared elsewhere, add ` +
          `${perRuleIgnore('DEP003', v.module)} to pyproject.toml`,
      };
    case 'DEP004': {
      const from = declared ? `only in ${declared.table}` : 'only as a development dependency';
      return {
        seen: `deptry found an import of ${m} in code it treats as non-development${where}, and ${m} is declared ${from}`,
        blind:
          'It cannot tell that a module runs only in development (a test client, a fixture helper, a script) ' +
          'unless its folder is excluded.',
        action:
          (declared
            ? `if this code runs in production, move ${m} from ${declared.table} to ${target}`
            : `if this code runs in production, move the distribution that provides ${m} from its development group to ${target}`) +
          `; if it runs only in development, add its folder to \`extend_exclude\` in \`[tool.deptry]\` or add ${perRuleIgnore('DEP004', v.module)} to pyproject.toml`,
      };
    }
    case 'DEP005':
      return {
        seen: `${m} is part of Python's standard library`,
        action: `remove ${m} from ${declared?.table ?? v.file}`,
      };
    default:
      return { seen: v.message, action: `see deptry's documentation for ${v.code}` };
  }
}

/** The finding's text: the fact, what deptry cannot see, and the fix, one sentence each. */
export function fixText(fix: Fix): string {
  const end = (s: string) => `${s.replace(/\.$/, '')}.`;
  // deptry is written in lower case, even at the start of a sentence; the action starts with a verb.
  const action = `${fix.action.charAt(0).toUpperCase()}${fix.action.slice(1)}`;
  return [end(fix.seen), fix.blind, end(action)].filter(Boolean).join(' ');
}

/**
 * deptry's violations of one project as findings: DEP001, DEP003 and DEP004 on the import deptry reports;
 * DEP002 and DEP005 on the line that declares the dependency (which deptry leaves out). Paths become
 * repository-relative; `failOn` codes are errors, the others warnings.
 */
export function violationFindings(
  violations: readonly DeptryViolation[],
  p: ProjectInfo,
  opts: {
    workspace: string;
    failOn: ReadonlySet<string>;
    declarations?: Declarations;
    /** What deptry scanned (describeScope), named in DEP002 and DEP004 texts. */
    scope?: string;
  },
): UnfingerprintedFinding[] {
  const decls = opts.declarations ?? new Declarations(p);
  const directory = toRepoPath(p.dir, opts.workspace) || '.';
  return violations.map((v) => {
    const abs = path.resolve(p.dir, v.file);
    const onDeclaration = v.code === 'DEP002' || v.code === 'DEP005';
    const declared = onDeclaration
      ? decls.find(abs, v.module)
      : v.code === 'DEP004'
        ? decls.findDev(v.module)
        : undefined;
    const fix = fixFor(v, p, declared, opts.scope);
    const where = onDeclaration
      ? declared && { line: declared.line, column: declared.column }
      : v.line !== null && { line: v.line, ...(v.column !== null ? { column: v.column } : {}) };
    const data: Record<string, string> = {
      module: v.module,
      directory,
      // The summary's table has the project's scope in its own section: the row leaves it out.
      fix: fixText(opts.scope ? fixFor(v, p, declared) : fix),
      deptryMessage: v.message,
    };
    if (declared) data.declaredIn = declared.table;
    return {
      tool: 'deptry',
      rule: v.code,
      severity: opts.failOn.has(v.code) ? 'error' : 'warning',
      message: fixText(fix),
      file: toRepoPath(abs, opts.workspace),
      ...(where || {}),
      ...(isDeptryCode(v.code) ? { helpUri: RULES[v.code].helpUri } : {}),
      data,
    };
  });
}
