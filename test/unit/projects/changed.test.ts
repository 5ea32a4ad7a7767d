// changed-only selection on the monorepo of test/support/monorepo.ts, its dependencies read from the lock
// files the real uv wrote: an edit in each place selects the projects it can affect, each with its reason.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectChanged } from '../../../src/actions/projects/changed.js';
import { discoverProjects, type Project } from '../../../src/actions/projects/discover.js';
import { pathDependencies, transitiveDependents } from '../../../src/actions/projects/path-deps.js';
import { ALL_PROJECTS, writeMonorepo } from '../../support/monorepo.js';
import { requireTool } from '../../support/tools.js';

const uv = requireTool('uv');
let dir = '';
let projects: Project[] = [];
let dependents: Map<string, Set<string>> = new Map();
let locks: string[] = [];
beforeAll(async () => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-changed-')));
  if (!uv) return;
  writeMonorepo(dir, uv);
  projects = (await discoverProjects({ root: dir, workspace: dir, env: {} })).projects;
  ({ dependents, locks } = await pathDependencies(projects, dir));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The selection for these changed files: `dir: kind: text` per selected project. */
function select(...files: string[]) {
  const s = selectChanged(projects, files, dependents);
  return {
    lines: s.selected.map((x) => `${x.project.dir}: ${x.reason.kind}: ${x.reason.text}`),
    unowned: s.unowned,
  };
}

describe('path dependencies from uv.lock', () => {
  it('reads every lock and finds who depends on whom, across locks', (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    expect(locks).toEqual(['uv.lock', 'services/billing/uv.lock', 'tools/gen/uv.lock']);
    const plain = Object.fromEntries([...dependents].map(([k, v]) => [k, [...v].sort()]));
    expect(plain).toEqual({
      'packages/core': ['packages/api', 'services/billing'],
      'packages/api': ['packages/cli'],
    });
    expect(Object.fromEntries(transitiveDependents(['packages/core'], dependents))).toEqual({
      'packages/api': ['packages/core', 'packages/api'],
      'services/billing': ['packages/core', 'services/billing'],
      'packages/cli': ['packages/core', 'packages/api', 'packages/cli'],
    });
  });
});

describe('selectChanged', () => {
  it('an edit in a leaf member selects that member only', (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    expect(select('packages/cli/src/acme_cli/__init__.py').lines).toEqual([
      'packages/cli: changed: changed: packages/cli/src/acme_cli/__init__.py',
    ]);
  });

  it('an edit in a member others depend on selects them too, transitively and across lock files', (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    expect(select('packages/core/src/acme_core/__init__.py', 'packages/core/pyproject.toml').lines).toEqual([
      'packages/api: dependency: depends on packages/core (selected) through uv.lock: packages/api → packages/core',
      'packages/cli: dependency: depends on packages/core (selected) through uv.lock: packages/cli → packages/api → packages/core',
      'packages/core: changed: changed: packages/core/pyproject.toml and 1 more file',
      'services/billing: dependency: depends on packages/core (selected) through uv.lock: services/billing → packages/core',
    ]);
  });

  it('a change to the root uv.lock selects every project', (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const { lines } = select('uv.lock');
    expect(lines.map((l) => l.split(':')[0])).toEqual(ALL_PROJECTS);
    expect(lines.every((l) => l.endsWith(': shared: shared configuration changed: uv.lock'))).toBe(true);
  });

  it('a non-Python file outside every project selects nothing; inside a project, that project', (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    expect(select('README.md', 'docs/index.md')).toEqual({
      lines: [],
      unowned: { count: 2, sample: ['README.md', 'docs/index.md'] },
    });
    expect(select('packages/api/Dockerfile').lines).toEqual([
      'packages/api: changed: changed: packages/api/Dockerfile',
      'packages/cli: dependency: depends on packages/api (selected) through uv.lock: packages/cli → packages/api',
    ]);
  });

  it('shared configuration selects the projects below it; a workflow change selects all', (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    expect(select('packages/ruff.toml').lines.map((l) => l.split(': ').slice(0, 2).join(': '))).toEqual([
      'packages/api: shared',
      'packages/cli: shared',
      'packages/core: shared',
      // billing is not below packages/, but depends on core.
      'services/billing: dependency',
    ]);
    expect(select('.pre-commit-config.yaml').lines).toHaveLength(ALL_PROJECTS.length);
    expect(select('.github/workflows/ci.yml').lines[0]).toBe(
      'packages/api: shared: workflow or action changed: .github/workflows/ci.yml',
    );
    // A standalone project's own lock is its own business.
    expect(select('services/billing/uv.lock').lines).toEqual([
      'services/billing: changed: changed: services/billing/uv.lock',
    ]);
  });

  it('a deleted or renamed file selects the projects on both sides (paths as the diff gives them)', (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    expect(select('tools/gen/old.py', 'services/billing/new.py').lines.map((l) => l.split(':')[0])).toEqual([
      'services/billing',
      'tools/gen',
    ]);
  });
});

describe('pathDependencies without a readable lock', () => {
  it('takes every project of the workspace to depend on every other', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const copy = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-changed-bad-')));
    try {
      fs.cpSync(dir, copy, { recursive: true });
      fs.writeFileSync(path.join(copy, 'uv.lock'), 'this is [not toml');
      const found = (await discoverProjects({ root: copy, workspace: copy, env: {} })).projects;
      const deps = await pathDependencies(found, copy);
      expect(deps.notes).toEqual([
        expect.stringMatching(
          /^uv\.lock could not be read \(uv\.lock is not valid TOML: [^\n]*\): its 3 projects are taken to depend on each other$/,
        ),
      ]);
      const s = selectChanged(found, ['packages/cli/x.py'], deps.dependents);
      expect(s.selected.map((x) => `${x.project.dir}: ${x.reason.kind}`)).toEqual([
        'packages/api: dependency',
        'packages/cli: changed',
        'packages/core: dependency',
        // Through billing's own (readable) lock.
        'services/billing: dependency',
      ]);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
