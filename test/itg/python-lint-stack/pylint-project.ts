// Test projects for pylint's cross-module checks (duplicate-code, cyclic-import): written by the tests that
// use them, under os.tmpdir().
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll } from 'vitest';

/** The same block in several modules (pylint's duplicate-code wants more than four lines). */
export const block = (name: string, indent = '') =>
  [
    `def ${name}(values):`,
    '    total = 0',
    '    for value in values:',
    '        if value > 10:',
    '            total += value * 2',
    '        else:',
    '            total -= value',
    '    return total',
  ]
    .map((l) => indent + l)
    .join('\n');

/** A new directory under os.tmpdir() holding `files` (path relative to it -> content). */
export function writeProject(prefix: string, files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** A list of paths that the calling test file fills, removed after its tests. */
export function removedAfterAll(): string[] {
  const made: string[] = [];
  afterAll(() => {
    for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  return made;
}
