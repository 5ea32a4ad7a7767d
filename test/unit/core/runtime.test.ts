import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubRuntime, localRuntime } from '../../../src/core/runtime.js';

describe('private temp directory', () => {
  it('is a fresh 0700 mkdtemp directory per run, under RUNNER_TEMP, creating what is missing', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-'));
    const runnerTemp = path.join(root, 'not', 'yet');
    const a = githubRuntime({ RUNNER_TEMP: runnerTemp });
    const b = githubRuntime({ RUNNER_TEMP: runnerTemp });
    expect(a.tempDir).not.toBe(b.tempDir);
    expect(a.tempDir).toBe(a.tempDir);
    for (const dir of [a.tempDir, b.tempDir]) {
      expect(path.dirname(dir)).toBe(runnerTemp);
      const st = fs.statSync(dir);
      expect(st.isDirectory()).toBe(true);
      expect(st.mode & 0o777).toBe(0o700);
      expect(st.uid).toBe(process.getuid?.());
    }
    expect(a.runnerTempDir).toBe(runnerTemp);
  });

  it('the CLI uses the system temp, never a fixed shared path', () => {
    const rt = localRuntime({ env: {}, log: () => {}, out: () => {} });
    expect(path.dirname(rt.tempDir)).toBe(os.tmpdir());
    expect(rt.tempDir).not.toBe(path.join(os.tmpdir(), 'pyprod'));
    expect(path.basename(rt.tempDir)).toMatch(/^pyprod-\w{6}$/);
  });

  it('on the runner, a missing RUNNER_TEMP is an error naming it', () => {
    const rt = githubRuntime({});
    expect(() => rt.tempDir).toThrow(/RUNNER_TEMP is not set/);
  });

  it('is removed when the process exits', async () => {
    const { execFileSync } = await import('node:child_process');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-'));
    // temp-dir.ts imports only node: modules, so node runs it as it is (runtime.ts imports .js names).
    const script = `import('${path.resolve('src/core/temp-dir.ts')}').then((m) => {
      const dir = m.privateTempDir(${JSON.stringify(root)});
      require('node:fs').writeFileSync(dir + '/x', 'x');
      console.log(dir);
    })`;
    const made = execFileSync(process.execPath, ['--experimental-strip-types', '-e', script], {
      encoding: 'utf8',
    }).trim();
    expect(path.dirname(made)).toBe(root);
    expect(fs.existsSync(made)).toBe(false);
  });
});

describe('runner file commands', () => {
  it('a missing GITHUB_* file variable is an error naming it, not a deprecated command', async () => {
    const rt = githubRuntime({ PATH: '/usr/bin' });
    expect(() => rt.setOutput('a', 'b')).toThrow(/GITHUB_OUTPUT is not set/);
    expect(() => rt.saveState('a', 'b')).toThrow(/GITHUB_STATE is not set/);
    expect(() => rt.exportVariable('a', 'b')).toThrow(/GITHUB_ENV is not set/);
    expect(() => rt.addPath('/x')).toThrow(/GITHUB_PATH is not set/);
    await expect(rt.appendSummary('x')).rejects.toThrow(/GITHUB_STEP_SUMMARY is not set/);
  });
});

describe('debug lines in the terminal', () => {
  it.each([
    [{}, []],
    [{ RUNNER_DEBUG: '1' }, ['debug: probe']],
    [{ PYPROD_DEBUG: '1' }, ['debug: probe']],
    [{ RUNNER_DEBUG: '0' }, []],
  ])('with %o: %o', (env, expected) => {
    const lines: string[] = [];
    localRuntime({ env, log: (l) => lines.push(l), out: () => {} }).debug('probe');
    expect(lines).toEqual(expected);
  });
});
