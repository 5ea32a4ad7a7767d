/**
 * What a starter workflow (workflow-templates/*.yml) pins, served to act (./act.ts `localRepositories`)
 * from local folders, since GitHub is not reachable:
 * - `pyprod/pyprod-actions/actions/<name>@<sha>`: the action files of this checkout (copied: act copies a
 *   local repository for each use, and node_modules would make that slow), so the workflow runs the
 *   actions and dist/ bundles under test in place of the pinned commit;
 * - `github/codeql-action/upload-sarif@<sha>`: act fetches every action of a job before it starts, skipped
 *   steps' too. A stub that fails if it runs, or with `sarifTo`, one that copies the SARIF files the step
 *   would upload into a new folder under `sarifTo` (one per job), for the test to read.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface PinnedActions {
  /** The commit the workflow pins pyprod-actions to. */
  sha: string;
  localRepositories: Record<string, string>;
  cleanup(): void;
}

const FAILING_STUB = 'run: exit 1';
const RECORDING_STUB = (dir: string) =>
  `env:\n        SARIF: \${{ inputs.sarif_file }}\n      run: cp -R "$SARIF" "$(mktemp -d ${JSON.stringify(
    path.join(dir, 'job-XXXXXX'),
  )})/"`;

export function pinnedActions(workflow: string, opts: { sarifTo?: string } = {}): PinnedActions {
  const sha = /pyprod\/pyprod-actions\/actions\/[\w-]+@([0-9a-f]{40})/.exec(workflow)?.[1] ?? '';
  const codeqlSha = /github\/codeql-action\/upload-sarif@([0-9a-f]{40})/.exec(workflow)?.[1] ?? '';
  const actionsRepo = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-actions-'));
  for (const entry of ['action.yml', 'actions', 'dist', 'package.json']) {
    fs.cpSync(path.resolve(entry), path.join(actionsRepo, entry), { recursive: true });
  }
  const codeqlStub = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-codeql-'));
  fs.mkdirSync(path.join(codeqlStub, 'upload-sarif'));
  fs.writeFileSync(
    path.join(codeqlStub, 'upload-sarif', 'action.yml'),
    `name: stub\ndescription: ${opts.sarifTo ? 'records what it would upload' : 'never runs here'}\n` +
      'inputs:\n  sarif_file:\n    required: false\n' +
      `runs:\n  using: composite\n  steps:\n    - shell: bash\n      ${
        opts.sarifTo ? RECORDING_STUB(opts.sarifTo) : FAILING_STUB
      }\n`,
  );
  return {
    sha,
    localRepositories: {
      [`pyprod/pyprod-actions@${sha}`]: actionsRepo,
      [`github/codeql-action@${codeqlSha}`]: codeqlStub,
    },
    cleanup() {
      for (const d of [actionsRepo, codeqlStub]) fs.rmSync(d, { recursive: true, force: true });
    },
  };
}
