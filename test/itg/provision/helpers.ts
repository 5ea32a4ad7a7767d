import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { localRuntime } from '../../../src/core/runtime.js';

/** A private tool cache, temp dir and PATH for one test, and the log lines provisioning wrote. */
export function sandbox(pathDirs: string[] = []) {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-provision-'));
  const toolCache = path.join(top, 'tool-cache');
  const temp = path.join(top, 'temp');
  fs.mkdirSync(toolCache);
  fs.mkdirSync(temp);
  const logs: string[] = [];
  const runtime = localRuntime({
    env: { PATH: pathDirs.join(path.delimiter), RUNNER_TOOL_CACHE: toolCache, RUNNER_TEMP: temp },
    workspace: top,
    log: (l) => logs.push(l),
    out: () => {},
  });
  return {
    top,
    toolCache,
    temp,
    logs,
    runtime,
    cleanup: () => fs.rmSync(top, { recursive: true, force: true }),
  };
}

export interface TarMember {
  name: string;
  /** ustar type flag: '0' file, '1' hard link, '2' symlink, '3' char device, '5' directory, '6' FIFO. */
  type?: '0' | '1' | '2' | '3' | '5' | '6';
  linkname?: string;
  data?: string;
  mode?: number;
}

function octal(buf: Buffer, value: number, offset: number, width: number): void {
  buf.write(`${value.toString(8).padStart(width - 1, '0')}\0`, offset, width, 'latin1');
}

/**
 * A gzipped ustar archive written byte by byte, so that it can hold what no well-behaved archiver writes
 * (absolute names, '..' segments, links out of the tree, devices).
 */
export function evilTarGz(members: TarMember[]): Buffer {
  const blocks: Buffer[] = [];
  for (const m of members) {
    const data = Buffer.from(m.data ?? '', 'utf8');
    const h = Buffer.alloc(512);
    h.write(m.name, 0, 100, 'utf8');
    octal(h, m.mode ?? 0o644, 100, 8);
    octal(h, 0, 108, 8);
    octal(h, 0, 116, 8);
    octal(h, (m.type ?? '0') === '0' ? data.length : 0, 124, 12);
    octal(h, 1_700_000_000, 136, 12);
    h.write(m.type ?? '0', 156, 1, 'latin1');
    if (m.linkname) h.write(m.linkname, 157, 100, 'utf8');
    h.write('ustar\0', 257, 6, 'latin1');
    h.write('00', 263, 2, 'latin1');
    h.fill(' ', 148, 156);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
    blocks.push(h);
    if ((m.type ?? '0') === '0' && data.length > 0) {
      blocks.push(data, Buffer.alloc((512 - (data.length % 512)) % 512));
    }
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

/** Lists every path under a folder (relative), to show that nothing else was written. */
export function listTree(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}
