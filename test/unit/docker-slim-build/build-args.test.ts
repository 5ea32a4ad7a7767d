import { describe, expect, it } from 'vitest';
import {
  type BuildPlan,
  buildArgSecrets,
  buildArgv,
  buildCredentials,
  buildEnv,
  ghaCache,
  ghaCacheAvailable,
  runArgv,
} from '../../../src/actions/docker-slim-build/build-args.js';
import { parseHistory, parseInspect, pushedDigest } from '../../../src/actions/docker-slim-build/docker.js';
import { cleanCreatedBy } from '../../../src/actions/docker-slim-build/summary.js';

const plan: BuildPlan = {
  builder: 'classic',
  dockerfile: '/w/Dockerfile.pyprod',
  context: '/w',
  tags: ['ghcr.io/o/app:1.0', 'ghcr.io/o/app:latest'],
  buildArgs: [['HF_ENDPOINT', 'http://127.0.0.1:9/']],
  platforms: [],
  push: false,
  iidFile: '/t/iid',
};

describe('buildArgv', () => {
  it('classic builder: docker build with tags, build args, iidfile and the network', () => {
    expect(buildArgv({ ...plan, network: 'host' })).toEqual([
      'build',
      '--force-rm',
      '--file',
      '/w/Dockerfile.pyprod',
      '--iidfile',
      '/t/iid',
      '--tag',
      'ghcr.io/o/app:1.0',
      '--tag',
      'ghcr.io/o/app:latest',
      '--build-arg',
      'HF_ENDPOINT=http://127.0.0.1:9/',
      '--network',
      'host',
      '/w',
    ]);
    expect(buildEnv({ A: '1' }, 'classic')).toEqual({ A: '1', DOCKER_BUILDKIT: '0' });
  });

  it('classic builder cannot do platforms: a clear error', () => {
    expect(() => buildArgv({ ...plan, platforms: ['linux/arm64'] })).toThrow(
      /'platforms' \(linux\/arm64\) needs docker buildx/,
    );
  });

  it('buildx: gha cache without url or token in the argv, platforms, push or load', () => {
    const argv = buildArgv({
      ...plan,
      builder: 'buildx',
      gha: { scope: 'docker-slim-build-app', save: true },
      platforms: ['linux/amd64'],
      push: true,
    });
    expect(argv.slice(0, 2)).toEqual(['buildx', 'build']);
    expect(argv).toEqual(expect.arrayContaining(['--cache-from', 'type=gha,scope=docker-slim-build-app']));
    expect(argv).toEqual(
      expect.arrayContaining(['--cache-to', 'type=gha,mode=max,scope=docker-slim-build-app']),
    );
    expect(argv).toEqual(expect.arrayContaining(['--platform', 'linux/amd64', '--push', '--load']));
    expect(argv.join(' ')).not.toMatch(/token|url=/i);
    const multi = buildArgv({
      ...plan,
      builder: 'buildx',
      platforms: ['linux/amd64', 'linux/arm64'],
      push: true,
    });
    expect(multi).toContain('--push');
    expect(multi).not.toContain('--load');
    expect(buildEnv({ A: '1' }, 'buildx')).toEqual({ A: '1' });
  });

  it('gha needs the runner cache service', () => {
    expect(ghaCacheAvailable({})).toBe(false);
    expect(ghaCacheAvailable({ ACTIONS_RUNTIME_TOKEN: 't' })).toBe(false);
    expect(ghaCacheAvailable({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://x/' })).toBe(true);
  });

  it('proof runs have no network unless asked', () => {
    expect(runArgv('img', { entrypoint: 'id', args: ['-u'] })).toEqual([
      'run',
      '--rm',
      '--network',
      'none',
      '--entrypoint',
      'id',
      'img',
      '-u',
    ]);
    expect(runArgv('img', { network: 'host', args: ['app', '--check'] })).toEqual([
      'run',
      '--rm',
      '--network',
      'host',
      'img',
      'app',
      '--check',
    ]);
  });
});

describe('docker output parsers', () => {
  it('history lines and inspect JSON', () => {
    const layers = parseHistory(
      '{"CreatedAt":"x","CreatedBy":"/bin/sh -c #(nop)  USER appuser","ID":"sha256:a","Size":"0"}\n' +
        '{"CreatedBy":"/bin/sh -c #(nop) COPY dir:3c in /app ","ID":"sha256:b","Size":"52428800"}\n',
    );
    expect(layers).toEqual([
      { createdBy: '/bin/sh -c #(nop)  USER appuser', size: 0 },
      { createdBy: '/bin/sh -c #(nop) COPY dir:3c in /app ', size: 52428800 },
    ]);
    expect(cleanCreatedBy(layers[1]?.createdBy ?? '')).toBe('COPY dir:3c in /app');
    expect(cleanCreatedBy('/bin/sh -c groupadd x')).toBe('RUN groupadd x');
    const info = parseInspect(
      JSON.stringify({
        Id: 'sha256:i',
        Size: 123,
        RepoDigests: ['ghcr.io/o/app@sha256:d'],
        Config: { Env: ['A=1'], User: 'app', WorkingDir: '/app' },
      }),
    );
    expect(info).toEqual({
      id: 'sha256:i',
      size: 123,
      repoDigests: ['ghcr.io/o/app@sha256:d'],
      env: ['A=1'],
      user: 'app',
      workingDir: '/app',
    });
    expect(pushedDigest(info, ['ghcr.io/o/app:1.0'])).toBe('sha256:d');
    expect(pushedDigest({ ...info, repoDigests: [] }, ['ghcr.io/o/app:1.0'])).toBe('');
  });

  it('gha cache: read always, written only where other cache saves are allowed; sanitised scope', () => {
    const push = ghaCache('app', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' });
    expect(push).toEqual({ scope: 'docker-slim-build-app', save: true });
    for (const event of ['pull_request_target', 'workflow_run', 'issue_comment', 'release']) {
      const g = ghaCache('app', { GITHUB_EVENT_NAME: event });
      expect(g.save).toBe(false);
      expect(g.skipped).toContain(event);
      const argv = buildArgv({ ...plan, builder: 'buildx', gha: g });
      expect(argv).toEqual(expect.arrayContaining(['--cache-from', 'type=gha,scope=docker-slim-build-app']));
      expect(argv.join(' ')).not.toContain('--cache-to');
    }
    expect(ghaCache('app', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1' }).save).toBe(false);
    // A pyproject name is the pull request's: no commas (a second cache option) or other key syntax.
    const hostile = ghaCache('x,mode=max,scope=main ignore-error=true', { GITHUB_EVENT_NAME: 'push' });
    expect(hostile.scope).toMatch(/^docker-slim-build-[A-Za-z0-9._-]+$/);
    expect(hostile.scope).not.toContain(',');
  });

  it('only a gha buildx build gets the cache credentials', () => {
    const gha = { scope: 's', save: true };
    expect(buildCredentials({ ...plan, builder: 'buildx', gha })).toEqual(
      expect.arrayContaining(['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']),
    );
    expect(buildCredentials({ ...plan, builder: 'buildx' })).toEqual([]);
    expect(buildCredentials({ ...plan, builder: 'classic', gha })).toEqual([]);
  });

  it('build-arg secrets to mask: long values and URL passwords, not short plain values', () => {
    expect(
      buildArgSecrets([
        ['INDEX', 'https://deploy:pw9@pkgs.example.com/simple'],
        ['PY', '3.12'],
        ['HF_TOKEN', 'hf_abcdefgh'],
      ]),
    ).toEqual(expect.arrayContaining(['https://deploy:pw9@pkgs.example.com/simple', 'pw9', 'hf_abcdefgh']));
    expect(buildArgSecrets([['PY', '3.12']])).toEqual([]);
  });
});
