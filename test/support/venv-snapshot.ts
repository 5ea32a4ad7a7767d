import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * What a project's `.venv` has installed: every dist-info RECORD (a distribution's name, version and every
 * file's hash) by its path under `lib/`, plus the hash of the project's pyproject.toml and uv.lock. Two equal
 * snapshots mean nothing was installed, removed or rewritten, and the lock was not touched.
 */
export function installedSet(ws: string): Record<string, string> {
  const out: Record<string, string> = {};
  const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
  const lib = path.join(ws, '.venv', 'lib');
  for (const e of fs.readdirSync(lib, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && e.name === 'RECORD' && e.parentPath.endsWith('.dist-info')) {
      out[path.relative(lib, path.join(e.parentPath, e.name))] = sha(path.join(e.parentPath, e.name));
    }
  }
  for (const f of ['pyproject.toml', 'uv.lock']) out[f] = sha(path.join(ws, f));
  return out;
}

/** The distribution directories (`name-version.dist-info`) of a snapshot. */
export function distributions(snapshot: Record<string, string>): string[] {
  return Object.keys(snapshot)
    .filter((k) => k.endsWith('RECORD'))
    .map((k) => path.basename(path.dirname(k)))
    .sort();
}
