import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The Python a project's `.python-version` asks for: its first line that is neither blank nor a `#` comment
 * (uv's and pyenv's reading), or undefined when there is no such file or line.
 */
export function readPythonVersionFile(dir: string): string | undefined {
  const file = path.join(dir, '.python-version');
  if (!fs.existsSync(file)) return undefined;
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('#'));
}
