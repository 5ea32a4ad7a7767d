import * as fs from 'node:fs';
import * as path from 'node:path';

const made = new Set<string>();
let cleanupInstalled = false;

function removeAll(): void {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
  made.clear();
}

/**
 * A directory of this run's own: `mkdtemp` under `base` (created when missing), so its name cannot be
 * guessed and mode 0700 keeps other users out, unlike a shared fixed path such as /tmp/pyprod. It is removed
 * when the process exits (nothing in it is meant to outlive the step).
 */
export function privateTempDir(base: string): string {
  fs.mkdirSync(base, { recursive: true, mode: 0o700 });
  const dir = fs.mkdtempSync(path.join(base, 'pyprod-'));
  // mkdtemp makes 0700 already; say so explicitly in case a umask or platform differs.
  if (process.platform !== 'win32') fs.chmodSync(dir, 0o700);
  made.add(dir);
  if (!cleanupInstalled) {
    cleanupInstalled = true;
    process.on('exit', removeAll);
  }
  return dir;
}
