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
  /** What to change: "remove `six` from [project].dependencies". */
  action: string;
  /** Why: "nothing imports it". */
  reason: string;
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

/** The concrete change that resolves one violation. */
export function fixFor(v: DeptryViolation, p: ProjectInfo, declared: Declaration | undefined): Fix {
  const m = `\`${v.module}\``;
  const target = p.runtimeTarget;
  switch (v.code) {
    case 'DEP001':
      return {
        action: `add the distribution that provides ${m} to ${target}`,
        reason: 'the code imports it',
      };
    case 'DEP002':
      return { action: `remove ${m} from ${declared?.table ?? v.file}`, reason: 'nothing imports it' };
    case 'DEP003':
      return {
        action: `add ${m} to ${target}`,
        reason: 'the code imports it, but it is installed only because another dependency needs it',
      };
    case 'DEP004':
      return {
        action: declared
          ? `move ${m} from ${declared.table} to ${target}`
          : `move the distribution that provides ${m} from its development group to ${target}`,
        reason: 'code that is not development code imports it',
      };
    case 'DEP005':
      return {
        action: `remove ${m} from ${declared?.table ?? v.file}`,
        reason: "it is part of Python's standard library",
      };
    default:
      return { action: `see deptry's documentation for ${v.code}`, reason: v.message };
  }
}

/**
 * deptry's violations of one project as findings: DEP001, DEP003 and DEP004 on the import deptry reports;
 * DEP002 and DEP005 on the line that declares the dependency (which deptry leaves out). Paths become
 * repository-relative; `failOn` codes are errors, the others warnings.
 */
export function violationFindings(
  violations: readonly DeptryViolation[],
  p: ProjectInfo,
  opts: { workspace: string; failOn: ReadonlySet<string>; declarations?: Declarations },
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
    const fix = fixFor(v, p, declared);
    const where = onDeclaration
      ? declared && { line: declared.line, column: declared.column }
      : v.line !== null && { line: v.line, ...(v.column !== null ? { column: v.column } : {}) };
    const data: Record<string, string> = {
      module: v.module,
      directory,
      fix: `${fix.action}: ${fix.reason}`,
      deptryMessage: v.message,
    };
    if (declared) data.declaredIn = declared.table;
    return {
      tool: 'deptry',
      rule: v.code,
      severity: opts.failOn.has(v.code) ? 'error' : 'warning',
      message: `${v.message.replace(/\.$/, '')}. Fix: ${fix.action}.`,
      file: toRepoPath(abs, opts.workspace),
      ...(where || {}),
      ...(isDeptryCode(v.code) ? { helpUri: RULES[v.code].helpUri } : {}),
      data,
    };
  });
}
