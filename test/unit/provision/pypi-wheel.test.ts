import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { UnsafeArchiveError } from '../../../src/provision/archive-entries.js';
import { releaseUnreachable } from '../../../src/provision/provision.js';
import {
  extractWheelScripts,
  parseWheelName,
  selectWheel,
  tagRank,
} from '../../../src/provision/pypi-wheel.js';
import {
  type IndexFile,
  parseHtmlPage,
  parseIndexPage,
  parseJsonPage,
  projectPageUrl,
  resolveIndexUrl,
} from '../../../src/provision/simple-index.js';
import type { Platform } from '../../../src/provision/types.js';
import { redactUrl } from '../../../src/provision/url.js';

// The wheels of uv 0.12.16 and 0.1.5 exactly as pypi.org/simple/uv/ lists them.
const UV_0_12_16 = [
  'uv-0.12.16-py3-none-linux_armv6l.whl',
  'uv-0.12.16-py3-none-macosx_10_12_x86_64.whl',
  'uv-0.12.16-py3-none-macosx_11_0_arm64.whl',
  'uv-0.12.16-py3-none-manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64.whl',
  'uv-0.12.16-py3-none-manylinux_2_17_armv7l.manylinux2014_armv7l.musllinux_1_1_armv7l.whl',
  'uv-0.12.16-py3-none-manylinux_2_17_armv7l.manylinux2014_armv7l.whl',
  'uv-0.12.16-py3-none-manylinux_2_17_i686.manylinux2014_i686.whl',
  'uv-0.12.16-py3-none-manylinux_2_17_ppc64le.manylinux2014_ppc64le.whl',
  'uv-0.12.16-py3-none-manylinux_2_17_s390x.manylinux2014_s390x.whl',
  'uv-0.12.16-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
  'uv-0.12.16-py3-none-manylinux_2_28_aarch64.whl',
  'uv-0.12.16-py3-none-manylinux_2_31_riscv64.musllinux_1_1_riscv64.whl',
  'uv-0.12.16-py3-none-manylinux_2_31_riscv64.whl',
  'uv-0.12.16-py3-none-musllinux_1_1_i686.whl',
  'uv-0.12.16-py3-none-musllinux_1_1_x86_64.whl',
  'uv-0.12.16-py3-none-win32.whl',
  'uv-0.12.16-py3-none-win_amd64.whl',
  'uv-0.12.16-py3-none-win_arm64.whl',
  'uv-0.12.16.tar.gz',
];
const UV_0_1_5 = [
  'uv-0.1.5-py3-none-macosx_10_12_x86_64.macosx_11_0_arm64.macosx_10_12_universal2.whl',
  'uv-0.1.5-py3-none-macosx_10_12_x86_64.whl',
  'uv-0.1.5-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
  'uv-0.1.5-py3-none-manylinux_2_28_aarch64.whl',
  'uv-0.1.5-py3-none-musllinux_1_2_aarch64.whl',
  'uv-0.1.5-py3-none-musllinux_1_2_x86_64.whl',
  'uv-0.1.5-py3-none-win32.whl',
  'uv-0.1.5-py3-none-win_amd64.whl',
];

const files = (names: string[], yanked: string[] = []): IndexFile[] =>
  names.map((filename) => ({
    filename,
    url: `https://files.example/${filename}`,
    hashes: { sha256: '0'.repeat(64) },
    yanked: yanked.includes(filename),
  }));
const pick = (names: string[], version: string, platform: Platform, yanked: string[] = []) =>
  selectWheel(files(names, yanked), 'uv', version, platform).file.filename;

