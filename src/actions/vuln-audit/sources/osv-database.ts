import * as fs from 'node:fs';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import { errorMessage, InputError } from '../../../core/errors.js';
import { normalizePackageName } from '../../../core/python-names.js';
import { affects } from '../affected.js';
import { type OsvRecord, type PackageVersion, packageKey, type VulnSource } from '../osv.js';
import { Unanswered, uniquePackages } from './failures.js';
import { byRecordId, checkedRecord } from './record-shape.js';

/**
 * An offline OSV export, read without any network: the ecosystem's `all.zip` as OSV publishes it
 * (https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip, one `<ID>.json` per record), or a
 * directory of OSV JSON records (read recursively, symbolic links not followed). Loaded once, indexed by
 * PEP 503 package name; a package's records are those its version is affected by (`affected.ts`), withdrawn
 * ones left out: what the OSV API answers for the same records.
 */

export interface OsvDatabaseOptions {
  /** Largest record read (default 16 MiB): a bigger entry fails the load. */
  maxRecordBytes?: number;
  /** All records together at most (default 2 GiB uncompressed). */
  maxTotalBytes?: number;
  /** Records at most (default 1,000,000). */
  maxRecords?: number;
  /** Largest zip file read (default 1 GiB). */
  maxZipBytes?: number;
}

const DEFAULTS: Required<OsvDatabaseOptions> = {
  maxRecordBytes: 16 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxRecords: 1_000_000,
  maxZipBytes: 1024 * 1024 * 1024,
};

const ALLOWED = "expected an OSV export: the ecosystem's all.zip, or a directory of OSV .json records";

/** Counts what is read against the bounds. */
class Budget {
  private bytes = 0;
  private count = 0;
  constructor(private readonly o: Required<OsvDatabaseOptions>) {}

  take(name: string, size: number): void {
    if (size > this.o.maxRecordBytes)
      throw new Error(
        `${name} has ${size} bytes, more than the ${this.o.maxRecordBytes} allowed for a record`,
      );
    this.bytes += size;
    this.count += 1;
    if (this.bytes > this.o.maxTotalBytes)
      throw new Error(`the records exceed ${this.o.maxTotalBytes} bytes`);
    if (this.count > this.o.maxRecords) throw new Error(`more than ${this.o.maxRecords} records`);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function parseRecord(bytes: Uint8Array, name: string): OsvRecord {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(bytes));
  } catch {
    throw new Error(`${name} is not valid UTF-8 JSON`);
  }
  return checkedRecord(value, name);
}

function readZip(file: string, o: Required<OsvDatabaseOptions>): OsvRecord[] {
  const size = fs.statSync(file).size;
  if (size > o.maxZipBytes) throw new Error(`the zip has ${size} bytes, more than the ${o.maxZipBytes} read`);
  const budget = new Budget(o);
  // The filter sees each entry's declared size before it is inflated; fflate inflates into a buffer of
  // exactly that size, so an entry cannot grow past what the budget accepted.
  const entries = unzipSync(fs.readFileSync(file), {
    filter: (f) => {
      if (!f.name.toLowerCase().endsWith('.json')) return false;
      budget.take(f.name, Math.max(f.originalSize, f.size));
      return true;
    },
  });
  return Object.entries(entries).map(([name, bytes]) => parseRecord(bytes, name));
}

function readDirectory(dir: string, o: Required<OsvDatabaseOptions>): OsvRecord[] {
  const budget = new Budget(o);
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.json')) {
        budget.take(path.relative(dir, p), fs.statSync(p).size);
        files.push(p);
      }
    }
  };
  walk(dir);
  return files.map((f) => parseRecord(fs.readFileSync(f), path.relative(dir, f)));
}

/** Records by PEP 503 name of each PyPI package they name. */
function indexByPackage(records: OsvRecord[]): Map<string, OsvRecord[]> {
  const index = new Map<string, OsvRecord[]>();
  for (const r of records) {
    const names = new Set(
      (r.affected ?? [])
        .filter((a) => a.package?.ecosystem === 'PyPI')
        .map((a) => normalizePackageName(a.package!.name)),
    );
    for (const n of names) {
      const list = index.get(n);
      if (list) list.push(r);
      else index.set(n, [r]);
    }
  }
  return index;
}

/** The source for `database` (a path): checked now, read at the first lookup. */
export function osvDatabaseSource(dbPath: string, opts: OsvDatabaseOptions = {}): VulnSource {
  const o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) };
  const resolved = path.resolve(dbPath);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch {
    throw new InputError('database', dbPath, `no such file or directory; ${ALLOWED}`);
  }
  const isZip = stat.isFile() && resolved.toLowerCase().endsWith('.zip');
  if (!isZip && !stat.isDirectory()) throw new InputError('database', dbPath, ALLOWED);

  let loaded: { index: Map<string, OsvRecord[]>; count: number } | undefined;
  let loadError: string | undefined;
  const load = () => {
    if (loaded || loadError) return;
    try {
      const records = isZip ? readZip(resolved, o) : readDirectory(resolved, o);
      loaded = { index: indexByPackage(records), count: records.length };
    } catch (err) {
      loadError = `the OSV database ${dbPath} cannot be read: ${errorMessage(err)}`;
    }
  };

  return {
    get description() {
      return `OSV database ${dbPath}${loaded ? ` (${loaded.count} records)` : ''}`;
    },
    async lookup(packages: readonly PackageVersion[]) {
      load();
      const unique = uniquePackages(packages);
      const failed = new Unanswered();
      const out = new Map<string, OsvRecord[]>();
      for (const p of unique) {
        if (!loaded) {
          failed.add(p, loadError!);
          continue;
        }
        const candidates = loaded.index.get(normalizePackageName(p.name)) ?? [];
        const matching = candidates.filter((r) => affects(r, p.name, p.version));
        out.set(packageKey(p), [...new Map(matching.map((r) => [r.id, r])).values()].sort(byRecordId));
      }
      failed.throwIfAny();
      return out;
    },
  };
}
