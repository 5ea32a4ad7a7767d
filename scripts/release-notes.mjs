// The notes of one release: its section of CHANGELOG.md, after checking that the version is X.Y.Z and
// that package.json says the same. Used by .github/workflows/release.yml before anything is tagged.
//   node scripts/release-notes.mjs <X.Y.Z>      the section's text on stdout; exit 1 with the reason otherwise
import * as fs from 'node:fs';

function fail(message) {
  console.error(`release-notes: ${message}`);
  process.exit(1);
}

const version = process.argv[2] ?? '';
if (!/^\d+\.\d+\.\d+$/.test(version))
  fail(`version "${version}" is not allowed: expected X.Y.Z (three numbers, no "v", no pre-release)`);
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
if (pkg.version !== version)
  fail(`package.json says version ${pkg.version}, not ${version}: bump it in the release commit`);

// Keep a Changelog: "## [X.Y.Z] - YYYY-MM-DD" up to the next "## " heading or the link definitions.
const lines = fs.readFileSync('CHANGELOG.md', 'utf8').split('\n');
const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
if (start < 0) fail(`CHANGELOG.md has no "## [${version}] - <date>" section: move Unreleased there`);
if (!/^## \[[^\]]+\] - \d{4}-\d{2}-\d{2}$/.test(lines[start]))
  fail(`CHANGELOG.md: "${lines[start]}" should read "## [${version}] - YYYY-MM-DD"`);
const rest = lines.slice(start + 1);
const end = rest.findIndex((l) => l.startsWith('## ') || /^\[[^\]]+\]: /.test(l));
const notes = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
if (notes === '') fail(`CHANGELOG.md: the ${version} section is empty`);
process.stdout.write(`${notes}\n`);
