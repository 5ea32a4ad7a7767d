// The import graph a changed run widens pylint's and mypy's files with: parsed from real
// `ruff analyze graph --direction dependents` output (capture-graph.sh, the `import-graph` fixture).
import { describe, expect, it } from 'vitest';
import {
  GRAPH_SINCE,
  graphPath,
  graphUnsupported,
  importersOf,
  importGraph,
  parseDependents,
} from '../../../src/actions/python-lint-stack/import-graph.js';
import { OutputError } from '../../../src/actions/python-lint-stack/parse-json.js';
import { output } from './outputs.js';

const graph = parseDependents(output('ruff-graph.json'));

describe('parseDependents', () => {
  it('maps every file ruff was given to the files that import it', () => {
    expect([...graph.keys()].sort()).toEqual([
      'shop/__init__.py',
      'shop/broken.py', // a syntax error: in the graph, without edges (ruff warns)
      'shop/orders/__init__.py',
      'shop/orders/cart.py',
      'shop/orders/order.py',
      'shop/prices.py',
      'tests/test_cart.py',
    ]);
    // Absolute, relative (`from ..prices`, `from . import order`) and TYPE_CHECKING imports; the
    // project's ruff `extend-exclude` (generated/) keeps generated/gen.py out, as a key and as an importer.
    expect(graph.get('shop/prices.py')).toEqual(['shop/__init__.py', 'shop/orders/order.py']);
    expect(graph.get('shop/orders/cart.py')).toEqual(['shop/orders/order.py', 'tests/test_cart.py']);
    expect(graph.get('shop/orders/order.py')).toEqual(['shop/orders/cart.py']);
  });

  it('refuses what is not a graph', () => {
    expect(() => parseDependents('warning: experimental')).toThrow(OutputError);
    expect(() => parseDependents('[]')).toThrow(/not a JSON object/);
    expect(() => parseDependents('{"a.py": "b.py"}')).toThrow(/"a.py" does not map to a list of files/);
    expect(() => parseDependents('{"a.py": [1]}')).toThrow(OutputError);
  });
});

describe('importersOf', () => {
  it('gives the direct importers of the changed files, none of them changed, sorted', () => {
    expect(importersOf(graph, ['shop/prices.py'])).toEqual(['shop/__init__.py', 'shop/orders/order.py']);
    // Not transitive: tests/test_cart.py imports shop/__init__.py, which imports prices.
    expect(importersOf(graph, ['shop/prices.py'])).not.toContain('tests/test_cart.py');
    // A changed importer is a changed file, not an importer.
    expect(importersOf(graph, ['shop/orders/cart.py', 'shop/orders/order.py'])).toEqual([
      'tests/test_cart.py',
    ]);
  });

  it('reads the stack’s paths (./-x.py) and gives its own back in the stack’s form', () => {
    const g = parseDependents('{"-x.py": ["-y.py", "z.py"], "z.py": []}');
    expect(importersOf(g, ['./-x.py'])).toEqual(['./-y.py', 'z.py']);
    expect(graphPath('./a/../b.py')).toBe('b.py');
  });

  it('gives nothing for a file the graph does not have (excluded, not Python)', () => {
    expect(importersOf(graph, ['generated/gen.py', 'README.md'])).toEqual([]);
  });
});

/** The graph through a uv that does not exist: nothing can start. */
const graphWith = (version: string) =>
  importGraph({
    uv: '/nonexistent/uv',
    version: { version, from: 'pin' },
    cwd: '/',
    targets: ['.'],
    processEnv: {},
  });

describe('a ruff without `analyze graph`', () => {
  it('is known by its version, and the fallback says which ruff has it', () => {
    // outputs/ruff-graph-0.6.5.stderr: what 0.6.5 says when asked for the graph.
    expect(output('ruff-graph-0.6.5.stderr')).toMatch(/`ruff <path>` has been removed/);
    expect(graphUnsupported('0.6.5')).toBe('ruff 0.6.5 has no `ruff analyze graph` (ruff 0.6.6 and later)');
    expect(graphUnsupported('0.4.10')).toMatch(/has no/);
    expect(graphUnsupported(GRAPH_SINCE)).toBeUndefined();
    expect(graphUnsupported('0.17.6')).toBeUndefined();
    // A version that cannot be read is tried; a failure then says why.
    expect(graphUnsupported('weird')).toBeUndefined();
  });

  it('is not run at all, and the reason comes back instead of a graph', async () => {
    const r = await graphWith('0.6.5');
    expect(r).toEqual({ unavailable: 'ruff 0.6.5 has no `ruff analyze graph` (ruff 0.6.6 and later)' });
  });

  it('turns a ruff that cannot start into a reason, never a throw', async () => {
    const r = await graphWith('0.17.6');
    expect('unavailable' in r && r.unavailable).toMatch(/^ruff analyze graph failed: .*was not found/);
  });
});
