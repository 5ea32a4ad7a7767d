import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CPU_INDEX_SNIPPET,
  cudaWheels,
  isCpuX64Target,
  torchFinding,
} from '../../../src/actions/docker-slim-build/torch-check.js';

// A real uv.lock: `uv lock` (uv 0.12.16) on test/fixtures/docker-slim-build/torch-project/pyproject.toml.
const LOCK = fs.readFileSync('test/fixtures/docker-slim-build/torch-project/uv.lock', 'utf8');

describe('cudaWheels on a real uv.lock with torch from PyPI', () => {
  const w = cudaWheels(LOCK);

  it('finds torch and every nvidia-* package it pulls, with the linux x86_64 wheel sizes uv.lock records', () => {
    expect(w?.torchVersion).toBe('2.9.1');
    const lines = LOCK.split('\n');
    expect(lines[(w?.line ?? 0) - 1]).toBe('name = "torch"');
    const names = w?.packages.map((p) => p.name).sort() ?? [];
    expect(names).toHaveLength(15);
    expect(names.every((n) => n.startsWith('nvidia-'))).toBe(true);
    expect(names).toContain('nvidia-cublas-cu12');
    // The size of each is the one recorded for its x86_64 wheel: cublas is 594,346,921 bytes.
    expect(w?.packages.find((p) => p.name === 'nvidia-cublas-cu12')?.bytes).toBe(594346921);
    const sum = w?.packages.reduce((s, p) => s + p.bytes, 0);
    expect(w?.totalBytes).toBe(sum);
    // Gigabytes of CUDA wheels: the reason for the check.
    expect(w?.totalBytes).toBeGreaterThan(2_000_000_000);
  });

  it('the finding points at torch in uv.lock and carries the size, not a secret', () => {
    const f = torchFinding(w as NonNullable<typeof w>, 'uv.lock');
    expect(f).toMatchObject({ rule: 'torch-cpu', file: 'uv.lock', line: w?.line, severity: 'error' });
    expect(f.message).toMatch(/torch 2\.9\.1 from PyPI pulls 15 CUDA nvidia-\* wheels \(\d+\.\d GiB/);
    expect(f.message).toContain('https://download.pytorch.org/whl/cpu');
    expect(f.data?.nvidiaBytes).toBe(w?.totalBytes);
  });

  it('the CPU index snippet is valid TOML naming the index and the source', async () => {
    const { parse } = await import('smol-toml');
    const doc = parse(CPU_INDEX_SNIPPET) as {
      tool: { uv: { index: Array<{ url: string; name: string }>; sources: Record<string, unknown> } };
    };
    expect(doc.tool.uv.index[0]).toMatchObject({
      name: 'pytorch-cpu',
      url: 'https://download.pytorch.org/whl/cpu',
    });
    expect(doc.tool.uv.sources.torch).toEqual([{ index: 'pytorch-cpu', marker: "sys_platform == 'linux'" }]);
  });

  it('a lock without torch, or with a CPU torch, gives nothing', () => {
    expect(cudaWheels(fs.readFileSync('examples/fastapi-service/uv.lock', 'utf8'))).toBeUndefined();
    const cpu = LOCK.replace(/\n {4}\{ name = "nvidia-[^\n]*/g, '');
    expect(cudaWheels(cpu)).toBeUndefined();
  });

  it('only CPU images for linux/amd64 are concerned', () => {
    expect(isCpuX64Target(['python:3.12-slim'], [])).toBe(true);
    expect(isCpuX64Target(['python:3.12-slim'], ['linux/arm64', 'linux/amd64'])).toBe(true);
    expect(isCpuX64Target(['python:3.12-slim'], ['linux/arm64'])).toBe(false);
    expect(isCpuX64Target(['nvidia/cuda:12.4.1-runtime-ubuntu22.04'], [])).toBe(false);
  });
});
