import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from './errors.js';

/**
 * What a path input must name: an existing file or directory to read, or a file or directory to write (which
 * may not exist yet, but must not be the other kind, and whose nearest existing parent is a directory).
 */
export type PathKind = 'file' | 'directory' | 'output-file' | 'output-directory';

const KIND_WORDS: Record<PathKind, string> = {
  file: 'an existing file',
  directory: 'an existing directory',
  'output-file': 'a file to write (not a directory)',
  'output-directory': 'a directory to write into (not a file)',
};

function statOf(p: string): fs.Stats | undefined {
  return fs.statSync(p, { throwIfNoEntry: false });
}

/**
 * Checks that `resolved` (the input `input`'s value `value`, resolved) is the kind of path the input takes,
 * throwing an InputError naming the input, the value and what is allowed: never a later EISDIR or ENOENT.
 */
export function checkPathInput(input: string, value: string, resolved: string, kind: PathKind): string {
  const fail = (why: string): never => {
    throw new InputError(input, value, `expected ${KIND_WORDS[kind]}; ${why}`);
  };
  const st = statOf(resolved);
  const wantsDir = kind === 'directory' || kind === 'output-directory';
  if (st) {
    if (wantsDir && !st.isDirectory()) fail(`${resolved} is a file`);
    if (!wantsDir && st.isDirectory()) fail(`${resolved} is a directory`);
    if (!wantsDir && !st.isFile()) fail(`${resolved} is not a regular file`);
    return resolved;
  }
  if (kind === 'file' || kind === 'directory') fail(`${resolved} does not exist`);
  // To be created: the nearest existing ancestor must be a directory we can create it in.
  for (let dir = path.dirname(resolved); ; dir = path.dirname(dir)) {
    const up = statOf(dir);
    if (up) {
      if (!up.isDirectory()) fail(`${dir} (on its path) is a file`);
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  return resolved;
}

/** Where input values come from: the runner's INPUT_* variables, or the CLI's flags. */
export interface InputSource {
  /** The raw value, or undefined when the input was not given. */
  get(name: string): string | undefined;
}

/** The runner's name mangling: upper case, spaces to underscores; hyphens are kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function envInputSource(env: NodeJS.ProcessEnv = process.env): InputSource {
  return { get: (name) => env[inputEnvName(name)] };
}

export function mapInputSource(values: Record<string, string | undefined>): InputSource {
  return { get: (name) => values[name] };
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

const SIZE_UNITS: Record<string, number> = {
  b: 1,
  k: 1e3,
  kb: 1e3,
  m: 1e6,
  mb: 1e6,
  g: 1e9,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Typed readers over an InputSource. Values are trimmed, and an empty value counts as not given (the runner
 * passes '' for inputs without a default). Every bad value throws an InputError naming input, value and
 * what is allowed.
 */
export class InputReader {
  constructor(private readonly source: InputSource) {}

  /** The trimmed value, or undefined when absent or empty. */
  raw(name: string): string | undefined {
    const v = this.source.get(name)?.trim();
    return v ? v : undefined;
  }

  string(name: string, fallback: string): string;
  string(name: string): string | undefined;
  string(name: string, fallback?: string): string | undefined {
    return this.raw(name) ?? fallback;
  }

  required(name: string): string {
    const v = this.raw(name);
    if (v === undefined) throw new InputError(name, '', 'a value is required');
    return v;
  }

  bool(name: string, fallback: boolean): boolean {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    if (TRUE.includes(v)) return true;
    if (FALSE.includes(v)) return false;
    throw new InputError(name, v, 'allowed values are true or false');
  }

  int(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    const min = range.min ?? Number.MIN_SAFE_INTEGER;
    const max = range.max ?? Number.MAX_SAFE_INTEGER;
    const n = /^[+-]?\d+$/.test(v) ? Number(v) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      const bounds =
        range.min !== undefined && range.max !== undefined
          ? ` from ${min} to ${max}`
          : range.min !== undefined
            ? ` of at least ${min}`
            : '';
      throw new InputError(name, v, `expected a whole number${bounds}`);
    }
    return n;
  }

  /** Items separated by commas or new lines (or spaces too, with `spaces: true`), trimmed, empties dropped. */
  list(name: string, fallback: readonly string[] = [], opts: { spaces?: boolean } = {}): string[] {
    const v = this.raw(name);
    if (v === undefined) return [...fallback];
    const sep = opts.spaces ? /[\s,]+/ : /[\n,]/;
    return v
      .split(sep)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  }

  /** Lines (for multi-line inputs such as globs, urls, directories), trimmed, empties and `#` comments dropped. */
  lines(name: string, fallback: readonly string[] = []): string[] {
    const v = this.raw(name);
    if (v === undefined) return [...fallback];
    return v
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && !s.startsWith('#'));
  }

  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    throw new InputError(name, v, `allowed values are ${allowed.join(', ')}`);
  }

  /** Each list item must be one of `allowed`. */
  choices<T extends string>(name: string, allowed: readonly T[], fallback: readonly T[]): T[] {
    const items = this.list(name, fallback, { spaces: true });
    for (const item of items) {
      if (!(allowed as readonly string[]).includes(item)) {
        throw new InputError(name, item, `each item must be one of ${allowed.join(', ')}`);
      }
    }
    return items as T[];
  }

  /** A size such as `400MB`, `1.5GiB`, `512k` or a plain byte count; returns bytes (MB = 10^6, MiB = 2^20). */
  size(name: string): number | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    return parseSize(v, name);
  }

  /** A duration such as `30s`, `5m`, `1m30s`, `500ms` or plain seconds; returns milliseconds. */
  duration(name: string, fallbackMs: number): number;
  duration(name: string): number | undefined;
  duration(name: string, fallbackMs?: number): number | undefined {
    const v = this.raw(name);
    if (v === undefined) return fallbackMs;
    return parseDuration(v, name);
  }

  /** An http(s) base URL (for `mirror` inputs), without a trailing slash. */
  url(name: string): string | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(v))
      throw new InputError(name, v, 'expected an http:// or https:// URL');
    return v.replace(/\/+$/, '');
  }

  /**
   * A path input resolved against `base` and checked to be the `kind` it takes (checkPathInput); undefined
   * when not given and there is no fallback.
   */
  path(name: string, base: string, kind: PathKind, fallback: string): string;
  path(name: string, base: string, kind: PathKind): string | undefined;
  path(name: string, base: string, kind: PathKind, fallback?: string): string | undefined {
    const v = this.raw(name) ?? fallback;
    if (v === undefined) return undefined;
    return checkPathInput(name, v, path.resolve(base, v), kind);
  }

  /** A SHA-256 digest as 64 hexadecimal characters (for `checksum` inputs), lower-cased. */
  sha256(name: string): string | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (!/^[0-9a-fA-F]{64}$/.test(v))
      throw new InputError(name, v, 'expected a SHA-256 digest as 64 hexadecimal characters');
    return v.toLowerCase();
  }

  /** A percentage such as `10%` or `10`; returns a fraction (0.1). */
  percent(name: string, fallback: number): number {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(v);
    if (!m) throw new InputError(name, v, 'expected a percentage such as 10%');
    return Number(m[1]) / 100;
  }
}

export function parseSize(value: string, input = 'size'): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(value.trim());
  const unit = m?.[2]?.toLowerCase() ?? '';
  const factor = m ? (unit === '' ? 1 : SIZE_UNITS[unit]) : undefined;
  if (!m || factor === undefined) {
    throw new InputError(
      input,
      value,
      'expected a size such as 400MB, 1.5GiB or a byte count (units B, kB, MB, GB, KiB, MiB, GiB)',
    );
  }
  return Math.round(Number(m[1]) * factor);
}

export function parseDuration(value: string, input = 'duration'): number {
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(v); m; m = re.exec(v)) {
    total += Number(m[1]) * (DURATION_UNITS[m[2] as string] ?? 0);
    matched = re.lastIndex;
  }
  if (matched === 0 || matched !== v.length) {
    throw new InputError(
      input,
      value,
      'expected a duration such as 30s, 5m, 1m30s, 500ms or a number of seconds',
    );
  }
  return Math.round(total);
}
