// The Windows side of provisioning, with the platform passed explicitly (this runs on Linux): gitleaks' and
// uv's Windows releases are zip archives holding `.exe` files (packed on Linux by their release tooling,
// so the members carry Unix mode bits). Served by a loopback mirror, verified against the given checksum, placed in the tool cache, and
// found there again by the second call; bin() names the `.exe`. The venv layout (Scripts\python.exe) is in
// test/unit/setup-uv/paths.test.ts.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localRuntime } from '../../../src/core/runtime.js';
import { exeName } from '../../../src/provision/platform.js';
import { provisionTool } from '../../../src/provision/provision.js';
import { gitleaksAsset, gitleaksSpec } from '../../../src/provision/tools/gitleaks.js';
import { uvSpec } from '../../../src/provision/tools/uv.js';
import type { Platform, ToolSpec } from '../../../src/provision/types.js';
import { type MirrorServer, startMirrorServer } from '../../support/mirror-server.js';

const WINDOWS: Platform = { os: 'win32', arch: 'x64' };
const dirs: string[] = [];
let served = '';
let mirror: MirrorServer;

const tmp = (prefix: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
};

/**
 * A release zip of `files` (mode 0755, made on Unix) at `<served>/<releasePath>`. (The provisioning's
 * executable check follows the machine it runs on, not the target platform, so a member without mode bits
 * would be refused here although a Windows runner takes it.)
 */
function publish(spec: ToolSpec, version: string, files: Record<string, string>): string {
  const unix = { os: 3, attrs: (0o100755 << 16) >>> 0 };
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), unix]])),
  );
  const file = path.join(served, spec.releasePath(version, WINDOWS));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, zip);
  return createHash('sha256').update(zip).digest('hex');
}

beforeAll(async () => {
  served = tmp('win-assets-served-');
  mirror = await startMirrorServer(served);
});
afterAll(async () => {
  await mirror.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function runtime() {
  // An empty PATH: nothing may be taken from this Linux machine for a Windows platform.
  return localRuntime({
    env: { PATH: '', RUNNER_TEMP: tmp('win-assets-temp-'), RUNNER_TOOL_CACHE: tmp('win-assets-cache-') },
    log: () => {},
    out: () => {},
  });
}

describe('Windows release assets', () => {
  it('names the executables with .exe', () => {
    expect(exeName('gitleaks', WINDOWS)).toBe('gitleaks.exe');
    expect(exeName('uv', WINDOWS)).toBe('uv.exe');
    expect(exeName('gitleaks', { os: 'linux', arch: 'x64' })).toBe('gitleaks');
    expect(gitleaksAsset('8.30.1', { os: 'win32', arch: 'arm64' })).toBe('gitleaks_8.30.1_windows_arm64.zip');
  });

  it('gitleaks: the zip from the mirror gives gitleaks.exe in the tool cache', async () => {
    const checksum = publish(gitleaksSpec, '8.30.1', { 'gitleaks.exe': 'MZ gitleaks', LICENSE: 'MIT' });
    const rt = runtime();
    const opts = { version: '8.30.1', runtime: rt, mirror: mirror.url, checksum, platform: WINDOWS };
    const tool = await provisionTool(gitleaksSpec, opts);
    expect(tool.source).toBe('download');
    const exe = tool.bin('gitleaks');
    expect(path.basename(exe)).toBe('gitleaks.exe');
    expect(fs.readFileSync(exe, 'utf8')).toBe('MZ gitleaks');
    expect(exe.startsWith(path.join(rt.toolCacheDir, 'gitleaks', '8.30.1', 'x64'))).toBe(true);
    expect(mirror.requests.get('/v8.30.1/gitleaks_8.30.1_windows_x64.zip')).toBe(1);
    // The second step of the job finds it in the tool cache without a download.
    const again = await provisionTool(gitleaksSpec, opts);
    expect(again.source).toBe('tool-cache');
    expect(again.bin('gitleaks')).toBe(exe);
    expect(mirror.requests.get('/v8.30.1/gitleaks_8.30.1_windows_x64.zip')).toBe(1);
  });

  it('gitleaks: a zip without gitleaks.exe (a Linux binary named gitleaks) is refused', async () => {
    const checksum = publish(gitleaksSpec, '8.29.0', { gitleaks: 'ELF' });
    await expect(
      provisionTool(gitleaksSpec, {
        version: '8.29.0',
        runtime: runtime(),
        mirror: mirror.url,
        checksum,
        platform: WINDOWS,
      }),
    ).rejects.toThrow(/does not contain the executable gitleaks\.exe/);
  });

  it('uv: the zip gives uv.exe and uvx.exe', async () => {
    const checksum = publish(uvSpec, '0.9.5', { 'uv.exe': 'MZ uv', 'uvx.exe': 'MZ uvx' });
    const tool = await provisionTool(uvSpec, {
      version: '0.9.5',
      runtime: runtime(),
      mirror: mirror.url,
      checksum,
      platform: WINDOWS,
    });
    expect(path.basename(tool.bin('uv'))).toBe('uv.exe');
    expect(fs.readFileSync(tool.bin('uvx'), 'utf8')).toBe('MZ uvx');
    expect(mirror.requests.get(`/${uvSpec.releasePath('0.9.5', WINDOWS)}`)).toBe(1);
  });
});
