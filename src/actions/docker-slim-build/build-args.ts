/** Pure argv builders for the docker commands the action runs (tested without running docker). */

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
  /** gha cache scope; undefined: no cache export/import. */
  ghaScope?: string;
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
    if (p.ghaScope) {
      argv.push('--cache-from', `type=gha,scope=${p.ghaScope}`);
      argv.push('--cache-to', `type=gha,mode=max,scope=${p.ghaScope}`);
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