describe('wheel selection', () => {
  it('parses wheel names with compressed tag sets and ignores sdists', () => {
    expect(parseWheelName(UV_0_12_16[3] ?? '')).toEqual({
      name: 'uv',
      version: '0.12.16',
      platformTags: ['manylinux_2_17_aarch64', 'manylinux2014_aarch64', 'musllinux_1_1_aarch64'],
    });
    expect(parseWheelName('uv-0.12.16.tar.gz')).toBeUndefined();
    expect(parseWheelName('uv-0.12.16-py3-none.whl')).toBeUndefined();
  });

  it.each([
    ['linux', 'x64', 'uv-0.12.16-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl'],
    // The oldest glibc wins: the 2_17 build runs on more systems than the 2_28 one.
    [
      'linux',
      'arm64',
      'uv-0.12.16-py3-none-manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64.whl',
    ],
    ['darwin', 'x64', 'uv-0.12.16-py3-none-macosx_10_12_x86_64.whl'],
    ['darwin', 'arm64', 'uv-0.12.16-py3-none-macosx_11_0_arm64.whl'],
    ['win32', 'x64', 'uv-0.12.16-py3-none-win_amd64.whl'],
    ['win32', 'arm64', 'uv-0.12.16-py3-none-win_arm64.whl'],
  ] as const)('picks the %s %s wheel of uv 0.12.16', (os, arch, expected) => {
    expect(pick(UV_0_12_16, '0.12.16', { os, arch })).toBe(expected);
  });

  it('prefers manylinux over musllinux and takes musllinux only when nothing else fits', () => {
    const x64 = { os: 'linux', arch: 'x64' } as const;
    expect(pick(UV_0_1_5, '0.1.5', x64)).toBe(
      'uv-0.1.5-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
    );
    const noMany = UV_0_1_5.filter((f) => !f.includes('manylinux'));
    expect(pick(noMany, '0.1.5', x64)).toBe('uv-0.1.5-py3-none-musllinux_1_2_x86_64.whl');
    expect(pick(UV_0_1_5, '0.1.5', { os: 'linux', arch: 'arm64' })).toBe(
      'uv-0.1.5-py3-none-manylinux_2_28_aarch64.whl',
    );
  });

  it('takes universal2 for macOS when it is the only fit, the single-architecture wheel otherwise', () => {
    expect(pick(UV_0_1_5, '0.1.5', { os: 'darwin', arch: 'x64' })).toBe(
      'uv-0.1.5-py3-none-macosx_10_12_x86_64.whl',
    );
    expect(pick(UV_0_1_5, '0.1.5', { os: 'darwin', arch: 'arm64' })).toBe(UV_0_1_5[0]);
    expect(tagRank('macosx_10_12_universal2', { os: 'darwin', arch: 'arm64' })).toEqual([1, 10, 12]);
    expect(tagRank('macosx_11_0_arm64', { os: 'darwin', arch: 'x64' })).toBeUndefined();
    expect(tagRank('linux_x86_64', { os: 'linux', arch: 'x64' })).toBeUndefined();
    expect(tagRank('manylinux1_x86_64', { os: 'linux', arch: 'x64' })).toEqual([0, 2, 5]);
  });

  it('prefers a wheel that is not yanked and never picks another version', () => {
    const x64 = { os: 'linux', arch: 'x64' } as const;
    const yanked = ['uv-0.1.5-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl'];
    expect(pick(UV_0_1_5, '0.1.5', x64, yanked)).toBe('uv-0.1.5-py3-none-musllinux_1_2_x86_64.whl');
    expect(pick([...UV_0_1_5, ...UV_0_12_16], '0.12.16', x64)).toContain('uv-0.12.16-');
  });

  it('fails listing what the index offers when no wheel fits', () => {
    const all = files([...UV_0_1_5, ...UV_0_12_16]);
    expect(() =>
      selectWheel(all, 'uv', '0.1.5', { os: 'win32', arch: 'arm64' }, 'https://idx/simple'),
    ).toThrow(
      'No uv 0.1.5 wheel for win32 arm64 on https://idx/simple (wanted platform tag win_arm64); it lists for 0.1.5: uv-0.1.5-py3-none-macosx_10_12_x86_64',
    );
    expect(() => selectWheel(all, 'uv', '9.9.9', { os: 'linux', arch: 'x64' })).toThrow(
      'it lists 27 files with wheels of versions 0.12.16, 0.1.5',
    );
    expect(() => selectWheel([], 'uv', '9.9.9', { os: 'linux', arch: 'x64' })).toThrow(
      'it lists 0 files with no uv wheels',
    );
  });
});

