// The lint's cache: where it lives, what its key covers, and what the summary says about it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  closeLintCache,
  configFiles,
  describeIndexUse,
  describeLintCache,
  type KeyInputs,
  type LintCacheState,
  lintCacheKey,
  lintCacheLayout,
  openLintCache,
} from '../../../src/actions/python-lint-stack/lint-cache.js';
import { localRuntime } from '../../../src/core/runtime.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-cache-'));
  made.push(d);
  return d;
}

const rtOf = (kind: 'github' | 'local', env: NodeJS.ProcessEnv, temp: string) => ({
  kind,
  env,
  runnerTempDir: path.join(temp, 'runner-temp'),
  tempDir: path.join(temp, 'private'),
});

describe('lintCacheLayout', () => {
  const project = '/work/project';
  it('is under RUNNER_TEMP on a runner, one directory a project', () => {
    const l = lintCacheLayout(rtOf('github', {}, '/t'), project, true);
    expect(l.where).toBe('service');
    expect(l.dir).toMatch(/^\/t\/runner-temp\/pyprod-lint\/[0-9a-f]{12}$/);
    expect(lintCacheLayout(rtOf('github', {}, '/t'), '/work/other', true).dir).not.toBe(l.dir);
    expect(l.pylintIndex).toBe(path.join(l.dir, 'pylint-index.json'));
    expect(l.env).toEqual({
      RUFF_CACHE_DIR: path.join(l.dir, 'ruff'),
      MYPY_CACHE_DIR: path.join(l.dir, 'mypy'),
      // Bytecode beside the directory the cache service carries, never in it.
      PYTHONPYCACHEPREFIX: '/t/runner-temp/pyprod-pycache',
      PYTHONDONTWRITEBYTECODE: '',
    });
  });

  it('is in the user’s cache for the CLI: XDG_CACHE_HOME, else ~/.cache', () => {
    const xdg = lintCacheLayout(rtOf('local', { XDG_CACHE_HOME: '/home/u/.xdg' }, '/t'), project, true);
    expect(xdg.where).toBe('local');
    expect(xdg.dir).toMatch(/^\/home\/u\/\.xdg\/pyprod\/lint\/[0-9a-f]{12}$/);
    expect(xdg.env.PYTHONPYCACHEPREFIX).toBe('/home/u/.xdg/pyprod/pycache');
    // A relative XDG_CACHE_HOME is invalid by the spec: ignored.
    const home = lintCacheLayout(rtOf('local', { XDG_CACHE_HOME: 'rel' }, '/t'), project, true);
    expect(home.dir.startsWith(path.join(os.homedir(), '.cache', 'pyprod', 'lint'))).toBe(true);
  });

  it('is this run’s private temp directory with cache: false, never the project', () => {
    for (const kind of ['github', 'local'] as const) {
      const l = lintCacheLayout(rtOf(kind, {}, '/t'), project, false);
      expect(l).toMatchObject({ where: 'off', dir: '/t/private/lint-cache' });
      expect(l.env.RUFF_CACHE_DIR?.startsWith(project)).toBe(false);
      expect(l.env.PYTHONPYCACHEPREFIX).toBe('/t/private/pycache');
    }
  });
});

describe('lintCacheKey', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.ruff]\nline-length = 100\n');
  fs.writeFileSync(path.join(dir, 'uv.lock'), 'version = 1\n');
  fs.writeFileSync(path.join(dir, 'a.py'), 'A = 1\n');
  fs.writeFileSync(path.join(dir, 'b.py'), 'B = 1\n');
  const base: KeyInputs = {
    versions: { ruff: '0.17.6', pylint: '4.1.4' },
    configFiles: [path.join(dir, 'pyproject.toml')],
    settings: { tools: ['ruff', 'pylint'], maxLineLength: 88 },
    uvLock: path.join(dir, 'uv.lock'),
    cwd: dir,
    files: ['a.py', 'b.py'],
    platform: 'linux',
    arch: 'x64',
  };
  const key = (k: Partial<KeyInputs> = {}) => lintCacheKey({ ...base, ...k });
  const first = key();
  const edit = (file: string, text: string, fn: () => void) => {
    const before = fs.readFileSync(path.join(dir, file), 'utf8');
    fs.writeFileSync(path.join(dir, file), text);
    try {
      fn();
    } finally {
      fs.writeFileSync(path.join(dir, file), before);
    }
  };

  it('is pyprod-lint-<os>-<arch>-<settings>-<files>, restored by everything before the files hash', () => {
    expect(first.key).toMatch(/^pyprod-lint-Linux-x64-[0-9a-f]{16}-[0-9a-f]{32}$/);
    expect(first.restoreKeys).toEqual([first.key.replace(/[0-9a-f]{32}$/, '')]);
    expect(key()).toEqual(first);
    expect(key({ files: ['b.py', 'a.py'] })).toEqual(first);
  });

  it('changes its settings part with each tool version, configuration, input and uv.lock', () => {
    const settingsPart = (k: { key: string }) => k.key.split('-')[4];
    const changed = [
      key({ versions: { ruff: '0.17.7', pylint: '4.1.4' } }),
      key({ settings: { tools: ['ruff', 'pylint'], maxLineLength: 100 } }),
      key({ configFiles: [] }),
      key({ uvLock: undefined }),
      key({ platform: 'win32' }),
    ];
    type Key = ReturnType<typeof key>;
    let configEdit: Key | undefined;
    edit('pyproject.toml', '[tool.ruff]\nline-length = 120\n', () => {
      configEdit = key();
    });
    let lockEdit: Key | undefined;
    edit('uv.lock', 'version = 2\n', () => {
      lockEdit = key();
    });
    for (const k of [...changed.slice(0, 4), configEdit, lockEdit]) {
      expect(settingsPart(k as Key)).not.toBe(settingsPart(first));
      // Another restore prefix: a cache of other settings is never restored.
      expect(k?.restoreKeys).not.toEqual(first.restoreKeys);
    }
    expect(changed[4]?.key.startsWith('pyprod-lint-Windows-x64-')).toBe(true);
  });

  it('changes only its files part with the content of a linted file, or the set of files', () => {
    let edited: { key: string; restoreKeys: string[] } | undefined;
    edit('a.py', 'A = 2\n', () => {
      edited = key();
    });
    for (const k of [edited, key({ files: ['a.py'] })]) {
      expect(k?.key).not.toBe(first.key);
      expect(k?.restoreKeys).toEqual(first.restoreKeys);
    }
  });
});

