// Rebuilds every committed bundle: dist/<action>/index.js for each src/actions/<action>/index.ts, and
// dist/pyprod/index.js for the CLI, each with dist/<name>/licenses.txt: the licence of every third-party
// package bundled into it (ncc's `license` option). `.ci/run` runs this and fails when the result differs
// from the commit; scripts/check-bundle-licenses.mjs checks the licence files name what the sources import.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntries, LICENSES } from './bundle-entries.mjs';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NO_THIRD_PARTY = 'This bundle contains no third-party code: only pyprod-actions (MIT, see LICENSE).';

/** The node_modules package directories whose code is in the bundle, concatenated modules included. */
function bundledPackageDirs(stats) {
  const dirs = new Set();
  const walk = (m) => {
    const hit = m.resource && /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(m.resource);
    if (hit) dirs.add(hit[1]);
    if (m.rootModule) walk(m.rootModule);
    for (const inner of m.modules ?? []) walk(inner);
  };
  for (const m of stats.compilation.modules) walk(m);
  return [...dirs].sort();
}

/**
 * ncc's licence plugin does not see packages webpack concatenated into one of our modules (smol-toml, an ES
 * module, is one): add each package it left out, in its format (name, licence, text), so every bundled
 * package is named. A bundle of our code alone says so rather than leaving an empty file.
 */
function writeMissingLicenses(file, packageDirs) {
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
  const named = new Set(text.split('\n').map((l) => l.trim()));
  for (const dir of packageDirs) {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    if (named.has(meta.name)) continue;
    const licenseFile = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    // A package without a licence file (e.g. @nodable/entities) is named with the licence its package.json
    // declares, and its author, which is all it publishes; one with neither stops the build.
    if (!licenseFile && !meta.license) throw new Error(`${meta.name} is bundled but declares no licence`);
    const author = typeof meta.author === 'string' ? meta.author : meta.author?.name;
    const body = licenseFile
      ? fs.readFileSync(path.join(dir, licenseFile), 'utf8').trim()
      : `(no licence file in the package; its package.json declares ${meta.license}${author ? `, author ${author}` : ''})`;
    text += `${text ? '\n\n' : ''}${meta.name}\n${meta.license ?? 'UNKNOWN'}\n${body}`;
    named.add(meta.name);
  }
  fs.writeFileSync(file, `${text || NO_THIRD_PARTY}\n`);
}

async function build({ name, entry, shebang }) {
  const started = Date.now();
  // Type checking is `npm run typecheck`'s job; transpile-only keeps the bundle step fast.
  const { code, assets, stats } = await ncc(entry, {
    minify: true,
    sourceMap: false,
    transpileOnly: true,
    quiet: true,
    target: 'es2023',
    // No build cache: ncc's filesystem cache has served stale modules after source edits.
    cache: false,
    // Bundled code ships with its licence notices (MIT, ISC, BlueOak, ... all ask for it).
    license: LICENSES,
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
  writeMissingLicenses(path.join(outDir, LICENSES), bundledPackageDirs(stats));
  const kb = Math.round(fs.statSync(path.join(outDir, 'index.js')).size / 1024);
  console.log(
    `dist/${name}/index.js ${kb} KiB, ${Object.keys(assets ?? {}).length} assets, ${Date.now() - started} ms`,
  );
}

const only = process.argv.slice(2);
const todo = bundleEntries(root).filter((e) => only.length === 0 || only.includes(e.name));
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