describe('simple index pages', () => {
  const page = 'https://mirror.example/pypi/simple/uv/';
  const digest = 'f9157130acda5f2d9c51930535a1708740edabe3fa53b1c8f5a70c98f7144497';

  it('reads PEP 503 anchors: absolute and relative hrefs, entities, digests, yanked', () => {
    const html = [
      '<!DOCTYPE html><html><body><h1>Links for uv</h1>',
      // Copied from pypi.org/simple/uv/.
      `<a href="https://files.pythonhosted.org/packages/a3/fa/7a16526be31e0c17f0885f16b76dd54499151eae6263bc463be3b41f11dc/uv-0.12.16-py3-none-win_amd64.whl#sha256=${digest}" data-requires-python="&gt;=3.8">uv-0.12.16-py3-none-win_amd64.whl</a><br/>`,
      `<a href='../../files/uv-0.1.5-py3-none-win32.whl?x=1&amp;y=2#SHA256=ABCDEF' data-yanked="">uv-0.1.5-py3-none-win32.whl</a>`,
      '<a name="no-href">x</a>',
      '</body></html>',
    ].join('\n');
    expect(parseHtmlPage(html, page)).toEqual([
      {
        filename: 'uv-0.12.16-py3-none-win_amd64.whl',
        url: 'https://files.pythonhosted.org/packages/a3/fa/7a16526be31e0c17f0885f16b76dd54499151eae6263bc463be3b41f11dc/uv-0.12.16-py3-none-win_amd64.whl',
        hashes: { sha256: digest },
        yanked: false,
      },
      {
        filename: 'uv-0.1.5-py3-none-win32.whl',
        url: 'https://mirror.example/pypi/files/uv-0.1.5-py3-none-win32.whl?x=1&y=2',
        hashes: { sha256: 'abcdef' },
        yanked: true,
      },
    ]);
  });

  it('reads PEP 691 JSON files, resolving relative urls and keeping the given filename', () => {
    const json = JSON.stringify({
      meta: { 'api-version': '1.1' },
      name: 'uv',
      files: [
        {
          filename: 'uv-0.12.16-py3-none-win_amd64.whl',
          hashes: { sha256: digest.toUpperCase() },
          'requires-python': '>=3.8',
          size: 17913063,
          url: '/packages/uv-0.12.16-py3-none-win_amd64.whl',
          yanked: false,
        },
        { filename: 'uv-0.1.0.tar.gz', hashes: {}, url: 'uv-0.1.0.tar.gz', yanked: 'broken build' },
        { filename: 'no-url.whl', hashes: {} },
      ],
    });
    const got = parseIndexPage(json, 'application/vnd.pypi.simple.v1+json', page);
    expect(got).toEqual([
      {
        filename: 'uv-0.12.16-py3-none-win_amd64.whl',
        url: 'https://mirror.example/packages/uv-0.12.16-py3-none-win_amd64.whl',
        hashes: { sha256: digest },
        yanked: false,
      },
      { filename: 'uv-0.1.0.tar.gz', url: `${page}uv-0.1.0.tar.gz`, hashes: {}, yanked: true },
    ]);
    expect(() => parseJsonPage('{"name":"uv"}', 'https://u:secret@h/simple/uv/')).toThrow(
      'The index page https://h/simple/uv/ has no "files" list (PEP 691)',
    );
    // Anything but the JSON type is read as HTML.
    expect(parseIndexPage('<a href="x.whl#sha256=aa">x</a>', 'text/html; charset=utf-8', page)).toHaveLength(
      1,
    );
  });

  it('builds the project page URL with the normalized name and a trailing slash', () => {
    expect(projectPageUrl('https://h/simple/', 'Foo_Bar.baz')).toBe('https://h/simple/foo-bar-baz/');
  });
});

