import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeUvProject, locateUvProject, workspaceGlobMatches } from '../../../src/core/uv-project.js';
import { LAYOUTS, layoutEnv, writeLayout } from '../../support/uv-workspace-layouts.js';

// The layouts' answers are checked against uv itself in test/itg/uv-workspace/locate.test.ts.

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'uv-project-')));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const fresh = () => {
  const d = path.join(tmp, String(n++));
  fs.mkdirSync(d);
  return d;
};

describe('locateUvProject on each layout', () => {
  for (const layout of LAYOUTS) {
    it(layout.name, () => {
      const dir = fresh();
      writeLayout(dir, layout);
      const got = locateUvProject(path.join(dir, layout.cwd), layoutEnv(dir, layout));
      const at = (rel: string) => path.join(dir, rel);
      expect(got).toMatchObject({
        directory: at(layout.cwd),
        projectDir: at(layout.expect.projectDir),
        pyproject: path.join(at(layout.expect.projectDir), 'pyproject.toml'),
        root: at(layout.expect.root),
        member: layout.expect.member,
        workspace: layout.expect.workspace,
        lockFile: path.join(at(layout.expect.root), 'uv.lock'),
        lockExists: false,
        environment: at(layout.expect.environment),
        environmentFrom: layout.projectEnvironment ? 'UV_PROJECT_ENVIRONMENT' : 'default',
      });
    });
  }
});

describe('locateUvProject', () => {
  const write = (dir: string, files: Record<string, string>) => {
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
  };

  it('reads the name (normalised) and whether the root lock exists', () => {
    const d = fresh();
    write(d, {
      'pyproject.toml': '[project]\nname = "Acme_Root"\n[tool.uv.workspace]\nmembers = ["packages/*"]\n',
      'uv.lock': 'version = 1\n',
      'packages/Back.End/pyproject.toml': '[project]\nname = "Back.End"\n',
    });
    const p = locateUvProject(path.join(d, 'packages/Back.End'), {});
    expect(p).toMatchObject({ name: 'back-end', root: d, member: true, lockExists: true });
    expect(describeUvProject(p!, d)).toEqual({
      dir: 'packages/Back.End',
      role: 'member of the uv workspace at .',
    });
    expect(describeUvProject(locateUvProject(d, {})!, d)).toEqual({
      dir: '.',
      role: 'root of a uv workspace',
    });
  });

  it('finds no project where uv finds none', () => {
    const d = fresh();
    write(d, {
      'tool-only/pyproject.toml': '[tool.black]\nline-length = 100\n',
      'unmanaged/pyproject.toml': '[project]\nname = "u"\n[tool.uv]\nmanaged = false\n',
    });
    expect(locateUvProject(path.join(d, 'tool-only'), {})).toBeUndefined();
    expect(locateUvProject(path.join(d, 'unmanaged'), {})).toBeUndefined();
  });

  it('an empty UV_PROJECT_ENVIRONMENT is no setting, as for uv', () => {
    const d = fresh();
    write(d, { 'pyproject.toml': '[project]\nname = "x"\n' });
    expect(locateUvProject(d, { UV_PROJECT_ENVIRONMENT: '' })).toMatchObject({
      environment: path.join(d, '.venv'),
      environmentFrom: 'default',
    });
  });

  it('names the file of a pyproject.toml that is not TOML, and of a glob uv refuses', () => {
    const d = fresh();
    write(d, { 'pyproject.toml': '[project\nname = "x"\n' });
    expect(() => locateUvProject(d, {})).toThrow(`${path.join(d, 'pyproject.toml')} is not valid TOML`);
    const e = fresh();
    write(e, {
      'pyproject.toml': '[project]\nname = "r"\n[tool.uv.workspace]\nmembers = ["pkg**"]\n',
      'pkgs/a/pyproject.toml': '[project]\nname = "a"\n',
    });
    expect(() => locateUvProject(path.join(e, 'pkgs/a'), {})).toThrow(
      `${path.join(e, 'pyproject.toml')}: [tool.uv.workspace] members: invalid glob "pkg**": ** must be a whole path component`,
    );
  });
});

