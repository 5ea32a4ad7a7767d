// The bundles this repository builds, in one place for scripts/bundle.mjs and scripts/check-bundle-licenses.mjs:
// dist/<action>/ for each src/actions/<action>/index.ts, and dist/pyprod/ for the CLI.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The file in each dist/<name>/ that holds the licences of the third-party code bundled there. */
export const LICENSES = 'licenses.txt';

/** @returns {{ name: string, entry: string, shebang: boolean }[]} */
export function bundleEntries(root) {
  const out = [];
  const actionsDir = path.join(root, 'src', 'actions');
  for (const name of fs.existsSync(actionsDir) ? fs.readdirSync(actionsDir).sort() : []) {
    const entry = path.join(actionsDir, name, 'index.ts');
    if (fs.existsSync(entry)) out.push({ name, entry, shebang: false });
  }
  out.push({ name: 'pyprod', entry: path.join(root, 'src', 'cli', 'pyprod.ts'), shebang: true });
  return out;
}
