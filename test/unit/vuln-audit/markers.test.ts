import { describe, expect, it } from 'vitest';
import {
  evaluateMarker,
  type MarkerEnvironment,
  MarkerError,
  parseMarker,
} from '../../../src/actions/vuln-audit/markers.js';

const linux = (python: string, minorOnly = false): MarkerEnvironment => ({
  values: {
    sys_platform: 'linux',
    platform_system: 'Linux',
    platform_machine: 'x86_64',
    os_name: 'posix',
    implementation_name: 'cpython',
    platform_python_implementation: 'CPython',
    python_version: python.split('.').slice(0, 2).join('.'),
    python_full_version: python,
  },
  pythonMinorOnly: minorOnly,
});
const mac: MarkerEnvironment = {
  values: {
    ...linux('3.12.4').values,
    sys_platform: 'darwin',
    platform_system: 'Darwin',
    platform_machine: 'arm64',
  },
};

describe('PEP 508 markers from real uv.lock files', () => {
  // Each marker below is copied from a lock uv wrote: the file is named in the comment.
  it.each([
    // test/fixtures/deptry-report/projects/uv-dev/uv.lock (and five other fixtures)
    ["sys_platform == 'win32'", false, false],
    // test/fixtures/docker-slim-build/model-project/uv.lock
    ["sys_platform != 'emscripten'", true, true],
    ["python_full_version >= '3.12' and sys_platform == 'emscripten'", false, false],
    ["python_full_version < '3.13'", true, true],
    ["python_full_version < '3.15'", true, true],
    [
      "platform_machine == 'AMD64' or platform_machine == 'ARM64' or platform_machine == 'aarch64' or platform_machine == 'amd64' or platform_machine == 'arm64' or platform_machine == 'x86_64'",
      true,
      true,
    ],
    // test/fixtures/docker-slim-build/torch-project/uv.lock
    ["platform_machine == 'x86_64' and sys_platform == 'linux'", true, false],
    // test/fixtures/license-gate/project/uv.lock (django forked per Python)
    ["python_full_version < '3.12'", true, false],
    ["python_full_version >= '3.12'", false, true],
    // test/fixtures/deptry-report/projects/pep621/uv.lock
    ["python_full_version >= '3.8'", true, true],
    // test/fixtures/vuln-audit/project/uv.lock (redis -> async-timeout)
    ["python_full_version <= '3.11.2'", false, false],
  ])('%s: linux x86_64 Python 3.11.7 → %s, macOS arm64 Python 3.12.4 → %s', (marker, onLinux, onMac) => {
    expect(evaluateMarker(marker, linux('3.11.7'))).toBe(onLinux);
    expect(evaluateMarker(marker, mac)).toBe(onMac);
  });

  it("keeps what the lock alone cannot decide: uv's conflict markers on `extra` (astral-sh/uv#14540's lock)", () => {
    const env = linux('3.12.11');
    // torch's CUDA libraries in that uv.lock
    const cuda =
      "(platform_machine == 'x86_64' and sys_platform == 'linux' and extra != 'extra-32-ml-pytorch-cpu' and extra != 'extra-32-ml-pytorch-gpu') or (extra == 'extra-32-ml-pytorch-cpu' and extra == 'extra-32-ml-pytorch-gpu')";
    expect(evaluateMarker(cuda, env)).toBeUndefined();
    expect(evaluateMarker(cuda, mac)).toBeUndefined();
    // the darwin build's dependencies: false on Linux only if the extras part is false too, which is unknown
    const darwin =
      "(sys_platform == 'darwin' and extra == 'extra-32-ml-pytorch-cpu') or (extra == 'extra-32-ml-pytorch-cpu' and extra == 'extra-32-ml-pytorch-gpu')";
    expect(evaluateMarker(darwin, env)).toBeUndefined();
    // an unknown operand does not hide a decided one: false and ? is false, true or ? is true
    expect(evaluateMarker("sys_platform == 'win32' and extra == 'extra-4-test-cpu'", env)).toBe(false);
    expect(evaluateMarker("sys_platform == 'linux' or extra == 'group-3-app-dev'", env)).toBe(true);
    // requires-dist markers of extras (license-gate fixture): unknown without the extras asked
    expect(evaluateMarker("extra == 'color'", env)).toBeUndefined();
  });

  it('knows python_full_version to the minor only when that is all it was told (.python-version `3.11`)', () => {
    const env = linux('3.11', true);
    expect(evaluateMarker("python_full_version <= '3.11.2'", env)).toBeUndefined(); // 3.11.0 yes, 3.11.7 no
    expect(evaluateMarker("python_full_version < '3.12'", env)).toBe(true);
    expect(evaluateMarker("python_full_version >= '3.12'", env)).toBe(false);
    expect(evaluateMarker("python_full_version >= '3.11'", env)).toBe(true);
    expect(evaluateMarker("python_full_version > '3.11'", env)).toBeUndefined(); // 3.11.0 no, 3.11.1 yes
    expect(evaluateMarker("python_full_version < '3.9'", env)).toBe(false);
    expect(evaluateMarker("python_full_version == '3.11.4'", env)).toBeUndefined();
    expect(evaluateMarker("python_full_version == '3.10.4'", env)).toBe(false);
    expect(evaluateMarker("python_full_version != '3.12.1'", env)).toBe(true);
    expect(evaluateMarker("python_full_version == '3.11.*'", env)).toBe(true);
    expect(evaluateMarker("python_version == '3.11'", env)).toBe(true);
  });

  it('compares versions by PEP 440 and strings otherwise, as packaging does', () => {
    const env = linux('3.10.2');
    expect(evaluateMarker("python_version >= '3.9'", env)).toBe(true); // '3.10' < '3.9' as strings
    expect(evaluateMarker("'3.9' <= python_version", env)).toBe(true); // variable on the right
    expect(evaluateMarker("python_version < '3.10'", env)).toBe(false);
    expect(evaluateMarker("python_full_version ~= '3.10.0'", env)).toBe(true);
    expect(evaluateMarker("python_version == '3.*'", env)).toBe(true);
    expect(evaluateMarker("'linux' in sys_platform", env)).toBe(true);
    expect(evaluateMarker("platform_machine not in 'aarch64 arm64'", env)).toBe(true);
    expect(evaluateMarker('sys_platform == "linux"', env)).toBe(true); // double quotes
    expect(evaluateMarker("os.name == 'posix'", env)).toBe(true); // a pre-PEP 508 alias
    expect(evaluateMarker("platform_release >= '5.0'", env)).toBeUndefined(); // not known: kept
    expect(evaluateMarker("((sys_platform == 'linux'))", env)).toBe(true);
  });

  it('refuses what is not a marker, with bounds a hostile lock cannot exceed', () => {
    for (const bad of [
      "sys_platform == 'win32",
      "sys_platform = 'win32'",
      "(sys_platform == 'win32'",
      "sys_platform == 'win32')",
      'sys_platform == python_version',
      "sys_platform == 'win32' and",
      "sys_platform == 'a' ; rm -rf /",
    ]) {
      expect(() => parseMarker(bad), bad).toThrow(MarkerError);
    }
    expect(() => parseMarker(`${'('.repeat(100)}sys_platform == 'linux'${')'.repeat(100)}`)).toThrow(
      /nested deeper/,
    );
    expect(() => parseMarker(`sys_platform == '${'x'.repeat(30_000)}'`)).toThrow(/longer than/);
    // a long but flat marker is fine (uv writes or-chains of dozens of clauses)
    const wide = Array.from({ length: 500 }, (_, i) => `platform_machine == 'm${i}'`).join(' or ');
    expect(evaluateMarker(wide, linux('3.12.0'))).toBe(false);
  });
});

describe('string variables compare as strings, as uv compares them', () => {
  // A pull request could otherwise hide a package uv installs: `platform_machine != '1.0'` looks like a
  // version comparison, but uv compares platform_machine as a string (true on x86_64) and installs it.
  it.each([
    ["platform_machine != '1.0'", true],
    ["platform_machine == '1.0'", false],
    ["sys_platform != '3'", true],
    ["os_name > '1.0'", true],
    ["implementation_name != '2'", true],
    ["platform_python_implementation != '1.0.0'", true],
    ["python_version != '1.0'", true],
    ["python_version < '3.0'", false],
  ])('%s on linux x86_64 is %s', (marker, expected) => {
    expect(evaluateMarker(marker, linux('3.12.4'))).toBe(expected);
  });
});
