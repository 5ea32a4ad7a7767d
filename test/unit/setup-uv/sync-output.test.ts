import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSyncOutput } from '../../../src/actions/setup-uv-cached/sync.js';

// Captured from real `uv sync` runs (uv version in test/fixtures/uv-output/VERSION).
const fixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '../../fixtures/uv-output', name), 'utf8');

describe('uv sync output', () => {
  it('counts a fresh sync', () => {
    expect(parseSyncOutput(fixture('sync-fresh.txt'))).toEqual({
      resolved: 8,
      prepared: 8,
      installed: 8,
      uninstalled: 0,
      audited: undefined,
      createdVenv: true,
    });
  });
  it('counts a sync with nothing to do', () => {
    expect(parseSyncOutput(fixture('sync-noop.txt'))).toMatchObject({
      resolved: 8,
      installed: 0,
      audited: 8,
      createdVenv: false,
    });
  });
});
