import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeptryJson } from '../../../src/actions/deptry-report/deptry-json.js';
import { violationFindings } from '../../../src/actions/deptry-report/findings.js';
import { readProject } from '../../../src/actions/deptry-report/project.js';
import {
  byRuleSection,
  cellWithCode,
  projectsSection,
  ROWS_PER_RULE,
} from '../../../src/actions/deptry-report/summary.js';
import { fingerprintFindings, SourceFiles } from '../../../src/findings/fingerprint.js';

const ROOT = path.resolve('test/fixtures/deptry-report');
const PROJECTS = path.join(ROOT, 'projects');
const project = readProject(path.join(PROJECTS, 'pep621'), PROJECTS);
const file = path.join(ROOT, 'json', 'pep621.json');
const findings = fingerprintFindings(
  violationFindings(parseDeptryJson(fs.readFileSync(file, 'utf8'), file), project, {
    workspace: PROJECTS,
    failOn: new Set(['DEP001']),
  }),
  new SourceFiles(PROJECTS),
);

describe('summary sections', () => {
  it('groups by rule in code order, each with its meaning, docs link and the fix of each violation', () => {
    const s = byRuleSection(findings, new Set([findings[0]?.fingerprint as string]));
    const md = s?.markdown ?? '';
    const heads = [...md.matchAll(/^\*\*(DEP\d+) · ([^*]+)\*\* \((\d+)\)/gm)].map(
      (m) => `${m[1]} ${m[2]} ${m[3]}`,
    );
    expect(heads).toEqual([
      'DEP001 Missing dependencies 1',
      'DEP002 Unused dependencies 3',
      'DEP003 Transitive dependencies 1',
      'DEP004 Misplaced development dependencies 1',
      'DEP005 Standard library dependencies 1',
    ]);
    expect(md).toContain(
      'deptry found no import of it in the code it scanned. [deptry docs](https://deptry.com/rules-violations/#unused-dependencies-dep002)',
    );
    expect(md).toContain(
      '| <code>pep621/pyproject.toml:11:5</code> | <code>six</code> (known) | deptry found no import of <code>six</code> in the scanned modules. ' +
        'It cannot see drivers loaded by URL (SQLAlchemy dialects such as psycopg2 for <code>postgresql:/\u200b/</code>), ' +
        'plugins and entry points, imports under <code>TYPE\\_CHECKING</code>, dynamic <code>importlib</code> imports, ' +
        'or imports in excluded folders such as tests. If nothing needs it, remove <code>six</code> from \\[project\\].dependencies; ' +
        'if something does, keep it and add <code>\\[tool.deptry.per\\_rule\\_ignores\\]</code> <code>DEP002 = \\[&quot;six&quot;\\]</code> to pyproject.toml. |',
    );
    expect(md).toContain(
      'move <code>packaging</code> from \\[dependency-groups\\].dev to \\[project\\].dependencies',
    );
  });

  it('caps the rows of one rule, saying how many more there are', () => {
    const many = Array.from({ length: ROWS_PER_RULE + 3 }, (_, n) => ({
      ...(findings[1] as (typeof findings)[number]),
      fingerprint: `f${n}`,
    }));
    const md = byRuleSection(many, new Set())?.markdown ?? '';
    expect(md.split('\n').filter((l) => l.startsWith('| <code>'))).toHaveLength(ROWS_PER_RULE);
    expect(md).toContain('\n\n3 more in the JSON report and SARIF.');
  });

  it('has no by-rule section without findings', () => {
    expect(byRuleSection([], new Set())).toBeUndefined();
  });

  it('lists each project with its environment, deptry version and result', () => {
    const s = projectsSection(
      [
        {
          project,
          directory: 'pep621',
          environment: {
            kind: 'uv-project',
            lock: path.join(PROJECTS, 'pep621', 'uv.lock'),
            allExtrasAndGroups: true,
          },
          version: '0.25.1',
          versionFrom: 'pin',
          violations: 7,
          ignored: 2,
          durationMs: 1500,
          firstParty: ['mypkg'],
          scope: '`.`, excluding `tests`, .gitignored files',
        },
        { project, directory: 'other', error: "No such option '--x'" },
        {
          project,
          directory: 'as-is',
          environment: {
            kind: 'uv-project',
            allExtrasAndGroups: false,
            state: { venv: '.venv', missing: [] },
          },
        },
        {
          project,
          directory: 'lacking',
          environment: {
            kind: 'uv-project',
            allExtrasAndGroups: true,
            state: {
              venv: '.venv',
              missing: ['+ a==1', '+ b==1', '+ c==1', '+ d==1', '+ e==1', '+ f==1', '+ g==1'],
            },
          },
        },
      ],
      PROJECTS,
    );
    expect(s.markdown).toContain('| uv project environment <code>.venv</code> as it is (resolved by uv) |');
    expect(s.markdown).toContain(
      '| separate environment (resolved by uv, all extras and groups; not the project environment <code>.venv</code>, which lacks <code>+ a==1</code>, <code>+ b==1</code>, <code>+ c==1</code>, <code>+ d==1</code>, <code>+ e==1</code> and 2 more) |',
    );
    expect(s.title).toBe('Projects (4)');
    expect(s.collapsed).toBe(false);
    expect(s.markdown).toContain(
      '| <code>pep621</code> | pep621 | separate environment (uv.lock <code>pep621/uv.lock</code>, frozen, all extras and groups) | <code>0.25.1</code> (pin) | 7 (2 ignored) | 1.5 s | scanned: <code>.</code>, excluding <code>tests</code>, .gitignored files; src layout: <code>mypkg</code> first-party |',
    );
    expect(s.markdown).toContain("| ❌ No such option '--x' |");
  });

  it('renders code spans inside escaped text', () => {
    expect(cellWithCode('add `a|b` to [x]')).toBe('add <code>a\\|b</code> to \\[x\\]');
  });
});
