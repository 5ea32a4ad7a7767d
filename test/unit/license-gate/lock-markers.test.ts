import { describe, expect, it } from 'vitest';
import { markerOnChain, unconditionalPackages } from '../../../src/actions/license-gate/lock-markers.js';
import { classifyPackages, parseLockGraph } from '../../../src/core/uv-lock-graph.js';

// uv.lock's shape (version 1): an app needing portalocker everywhere, which needs pywin32 on Windows only;
// pywin32 pulls a helper with no marker of its own; requests is needed under a marker and without one.
const LOCK = `
version = 1
requires-python = ">=3.11"

[[package]]
name = "app"
version = "0.1.0"
source = { virtual = "." }
dependencies = [
    { name = "portalocker" },
    { name = "requests", marker = "sys_platform == 'linux'" },
    { name = "certifi" },
]

[[package]]
name = "certifi"
version = "2026.1.1"
source = { registry = "https://pypi.org/simple" }
dependencies = [{ name = "requests" }]

[[package]]
name = "portalocker"
version = "3.0.0"
source = { registry = "https://pypi.org/simple" }
dependencies = [{ name = "pywin32", marker = "sys_platform == 'win32'" }]

[[package]]
name = "pywin32"
version = "311"
source = { registry = "https://pypi.org/simple" }
dependencies = [{ name = "pywin32-helper" }]

[[package]]
name = "pywin32-helper"
version = "1.0"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "requests"
version = "2.32.0"
source = { registry = "https://pypi.org/simple" }
`;

describe('lock markers', () => {
  const graph = parseLockGraph(LOCK);
  const classes = classifyPackages(graph, { all: false, groups: [] });

  it('keeps the marker of each lock edge', () => {
    expect(graph.packages.get('portalocker')?.dependencies).toEqual([
      { name: 'pywin32', extras: [], marker: "sys_platform == 'win32'" },
    ]);
    expect(graph.packages.get('app')?.dependencies[0]).toEqual({ name: 'portalocker', extras: [] });
  });

  it('finds what is needed everywhere: an unmarked path wins over a marked one', () => {
    const everywhere = unconditionalPackages(graph);
    expect([...everywhere].sort()).toEqual(['app', 'certifi', 'portalocker', 'requests']);
  });

  it('names the marker nearest the package on its chain, through unmarked edges below it', () => {
    expect(markerOnChain(graph, classes.get('pywin32')!)).toBe("sys_platform == 'win32'");
    expect(classes.get('pywin32-helper')?.chain).toEqual(['portalocker', 'pywin32', 'pywin32-helper']);
    expect(markerOnChain(graph, classes.get('pywin32-helper')!)).toBe("sys_platform == 'win32'");
    expect(markerOnChain(graph, classes.get('portalocker')!)).toBeUndefined();
  });
});
