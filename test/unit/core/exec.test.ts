import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ToolError } from '../../../src/core/errors.js';
import { displayCommand, execTool } from '../../../src/core/exec.js';

const node = process.execPath;

/** Running, and not a zombie waiting to be reaped (in a container nothing may reap an orphan). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}

describe('execTool', () => {
  it('passes argv without a shell: metacharacters reach the program verbatim', async () => {
    const r = await execTool(node, [
      '-e',
      'console.log(JSON.stringify(process.argv.slice(1)))',
      '$(id) ; rm -rf /',
      '*',
    ]);
    expect(JSON.parse(r.stdout)).toEqual(['$(id) ; rm -rf /', '*']);
    expect(r.exitCode).toBe(0);
    expect(r.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('fails with the command, exit code and the tail of the output', async () => {
    const script =
      'for (let i = 0; i < 100; i++) console.log("line " + i); console.error("boom"); process.exit(3)';
    const err = await execTool(node, ['-e', script]).catch((e) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect(err.exitCode).toBe(3);
    expect(err.message).toContain('exited with code 3');
    expect(err.message).toContain('boom');
    expect(err.message).toContain('line 99');
    expect(err.message).not.toContain('line 0\n');
  });

  it('accepts listed exit codes', async () => {
    const r = await execTool(node, ['-e', 'process.exit(1)'], { okExitCodes: [0, 1] });
    expect(r.exitCode).toBe(1);
  });

  it('caps captured output and says so', async () => {
    const r = await execTool(node, ['-e', 'process.stdout.write("x".repeat(100000))'], {
      maxOutputBytes: 1000,
    });
    expect(r.stdout.length).toBe(1000);
    expect(r.truncated).toBe(true);
  });

  it('reports a missing program clearly', async () => {
    const err = await execTool('pyprod-no-such-tool', []).catch((e) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect(err.message).toContain('was not found');
  });

  it('on timeout ends the whole process group, grandchildren included', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exec-'));
    const pidFile = path.join(dir, 'grandchild.pid');
    // The child starts a grandchild that would live for a minute, records its pid, then waits.
    const script = `
      const { spawn } = require('node:child_process');
      const g = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
      require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(g.pid));
      console.log('started');
      setTimeout(() => {}, 60000);`;
    const err = await execTool(node, ['-e', script], { timeoutMs: 1500 }).catch((e) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect(err.message).toContain('timed out after 1500 ms');
    const grandchild = Number(fs.readFileSync(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 300));
    expect(alive(grandchild)).toBe(false);
  });

  it('displays commands with quoting but never runs that string', () => {
    expect(displayCommand('uv', ['sync', '--locked', "it's here"])).toBe(`uv sync --locked 'it'\\''s here'`);
  });
});

describe('execTool line callbacks', () => {
  it('delivers whole lines however the output is chunked', async () => {
    const lines: string[] = [];
    const script =
      'process.stderr.write("Using CP"); setTimeout(() => { process.stderr.write("ython 3.11\\nResolved 5"); setTimeout(() => process.stderr.write(" packages\\ntail"), 20); }, 20)';
    await execTool(node, ['-e', script], { onLine: (l) => lines.push(l) });
    expect(lines).toEqual(['Using CPython 3.11', 'Resolved 5 packages', 'tail']);
  });
});

describe('execTool child environment', () => {
  const credentials = {
    'INPUT_GITHUB-TOKEN': 'marker-input-token',
    INPUT_API_KEY: 'marker-input-key',
    GITHUB_TOKEN: 'marker-github-token',
    GH_TOKEN: 'marker-gh-token',
    ACTIONS_RUNTIME_TOKEN: 'marker-runtime-token',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'marker-oidc-token',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'http://marker-oidc-url/',
    ACTIONS_CACHE_URL: 'http://marker-cache-url/',
    ACTIONS_RESULTS_URL: 'http://marker-results-url/',
    ACTIONS_RUNTIME_URL: 'http://marker-runtime-url/',
  };
  const dump = ['-e', 'process.stdout.write(JSON.stringify(process.env))'];

  it('a real child sees none of the runner credentials, whether or not the caller passes env', async () => {
    const env = { ...process.env, ...credentials, INPUT_PATHS: 'src', KEEP_ME: 'yes' };
    const passed = await execTool(node, dump, { env });
    const seen = JSON.parse(passed.stdout) as Record<string, string>;
    expect(seen.KEEP_ME).toBe('yes');
    expect(seen.INPUT_PATHS).toBe('src');
    expect(passed.stdout).not.toContain('marker-');

    const saved = { ...process.env };
    Object.assign(process.env, credentials);
    try {
      const inherited = await execTool(node, dump);
      expect(inherited.stdout).not.toContain('marker-');
    } finally {
      for (const k of Object.keys(credentials)) if (!(k in saved)) delete process.env[k];
    }
  });

  it('a named credential reaches only the call that asks for it', async () => {
    const env = { ...process.env, ...credentials };
    const r = await execTool(node, dump, { env, keepCredentials: ['ACTIONS_RUNTIME_TOKEN'] });
    const seen = JSON.parse(r.stdout) as Record<string, string>;
    expect(seen.ACTIONS_RUNTIME_TOKEN).toBe('marker-runtime-token');
    expect(seen.GITHUB_TOKEN).toBeUndefined();
    expect(seen['INPUT_GITHUB-TOKEN']).toBeUndefined();
  });
});

describe('execTool start failures and display', () => {
  it('names a missing working directory as such, not as a missing program', async () => {
    const missing = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'exec-')), 'gone');
    const err = await execTool(node, ['-e', '1'], { cwd: missing }).catch((e) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect(err.message).toContain(`working directory ${missing} does not exist`);
    expect(err.message).not.toContain('PATH');
  });

  it('redacts secrets from the command, the tail and the live lines of a failed tool', async () => {
    const lines: string[] = [];
    const script = 'console.log("pulling " + process.argv[1]); process.exit(2)';
    const err = await execTool(node, ['-e', script, 'https://deploy:pw-marker-77@pkgs.example.com/simple'], {
      onLine: (l) => lines.push(l),
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect(err.message).toContain('https://deploy:***@pkgs.example.com/simple');
    expect(err.message).not.toContain('pw-marker-77');
    expect(lines.join('\n')).not.toContain('pw-marker-77');
  });
});