describe('configFiles', () => {
  it('lists every file a tool of the stack reads its configuration from, up to the workspace', () => {
    const ws = tmp();
    const sub = path.join(ws, 'svc');
    fs.mkdirSync(sub);
    for (const f of ['pyproject.toml', 'setup.cfg', '.flake8', '.pre-commit-config.yaml', 'README.md'])
      fs.writeFileSync(path.join(ws, f), '');
    fs.writeFileSync(path.join(sub, 'mypy.ini'), '');
    const found = configFiles(sub, ws, { PYLINTRC: '../rc' });
    expect(found).toEqual([
      path.join(sub, 'mypy.ini'),
      path.join(ws, '.flake8'),
      path.join(ws, '.pre-commit-config.yaml'),
      path.join(ws, 'pyproject.toml'),
      path.join(ws, 'setup.cfg'),
      path.join(ws, 'rc'),
    ]);
  });
});

describe('open, close and describe', () => {
  it('makes the directory and says there is no cache service off a runner', async () => {
    const t = tmp();
    const lines: string[] = [];
    const rt = {
      ...localRuntime({ env: {}, log: (l) => lines.push(l), out: () => {} }),
      kind: 'github' as const,
    };
    const layout = lintCacheLayout({ ...rt, runnerTempDir: t, tempDir: t }, t, true);
    let keyAsked = false;
    const state = await openLintCache(rt, layout, () => {
      keyAsked = true;
      return { key: 'k', restoreKeys: [] };
    });
    expect(fs.statSync(layout.dir).isDirectory()).toBe(true);
    expect(keyAsked).toBe(false);
    expect(state.unavailable).toMatch(/^no cache service/);
    await closeLintCache(rt, state);
    expect(state.save).toBeUndefined();
    expect(describeLintCache(state)).toMatch(/^Cache: not used, no cache service/);
  });

  it('keeps the local directory in the CLI, without the service', async () => {
    const t = tmp();
    const rt = localRuntime({ env: { XDG_CACHE_HOME: t }, log: () => {}, out: () => {} });
    const layout = lintCacheLayout(rt, '/p', true);
    const state = await openLintCache(rt, layout, () => ({ key: 'k', restoreKeys: [] }));
    expect(state).toEqual({ layout });
    expect(describeLintCache(state)).toBe(`Cache: the local directory ${layout.dir}.`);
  });

  it('does not save again after an exact hit, and says hit, miss, restored and saved', async () => {
    const layout = lintCacheLayout(rtOf('github', {}, '/t'), '/p', true);
    const restore = { key: 'pyprod-lint-k', sizeBytes: 2048, durationMs: 5 };
    const exact: LintCacheState = {
      layout,
      key: 'pyprod-lint-k',
      restore: { ...restore, hit: 'exact', matchedKey: 'pyprod-lint-k' },
    };
    // The service variables are set: only the exact hit keeps closeLintCache from saving.
    const rt = localRuntime({
      env: { ACTIONS_CACHE_URL: 'http://127.0.0.1:9/', ACTIONS_RUNTIME_TOKEN: 't' },
      log: () => {},
      out: () => {},
    });
    await closeLintCache(rt, exact);
    expect(exact.save).toBeUndefined();
    expect(describeLintCache(exact)).toBe(
      'Cache: hit (pyprod-lint-k, 2.0 KiB); not saved again (exact hit).',
    );
    const miss: LintCacheState = {
      layout,
      key: 'pyprod-lint-k',
      restore: { ...restore, hit: 'miss', sizeBytes: 0 },
      save: {
        saved: false,
        key: 'pyprod-lint-k',
        sizeBytes: 0,
        durationMs: 1,
        skipped: 'not saved: the pull_request_target event can run untrusted code',
      },
    };
    expect(describeLintCache(miss)).toBe(
      'Cache: miss (pyprod-lint-k); not saved: the pull_request_target event can run untrusted code.',
    );
    const partial: LintCacheState = {
      layout,
      key: 'pyprod-lint-new',
      restore: { ...restore, hit: 'partial', matchedKey: 'pyprod-lint-old' },
      save: { saved: true, key: 'pyprod-lint-new', sizeBytes: 4096, durationMs: 1 },
    };
    expect(describeLintCache(partial)).toBe(
      'Cache: restored from pyprod-lint-old (2.0 KiB), wanted pyprod-lint-new; saved (4.0 KiB).',
    );
    expect(describeLintCache({ layout: { ...layout, where: 'off' } })).toMatch(
      /^Cache: off \(cache: false\)/,
    );
  });
});

describe('describeIndexUse', () => {
  it('says what pylint did with its index, in a changed run and a full one', () => {
    expect(describeIndexUse('read', true)).toBe(
      "pylint's duplicate-code and cyclic-import: over the whole project from the cached index.",
    );
    expect(describeIndexUse('write', true)).toMatch(/no usable cached index, so over every file/);
    expect(describeIndexUse('write', false)).toBe("pylint's index is written for later pull requests.");
  });
});
