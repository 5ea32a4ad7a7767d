import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strToU8, type Zippable, zipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execTool } from '../../../src/core/exec.js';
import { UnsafeArchiveError } from '../../../src/provision/archive-entries.js';
import { provisionTool } from '../../../src/provision/provision.js';
import type { ToolSpec } from '../../../src/provision/types.js';
import { type MirrorServer, startMirrorServer } from '../../support/mirror-server.js';
import { evilTarGz, listTree, sandbox, type TarMember } from './helpers.js';

const SCRIPT = '#!/bin/sh\necho "evil 1.0.0"\n';
const VERSION = '1.0.0';

/** A tool whose single release asset is whatever the test puts on the mirror. */
function specFor(asset: string, root = ''): ToolSpec {
  return {
    name: 'evil',
    defaultBaseUrl: 'http://127.0.0.1:9/unused',
    asset: () => asset,
    releasePath: (v) => `${v}/${asset}`,
    archiveRoot: () => root,
    binaries: ['evil'],
    checksums: {},
  };
}

const unixFile = (data: string, mode = 0o100755): [Uint8Array, { os: number; attrs: number }] => [
  strToU8(data),
  { os: 3, attrs: (mode << 16) >>> 0 },
];

describe('archive extraction refuses unsafe members', () => {
  let served: string;
  let mirror: MirrorServer;
  const cleanups: Array<() => void> = [];

  beforeAll(async () => {
    served = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-evil-mirror-'));
    fs.mkdirSync(path.join(served, VERSION));
    mirror = await startMirrorServer(served);
  });
  afterAll(async () => {
    await mirror.close();
    fs.rmSync(served, { recursive: true, force: true });
  });
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });

  /** Serves the archive and provisions it with its own digest as the checksum input. */
  async function provision(asset: string, bytes: Buffer | Uint8Array, root = '') {
    fs.writeFileSync(path.join(served, VERSION, asset), bytes);
    const b = sandbox();
    cleanups.push(b.cleanup);
    const checksum = createHash('sha256').update(bytes).digest('hex');
    const result = provisionTool(specFor(asset, root), {
      version: VERSION,
      mirror: mirror.url,
      checksum,
      runtime: b.runtime,
      platform: { os: 'linux', arch: 'x64' },
      fetchOptions: { attempts: 1 },
    });
    return { ...b, result, versionDir: path.join(b.toolCache, 'evil', VERSION) };
  }

  async function expectRefused(p: Promise<unknown>, entry: string, reason: RegExp) {
    const err = (await p.catch((e: Error) => e)) as UnsafeArchiveError;
    expect(err).toBeInstanceOf(UnsafeArchiveError);
    expect(err.entry).toBe(entry);
    expect(err.message).toContain(JSON.stringify(entry));
    expect(err.message).toMatch(reason);
  }

  const benign: TarMember = { name: 'evil', data: SCRIPT, mode: 0o755 };

  it("refuses a tar member with a '..' segment and writes nothing", async () => {
    const { result, versionDir, toolCache } = await provision(
      'evil.tar.gz',
      evilTarGz([benign, { name: '../escaped', data: 'x' }]),
    );
    await expectRefused(result, '../escaped', /'\.\.' path segment/);
    expect(fs.existsSync(path.join(versionDir, 'escaped'))).toBe(false);
    expect(listTree(toolCache)).toEqual(['evil', `evil/${VERSION}`]);
  });

  it('refuses a tar member with an absolute path', async () => {
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-abs-')), 'abs-escaped');
    cleanups.push(() => fs.rmSync(path.dirname(target), { recursive: true, force: true }));
    const { result, toolCache } = await provision(
      'evil.tgz',
      evilTarGz([benign, { name: target, data: 'x' }]),
    );
    await expectRefused(result, target, /absolute path/);
    expect(fs.existsSync(target)).toBe(false);
    expect(listTree(toolCache)).toEqual(['evil', `evil/${VERSION}`]);
  });

  it('refuses a tar symlink whose target leaves the destination', async () => {
    const members: TarMember[] = [
      benign,
      { name: 'link', type: '2', linkname: '../../outside' },
      { name: 'link/payload', data: 'x' },
    ];
    const { result, toolCache, versionDir } = await provision('evil.tar.gz', evilTarGz(members));
    await expectRefused(result, 'link', /symlink whose target "\.\.\/\.\.\/outside" escapes the destination/);
    expect(fs.existsSync(path.join(toolCache, 'evil', 'outside'))).toBe(false);
    expect(fs.existsSync(path.join(versionDir, 'link'))).toBe(false);
    expect(listTree(toolCache)).toEqual(['evil', `evil/${VERSION}`]);
  });

  it('refuses a tar hard link to a file outside', async () => {
    const { result } = await provision(
      'evil.tar.gz',
      evilTarGz([benign, { name: 'h', type: '1', linkname: '../../../etc/passwd' }]),
    );
    await expectRefused(result, 'h', /hardlink whose target .* escapes/);
  });

  it('refuses device files and FIFOs', async () => {
    const dev = await provision('dev.tar.gz', evilTarGz([benign, { name: 'null', type: '3' }]));
    await expectRefused(dev.result, 'null', /device file/);
    const fifo = await provision('fifo.tar.gz', evilTarGz([benign, { name: 'pipe', type: '6' }]));
    await expectRefused(fifo.result, 'pipe', /FIFO/);
    expect(fs.existsSync(path.join(fifo.versionDir, 'pipe'))).toBe(false);
  });

  it("refuses a zip member named with backslashes '..\\evil'", async () => {
    const zip = zipSync({ evil: unixFile(SCRIPT), '..\\escaped': unixFile('x', 0o100644) } as Zippable);
    const { result, versionDir, toolCache } = await provision('evil.zip', zip);
    await expectRefused(result, '..\\escaped', /'\.\.' path segment/);
    expect(fs.existsSync(path.join(versionDir, 'escaped'))).toBe(false);
    expect(fs.existsSync(path.join(versionDir, '..\\escaped'))).toBe(false);
    expect(listTree(toolCache)).toEqual(['evil', `evil/${VERSION}`]);
  });

  it("refuses a zip member named '../evil'", async () => {
    const zip = zipSync({ evil: unixFile(SCRIPT), '../escaped': unixFile('x', 0o100644) } as Zippable);
    const { result, versionDir } = await provision('evil2.zip', zip);
    await expectRefused(result, '../escaped', /'\.\.' path segment/);
    expect(fs.existsSync(path.join(versionDir, 'escaped'))).toBe(false);
  });

  it('refuses a zip symlink out of the destination', async () => {
    const zip = zipSync({ evil: unixFile(SCRIPT), link: unixFile('../../outside', 0o120777) } as Zippable);
    const { result, toolCache } = await provision('evil3.zip', zip);
    await expectRefused(result, 'link', /symlink whose target "\.\.\/\.\.\/outside" escapes/);
    expect(fs.existsSync(path.join(toolCache, 'evil', 'outside'))).toBe(false);
  });

  it('extracts well-behaved archives, keeping modes and inside links', async () => {
    const tgz = evilTarGz([
      { name: 'evil-1.0.0/', type: '5', mode: 0o755 },
      { name: 'evil-1.0.0/evil', data: SCRIPT, mode: 0o755 },
      { name: 'evil-1.0.0/alias', type: '2', linkname: 'evil' },
    ]);
    const t = await provision('good.tar.gz', tgz, 'evil-1.0.0');
    const tool = await t.result;
    expect(fs.readlinkSync(path.join(tool.dir, 'alias'))).toBe('evil');
    expect((await execTool(tool.bin('evil'), [])).stdout).toBe('evil 1.0.0\n');

    const z = await provision(
      'good.zip',
      zipSync({
        'docs/': [new Uint8Array(0), { os: 3, attrs: (0o040755 << 16) >>> 0 }],
        'docs/readme.txt': unixFile('hi', 0o100644),
        evil: unixFile(SCRIPT),
      } as Zippable),
    );
    const zipped = await z.result;
    expect(fs.statSync(zipped.bin('evil')).mode & 0o777).toBe(0o755);
    expect(fs.readFileSync(path.join(zipped.dir, 'docs', 'readme.txt'), 'utf8')).toBe('hi');
    expect((await execTool(zipped.bin('evil'), [])).stdout).toBe('evil 1.0.0\n');
  });
});
