import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { errorMessage } from '../core/errors.js';
import { execTool } from '../core/exec.js';
import type { Runtime } from '../core/runtime.js';
import { currentPlatform, exeName, toolCacheArch } from './platform.js';
import { provisioned } from './provision.js';
import { pathCandidates, TOOL_SOURCE_INPUT } from './trust.js';
import type { Platform, ProvisionedTool, ProvisionFallback } from './types.js';
import { redactUrl } from './url.js';

/**
 * A tool built from source through the Go module proxy, for machines that reach proxy.golang.org (or the
 * GOPROXY they are configured with) but not GitHub's release downloads. The module's bytes are checked by Go
 * itself against the Go checksum database, which we make sure is on for this build whatever the machine's
 * Go configuration says.
 */

export interface GoBuildSpec {
  /** Tool cache name and the binary `go install` writes. */
  name: string;
  /** The module path, e.g. github.com/zricethezav/gitleaks/v8. */
  module: string;
  /** -X flags that stamp the version as the release build does. */
  ldflagsX(version: string): string[];
  /** Asks the built binary for its version. */
  versionProbe: { args: readonly string[]; pattern: RegExp };
}

export const gitleaksGoBuild: GoBuildSpec = {
  name: 'gitleaks',
  module: 'github.com/zricethezav/gitleaks/v8',
  ldflagsX: (v) => [`github.com/zricethezav/gitleaks/v8/version.Version=${v}`],
  versionProbe: { args: ['version'], pattern: /^v?(\d+\.\d+\.\d+\S*)\s*$/m },
};

const SUMDB = 'sum.golang.org';
/** A pattern matching no module: set where an empty value would let `go env -w` settings through. */
const NO_MODULE = 'none.invalid';

/**
 * The environment `go install` runs with: the checksum database on for every module. Go falls back to its
 * config file (`go env -w`) for a variable that is empty, so the exemption lists are set to a pattern that
 * matches nothing rather than cleared; GOFLAGS (which could carry -insecure or -mod=mod) is replaced.
 */
export function goBuildEnv(
  base: NodeJS.ProcessEnv,
  effective: Record<string, string>,
  gobin: string,
): { env: NodeJS.ProcessEnv; notes: string[] } {
  const notes: string[] = [];
  const env: NodeJS.ProcessEnv = { ...base };
  for (const k of ['GONOSUMDB', 'GONOSUMCHECK', 'GONOVERIFY', 'GOPRIVATE', 'GONOPROXY', 'GOINSECURE']) {
    if ((effective[k] ?? base[k] ?? '').trim() !== '') notes.push(`${k}=${effective[k] ?? base[k]} ignored`);
    env[k] = NO_MODULE;
  }
  const sumdb = (effective.GOSUMDB ?? base.GOSUMDB ?? '').trim();
  // "sum.golang.org" or "sum.golang.org+<key> <proxy URL>": the same database, maybe through a proxy.
  const keepSumdb = sumdb === SUMDB || sumdb.startsWith(`${SUMDB}+`) || sumdb.startsWith(`${SUMDB} `);
  if (sumdb !== '' && !keepSumdb) notes.push(`GOSUMDB=${sumdb} replaced by ${SUMDB}`);
  env.GOSUMDB = keepSumdb ? sumdb : SUMDB;
  const flags = (effective.GOFLAGS ?? base.GOFLAGS ?? '').trim();
  if (flags !== '') notes.push(`GOFLAGS=${flags} ignored`);
  env.GOFLAGS = '-trimpath';
  env.GOWORK = 'off';
  env.GOBIN = gobin;
  env.CGO_ENABLED = '0';
  return { env, notes };
}

export function goInstallArgs(spec: GoBuildSpec, version: string): string[] {
  const x = spec.ldflagsX(version).map((f) => `-X=${f}`);
  return ['install', '-trimpath', `-ldflags=${x.join(' ')}`, `${spec.module}@v${version}`];
}

/** GOPROXY for a log line: each URL without credentials. */
function shownProxy(value: string): string {
  return value.trim() === '' ? 'default' : value.replace(/[^,|]+/g, (u) => redactUrl(u.trim()));
}

/** What to do when no source worked, naming the inputs that fix it. */
export function noSourceHelp(name: string): string {
  return (
    `set 'mirror' to a server holding the ${name} release assets (with 'checksum' if they are rebuilt), ` +
    `install Go (outside the workspace) so that ${name} can be built from the Go module proxy, ` +
    `or set '${TOOL_SOURCE_INPUT}: path' with ${name} installed outside the workspace`
  );
}

