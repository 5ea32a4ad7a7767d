// Pins every `pyprod/pyprod-actions...@<sha>` reference in the starter workflow to one commit of this
// repository (default HEAD), then copies the workflow into the README's starter-workflow block:
//   node scripts/pin-template.mjs [<commit>]
// The commit must already contain every action it names: test/unit/workflows/starter-workflow.test.ts checks.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';

const TEMPLATE = 'workflow-templates/python-production.yml';
const README = 'README.md';
const commit = execFileSync('git', ['rev-parse', '--verify', `${process.argv[2] ?? 'HEAD'}^{commit}`], {
  encoding: 'utf8',
}).trim();
const date = execFileSync('git', ['show', '-s', '--format=%cs', commit], { encoding: 'utf8' }).trim();

const template = fs
  .readFileSync(TEMPLATE, 'utf8')
  .replace(
    /(pyprod\/pyprod-actions(?:\/[\w./-]+)?)@[0-9a-f]{40}(?: # [^\n]*)?/g,
    `$1@${commit} # main, ${date}`,
  );
fs.writeFileSync(TEMPLATE, template);
console.log(`${TEMPLATE}: pinned to ${commit} (${date})`);

// In a repository the workflow is used as is, so the README shows it with the branch filled in.
const block = `<!-- starter-workflow:begin -->\n\`\`\`yaml\n${template.replace('[$default-branch]', '[main]')}\`\`\`\n<!-- starter-workflow:end -->`;
const readme = fs.readFileSync(README, 'utf8');
const re = /<!-- starter-workflow:begin -->[\s\S]*?<!-- starter-workflow:end -->/;
if (!re.test(readme)) throw new Error(`${README} has no <!-- starter-workflow:begin/end --> block`);
fs.writeFileSync(
  README,
  readme.replace(re, () => block),
);
console.log(`${README}: starter-workflow block updated`);
