// Pins every `pyprod/pyprod-actions[/actions/<name>]@<sha> # <tag>` reference in the starter workflows, the
// README, docs/ and examples/ to one commit of this repository, then copies each starter workflow into its
// README block (starter-workflow, monorepo-workflow):
//   node scripts/pin-template.mjs [<commit or tag>] [--tag vX.Y.Z]
// The comment is the release tag of that commit: --tag, else the vX.Y.Z tag that points at it, else
// v<package.json version> (the release it will be: before the first release, or on main after a release
// commit bumped the version). Dependabot moves both the SHA and the comment in a user's workflows.
// The commit must contain every action it names: test/unit/workflows/starter-workflow.test.ts checks, and
// test/unit/docs/uses-form.test.ts checks that every reference has this one form.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

// Each starter workflow, and the README block that shows it whole.
const TEMPLATES = [
  { file: 'workflow-templates/python-production.yml', block: 'starter-workflow' },
  { file: 'workflow-templates/python-monorepo.yml', block: 'monorepo-workflow' },
];
const README = 'README.md';
const SEMVER_TAG = /^v\d+\.\d+\.\d+$/;
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();

const args = process.argv.slice(2);
const tagAt = args.indexOf('--tag');
let tag = tagAt >= 0 ? args.splice(tagAt, 2)[1] : undefined;
const commit = git('rev-parse', '--verify', `${args[0] ?? 'HEAD'}^{commit}`);
tag ??=
  git('tag', '--points-at', commit, '--list', 'v*.*.*')
    .split('\n')
    .find((t) => SEMVER_TAG.test(t)) ?? `v${JSON.parse(fs.readFileSync('package.json', 'utf8')).version}`;
if (!SEMVER_TAG.test(tag)) throw new Error(`--tag ${tag}: expected a release tag such as v1.2.3`);

/** Markdown and YAML files under a directory, recursively (examples/ holds whole projects). */
function files(dir, exts) {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && exts.some((e) => d.name.endsWith(e)))
    .map((d) => path.join(d.parentPath, d.name))
    .filter((f) => !f.split(path.sep).some((p) => p === 'node_modules' || p === '.venv'));
}

const PIN = /(pyprod\/pyprod-actions(?:\/[\w./-]+)?)@[0-9a-f]{40}(?: # [^\n`]*)?/g;
// pre-commit's own form of the same pin (what `pre-commit autoupdate --freeze` writes).
const PRE_COMMIT = /(repo: https:\/\/github\.com\/pyprod\/pyprod-actions\n\s+rev: )[^\n]*/g;
const templates = TEMPLATES.map((t) => t.file);
for (const file of [
  ...templates,
  ...files('docs', ['.md']),
  ...files('examples', ['.md', '.yml', '.yaml']),
]) {
  const before = fs.readFileSync(file, 'utf8');
  const after = before.replace(PIN, `$1@${commit} # ${tag}`);
  if (after !== before) {
    fs.writeFileSync(file, after);
    console.log(`${file}: pinned to ${commit} # ${tag}`);
  }
}

// In a repository the workflow is used as is, so the README shows it with the branch filled in.
let readme = fs.readFileSync(README, 'utf8');
for (const { file, block: name } of TEMPLATES) {
  const template = fs.readFileSync(file, 'utf8');
  const block = `<!-- ${name}:begin -->\n\`\`\`yaml\n${template.replace('[$default-branch]', '[main]')}\`\`\`\n<!-- ${name}:end -->`;
  const re = new RegExp(`<!-- ${name}:begin -->[\\s\\S]*?<!-- ${name}:end -->`);
  if (!re.test(readme)) throw new Error(`${README} has no <!-- ${name}:begin/end --> block`);
  readme = readme.replace(re, () => block);
}
fs.writeFileSync(
  README,
  readme.replace(PIN, `$1@${commit} # ${tag}`).replace(PRE_COMMIT, `$1${commit} # frozen: ${tag}`),
);
console.log(`${README}: pinned, and its blocks copied from ${templates.join(', ')}`);
