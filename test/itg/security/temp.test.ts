// Scratch files (downloads, build id files, reports in the making) must live in a directory of this run's
// own: not a shared predictable /tmp/pyprod another user could create first, or fill with symlinks.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { requireNode24, runAction } from '../../support/action-runner.js';
import { machineEnv } from '../../support/python.js';
import { dockerProject, fakeDocker } from './fake-docker.js';

const ACTION = path.resolve('actions/docker-slim-build');

/** The run's private directory: the parent of the work directory docker was told to write its image id in. */
function scratchOf(docker: ReturnType<typeof fakeDocker>): string {
  const build = docker.calls().find((c) => c.argv.includes('--iidfile'));
  const iid = build?.argv[build.argv.indexOf('--iidfile') + 1] ?? '';
  return path.dirname(path.dirname(iid));
}

describe('private temp directory', () => {
  it('an action makes its own 0700 directory under RUNNER_TEMP and removes it at exit', async () => {
    const docker = fakeDocker({ buildx: false });
    const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-temp-'));
    const r = await runAction(ACTION, {
      workspace: dockerProject(),
      runnerTemp,
      inputs: { cache: 'none' },
      baseEnv: machineEnv({ PATH: `${docker.binDir}${path.delimiter}${process.env.PATH ?? ''}` }),
    });
    const dir = scratchOf(docker);
    expect(path.dirname(dir)).toBe(runnerTemp);
    expect(path.basename(dir)).toMatch(/^pyprod-\w{6}$/);
    expect(fs.existsSync(dir), 'removed at exit').toBe(false);
    expect(r.failed).toBe(true); // the fake build fails; the point is where its files were
    expect(fs.existsSync(path.join(os.tmpdir(), 'pyprod', 'docker-slim-build-'))).toBe(false);
    r.cleanup();
  });

  it('the directory is 0700 and owned by this user while the step runs', async () => {
    const docker = fakeDocker({ buildx: false });
    const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-temp-'));
    const statFile = path.join(runnerTemp, 'stat.json');
    // A second fake docker on PATH first: records the scratch directory's mode during the build.
    const spy = path.join(runnerTemp, 'spy');
    fs.mkdirSync(spy);
    fs.writeFileSync(
      path.join(spy, 'docker'),
      `#!${process.execPath}
const fs = require('node:fs'), path = require('node:path');
const argv = process.argv.slice(2);
const i = argv.indexOf('--iidfile');
if (i >= 0) {
  const dir = path.dirname(path.dirname(argv[i + 1]));
  const st = fs.statSync(dir);
  fs.writeFileSync(${JSON.stringify(statFile)}, JSON.stringify({ dir, mode: st.mode & 0o777, uid: st.uid }));
}
require('node:child_process').spawnSync(${JSON.stringify(path.join(docker.binDir, 'docker'))}, argv, { stdio: 'inherit' });
process.exit(1);
`,
      { mode: 0o755 },
    );
    const r = await runAction(ACTION, {
      workspace: dockerProject(),
      runnerTemp,
      inputs: { cache: 'none' },
      baseEnv: machineEnv({
        PATH: `${spy}${path.delimiter}${docker.binDir}${path.delimiter}${process.env.PATH ?? ''}`,
      }),
    });
    const st = JSON.parse(fs.readFileSync(statFile, 'utf8')) as { dir: string; mode: number; uid: number };
    expect(path.dirname(st.dir)).toBe(runnerTemp);
    expect(st.mode).toBe(0o700);
    expect(st.uid).toBe(process.getuid?.());
    r.cleanup();
  });

  it('on the runner, a missing RUNNER_TEMP fails the step naming the variable', async () => {
    const node = requireNode24();
    if (!node) throw new Error('Node 24 is not installed (.ci/install-tools.sh)');
    const docker = fakeDocker({ buildx: false });
    const ws = dockerProject();
    const files = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-files-'));
    const env: NodeJS.ProcessEnv = machineEnv({
      PATH: `${docker.binDir}${path.delimiter}${process.env.PATH ?? ''}`,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: ws,
      INPUT_CACHE: 'none',
    });
    for (const v of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
      env[v] = path.join(files, v);
      fs.writeFileSync(env[v] as string, '');
    }
    delete env.RUNNER_TEMP;
    const r = await execTool(node, [path.resolve('dist/docker-slim-build/index.js')], {
      cwd: ws,
      okExitCodes: [1],
      env,
    });
    expect(r.stdout).toMatch(/::error::RUNNER_TEMP is not set/);
    expect(r.stdout).not.toContain('ENOENT');
  });

  it('the CLI creates a missing system temp directory instead of failing with ENOENT', async () => {
    const node = requireNode24();
    if (!node) throw new Error('Node 24 is not installed (.ci/install-tools.sh)');
    const docker = fakeDocker({ buildx: false });
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fresh-')), 'not', 'made');
    const ws = dockerProject();
    const r = await execTool(node, [path.resolve('dist/pyprod/index.js'), 'image', '--cache', 'none'], {
      cwd: ws,
      okExitCodes: [0, 1],
      env: machineEnv({ PATH: `${docker.binDir}${path.delimiter}${process.env.PATH ?? ''}`, TMPDIR: tmp }),
    });
    const out = `${r.stdout}${r.stderr}`;
    expect(out).not.toContain('ENOENT');
    expect(out).toMatch(/docker build .*exited with code 1/s);
    expect(fs.existsSync(tmp)).toBe(true);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });
});
