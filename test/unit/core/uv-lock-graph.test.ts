import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import {
  classifyPackages,
  type LockGraph,
  memberGraph,
  parseGroups,
  parseLockGraph,
  readLockGraph,
} from '../../../src/core/uv-lock-graph.js';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures');
const lock = (rel: string) => readLockGraph(path.join(FIXTURES, rel));

describe('uv.lock graph (license-gate fixture project)', () => {
  it('finds the project, its groups and extras, and merges forked versions', async () => {
    const g = await lock('license-gate/project/uv.lock');
    expect(g.projects).toEqual(['license-gate-fixture']);
    expect(g.groups).toEqual(['dev', 'test']);
    expect(g.extras).toEqual(['color']);
    expect(g.packages.get('django')?.versions).toEqual(['5.2.19', '6.1.3']);
    expect(g.packages.get('django')?.dependencies.map((d) => d.name)).toEqual([
      'asgiref',
      'sqlparse',
      'tzdata',
    ]);
    expect(g.packages.get('license-gate-fixture')).toMatchObject({ source: 'virtual', sourceRef: '.' });
  });

  it('by default selects the runtime closure (dependencies and extras) with chains from the direct dependency', async () => {
    const g = await lock('license-gate/project/uv.lock');
    const c = classifyPackages(g, parseGroups('', g));
    expect(c.get('asgiref')).toEqual({
      scope: 'runtime',
      origin: { kind: 'dependencies' },
      chain: ['django-cron', 'django', 'asgiref'],
      requiredBy: ['django'],
      groups: [],
      selected: true,
    });
    expect(c.get('chardet')).toMatchObject({ chain: ['chardet'], requiredBy: ['license-gate-fixture'] });
    expect(c.get('colorama')).toMatchObject({
      scope: 'runtime',
      origin: { kind: 'extra', name: 'color' },
      chain: ['colorama'],
      selected: true,
    });
    // pytest pulls packaging too, but the project needs it at run time: runtime wins.
    expect(c.get('packaging')).toMatchObject({ scope: 'runtime', chain: ['packaging'], groups: ['test'] });
    expect(c.get('pylint')).toEqual({
      scope: 'dev',
      origin: { kind: 'group', name: 'dev' },
      chain: ['pylint'],
      requiredBy: ['license-gate-fixture'],
      groups: ['dev'],
      selected: false,
    });
    expect(c.get('mypy-extensions')).toMatchObject({
      chain: ['pylint', 'isort', 'mypy-extensions'],
      selected: false,
    });
    expect(c.has('license-gate-fixture')).toBe(false);
    const runtime = [...c].filter(([, r]) => r.selected).map(([n]) => n);
    expect(runtime.sort()).toEqual(
      [
        'asgiref',
        'chardet',
        'colorama',
        'django',
        'django-cron',
        'kiwisolver',
        'optional-django',
        'packaging',
        'regex',
        'sqlparse',
        'tzdata',
        'unidecode',
        'uritemplate',
      ].sort(),
    );
  });

  it('"all" selects every group; a named group selects that one', async () => {
    const g = await lock('license-gate/project/uv.lock');
    const all = classifyPackages(g, parseGroups('all', g));
    expect([...all.values()].every((r) => r.selected)).toBe(true);
    const test = classifyPackages(g, parseGroups('test', g));
    expect(test.get('pytest')).toMatchObject({ scope: 'dev', selected: true, chain: ['pytest'] });
    expect(test.get('pluggy')).toMatchObject({
      selected: true,
      chain: ['pytest', 'pluggy'],
      requiredBy: ['pytest'],
    });
    expect(test.get('pylint')?.selected).toBe(false);
  });

  it('rejects a group the lock does not have, naming the ones it has', async () => {
    const g = await lock('license-gate/project/uv.lock');
    expect(() => parseGroups('dev docs', g)).toThrow(InputError);
    expect(() => parseGroups('dev docs', g)).toThrow(
      `Input 'groups' has an invalid value "docs": "all" or dependency groups in ${g.path} (dev, test).`,
    );
    expect(parseGroups('dev, test', g)).toEqual({ all: false, groups: ['dev', 'test'] });
    expect(parseGroups(' ALL ', g)).toEqual({ all: true, groups: ['dev', 'test'] });
  });
});

