// actions/projects' discovery on a monorepo the test builds and locks with the real uv, checked against
// what uv itself says about the workspace.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverProjects, projectId } from '../../../src/actions/projects/discover.js';
import { buildMatrix, passesGlobs } from '../../../src/actions/projects/matrix.js';
import { ALL_PROJECTS, MEMBERS, writeFiles, writeMonorepo } from '../../support/monorepo.js';
import { machineEnv } from '../../support/python.js';
import { requireTool } from '../../support/tools.js';

const uv = requireTool('uv');
let dir = '';
beforeAll(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-projects-')));
  if (uv) writeMonorepo(dir, uv);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const discover = (root = dir) => discoverProjects({ root, workspace: dir, env: {} });

describe('discoverProjects', () => {
  it('lists every uv project and workspace member, and nothing in .venv, node_modules, venvs or ignored dirs', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const d = await discover();
    expect(d.projects.map((p) => p.dir)).toEqual(ALL_PROJECTS);
    expect(d.virtualRoots).toEqual(['.']);
    expect(d.leftOut).toEqual([{ dir: 'docs', why: expect.stringMatching(/^not a uv project/) }]);
    expect(d.notes).toEqual([]);
    const byDir = Object.fromEntries(d.projects.map((p) => [p.dir, p]));
    expect(byDir['packages/api']).toEqual({
      name: 'acme-api',
      dir: 'packages/api',
      id: projectId('packages/api'),
      workspace: '.',
      role: 'member',
      requiresPython: '>=3.10',
      dockerfile: true,
      service: '.venv/bin/uvicorn acme_api:app --port 8000',
      serviceUrl: 'http://127.0.0.1:8000/health',
    });
    expect(byDir['tools/gen']).toMatchObject({
      role: 'project',
      workspace: 'tools/gen',
      requiresPython: '>=3.11',
    });
    expect(byDir['services/billing']).toMatchObject({
      role: 'project',
      workspace: 'services/billing',
      dockerfile: false,
    });
    expect(byDir['services/billing']?.service).toBeUndefined();
  });

  it('agrees with `uv workspace list` on the members', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const out = execFileSync(uv, ['workspace', 'list', '--paths'], {
      cwd: dir,
      env: machineEnv({ UV_PYTHON_DOWNLOADS: 'never', UV_NO_PROGRESS: '1' }),
      encoding: 'utf8',
    });
    const uvMembers = out
      .trim()
      .split('\n')
      .map((p) => path.relative(dir, p) || '.')
      .sort();
    const ours = (await discover()).projects.filter((p) => p.workspace === '.').map((p) => p.dir);
    // uv lists the virtual root as well; it is not a project.
    expect(uvMembers.filter((m) => m !== '.')).toEqual(ours);
    expect(ours).toEqual(MEMBERS);
  });

  it('searches only below working-directory, and still finds the workspace root above it', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const d = await discover(path.join(dir, 'packages'));
    expect(d.projects.map((p) => [p.dir, p.workspace, p.role])).toEqual([
      ['packages/api', '.', 'member'],
      ['packages/cli', '.', 'member'],
      ['packages/core', '.', 'member'],
    ]);
  });

  it('include and exclude globs, and max', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const d = await discover();
    const pick = (inc: string[], exc: string[]) =>
      d.projects.filter((p) => passesGlobs(p, inc, exc, dir)).map((p) => p.dir);
    expect(pick(['packages/*'], [])).toEqual(MEMBERS);
    expect(pick(['packages/*'], ['packages/cli'])).toEqual(['packages/api', 'packages/core']);
    expect(pick(['**/gen'], [])).toEqual(['tools/gen']);
    expect(pick([], ['services/**'])).toEqual(['packages/api', 'packages/cli', 'packages/core', 'tools/gen']);
    expect(buildMatrix(d.projects, 5).include).toHaveLength(5);
    expect(() => buildMatrix(d.projects, 4)).toThrow(/5 projects are selected, more than max \(4\)/);
    expect(buildMatrix([], 4)).toEqual({ include: [] });
  });
});

describe('discoverProjects on hostile trees', () => {
  const temps: string[] = [];
  afterAll(() => {
    for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
  });
  const tree = (files: Record<string, string>) => {
    const t = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-projects-bad-')));
    temps.push(t);
    writeFiles(t, files);
    return t;
  };
  const proj = (name: string, extra = '') => `[project]\nname = "${name}"\nversion = "1"\n${extra}`;

  it('leaves out unsafe directories, invalid names and invalid TOML, saying why; drops a bad service', async () => {
    const t = tree({
      'ok/pyproject.toml': proj(
        'ok',
        '[tool.pyprod]\nservice = "a\\nb"\nservice-url = "javascript:alert(1)"\n',
      ),
      'we$(id)rd/pyproject.toml': proj('weird'),
      'spaced dir/pyproject.toml': proj('spaced'),
      'badname/pyproject.toml': proj('bad name!'),
      'broken/pyproject.toml': '[project\nname = ',
      'big/pyproject.toml': `${proj('big')}# ${'x'.repeat(1024 * 1024)}\n`,
      'py/pyproject.toml': proj('py', 'requires-python = ">=3.10; rm -rf /"\n'),
    });
    const d = await discoverProjects({ root: t, workspace: t, env: {} });
    expect(d.projects.map((p) => p.dir)).toEqual(['ok', 'py']);
    expect(d.projects[0]?.service).toBeUndefined();
    expect(d.projects[0]?.serviceUrl).toBeUndefined();
    expect(d.projects[1]?.requiresPython).toBeUndefined();
    expect(d.notes).toEqual([
      '.gitignore not applied: not a git repository',
      'ok/pyproject.toml: [tool.pyprod] service is not one line of text; ignored',
      'ok/pyproject.toml: [tool.pyprod] service-url is not an http(s) URL; ignored',
    ]);
    const why = Object.fromEntries(d.leftOut.map((l) => [l.dir, l.why]));
    expect(Object.keys(why).sort()).toEqual(['badname', 'big', 'broken', 'spaced dir', 'we$(id)rd']);
    expect(why['we$(id)rd']).toMatch(/unsafe in a workflow/);
    expect(why.badname).toMatch(/not a valid package name/);
    expect(why.broken).toMatch(/^broken\/pyproject\.toml is not valid TOML/);
    expect(why.big).toMatch(/over the 1 MiB/);
  });

  it('does not follow symbolic links, and stops at the depth limit', async () => {
    const t = tree({ 'a/pyproject.toml': proj('a') });
    fs.symlinkSync(t, path.join(t, 'a', 'loop'));
    const deep = `${Array.from({ length: 30 }, (_, i) => `d${i}`).join('/')}/pyproject.toml`;
    writeFiles(t, { [deep]: proj('deep') });
    const d = await discoverProjects({ root: t, workspace: t, env: {} });
    expect(d.projects.map((p) => p.dir)).toEqual(['a']);
    expect(d.notes).toContain('directories deeper than 24 levels were not searched');
  });
});
