// Pins every `pyprod/pyprod-actions...@<sha>` reference in the starter workflow (and the docs that show it)
// to one commit of this repository, by default HEAD:   node scripts/pin-template.mjs [<commit>]
// The commit must already contain every action it names: test/unit/workflow-templates checks that.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';

const FILES = ['workflow-templates/python-production.yml'];
const commit = execFileSync('git', ['rev-parse', '--verify', `${process.argv[2] ?? 'HEAD'}^{commit}`], {
  encoding: 'utf8',
}).trim();
const date = execFileSync('git', ['show', '-s', '--format=%cs', commit], { encoding: 'utf8' }).trim();
for (const file of FILES) {
  const before = fs.readFileSync(file, 'utf8');
  const after = before.replace(
    /(pyprod\/pyprod-actions(?:\/[\w./-]+)?)@[0-9a-f]{40}(?: # [^\n]*)?/g,
    `$1@${commit} # main, ${date}`,
  );
  fs.writeFileSync(file, after);
  console.log(`${file}: pinned to ${commit} (${date})`);
}
