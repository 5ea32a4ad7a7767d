/**
 * Test-only stand-ins for actions/upload-artifact and actions/download-artifact (./artifact-actions/), for
 * workflows run under act (./act.ts), where GitHub is not reachable to fetch the real actions. Each is a
 * node24 action of a few lines on the real `@actions/artifact` client, 2.3.2: the client upload-artifact
 * v4.6.2 and download-artifact v4.3.0 are built on, speaking the artifact API v4 (Twirp "results" service and
 * blob uploads) that act's artifact server implements. So the artifacts really travel from the matrix jobs
 * to the merge job through act's server; only the actions' own input handling is ours.
 * Inputs kept: upload `name`, `path` (a directory or a file), `if-no-files-found`, `retention-days`;
 * download `name` or `pattern` (`*`, `?`), `path`, `merge-multiple`.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

const SOURCE = path.resolve('test/support/artifact-actions');
const INPUTS: Record<string, string[]> = {
  'upload-artifact': ['name', 'path', 'if-no-files-found', 'retention-days'],
  'download-artifact': ['name', 'pattern', 'path', 'merge-multiple'],
};

export interface ArtifactStandIns {
  /** `actions/upload-artifact@<ref>` and `actions/download-artifact@<ref>` → folder, for `localRepositories`. */
  localRepositories: Record<string, string>;
  cleanup(): void;
}

/** The stand-ins, served under every ref `workflow` uses for actions/upload-artifact and download-artifact. */
export function artifactStandIns(workflow: string): ArtifactStandIns {
  const client = createRequire(import.meta.url).resolve('@actions/artifact');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-artifact-actions-'));
  const localRepositories: Record<string, string> = {};
  for (const [action, inputs] of Object.entries(INPUTS)) {
    const refs = new Set(
      [...workflow.matchAll(new RegExp(`\\bactions/${action}@([\\w.-]+)`, 'g'))].map((m) => m[1] as string),
    );
    if (refs.size === 0) continue;
    const dir = path.join(root, action);
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(SOURCE, action, 'index.mjs'), path.join(dir, 'index.mjs'));
    fs.copyFileSync(path.join(SOURCE, 'common.mjs'), path.join(dir, 'common.mjs'));
    // The client is loaded from this checkout's node_modules by absolute path (act copies the folder).
    fs.writeFileSync(
      path.join(dir, 'artifact-client.mjs'),
      `import { createRequire } from 'node:module';\n` +
        `export const { DefaultArtifactClient } = createRequire(import.meta.url)(${JSON.stringify(client)});\n`,
    );
    fs.writeFileSync(
      path.join(dir, 'action.yml'),
      `name: ${action} (test stand-in)\ndescription: test/support/artifact-actions.ts\ninputs:\n` +
        inputs.map((i) => `  ${i}:\n    required: false\n`).join('') +
        'runs:\n  using: node24\n  main: index.mjs\n',
    );
    for (const ref of refs) localRepositories[`actions/${action}@${ref}`] = dir;
  }
  return { localRepositories, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}
