/**
 * The Docker engine of docker-slim-build's tests: the one `bash scripts/docker-engine.sh start` runs (vfs,
 * no bridge, its own socket) with the stand-in base image. `requireDocker()` fails in CI when it does not
 * answer and gives a skip reason elsewhere; the helpers remove what a test built or started.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IN_CI, TOOLS_DIR } from './tools.js';

export const DOCKER_SOCKET = '/tmp/pyprod-docker.sock';
export const DOCKER_HOST = `unix://${DOCKER_SOCKET}`;
export const STAND_IN_BASE = 'local/python:3.11-slim-bookworm';
/** Where .ci/install.d/docker-slim-build.sh puts docker-buildx. */
export const BUILDX_PLUGIN = path.join(TOOLS_DIR, 'docker-cli-plugins', 'docker-buildx');

/**
 * A DOCKER_CONFIG directory that selects the builder: with `buildx` its cli-plugins/ holds the buildx
 * plugin, without it the directory is empty so the CLI finds no buildx (whatever ~/.docker holds).
 */
export function dockerConfigDir(buildx: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dsb-docker-config-${buildx ? 'buildx' : 'classic'}-`));
  if (buildx) {
    fs.mkdirSync(path.join(dir, 'cli-plugins'));
    fs.symlinkSync(BUILDX_PLUGIN, path.join(dir, 'cli-plugins', 'docker-buildx'));
  }
  return dir;
}

/** Environment for docker and the action: the test engine, host networking (no bridge here), the builder. */
export function dockerEnv(configDir: string): Record<string, string> {
  return { DOCKER_HOST, DOCKER_CONFIG: configDir, PYPROD_DOCKER_NETWORK: 'host' };
}

function docker(args: string[], env: Record<string, string> = {}): { ok: boolean; out: string } {
  const r = spawnSync('docker', args, {
    env: { ...process.env, DOCKER_HOST, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/**
 * Undefined when the engine answers and has the stand-in base (and buildx when asked for), else the reason
 * to skip. In CI (CI=true) a missing piece throws: the test fails instead of skipping.
 */
export function requireDocker(opts: { buildx?: boolean } = {}): string | undefined {
  let reason: string | undefined;
  const info = docker(['info', '--format', '{{.ServerVersion}}']);
  if (!info.ok)
    reason = `no Docker engine answers on ${DOCKER_SOCKET} (run: bash scripts/docker-engine.sh start)`;
  else if (!docker(['image', 'inspect', STAND_IN_BASE]).ok) {
    reason = `the stand-in base image ${STAND_IN_BASE} is missing (run: bash scripts/docker-engine.sh start)`;
  } else if (opts.buildx && !fs.existsSync(BUILDX_PLUGIN)) {
    reason = `buildx is not installed at ${BUILDX_PLUGIN} (.ci/install-tools.sh builds it)`;
  }
  if (reason && IN_CI) throw new Error(`${reason}; required in CI`);
  return reason;
}

/**
 * Removes images by id or tag (with their now unused parents); missing ones are ignored. Without `force`
 * an image that a container (e.g. someone else's build step on the same engine) uses is left alone.
 */
export function removeImages(
  refs: readonly (string | undefined)[],
  opts: { force?: boolean } = { force: true },
): void {
  const list = refs.filter((r): r is string => Boolean(r));
  if (list.length > 0) docker(['image', 'rm', ...(opts.force ? ['--force'] : []), ...list]);
}

/** A container's log, stdout and stderr together (gunicorn logs to stderr); empty when docker fails. */
export function containerLog(name: string): string {
  return docker(['logs', name]).out;
}

/** Removes containers by name or id, running or not. */
export function removeContainers(names: readonly string[]): void {
  if (names.length > 0) docker(['rm', '--force', ...names]);
}

/** Dangling images left by builds of the test (intermediate builder stages), removed by id. */
export function danglingImages(): Set<string> {
  const r = docker(['images', '--filter', 'dangling=true', '--quiet', '--no-trunc']);
  return new Set(r.out.split('\n').filter((l) => l.startsWith('sha256:')));
}

/** Runs docker and returns its stdout; throws with its exit code and the tail of its output on failure. */
export function dockerOut(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync('docker', args, {
    env: { ...process.env, DOCKER_HOST, ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status === 0) return r.stdout.trim();
  const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-20).join('\n');
  const how = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit code ${r.status}`;
  throw new Error(`docker ${args.join(' ')}: ${how}\n${tail}`);
}
