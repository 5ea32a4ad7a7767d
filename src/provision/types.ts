import type { Runtime } from '../core/runtime.js';
import type { ToolSource } from './trust.js';

/** The operating systems and CPU architectures we provision for, in node's own names. */
export type OsName = 'linux' | 'darwin' | 'win32';
export type ArchName = 'x64' | 'arm64';

export interface Platform {
  os: OsName;
  arch: ArchName;
}

/** SHA-256 hex digests of release assets: version → asset file name → digest. */
export type ChecksumTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** How to ask an installed copy of a tool for its version. */
export interface VersionProbe {
  args: readonly string[];
  /** Its first capture group is the version. */
  pattern: RegExp;
}

/**
 * Everything provisioning needs to know about one tool's upstream releases. A new tool is one new file that
 * exports a value of this type (see tools/uv.ts).
 */
export interface ToolSpec {
  /** Name in the tool cache and in log lines, e.g. 'uv'. */
  name: string;
  /** Where releases live when no mirror is given; the mirror replaces exactly this part of the URL. */
  defaultBaseUrl: string;
  /** The release asset's file name; its ending (.tar.gz, .tgz, .zip) says how to extract it. */
  asset(version: string, platform: Platform): string;
  /** The asset's path below the base URL, e.g. `0.9.5/uv-x86_64-unknown-linux-gnu.tar.gz`. */
  releasePath(version: string, platform: Platform): string;
  /** The folder inside the archive whose content becomes the tool's directory ('' for the archive root). */
  archiveRoot(version: string, platform: Platform): string;
  /** Executables the tool directory must hold, without `.exe`; the first one is probed on PATH. */
  binaries: readonly string[];
  /** Committed digests of the upstream assets. */
  checksums: ChecksumTable;
  /** Omit to never look on PATH. */
  versionProbe?: VersionProbe;
}

export interface FetchOptions {
  /** Tries in all, the first included (default 4). */
  attempts?: number;
  /** Delay before the second try; it doubles for each later one (default 1000 ms). */
  baseDelayMs?: number;
  /** Upper bound of one delay (default 30 s). */
  maxDelayMs?: number;
  /** A connection, or a response that sends nothing for this long, is given up (default 60 s). */
  timeoutMs?: number;
  /** Replaces the waiting between tries (tests). */
  sleep?: (ms: number) => Promise<void>;
}

export interface ProvisionOptions {
  /** An exact version, e.g. '0.9.5' (a leading 'v' is dropped). */
  version: string;
  runtime: Runtime;
  /** Base URL that replaces the spec's upstream one (a proxy or an air-gapped mirror). */
  mirror?: string;
  /** The user's expected SHA-256 of the asset; used instead of the committed table. */
  checksum?: string;
  /** Whether a copy found on PATH at this version will do (default: exactly the requested version). */
  accept?: (foundVersion: string) => boolean;
  /** Defaults to the machine running this code. */
  platform?: Platform;
  fetchOptions?: FetchOptions;
  /**
   * The `tool-source` input: 'path' tries PATH first (never inside the workspace or the project's environment
   * on the runner); 'verified' never looks there. Default: 'verified' on the runner, 'path' in the terminal.
   */
  toolSource?: ToolSource;
  /**
   * Another source, tried when the release download fails for a network reason (connection error, timeout,
   * 5xx or 429 after retries, 403/404 from the host); never on a checksum mismatch or an unsafe archive, and
   * never when `mirror` or `checksum` is given (a pin is a pin).
   */
  fallback?: ProvisionFallback;
}

/** What a fallback source is told: the tool, the version and platform wanted, and why the release failed. */
export interface FallbackContext {
  spec: ToolSpec;
  version: string;
  platform: Platform;
  runtime: Runtime;
  fetchOptions?: FetchOptions;
  /** The release download's failure. */
  cause: Error;
}

export type ProvisionFallback = (ctx: FallbackContext) => Promise<ProvisionedTool>;

export type ProvisionSource = 'path' | 'tool-cache' | 'download' | 'go-build';

export interface ProvisionedTool {
  name: string;
  version: string;
  /** The folder holding the executables. */
  dir: string;
  source: ProvisionSource;
  /** Absolute path of one of the tool's executables (`.exe` added on Windows). */
  bin(name: string): string;
  /** How this copy was checked, for the log and the summary (never more than the check actually made). */
  verification: string;
  /** The verified digest of the downloaded asset (download only). */
  sha256?: string;
  downloadMs?: number;
  bytes?: number;
  /** The URL downloaded, credentials removed (download only). */
  url?: string;
}
