/** Pure argv builders for the docker commands the action runs (tested without running docker). */
import { cachePoisoningRisk, keySegment } from '../../core/cache.js';
import type { RunnerCredential } from '../../core/child-env.js';
import { redactArgv } from '../../core/redact.js';

export type Builder = 'buildx' | 'classic';

export interface BuildPlan {
  builder: Builder;
  dockerfile: string;
  context: string;
  tags: string[];
  buildArgs: Array<[string, string]>;
  platforms: string[];
  push: boolean;
  /** Where docker writes the image id. */
  iidFile: string;
  /** `--network` for RUN instructions (PYPROD_DOCKER_NETWORK). */
  network?: string;
  /** buildx's gha cache: read from `scope`, and written back only when `save` (see ghaCache). */
  gha?: GhaCache;
}

export interface GhaCache {
  scope: string;
  /** False on events where a cache write could poison a more privileged run (cachePoisoningRisk). */
  save: boolean;
}

/**
 * The gha cache for a project: its scope built from a sanitised name (the pull request controls the
 * pyproject name), written back only where every other cache save is allowed (core/cache.ts's rule).
 */
export function ghaCache(projectName: string, env: NodeJS.ProcessEnv): GhaCache & { skipped?: string } {
  const risk = cachePoisoningRisk(env);
  return {
    // Only letters, digits, '.', '_' and '-': buildx reads the cache option as comma-separated key=value.
    scope: `docker-slim-build-${keySegment(projectName).replace(/[+=]/g, '-')}`,
    save: risk === undefined,
    ...(risk ? { skipped: risk } : {}),
  };
}

/**
 * `docker buildx build ...` or, for the classic builder, `docker build ...` (run with DOCKER_BUILDKIT=0).
 * The gha cache's url and token are not in the argv: buildx reads ACTIONS_CACHE_URL/ACTIONS_RESULTS_URL and
 * ACTIONS_RUNTIME_TOKEN from its environment, so the token never shows in a process list or a log line.
 */
export function buildArgv(p: BuildPlan): string[] {
  const argv = p.builder === 'buildx' ? ['buildx', 'build'] : ['build', '--force-rm'];
  argv.push('--file', p.dockerfile, '--iidfile', p.iidFile);
  for (const t of p.tags) argv.push('--tag', t);
  for (const [k, v] of p.buildArgs) argv.push('--build-arg', `${k}=${v}`);
  if (p.network) argv.push('--network', p.network);
  if (p.builder === 'buildx') {
    if (p.platforms.length > 0) argv.push('--platform', p.platforms.join(','));
    if (p.gha) {
      argv.push('--cache-from', `type=gha,scope=${p.gha.scope}`);
      if (p.gha.save) argv.push('--cache-to', `type=gha,mode=max,scope=${p.gha.scope}`);
    }
    // --load puts the image in the engine's store (the docker driver does anyway); a multi-platform image
    // cannot be loaded, only pushed.
    if (p.push) argv.push('--push');
    if (!p.push || p.platforms.length <= 1) argv.push('--load');
    argv.push('--provenance=false');
  } else if (p.platforms.length > 0) {
    throw new Error(
      `Input 'platforms' (${p.platforms.join(', ')}) needs docker buildx, which is not installed: ` +
        'install it (docker/setup-buildx-action) or leave platforms empty to build for this machine.',
    );
  }
  argv.push(p.context);
  return argv;
}

/** Environment for the build: BuildKit off for the classic builder; the cache service's variables for gha. */
export function buildEnv(base: NodeJS.ProcessEnv, builder: Builder): NodeJS.ProcessEnv {
  const env = { ...base };
  if (builder === 'classic') env.DOCKER_BUILDKIT = '0';
  return env;
}

/**
 * What buildx's gha cache backend reads from its environment: the one tool call that gets runner
 * credentials, and only when the plan uses the gha cache.
 */
export function buildCredentials(p: BuildPlan): RunnerCredential[] {
  return p.builder === 'buildx' && p.gha
    ? ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2']
    : [];
}

/**
 * Build-arg values to mask in the runner's log (add-mask) as well as redacting them from every displayed
 * command: they often carry credentials (a private index URL). Values under 6 characters ('1', '3.12',
 * 'true') are left alone, since masking them would garble every log line; a URL's password never is.
 */
export function buildArgSecrets(buildArgs: ReadonlyArray<readonly [string, string]>): string[] {
  const out = new Set<string>();
  for (const [key, value] of buildArgs) {
    for (const s of redactArgv('docker', ['--build-arg', `${key}=${value}`]).secrets) {
      if (s.length >= 6 || s !== value) out.add(s);
    }
  }
  return [...out];
}

/** True when the runner's cache service can be used by buildx's gha cache backend. */
export function ghaCacheAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL));
}

/** `docker run` for a proof: removed afterwards, no network unless asked, the given entrypoint and args. */
export function runArgv(
  image: string,
  opts: { entrypoint?: string; network?: string; args?: string[] },
): string[] {
  const argv = ['run', '--rm', '--network', opts.network ?? 'none'];
  if (opts.entrypoint) argv.push('--entrypoint', opts.entrypoint);
  argv.push(image, ...(opts.args ?? []));
  return argv;
}

export function historyArgv(image: string): string[] {
  return ['history', '--no-trunc', '--human=false', '--format', '{{json .}}', image];
}

export function inspectArgv(image: string): string[] {
  return ['image', 'inspect', '--format', '{{json .}}', image];
}
