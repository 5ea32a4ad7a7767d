// Issue 17, item 3: pythonToolArgv's project mode never syncs the project's environment, whoever calls it.
// A project venv synced WITHOUT its dev group, its extra and its `test` group; then the tool argv's default
// (`uv run --isolated`) and a caller's own flags (every extra and group, `--isolated`; the environment as it
// is, `--no-sync`) each run a real command, and the installed set (every dist-info RECORD) must be the same
// after each. Positive control: the argv project mode built before (`uv run --with`, a sync) changes it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { PYTHON_TOOLS, pythonToolArgv } from '../../../src/provision/python-tools.js';
import { machineEnv } from '../../support/python.js';
import { requireTool } from '../../support/tools.js';
import { distributions, installedSet } from '../../support/venv-snapshot.js';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/side-effects/project');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-tool-argv-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe("pythonToolArgv's project mode", () => {
  it("leaves the project's venv as it found it; the old syncing argv does not", async (ctx) => {
    const uv = requireTool('uv');
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const ws = path.join(scratch, 'ws');
    fs.cpSync(FIXTURE, ws, { recursive: true });
    const env = machineEnv({ UV_PYTHON_DOWNLOADS: 'never', UV_NO_PROGRESS: '1' });
    const run = (argv: string[]) =>
      execTool(argv[0] as string, argv.slice(1), { cwd: ws, env, timeoutMs: 240_000 });

    await run([uv, 'sync', '--frozen', '--no-dev']);
    const installed = installedSet(ws);
    expect(distributions(installed)).toEqual(['idna-3.10.dist-info', 'sidefx-0.1.0.dist-info']);

    // The default: a separate environment with the project and the tool.
    const pylint = pythonToolArgv(PYTHON_TOOLS.pylint, { uv, args: ['--version'] });
    expect(pylint.argv.slice(1, 3)).toEqual(['run', '--isolated']);
    expect((await run(pylint.argv)).stdout).toContain(`pylint ${PYTHON_TOOLS.pylint.pin}`);
    expect(installedSet(ws), pylint.argv.join(' ')).toEqual(installed);

    // A caller's flags, as deptry-report gives them: every extra and group, in a separate environment
    // (which has them: the import succeeds there) ...
    const python = { ...PYTHON_TOOLS.pylint, command: 'python' };
    const all = pythonToolArgv(python, {
      uv,
      run: ['--frozen', '--all-extras', '--all-groups', '--isolated'],
      args: ['-c', 'import chardet, colorama, iniconfig, pluggy'],
    });
    await run(all.argv);
    expect(installedSet(ws), all.argv.join(' ')).toEqual(installed);

    // ... or the project environment as it is (it lacks the extra: the import fails, nothing is installed).
    const asIs = pythonToolArgv(python, {
      uv,
      run: ['--frozen', '--all-extras', '--all-groups', '--no-sync'],
      args: ['-c', 'import idna; import chardet'],
    });
    await expect(run(asIs.argv)).rejects.toThrow(/No module named 'chardet'/);
    expect(installedSet(ws), asIs.argv.join(' ')).toEqual(installed);

    // Positive control: what project mode built before (`uv run --with pylint==X pylint`) syncs the
    // project's environment, installing the default `dev` group, so the snapshot above could have told.
    await run([uv, 'run', '--with', `pylint==${PYTHON_TOOLS.pylint.pin}`, 'pylint', '--version']);
    expect(distributions(installedSet(ws))).toContain('iniconfig-2.1.0.dist-info');
  });
});
