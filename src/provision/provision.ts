import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { errorMessage, InputError } from '../core/errors.js';
import { execTool } from '../core/exec.js';
import { expectedChecksum, verifyChecksum } from './checksum.js';
import { currentPlatform, exeName, toolCacheArch } from './platform.js';
import { cacheVersion, findInToolCache, makeStagingDir, placeInToolCache } from './tool-cache.js';
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

function tool(
  spec: ToolSpec,
  version: string,
  dir: string,
  source: ProvisionSource,
  platform: Platform,
): ProvisionedTool {
  return { name: spec.name, version, dir, source, bin: (name) => path.join(dir, exeName(name, platform)) };
}

async function isExecutable(file: string): Promise<boolean> {
  const st = await fs.stat(file).catch(() => undefined);
  if (!st?.isFile()) return false;
  if (process.platform === 'win32') return true;
  return fs.access(file, fs.constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** The first copy of the spec's main binary on PATH whose reported version is accepted. */
async function findOnPath(spec: ToolSpec, opts: ProvisionOptions, platform: Platform, version: string) {
  const probe = spec.versionProbe;
  const main = spec.binaries[0];
  if (!probe || !main || opts.usePath === false) return undefined;
  const accept = opts.accept ?? ((v: string) => v === version);
  const dirs = (opts.runtime.env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  for (const dir of dirs) {
    const file = path.join(dir, exeName(main, platform));
    if (!(await isExecutable(file))) continue;
    try {
      const r = await execTool(file, probe.args, {
        env: opts.runtime.env,
        timeoutMs: 15_000,
        maxOutputBytes: 64 * 1024,
      });
      const found = probe.pattern.exec(`${r.stdout}\n${r.stderr}`)?.[1];
      if (found && accept(found)) return { dir, found };
      opts.runtime.debug(`${file} reports version ${found ?? '(none)'}; not accepted`);
    } catch (err) {
      opts.runtime.debug(`${file} could not report its version: ${errorMessage(err)}`);
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

async function checkBinaries(spec: ToolSpec, dir: string, platform: Platform, what: string): Promise<void> {
  for (const b of spec.binaries) {
    const file = path.join(dir, exeName(b, platform));
    if (!(await isExecutable(file)))
      throw new Error(`${what} does not contain the executable ${exeName(b, platform)}`);
  }
}

/**
 * Gets a tool, trying in order: a copy on PATH at an accepted version, the runner's tool cache, then the
 * release archive from upstream or the mirror, checksum-verified and safely extracted into the tool cache.
 */
export async function provisionTool(spec: ToolSpec, opts: ProvisionOptions): Promise<ProvisionedTool> {
  const rt = opts.runtime;
  const version = cacheVersion(opts.version);
  if (!VERSION_RE.test(version)) {
    throw new InputError('version', opts.version, 'expected an exact version such as 1.2.3');
  }
  const platform = opts.platform ?? currentPlatform();
  const arch = toolCacheArch(platform);

  const onPath = await findOnPath(spec, opts, platform, version);
  if (onPath) {
    rt.info(`Using ${spec.name} ${onPath.found} found on PATH at ${onPath.dir}`);
    return tool(spec, onPath.found, onPath.dir, 'path', platform);
  }

  const cached = await findInToolCache(rt.toolCacheDir, spec.name, version, arch);
  if (cached) {
    try {
      await checkBinaries(spec, cached, platform, `The tool cache entry ${cached}`);
      rt.info(`Using ${spec.name} ${version} from the tool cache at ${cached}`);
      return tool(spec, version, cached, 'tool-cache', platform);
    } catch (err) {
      rt.warning(`${errorMessage(err)}; downloading ${spec.name} ${version} again`);
    }
  }

  // Fail on an unknown checksum before making any request.
  const asset = spec.asset(version, platform);
  const expected = expectedChecksum(spec.name, spec.checksums, version, asset, opts.checksum);
  const url = assetUrl(spec, version, platform, opts.mirror);
  // Loaded only when downloading: the HTTP client and archive readers are most of a bundle's start-up cost.
  const [{ downloadFile, redactUrl, DownloadError }, { extractArchive }] = await Promise.all([
    import('./download.js'),
    import('./extract.js'),
  ]);
  const shown = redactUrl(url);
  await fs.mkdir(rt.tempDir, { recursive: true });
  const work = await fs.mkdtemp(path.join(rt.tempDir, `provision-${spec.name}-`));
  let staging: string | undefined;
  try {
    const file = path.join(work, asset);
    rt.info(`Downloading ${spec.name} ${version} from ${shown}`);
    let dl: Awaited<ReturnType<typeof downloadFile>>;
    try {
      dl = await downloadFile(url, file, { ...opts.fetchOptions, onRetry: (m) => rt.warning(m) });
    } catch (err) {
      // Only an unreachable release falls back; what was downloaded is never second-guessed.
      if (!opts.fallback || !(err instanceof DownloadError) || !releaseUnreachable(err.status)) throw err;
      rt.warning(`${err.message}; trying the fallback source`);
      const { fallback, fetchOptions } = opts;
      return await fallback({ spec, version, platform, runtime: rt, fetchOptions, cause: err }).catch(
        (fb) => {
          throw new Error(`${err.message}; the fallback failed too: ${errorMessage(fb)}`, { cause: fb });
        },
      );
    }
    verifyChecksum(asset, dl.sha256, expected);
    const from = expected.from === 'input' ? "the 'checksum' input" : 'the committed checksum table';
    rt.info(`Verified SHA-256 ${dl.sha256} of ${asset} (${dl.bytes} bytes) against ${from}`);

    staging = await makeStagingDir(rt.toolCacheDir, spec.name, version, arch);
    await extractArchive(file, staging, asset);
    const root = spec.archiveRoot(version, platform);
    const content = root ? path.join(staging, root) : staging;
    await checkBinaries(spec, content, platform, `The archive ${asset}${root ? ` (folder ${root}/)` : ''}`);
    const dir = await placeInToolCache(content, rt.toolCacheDir, spec.name, version, arch);
    rt.info(`Cached ${spec.name} ${version} in ${dir}`);
    return {
      ...tool(spec, version, dir, 'download', platform),
      sha256: dl.sha256,
      downloadMs: dl.durationMs,
      bytes: dl.bytes,
      url: shown,
    };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
    if (staging) await fs.rm(staging, { recursive: true, force: true });
  }
}