describe('uv.lock graph (other shapes)', () => {
  it('follows extras asked of a dependency (requests[socks] → pysocks) and tool.uv dev-dependencies', async () => {
    const g = await lock('license-gate/lock-extras/uv.lock');
    expect(g.projects).toEqual(['extras-fixture']);
    expect(g.packages.get('extras-fixture')).toMatchObject({ source: 'editable', sourceRef: '.' });
    expect(g.groups).toEqual(['dev']);
    const c = classifyPackages(g, parseGroups('', g));
    expect(c.get('pysocks')).toMatchObject({
      scope: 'runtime',
      chain: ['requests', 'pysocks'],
      requiredBy: ['requests'],
    });
    expect(c.get('urllib3')).toMatchObject({ chain: ['requests', 'urllib3'] });
    expect(c.get('six')).toMatchObject({ scope: 'dev', groups: ['dev'], selected: false });
  });

  it("reads setup-uv-cached's fixture lock", async () => {
    const g = await lock('provision/locked-project/uv.lock');
    expect(g.projects).toEqual(['sample-service']);
    const c = classifyPackages(g, parseGroups('', g));
    expect(c.get('urllib3')).toMatchObject({ scope: 'runtime', chain: ['requests', 'urllib3'] });
    expect(c.get('astroid')).toMatchObject({ scope: 'dev', chain: ['pylint', 'astroid'], selected: false });
  });

  it('reads workspace members from [manifest] and old [[distribution]] entries', () => {
    const text = `
version = 1
[manifest]
members = ["app", "lib"]

[[distribution]]
name = "app"
version = "0.1.0"
source = { editable = "packages/app" }
dependencies = [{ name = "lib" }, { name = "Typing_Extensions" }]

[[distribution]]
name = "lib"
version = "0.1.0"
source = { editable = "packages/lib" }
dependencies = [{ name = "idna" }]

[[distribution]]
name = "idna"
version = "3.10"
source = { registry = "https://pypi.org/simple" }

[[distribution]]
name = "typing-extensions"
version = "4.12.2"
source = { registry = "https://pypi.org/simple" }
`;
    const g: LockGraph = parseLockGraph(text, 'ws/uv.lock');
    expect(g.projects).toEqual(['app', 'lib']);
    const c = classifyPackages(g, { all: false, groups: [] });
    expect([...c.keys()].sort()).toEqual(['idna', 'typing-extensions']);
    expect(c.get('idna')).toMatchObject({ chain: ['idna'], requiredBy: ['lib'] });
  });

  it('names the file when it is not TOML', () => {
    expect(() => parseLockGraph('version = [', '/x/uv.lock')).toThrow(/^\/x\/uv\.lock is not valid TOML/);
  });
});

describe('memberGraph', () => {
  const lock = path.resolve('test/fixtures/uv-workspace/uv.lock');

  it("gives a workspace member's own closure, the other members never a dependency", () => {
    const graph = parseLockGraph(fs.readFileSync(lock, 'utf8'), lock);
    expect(graph.projects).toEqual(['acme', 'backend', 'shared']);
    const backend = memberGraph(graph, 'backend');
    expect(backend).toMatchObject({ projects: ['backend'], members: graph.projects, groups: ['dev'] });
    const classes = classifyPackages(backend!, { all: false, groups: [] });
    expect([...classes].map(([n, r]) => `${n} ${r.scope} ${r.chain.join('>')}`).sort()).toEqual([
      'idna runtime shared>idna',
      'six runtime six',
      'unidecode dev unidecode',
    ]);
    // The whole workspace: the root's packaging and its lint group's isort too, still no member.
    const all = [...classifyPackages(graph, { all: false, groups: [] }).keys()].sort();
    expect(all).toEqual(['idna', 'isort', 'packaging', 'six', 'unidecode']);
    expect(memberGraph(graph, 'idna')).toBeUndefined();
    expect(memberGraph(graph, 'nope')).toBeUndefined();
  });
});

describe('what vuln-audit reads besides the graph', () => {
  it("keeps a fork's edge versions and the projects' own requirements", async () => {
    const g = await lock('license-gate/project/uv.lock');
    expect(g.packages.get('django-cron')?.dependencies).toEqual([
      { name: 'django', extras: [], version: '5.2.19', marker: "python_full_version < '3.12'" },
      { name: 'django', extras: [], version: '6.1.3', marker: "python_full_version >= '3.12'" },
    ]);
    const project = g.packages.get('license-gate-fixture');
    expect(project?.requiresDist).toContainEqual({
      name: 'colorama',
      specifier: '==0.4.6',
      marker: "extra == 'color'",
    });
    expect(project?.requiresDev?.get('dev')).toEqual([{ name: 'pylint', specifier: '>=4' }]);
    expect(g.packages.get('django')?.requiresDist).toBeUndefined();
  });

  it('classifies over the edges a filter follows, and only those', async () => {
    const g = await lock('license-gate/project/uv.lock');
    const all = classifyPackages(g, { all: false, groups: [] });
    const notWindows = classifyPackages(
      g,
      { all: false, groups: [] },
      (d) => d.marker !== "sys_platform == 'win32'",
    );
    expect(all.has('tzdata')).toBe(true); // django needs it on win32
    expect(notWindows.has('tzdata')).toBe(false);
    expect(notWindows.get('django')?.chain).toEqual(['django-cron', 'django']);
  });
});

describe('a hostile uv.lock', () => {
  it('is not quoted in the parse error, and a symbolic link is refused', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-lock-'));
    try {
      const secret = path.join(dir, 'environ');
      fs.writeFileSync(secret, 'A=1\nGITHUB_TOKEN=ghs_NOTAREALTOKEN0123456789\n\0\0');
      expect(() => parseLockGraph(fs.readFileSync(secret, 'utf8'), 'uv.lock')).toThrow(
        /^uv\.lock is not valid TOML/,
      );
      try {
        parseLockGraph(fs.readFileSync(secret, 'utf8'), 'uv.lock');
      } catch (e) {
        expect(String(e)).not.toContain('ghs_');
      }
      fs.symlinkSync(secret, path.join(dir, 'uv.lock'));
      await expect(readLockGraph(path.join(dir, 'uv.lock'))).rejects.toThrow(/is a symbolic link/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
