// actions/upload-artifact's stand-in: the files under `path` as one artifact named `name`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DefaultArtifactClient } from './artifact-client.mjs';
import { fail, input, setOutput, workspace } from './common.mjs';

const name = input('name') || 'artifact';
const target = path.resolve(workspace, input('path'));
const isFile = fs.existsSync(target) && fs.statSync(target).isFile();
const root = isFile ? path.dirname(target) : target;
const files = isFile
  ? [target]
  : !fs.existsSync(target)
    ? []
    : fs
        .readdirSync(target, { recursive: true, encoding: 'utf8' })
        .map((f) => path.join(target, f))
        .filter((f) => fs.statSync(f).isFile());
if (files.length === 0) {
  const how = input('if-no-files-found') || 'warn';
  const message = `No files were found with the provided path: ${input('path')}. No artifacts will be uploaded.`;
  if (how === 'error') fail(message);
  console.log(how === 'warn' ? `::warning::${message}` : message);
  process.exit(0);
}
const days = Number.parseInt(input('retention-days'), 10);
const { id, size } = await new DefaultArtifactClient().uploadArtifact(
  name,
  files,
  root,
  Number.isNaN(days) ? {} : { retentionDays: days },
);
console.log(`Artifact ${name} uploaded: id ${id}, ${size} bytes, ${files.length} files`);
setOutput('artifact-id', id);
