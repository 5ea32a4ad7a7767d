// Rebuilds every committed bundle: dist/<action>/index.js for each src/actions/<action>/index.ts, and
// dist/pyprod/index.js for the CLI. `.ci/run` runs this and fails when the result differs from the commit.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function entries() {
  const out = [];
  const actionsDir = path.join(root, 'src', 'actions');
  for (const name of fs.existsSync(actionsDir) ? fs.readdirSync(actionsDir).sort() : []) {
    const entry = path.join(actionsDir, name, 'index.ts');
    if (fs.existsSync(entry)) out.push({ name, entry, shebang: false });
  }
  out.push({ name: 'pyprod', entry: path.join(root, 'src', 'cli', 'pyprod.ts'), shebang: true });
  return out;
}

async function build({ name, entry, shebang }) {
  const started = Date.now();
  // Type checking is `npm run typecheck`'s job; transpile-only keeps the bundle step fast.
  const { code, assets } = await ncc(entry, {
    minify: true,
    sourceMap: false,
    transpileOnly: true,
    quiet: true,
    target: 'es2023',
    // No build cache: ncc's filesystem cache has served stale modules after source edits.
    cache: false,
  });
  const outDir = path.join(root, 'dist', name);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const body = shebang && !code.startsWith('#!') ? `#!/usr/bin/env node\n${code}` : code;
  fs.writeFileSync(path.join(outDir, 'index.js'), body, { mode: shebang ? 0o755 : 0o644 });
  for (const [file, asset] of Object.entries(assets ?? {})) {
    const dest = path.join(outDir, file);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, asset.source);
  }
  const kb = Math.round(fs.statSync(path.join(outDir, 'index.js')).size / 1024);
  console.log(
    `dist/${name}/index.js ${kb} KiB, ${Object.keys(assets ?? {}).length} assets, ${Date.now() - started} ms`,
  );
}

const only = process.argv.slice(2);
const todo = entries().filter((e) => only.length === 0 || only.includes(e.name));
// Remove bundles whose source is gone, so dist/ holds exactly what the sources build.
if (only.length === 0 && fs.existsSync(path.join(root, 'dist'))) {
  const names = new Set(todo.map((e) => e.name));
  for (const d of fs.readdirSync(path.join(root, 'dist'))) {
    if (!names.has(d)) fs.rmSync(path.join(root, 'dist', d), { recursive: true, force: true });
  }
}
// Two at a time: CI machines have two cores.
const queue = [...todo];
await Promise.all(
  [0, 1].map(async () => {
    for (let e = queue.shift(); e; e = queue.shift()) await build(e);
  }),
);
