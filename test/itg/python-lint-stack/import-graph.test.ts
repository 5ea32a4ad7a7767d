// The import graph from the real ruff (the stack's pin, through uv as the stack runs it) on the
// `import-graph` fixture: the same graph as the captured output the parser tests read.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importersOf,
  importGraph,
  parseDependents,
} from '../../../src/actions/python-lint-stack/import-graph.js';
import { PYTHON_TOOLS } from '../../../src/provision/python-tools.js';
import { requireTool } from '../../support/tools.js';
import { cleanup, copyFixture, FIXTURES, lintEnv } from './helpers.js';

let uv: string | undefined;
beforeAll(() => {
  uv = requireTool('uv');
});
afterAll(cleanup);

const captured = () =>
  parseDependents(fs.readFileSync(path.join(FIXTURES, 'outputs', 'ruff-graph.json'), 'utf8'));

/** The graph of `dir` with the pinned ruff, as the stack runs it. */
const graphOf = (uvPath: string, dir: string, targets: string[]) =>
  importGraph({
    uv: uvPath,
    version: { version: PYTHON_TOOLS.ruff.pin, from: 'pin' },
    cwd: dir,
    targets,
    processEnv: lintEnv(uvPath),
  });

describe('ruff analyze graph', () => {
  it('gives the captured graph, and the changed files’ importers from it', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const dir = copyFixture('import-graph');
    const r = await graphOf(uv, dir, ['.']);
    if (!('graph' in r)) throw new Error(r.unavailable);
    expect(r.graph).toEqual(captured());
    expect(importersOf(r.graph, ['shop/prices.py'])).toEqual(['shop/__init__.py', 'shop/orders/order.py']);
    // Nothing written into the project (ruff's cache is not used by the graph).
    expect(fs.existsSync(path.join(dir, '.ruff_cache'))).toBe(false);
  });

  it('keeps to the files it is given, as the stack’s selection', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const dir = copyFixture('import-graph');
    const r = await graphOf(uv, dir, ['shop/prices.py', 'shop/orders']);
    if (!('graph' in r)) throw new Error(r.unavailable);
    expect([...r.graph.keys()].sort()).toEqual([
      'shop/orders/__init__.py',
      'shop/orders/cart.py',
      'shop/orders/order.py',
      'shop/prices.py',
    ]);
    // shop/__init__.py was not given: not an importer.
    expect(importersOf(r.graph, ['shop/prices.py'])).toEqual(['shop/orders/order.py']);
  });

  it('says why when ruff fails (a project whose ruff configuration cannot be read)', async (ctx) => {
    if (!uv) return ctx.skip('uv is not installed (.ci/install-tools.sh)');
    const dir = copyFixture('import-graph');
    fs.writeFileSync(path.join(dir, 'ruff.toml'), 'line-length = "long"\n');
    const r = await graphOf(uv, dir, ['.']);
    expect('unavailable' in r && r.unavailable).toMatch(
      /^ruff 0\.\d+\.\d+ analyze graph exited with code 2: /,
    );
  });
});