describe('workspaceGlobMatches', () => {
  const m = (glob: string, dir: string) => workspaceGlobMatches(glob, '/w', dir);
  it('matches component by component', () => {
    expect(m('packages/*', '/w/packages/a')).toBe(true);
    expect(m('packages/*', '/w/packages/a/b')).toBe(false);
    expect(m('packages/**', '/w/packages/a/b')).toBe(true);
    expect(m('packages/**', '/w/packages')).toBe(true);
    expect(m('**/svc', '/w/a/b/svc')).toBe(true);
    expect(m('svc-[!a]', '/w/svc-a')).toBe(false);
    expect(m('svc-[!a]', '/w/svc-b')).toBe(true);
    expect(m('svc-[a-c]', '/w/svc-b')).toBe(true);
    expect(m('tool?', '/w/tool10')).toBe(false);
    expect(m('a.b+c', '/w/a.b+c')).toBe(true);
    expect(m('a.b+c', '/w/aXb+c')).toBe(false);
    expect(m('./services//api/', '/w/services/api')).toBe(true);
    expect(m('../other', '/other')).toBe(false);
    expect(m('/abs/*', '/abs/x')).toBe(true);
  });
  it('takes the root literally', () => {
    expect(workspaceGlobMatches('*', '/w[1]', '/w[1]/a')).toBe(true);
    expect(workspaceGlobMatches('*', '/w[1]', '/w1/a')).toBe(false);
  });
});

describe('the ceiling', () => {
  it('keeps the search inside the checkout', () => {
    const d = fresh();
    fs.mkdirSync(path.join(d, 'repo/app'), { recursive: true });
    fs.writeFileSync(path.join(d, 'pyproject.toml'), '[project]\nname = "outside"\n');
    fs.writeFileSync(
      path.join(d, 'repo/pyproject.toml'),
      '[project]\nname = "r"\n[tool.uv.workspace]\nmembers = ["*"]\n',
    );
    fs.writeFileSync(path.join(d, 'repo/app/pyproject.toml'), '[project]\nname = "app"\n');
    const repo = path.join(d, 'repo');
    expect(locateUvProject(path.join(repo, 'app'), {}, { ceiling: repo })?.root).toBe(repo);
    fs.rmSync(path.join(repo, 'pyproject.toml'));
    expect(locateUvProject(repo, {}, { ceiling: repo })).toBeUndefined();
    expect(locateUvProject(repo, {})?.projectDir).toBe(d);
    // A directory outside the ceiling is searched as uv would.
    expect(locateUvProject(d, {}, { ceiling: repo })?.projectDir).toBe(d);
  });
});

describe('workspaceGlobMatches on hostile globs', () => {
  it('stays fast with many ** and many * against a long name', () => {
    const deep = `/w/${'a/'.repeat(40)}b`;
    const started = performance.now();
    expect(workspaceGlobMatches(`${'**/'.repeat(30)}c`, '/w', deep)).toBe(false);
    expect(workspaceGlobMatches(`${'*a'.repeat(60)}b`, '/w', `/w/${'a'.repeat(200)}`)).toBe(false);
    expect(workspaceGlobMatches(`${'*a'.repeat(60)}*`, '/w', `/w/${'a'.repeat(200)}`)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
  it('reads classes as the glob crate does', () => {
    expect(workspaceGlobMatches('x[]]', '/w', '/w/x]')).toBe(true);
    expect(workspaceGlobMatches('x[!]]', '/w', '/w/x]')).toBe(false);
    expect(workspaceGlobMatches('x[-a]', '/w', '/w/x-')).toBe(true);
    expect(() => workspaceGlobMatches('x[ab', '/w', '/w/xa')).toThrow('invalid glob "x[ab": unclosed [');
  });
});
