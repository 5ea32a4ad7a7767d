import * as path from 'node:path';
import { errorMessage, InputError } from '../core/errors.js';
import { execTool } from '../core/exec.js';
import type { Runtime } from '../core/runtime.js';
import { ChecksumMismatchError, expectedChecksum } from './checksum.js';
import { currentPlatform, exeName, toolCacheArch } from './platform.js';
import { cacheVersion, findVerifiedInToolCache } from './tool-cache.js';
import { pathCandidates, TOOL_SOURCE_INPUT, type ToolSource } from './trust.js';
import type { Platform, ProvisionedTool, ProvisionOptions, ProvisionSource, ToolSpec } from './types.js';

const VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]*$/;

/** The base URL to download from: the mirror when given (checked), else the spec's upstream one. */
export function baseUrl(spec: ToolSpec, mirror?: string): string {
  if (mirror === undefined || mirror.trim() === '') return spec.defaultBaseUrl.replace(/\/+$/, '');
  let u: URL;
  try {
    u = new URL(mirror.trim());
  } catch {
    throw new InputError('mirror', mirror, 'expected an http:// or https:// URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new InputError('mirror', mirror, 'expected an http:// or https:// URL');
  }
  return mirror.trim().replace(/\/+$/, '');
}

export function assetUrl(spec: ToolSpec, version: string, platform: Platform, mirror?: string): string {
  return `${baseUrl(spec, mirror)}/${spec.releasePath(version, platform)}`;
}

export function provisioned(
  spec: Pick<ToolSpec, 'name'>,
  version: string,
  dir: string,
  source: ProvisionSource,
  platform: Platform,
  verification: string,
): ProvisionedTool {
  return {
    name: spec.name,
    version,
    dir,
    source,
    verification,
    bin: (name) => path.join(dir, exeName(name, platform)),
  };
}

/** One line for the log and the summary: which binary runs, its version, and how it was checked. */
export function describeTool(tool: ProvisionedTool, binary: string = tool.name): string {
  return `${tool.name} ${tool.version} at ${tool.bin(binary)} (${tool.verification})`;
}

/** The default `tool-source`: verified on the runner, PATH in the terminal. */
export function defaultToolSource(rt: Pick<Runtime, 'kind'>): ToolSource {
  return rt.kind === 'github' ? 'verified' : 'path';
}

/** The first copy of the spec's main binary on PATH whose reported version is accepted (trust rule applied). */
async function findOnPath(spec: ToolSpec, opts: ProvisionOptions, platform: Platform, version: string) {
  const probe = spec.versionProbe;
  const main = spec.binaries[0];
  if (!probe || !main) return undefined;
  const accept = opts.accept ?? ((v: string) => v === version);
  for (const c of await pathCandidates(main, opts.runtime, platform)) {
    try {
      const r = await execTool(c.real, probe.args, {
        env: opts.runtime.env,
        timeoutMs: 15_000,
        maxOutputBytes: 64 * 1024,
      });
      const found = probe.pattern.exec(`${r.stdout}\n${r.stderr}`)?.[1];
      if (found && accept(found)) return { ...c, found };
      opts.runtime.debug(`${c.file} reports version ${found ?? '(none)'}; not accepted`);
    } catch (err) {
      opts.runtime.debug(`${c.file} could not report its version: ${errorMessage(err)}`);
    }
  }
  return undefined;
}

/** A download failure that says the release host is unreachable or refuses us (not that the asset is bad). */
export function releaseUnreachable(status: number | undefined): boolean {
  return (
    status === undefined ||
    status >= 500 ||
    status === 429 ||
    status === 408 ||
    status === 403 ||
    status === 404
  );
}

/** The inputs that pin the source: with either given, no other source is ever tried. */
function pinnedBy(opts: ProvisionOptions): string[] {
  return [...(opts.mirror?.trim() ? ['mirror'] : []), ...(opts.checksum?.trim() ? ['checksum'] : [])];
}

/**
 * Gets a tool from a source it can trust, in order: PATH (only with `tool-source: path`; on the runner never
 * from inside the workspace or the project's environment), the runner's tool cache (only an entry this code
 * verified and placed, unchanged since), then the release archive from upstream or the mirror, checked against
 * the committed table or the `checksum` input, extracted from the very bytes that were checked. When the
 * release host cannot be reached and nothing pins the source, `opts.fallback` (PyPI's wheel, a Go build) runs.
 */
export async function provisionTool(spec: ToolSpec, opts: ProvisionOptions): Promise<ProvisionedTool> {
  const rt = opts.runtime;
  const version = cacheVersion(opts.version);
  if (!VERSION_RE.test(version)) {
    throw new InputError('version', opts.version, 'expected an exact version such as 1.2.3');
  }
  const platform = opts.platform ?? currentPlatform();
  const arch = toolCacheArch(platform);
  const toolSource = opts.toolSource ?? defaultToolSource(rt);

  const pins = pinnedBy(opts);
  const asset = spec.asset(version, platform);
  // A pin fixes the bytes: only a copy with that very digest will do (a PATH copy has none to compare).
  const pinned =
    pins.length > 0 ? expectedChecksum(spec.name, spec.checksums, version, asset, opts.checksum) : undefined;
  if (toolSource === 'path' && pinned) {
    rt.info(`${pins.map((p) => `'${p}'`).join(' and ')} given: ${spec.name} is not taken from PATH`);
  } else if (toolSource === 'path') {
    const onPath = await findOnPath(spec, opts, platform, version);
    if (onPath) {
      const how =
        rt.kind === 'github'
          ? `found on PATH as ${onPath.file} (${TOOL_SOURCE_INPUT}: path), not verified by pyprod`
          : `found on PATH as ${onPath.file}, not verified by pyprod`;
      const t = provisioned(spec, onPath.found, path.dirname(onPath.real), 'path', platform, how);
      rt.info(`Using ${describeTool(t, spec.binaries[0])}`);
      return t;
    }
    rt.info(
      `No ${spec.name}${opts.accept ? '' : ` ${version}`} on PATH${rt.kind === 'github' ? ' outside the workspace' : ''}; using a verified copy`,
    );
  }

  const files = spec.binaries.map((b) => exeName(b, platform));
  const cached = await findVerifiedInToolCache(rt.toolCacheDir, spec.name, version, arch, files);
  if ('dir' in cached && pinned && cached.record.sha256 !== pinned.sha256) {
    rt.info(
      `The tool cache entry ${cached.dir} was verified against another digest; fetching the pinned one`,
    );
  } else if ('dir' in cached) {
    const t = provisioned(
      spec,
      version,
      cached.dir,
      'tool-cache',
      platform,
      `tool cache entry placed by pyprod after: ${cached.record.verification}`,
    );
    rt.info(`Using ${describeTool(t, spec.binaries[0])}`);
    return t;
  }
  if ('why' in cached && cached.why !== 'not in the tool cache')
    rt.info(`${cached.why}; fetching ${spec.name} ${version} again`);

  // Fail on an unknown checksum before making any request.
  const expected = pinned ?? expectedChecksum(spec.name, spec.checksums, version, asset, opts.checksum);
  const url = assetUrl(spec, version, platform, opts.mirror);
  const [{ DownloadError, redactUrl }, { extractArchive }, { fetchVerified, placeVerified }] =
    await Promise.all([import('./download.js'), import('./extract.js'), import('./pipeline.js')]);
  const shown = redactUrl(url);
  const against = expected.from === 'input' ? "the 'checksum' input" : 'the committed checksum table';
  rt.info(`Downloading ${spec.name} ${version} from ${shown}`);
  let dl: Awaited<ReturnType<typeof fetchVerified>>;
  try {
    dl = await fetchVerified(
      url,
      {
        sha256: expected.sha256,
        against,
        mismatch: (actual) => new ChecksumMismatchError(asset, expected.sha256, actual, expected.from),
      },
      rt,
      opts.fetchOptions,
    );
  } catch (err) {
    // Only an unreachable release falls back; what was downloaded is never second-guessed.
    if (!(err instanceof DownloadError) || !releaseUnreachable(err.status)) throw err;
    if (!opts.fallback) throw err;
    if (pins.length > 0) {
      // A pin is a pin: the fallback would fetch other bytes, checked by someone else.
      err.message +=
        `. No other source is tried because ${pins.map((p) => `'${p}'`).join(' and ')} ${pins.length > 1 ? 'are' : 'is'} given: ` +
        `fix the ${opts.mirror?.trim() ? "'mirror' URL" : 'download'} or remove the pin`;
      throw err;
    }
    rt.warning(`${err.message}; trying the fallback source`);
    const { fallback, fetchOptions } = opts;
    return await fallback({ spec, version, platform, runtime: rt, fetchOptions, cause: err }).catch((fb) => {
      throw new Error(`${err.message}; the fallback failed too: ${errorMessage(fb)}`, { cause: fb });
    });
  }
  const verification = `SHA-256 ${dl.sha256} of ${asset} matches ${against}`;
  rt.info(`Verified SHA-256 ${dl.sha256} of ${asset} (${dl.bytes} bytes from ${dl.url}) against ${against}`);
  const root = spec.archiveRoot(version, platform);
  const dir = await placeVerified({
    rt,
    name: spec.name,
    version,
    arch,
    platform,
    binaries: spec.binaries,
    provenance: { source: dl.url, verification, sha256: dl.sha256 },
    what: `The archive ${asset}${root ? ` (folder ${root}/)` : ''}`,
    async fill(staging) {
      await extractArchive(dl.data, staging, asset);
      return root ? path.join(staging, root) : staging;
    },
  });
  const t = provisioned(spec, version, dir, 'download', platform, verification);
  rt.info(`Cached ${spec.name} ${version} in ${dir}; using ${t.bin(spec.binaries[0] ?? spec.name)}`);
  return { ...t, sha256: dl.sha256, downloadMs: dl.durationMs, bytes: dl.bytes, url: dl.url };
}
