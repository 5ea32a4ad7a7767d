import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputReader, mapInputSource } from '../../../src/core/inputs.js';
import { gitleaksGoBuild, goBuildEnv, goInstallArgs } from '../../../src/provision/go-build.js';
import { findVerifiedInToolCache, placeInToolCache } from '../../../src/provision/tool-cache.js';
import { isInside, pathCandidates, readToolSource } from '../../../src/provision/trust.js';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-trust-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const linux = { os: 'linux', arch: 'x64' } as const;
const exe = (file: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '#!/bin/sh\n', { mode: 0o755 });
};

describe('tool-source', () => {
  it('defaults to verified on the runner and path in the terminal; anything else names the input', () => {
    const r = (v?: string) => new InputReader(mapInputSource({ 'tool-source': v }));
    expect(readToolSource(r(), { kind: 'github' })).toBe('verified');
    expect(readToolSource(r(), { kind: 'local' })).toBe('path');
    expect(readToolSource(r('path'), { kind: 'github' })).toBe('path');
    expect(() => readToolSource(r('workspace'), { kind: 'github' })).toThrow(
      `Input 'tool-source' has an invalid value "workspace": allowed values are verified, path.`,
    );
  });
});

describe('PATH candidates on the runner', () => {
  it('skip the workspace, the venv and symlinks into them, by real path', async () => {
    const top = tmp();
    const ws = path.join(top, 'ws');
    const venv = path.join(top, 'venv-elsewhere');
    const outside = path.join(top, 'tools');
    exe(path.join(ws, '.venv', 'bin', 'gitleaks'));
    exe(path.join(venv, 'bin', 'gitleaks'));
    exe(path.join(outside, 'gitleaks'));
    const links = path.join(top, 'links');
    fs.mkdirSync(links);
    fs.symlinkSync(path.join(ws, '.venv', 'bin', 'gitleaks'), path.join(links, 'gitleaks'));
    const PATH = [path.join(ws, '.venv', 'bin'), path.join(venv, 'bin'), links, 'relative', outside].join(
      path.delimiter,
    );
    const rt = {
      env: { PATH, GITHUB_WORKSPACE: ws, VIRTUAL_ENV: venv },
      workspace: ws,
      debug: () => {},
    };
    const onRunner = await pathCandidates('gitleaks', { ...rt, kind: 'github' }, linux);
    expect(onRunner.map((c) => c.file)).toEqual([path.join(outside, 'gitleaks')]);
    // The terminal offers every copy (the caller prints which one runs).
    const local = await pathCandidates('gitleaks', { ...rt, kind: 'local' }, linux);
    expect(local).toHaveLength(3); // the symlink resolves to the first one: listed once
  });

  it('isInside compares whole path segments', () => {
    expect(isInside('/w/a/b', ['/w/a'])).toBe(true);
    expect(isInside('/w/a', ['/w/a'])).toBe(true);
    expect(isInside('/w/ab/c', ['/w/a'])).toBe(false);
  });
});

describe('our verification record in the tool cache', () => {
  const provenance = {
    source: 'https://x/y.tar.gz',
    verification: 'SHA-256 abc matches the table',
    sha256: 'abc',
  };

  it('is written with the files’ digests; an entry without it, or with a changed file, is not trusted', async () => {
    const root = tmp();
    const src = path.join(tmp(), 'content');
    exe(path.join(src, 'uv'));
    const dir = await placeInToolCache(src, root, 'uv', '1.2.3', 'x64', { provenance, files: ['uv'] });
    const found = await findVerifiedInToolCache(root, 'uv', '1.2.3', 'x64', ['uv']);
    expect('dir' in found && found.record.verification).toBe('SHA-256 abc matches the table');

    fs.appendFileSync(path.join(dir, 'uv'), 'echo evil\n');
    const changed = await findVerifiedInToolCache(root, 'uv', '1.2.3', 'x64', ['uv']);
    expect('why' in changed && changed.why).toMatch(/is not the file that was verified/);

    // @actions/tool-cache's own layout, no record of ours: not trusted, and replaced by a verified placement.
    fs.rmSync(`${dir}.pyprod-verified.json`);
    const foreign = await findVerifiedInToolCache(root, 'uv', '1.2.3', 'x64', ['uv']);
    expect('why' in foreign && foreign.why).toMatch(/has no verification record of ours; not trusted/);
    const fresh = path.join(tmp(), 'content');
    exe(path.join(fresh, 'uv'));
    await placeInToolCache(fresh, root, 'uv', '1.2.3', 'x64', { provenance, files: ['uv'] });
    expect(fs.readFileSync(path.join(dir, 'uv'), 'utf8')).toBe('#!/bin/sh\n');
    expect('dir' in (await findVerifiedInToolCache(root, 'uv', '1.2.3', 'x64', ['uv']))).toBe(true);
  });
});

describe('the Go build environment', () => {
  it('keeps the checksum database on whatever the environment or go env file says', () => {
    const { env, notes } = goBuildEnv(
      { GOPROXY: 'https://proxy.example', GOFLAGS: '-insecure', PATH: '/usr/bin' },
      { GOSUMDB: 'off', GONOSUMDB: 'github.com/*', GOPRIVATE: '' },
      '/stage',
    );
    expect(env).toMatchObject({
      GOSUMDB: 'sum.golang.org',
      GONOSUMDB: 'none.invalid',
      GOPRIVATE: 'none.invalid',
      GONOPROXY: 'none.invalid',
      GOINSECURE: 'none.invalid',
      GOFLAGS: '-trimpath',
      GOWORK: 'off',
      GOBIN: '/stage',
      GOPROXY: 'https://proxy.example',
    });
    expect(notes).toEqual([
      'GONOSUMDB=github.com/* ignored',
      'GOSUMDB=off replaced by sum.golang.org',
      'GOFLAGS=-insecure ignored',
    ]);
    // The same database through a proxy stays.
    const proxied = 'sum.golang.org https://proxy.example/sumdb/sum.golang.org';
    expect(goBuildEnv({}, { GOSUMDB: proxied }, '/s').env.GOSUMDB).toBe(proxied);
  });

  it('stamps the version as the release build does', () => {
    expect(goInstallArgs(gitleaksGoBuild, '8.30.1')).toEqual([
      'install',
      '-trimpath',
      '-ldflags=-X=github.com/zricethezav/gitleaks/v8/version.Version=8.30.1',
      'github.com/zricethezav/gitleaks/v8@v8.30.1',
    ]);
  });
});
