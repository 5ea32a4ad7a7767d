// How load-benchmark gets h2load (what its former composite bash step did): the argv of the apt-get calls,
// and the whole path through real processes, with stand-in apt-get, sudo and h2load scripts on PATH that
// record how they were called (the real apt-get would change this machine).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { aptInstallArgv, ensureH2load, onPath } from '../../../src/actions/load-benchmark/h2load-install.js';
import { localRuntime, type Runtime } from '../../../src/core/runtime.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'h2load-install-'));
  dirs.push(d);
  return d;
}

function script(dir: string, name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
}

const H2LOAD = 'echo "h2load nghttp2/1.52.0"';

function runtime(kind: 'github' | 'local', PATH: string): Runtime & { lines: string[] } {
  const lines: string[] = [];
  const rt = localRuntime({ env: { PATH }, workspace: '/ws', log: (l) => lines.push(l), out: () => {} });
  return { ...rt, kind, lines };
}

/** A machine without h2load: apt-get (recording its argv) installs it into `installTo` on `install`. */
function machine() {
  const root = tmp();
  const bin = path.join(root, 'bin');
  const installTo = path.join(root, 'usr-bin');
  fs.mkdirSync(bin);
  fs.mkdirSync(installTo);
  const calls = path.join(root, 'calls');
  script(
    bin,
    'apt-get',
    [
      `echo "apt-get $* DEBIAN_FRONTEND=$DEBIAN_FRONTEND" >> ${calls}`,
      'if [ "$1" = install ]; then',
      `  printf '#!/bin/sh\\n${H2LOAD}\\n' > ${installTo}/h2load && chmod 755 ${installTo}/h2load`,
      'fi',
      'echo "apt-get $1 done"',
    ].join('\n'),
  );
  script(bin, 'sudo', `echo "sudo $*" >> ${calls}\n[ "$1" = -n ] && shift\nexec "$@"`);
  // Only these two directories on PATH (this machine's own h2load must not be found): the system's `env` and
  // `chmod` linked in.
  for (const tool of ['env', 'chmod']) {
    const real = ['/usr/bin', '/bin'].map((d) => path.join(d, tool)).find((f) => fs.existsSync(f));
    if (real) fs.symlinkSync(real, path.join(bin, tool));
  }
  const PATH = [bin, installTo].join(path.delimiter);
  return { bin, installTo, calls, PATH, callLog: () => fs.readFileSync(calls, 'utf8') };
}

describe('aptInstallArgv', () => {
  it('runs apt-get through sudo -n and env when not root', () => {
    expect(aptInstallArgv('/usr/bin/apt-get', '/usr/bin/sudo')).toEqual([
      {
        file: '/usr/bin/sudo',
        args: ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', '/usr/bin/apt-get', 'update', '-q'],
      },
      {
        file: '/usr/bin/sudo',
        args: [
          '-n',
          'env',
          'DEBIAN_FRONTEND=noninteractive',
          '/usr/bin/apt-get',
          'install',
          '-y',
          '-q',
          '--no-install-recommends',
          'nghttp2-client',
        ],
      },
    ]);
  });

  it('runs apt-get directly as root', () => {
    const [update, install] = aptInstallArgv('/usr/bin/apt-get', undefined);
    expect(update).toEqual({
      file: 'env',
      args: ['DEBIAN_FRONTEND=noninteractive', '/usr/bin/apt-get', 'update', '-q'],
    });
    expect(install?.args.slice(-2)).toEqual(['--no-install-recommends', 'nghttp2-client']);
  });
});

describe('onPath', () => {
  it('finds the first executable file and skips directories and non-executables', () => {
    const a = tmp();
    const b = tmp();
    fs.mkdirSync(path.join(a, 'tool'));
    fs.writeFileSync(path.join(b, 'tool'), 'x', { mode: 0o644 });
    const c = tmp();
    const want = script(c, 'tool', 'true');
    expect(onPath('tool', { PATH: [a, b, c].join(path.delimiter) })).toBe(want);
    expect(onPath('tool', { PATH: [a, b].join(path.delimiter) })).toBeUndefined();
    expect(onPath('tool', {})).toBeUndefined();
  });
});

