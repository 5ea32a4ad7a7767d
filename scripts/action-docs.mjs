// Prints the `## Inputs` and `## Outputs` tables of docs/<action>.md from actions/<action>/action.yml,
// in the form test/unit/docs/action-docs.test.ts checks:  node scripts/action-docs.mjs <action>
// (The `## Platforms` table is written by hand; the same test checks it against .github/workflows/actions.yml.)
import * as fs from 'node:fs';
import { parse } from 'yaml';

const action = process.argv[2];
if (!action) {
  console.error('usage: node scripts/action-docs.mjs <action>');
  process.exit(2);
}
// The production gate is the repository's root action.yml.
const manifest = action === 'gate' ? 'action.yml' : `actions/${action}/action.yml`;
const m = parse(fs.readFileSync(manifest, 'utf8'));
const oneLine = (s) =>
  String(s ?? '')
    .trim()
    .split(/\s+/)
    .join(' ')
    .replace(/\|/g, '\\|');
const def = (v) => (v === undefined ? '' : `\`${String(v).trim().split('\n').join(', ')}\``);
const out = ['## Inputs', '| name | default | description |', '|---|---|---|'];
for (const [name, spec] of Object.entries(m.inputs ?? {}))
  out.push(`| \`${name}\` | ${def(spec.default)} | ${oneLine(spec.description)} |`);
out.push('', '## Outputs', '| name | description |', '|---|---|');
for (const [name, spec] of Object.entries(m.outputs ?? {}))
  out.push(`| \`${name}\` | ${oneLine(spec.description)} |`);
console.log(out.join('\n'));
