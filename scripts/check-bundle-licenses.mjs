// Checks that every bundle ships the licences of the third-party code in it: each dist/<name>/licenses.txt
// exists, is not empty, and names (on a line of its own, as ncc writes it) every package.json dependency
// that the bundle's sources import at run time. The imports are read from the TypeScript sources with the
// TypeScript compiler's parser, not from the bundle, so the check does not trust the tool it checks.
//   node scripts/check-bundle-licenses.mjs [dist-dir]      exit 1 and one line per problem when any
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntries, LICENSES } from './bundle-entries.mjs';

const require = createRequire(import.meta.url);
const ts = require('typescript');

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`; null for relative paths and `node:` built-ins. */
export function packageName(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The module specifiers a source file loads at run time: imports, re-exports, import() and require(). */
function runtimeSpecifiers(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      out.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments.length === 1 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** `./x.js` from a .ts file → the .ts source it names (or its index.ts). */
function resolveRelative(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  const stem = base.replace(/\.(c|m)?js$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.mts`, base, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

/** The packages among `dependencies` that `entry` reaches at run time through our own sources. */
export function importedPackages(entry, dependencies) {
  const found = new Set();
  const seen = new Set();
  const todo = [entry];
  for (let file = todo.pop(); file; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of runtimeSpecifiers(file)) {
      const pkg = packageName(specifier);
      if (pkg === null) {
        if (specifier.startsWith('.')) todo.push(resolveRelative(file, specifier));
      } else if (dependencies.includes(pkg)) {
        found.add(pkg);
      }
    }
  }
  return [...found].sort();
}

/** Problems with dist/<name>/licenses.txt for a bundle that must name `packages`; empty when it is right. */
export function licenseProblems(distDir, name, packages) {
  const file = path.join(distDir, name, LICENSES);
  if (!fs.existsSync(file)) return [`${file} is missing: rebuild with npm run bundle`];
  const text = fs.readFileSync(file, 'utf8');
  if (text.trim() === '') return [`${file} is empty`];
  const lines = new Set(text.split(/\r?\n/).map((l) => l.trim()));
  return packages
    .filter((p) => !lines.has(p))
    .map((p) => `${file} does not name ${p}, which the ${name} bundle imports`);
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const distDir = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const dependencies = Object.keys(pkg.dependencies ?? {});
  const problems = [];
  for (const { name, entry } of bundleEntries(root)) {
    const packages = importedPackages(entry, dependencies);
    const found = licenseProblems(distDir, name, packages);
    problems.push(...found);
    if (found.length === 0)
      console.log(`dist/${name}/${LICENSES}: ${packages.join(', ') || 'no third-party code'}`);
  }
  for (const p of problems) console.error(p);
  process.exit(problems.length === 0 ? 0 : 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