/** A `go` on PATH outside the workspace and the project's environment, or undefined. */
export async function findTrustedGo(
  rt: Pick<Runtime, 'env' | 'workspace' | 'kind' | 'debug'>,
  platform: Platform,
): Promise<string | undefined> {
  // The workspace is never trusted for the compiler, in the terminal too.
  const candidates = await pathCandidates('go', { ...rt, kind: 'github' }, platform);
  return candidates[0]?.real;
}

/**
 * Builds `spec` at `version` with `go install` into a staging folder, checks the version it reports, and places
 * it in the tool cache with a record saying how it was verified.
 */
export async function buildWithGo(
  spec: GoBuildSpec,
  version: string,
  rt: Runtime,
  platform: Platform = currentPlatform(),
): Promise<ProvisionedTool> {
  const host = currentPlatform();
  if (platform.os !== host.os || platform.arch !== host.arch) {
    throw new Error(`a Go build makes ${spec.name} only for this machine (${host.os} ${host.arch})`);
  }
  const go = await findTrustedGo(rt, platform);
  if (!go) throw new Error(`no trusted 'go' on PATH to build ${spec.name} from the Go module proxy`);
  const keys = [
    'GOPROXY',
    'GOSUMDB',
    'GONOSUMDB',
    'GOPRIVATE',
    'GONOPROXY',
    'GOINSECURE',
    'GOFLAGS',
    'GOVERSION',
  ];
  // GOFLAGS is replaced for the build anyway, and a bad one (-insecure) would make `go env` itself fail.
  const probe = await execTool(go, ['env', '-json', ...keys], {
    env: { ...rt.env, GOFLAGS: '-trimpath' },
    timeoutMs: 60_000,
  });
  const effective = JSON.parse(probe.stdout) as Record<string, string>;
  delete effective.GOFLAGS;
  const { placeVerified, privateWorkDir } = await import('./pipeline.js');
  const work = await privateWorkDir(rt, 'go-build');
  try {
    const args = goInstallArgs(spec, version);
    const sumdb = (goBuildEnv(rt.env, effective, work).env.GOSUMDB ?? SUMDB).split(/\s/)[0];
    const proxy = shownProxy(effective.GOPROXY ?? '');
    const verification = `built from the Go module proxy, verified by Go's checksum database (GOSUMDB=${sumdb})`;
    const dir = await placeVerified({
      rt,
      name: spec.name,
      version,
      arch: toolCacheArch(platform),
      platform,
      binaries: [spec.name],
      provenance: { source: `go install ${spec.module}@v${version} (GOPROXY=${proxy})`, verification },
      what: `The Go build of ${spec.name}`,
      async fill(staging) {
        const { env, notes } = goBuildEnv(rt.env, effective, staging);
        for (const n of notes) rt.info(`Go build of ${spec.name}: ${n} (the checksum database stays on)`);
        rt.info(
          `Building ${spec.name} ${version} from the Go module proxy (${proxy}) with ${go} (${effective.GOVERSION ?? 'go'}); ` +
            `Go's checksum database verifies the module. The first build takes a minute or two.`,
        );
        await execTool(go, args, { cwd: work, env, timeoutMs: 20 * 60_000, maxOutputBytes: 1024 * 1024 });
        const bin = path.join(staging, exeName(spec.name, platform));
        const r = await execTool(bin, spec.versionProbe.args, { env: rt.env, timeoutMs: 15_000 });
        const got = spec.versionProbe.pattern.exec(`${r.stdout}\n${r.stderr}`)?.[1];
        if (got !== version) {
          throw new Error(`the Go build of ${spec.name} reports version ${got ?? '(none)'}, not ${version}`);
        }
        return staging;
      },
    });
    const t = provisioned(spec, version, dir, 'go-build', platform, verification);
    rt.info(`Built and cached ${spec.name} ${version} in ${dir}: ${verification}`);
    return t;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** The fallback for gitleaks: a Go build when GitHub's release cannot be reached; else an error naming the fixes. */
export function gitleaksFromGo(): ProvisionFallback {
  return async (ctx) => {
    try {
      return await buildWithGo(gitleaksGoBuild, ctx.version, ctx.runtime, ctx.platform);
    } catch (err) {
      throw new Error(`${errorMessage(err)}. To get ${ctx.spec.name}: ${noSourceHelp(ctx.spec.name)}`, {
        cause: err,
      });
    }
  };
}
