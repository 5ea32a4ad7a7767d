// actions/download-artifact's stand-in: the run's artifact `name`, or those matching `pattern` (`*`, `?`),
// each into `path/<artifact name>` (into `path` itself for `name` or `merge-multiple`).
import * as path from 'node:path';
import { DefaultArtifactClient } from './artifact-client.mjs';
import { fail, input, setOutput, workspace } from './common.mjs';

const dest = path.resolve(workspace, input('path'));
const name = input('name');
const glob = name || input('pattern') || '*';
const source = glob
  .split('')
  .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^$()|[\]{}\\]/, '\\$&')))
  .join('');
const re = new RegExp(`^${source}$`);
const client = new DefaultArtifactClient();
const { artifacts } = await client.listArtifacts({ latest: true });
const chosen = artifacts.filter((a) => re.test(a.name));
if (name && chosen.length === 0) fail(`Artifact not found: ${name}`);
const merge = input('merge-multiple') === 'true';
for (const a of chosen) {
  const to = name || merge ? dest : path.join(dest, a.name);
  await client.downloadArtifact(a.id, { path: to });
  console.log(`Artifact ${a.name} downloaded to ${to}`);
}
console.log(`Downloaded ${chosen.length} artifacts`);
setOutput('download-path', dest);
