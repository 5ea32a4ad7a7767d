import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findInToolCache,
  makeStagingDir,
  placeInToolCache,
  toolCacheDir,
  toolCacheMarker,
} from '../../../src/provision/tool-cache.js';

describe('tool cache', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pyprod-tc-'));
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  function staged(content: string) {
    return makeStagingDir(root, 'uv', '1.2.3', 'x64').then((dir) => {
      fs.writeFileSync(path.join(dir, 'uv'), content, { mode: 0o755 });
      return dir;
    });
  }

  it('places a folder and writes the marker; only then is it found', async () => {
    expect(await findInToolCache(root, 'uv', '1.2.3', 'x64')).toBeUndefined();
    const src = await staged('one');
    // A staging folder is never taken for the tool.
    expect(await findInToolCache(root, 'uv', '1.2.3', 'x64')).toBeUndefined();
    const dir = await placeInToolCache(src, root, 'uv', '1.2.3', 'x64');
    expect(dir).toBe(toolCacheDir(root, 'uv', '1.2.3', 'x64'));
    expect(fs.existsSync(toolCacheMarker(root, 'uv', '1.2.3', 'x64'))).toBe(true);
    expect(fs.existsSync(src)).toBe(false);
    expect(await findInToolCache(root, 'uv', '1.2.3', 'x64')).toBe(dir);
    expect(await findInToolCache(root, 'uv', '1.2.3', 'arm64')).toBeUndefined();
  });

  it('does not use a folder without its marker, and replaces it', async () => {
    const dir = toolCacheDir(root, 'uv', '1.2.3', 'x64');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'half-written'), '');
    expect(await findInToolCache(root, 'uv', '1.2.3', 'x64')).toBeUndefined();
    await placeInToolCache(await staged('two'), root, 'uv', '1.2.3', 'x64');
    expect(fs.readdirSync(dir)).toEqual(['uv']);
  });

  it('keeps a copy another process completed meanwhile', async () => {
    const first = await placeInToolCache(await staged('first'), root, 'uv', '1.2.3', 'x64');
    const late = await staged('late');
    expect(await placeInToolCache(late, root, 'uv', '1.2.3', 'x64')).toBe(first);
    expect(fs.readFileSync(path.join(first, 'uv'), 'utf8')).toBe('first');
    expect(fs.existsSync(late)).toBe(false);
    expect(fs.readdirSync(path.join(root, 'uv', '1.2.3')).sort()).toEqual(['x64', 'x64.complete']);
  });
});