describe('index URL and credentials', () => {
  it('takes the explicit URL, then UV_DEFAULT_INDEX, UV_INDEX_URL, PIP_INDEX_URL, then PyPI', () => {
    const env = {
      UV_DEFAULT_INDEX: 'https://a/simple/',
      UV_INDEX_URL: 'https://b/simple',
      PIP_INDEX_URL: 'https://c/simple',
    };
    expect(resolveIndexUrl('https://x/simple', env)).toEqual({ url: 'https://x/simple', from: 'index-url' });
    expect(resolveIndexUrl(undefined, env)).toEqual({ url: 'https://a/simple', from: 'UV_DEFAULT_INDEX' });
    expect(resolveIndexUrl('', { ...env, UV_DEFAULT_INDEX: ' ' })).toEqual({
      url: 'https://b/simple',
      from: 'UV_INDEX_URL',
    });
    expect(resolveIndexUrl(undefined, { PIP_INDEX_URL: 'https://c/simple' }).from).toBe('PIP_INDEX_URL');
    expect(resolveIndexUrl(undefined, {})).toEqual({ url: 'https://pypi.org/simple', from: 'the default' });
  });

  it('rejects a non-http index naming the variable, without its password', () => {
    const err = (() => {
      try {
        resolveIndexUrl(undefined, { PIP_INDEX_URL: 'ftp://me:hunter2@h/simple' });
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect(err?.input).toBe('PIP_INDEX_URL');
    expect(err?.message).toContain('"ftp://h/simple"');
    expect(err?.message).not.toContain('hunter2');
    expect(() => resolveIndexUrl('not a url', {})).toThrow(
      'Input \'index-url\' has an invalid value "not a url"',
    );
  });

  it('redacts user and password, also from strings that are not valid URLs', () => {
    expect(redactUrl('https://user:p%40ss@mirror.example/simple/uv/')).toBe(
      'https://mirror.example/simple/uv/',
    );
    expect(redactUrl('https://token@mirror.example/simple')).toBe('https://mirror.example/simple');
    expect(redactUrl('https://u:p@bad host/simple')).toBe('https://bad host/simple');
    expect(redactUrl('https://pypi.org/simple')).toBe('https://pypi.org/simple');
  });
});

describe('wheel extraction and fallback classes', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  function wheelWith(members: Record<string, string>) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-wheel-'));
    dirs.push(dir);
    const zipped = zipSync(Object.fromEntries(Object.entries(members).map(([k, v]) => [k, Buffer.from(v)])));
    const file = path.join(dir, 'w.whl');
    fs.writeFileSync(file, zipped);
    const dest = path.join(dir, 'out');
    fs.mkdirSync(dest);
    return { file, dest };
  }

  it('writes only the named scripts, executable', async () => {
    const { file, dest } = wheelWith({
      'uv-1.2.3.data/scripts/uv': '#!uv',
      'uv-1.2.3.data/scripts/uvx': '#!uvx',
      'uv-1.2.3.data/scripts/other': 'no',
      'uv/__init__.py': '',
      'uv-1.2.3.dist-info/RECORD': '',
    });
    await extractWheelScripts(file, 'uv-1.2.3-py3-none-manylinux_2_17_x86_64.whl', ['uv', 'uvx'], dest);
    expect(fs.readdirSync(dest).sort()).toEqual(['uv', 'uvx']);
    expect(fs.readFileSync(path.join(dest, 'uvx'), 'utf8')).toBe('#!uvx');
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dest, 'uv')).mode & 0o777).toBe(0o755);
  });

  it('refuses a wheel with an unsafe member and names a missing script', async () => {
    const evil = wheelWith({ 'uv-1.2.3.data/scripts/uv': 'x', '../../evil': 'x' });
    await expect(
      extractWheelScripts(evil.file, 'uv-1.2.3-py3-none-any.whl', ['uv'], evil.dest),
    ).rejects.toThrow(UnsafeArchiveError);
    expect(fs.readdirSync(evil.dest)).toEqual([]);
    const partial = wheelWith({ 'uv-1.2.3.data/scripts/uv': 'x' });
    await expect(
      extractWheelScripts(partial.file, 'uv-1.2.3-py3-none-any.whl', ['uv', 'uvx'], partial.dest),
    ).rejects.toThrow(
      'The wheel uv-1.2.3-py3-none-any.whl has no file uv-1.2.3.data/scripts/uvx (its scripts: uv-1.2.3.data/scripts/uv)',
    );
  });

  it('falls back only for statuses that say the release host cannot be used', () => {
    for (const s of [undefined, 500, 502, 503, 429, 408, 403, 404]) expect(releaseUnreachable(s)).toBe(true);
    for (const s of [400, 401, 410, 451]) expect(releaseUnreachable(s)).toBe(false);
  });
});