describe('ensureH2load', () => {
  it('uses the h2load on PATH and installs nothing', async () => {
    const m = machine();
    const h2load = script(m.installTo, 'h2load', H2LOAD);
    const rt = runtime('github', m.PATH);
    expect(await ensureH2load(rt, { platform: 'linux', isRoot: false })).toBe(h2load);
    expect(rt.lines).toEqual([`h2load: ${h2load} (h2load nghttp2/1.52.0)`]);
    expect(fs.existsSync(m.calls)).toBe(false);
  });

  it('installs nghttp2-client with sudo -n apt-get when not root, then finds h2load', async () => {
    const m = machine();
    const rt = runtime('github', m.PATH);
    const h2load = await ensureH2load(rt, { platform: 'linux', isRoot: false });
    expect(h2load).toBe(path.join(m.installTo, 'h2load'));
    expect(m.callLog().split('\n').filter(Boolean)).toEqual([
      `sudo -n env DEBIAN_FRONTEND=noninteractive ${m.bin}/apt-get update -q`,
      'apt-get update -q DEBIAN_FRONTEND=noninteractive',
      `sudo -n env DEBIAN_FRONTEND=noninteractive ${m.bin}/apt-get install -y -q --no-install-recommends nghttp2-client`,
      'apt-get install -y -q --no-install-recommends nghttp2-client DEBIAN_FRONTEND=noninteractive',
    ]);
    expect(rt.lines).toContain('── Installing nghttp2-client (h2load) with apt-get');
    expect(rt.lines).toContain('apt-get install done');
    expect(rt.lines.at(-1)).toBe(`h2load: ${h2load} (h2load nghttp2/1.52.0)`);
  });

  it('runs apt-get without sudo as root', async () => {
    const m = machine();
    fs.rmSync(path.join(m.bin, 'sudo'));
    const rt = runtime('github', m.PATH);
    await ensureH2load(rt, { platform: 'linux', isRoot: true });
    expect(m.callLog()).not.toContain('sudo');
    expect(m.callLog()).toContain('apt-get install -y -q --no-install-recommends nghttp2-client');
  });

  it('fails with apt-get exit code and output when the install fails', async () => {
    const m = machine();
    script(m.bin, 'apt-get', 'echo "E: Unable to locate package nghttp2-client" >&2; exit 100');
    const rt = runtime('github', m.PATH);
    await expect(ensureH2load(rt, { platform: 'linux', isRoot: true })).rejects.toThrow(
      /^h2load is not installed and installing nghttp2-client failed: .*apt-get update -q exited with code 100; last output:\nE: Unable to locate package/,
    );
  });

  it('says what to do when neither h2load nor apt-get is there', async () => {
    const empty = tmp();
    await expect(ensureH2load(runtime('github', empty), { platform: 'linux', isRoot: true })).rejects.toThrow(
      "h2load was not found on PATH and apt-get is not available: install nghttp2's h2load first (`apt-get install nghttp2-client`).",
    );
    await expect(
      ensureH2load(runtime('github', empty), { platform: 'darwin', isRoot: false }),
    ).rejects.toThrow(/apt-get is not available: .*`brew install nghttp2`/);
    await expect(
      ensureH2load(runtime('github', empty), { platform: 'win32', isRoot: false }),
    ).rejects.toThrow(/apt-get is not available: .*h2load\.exe.*supported and tested on Linux/);
  });

  it('needs sudo when not root', async () => {
    const m = machine();
    fs.rmSync(path.join(m.bin, 'sudo'));
    await expect(
      ensureH2load(runtime('github', m.PATH), { platform: 'linux', isRoot: false }),
    ).rejects.toThrow(/the step is not root and sudo is not available/);
    expect(fs.existsSync(m.calls)).toBe(false);
  });

  it('never installs from the terminal (pyprod bench)', async () => {
    const m = machine();
    await expect(ensureH2load(runtime('local', m.PATH), { platform: 'linux', isRoot: true })).rejects.toThrow(
      /pyprod bench does not install packages/,
    );
    expect(fs.existsSync(m.calls)).toBe(false);
  });
});
