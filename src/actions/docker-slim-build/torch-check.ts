import { parse } from 'smol-toml';
import { normalizePackageName } from '../../core/python-names.js';
import { formatBytes } from '../../report/markdown.js';
import { type CheckFinding, TOOL } from './checks.js';

interface LockWheel {
  url?: string;
  size?: number;
}
interface LockPackage {
  name: string;
  version?: string;
  source?: { registry?: string; url?: string };
  dependencies?: Array<{ name: string; marker?: string }>;
  wheels?: LockWheel[];
}

export interface CudaWheels {
  torchVersion: string;
  /** 1-based line of `name = "torch"` in uv.lock. */
  line: number;
  /** nvidia-* packages torch pulls (directly or through each other), with their linux x86_64 wheel size. */
  packages: Array<{ name: string; version: string; bytes: number }>;
  totalBytes: number;
}

export const CPU_INDEX_SNIPPET = `[[tool.uv.index]]
name = "pytorch-cpu"
url = "https://download.pytorch.org/whl/cpu"
explicit = true

[tool.uv.sources]
torch = [{ index = "pytorch-cpu", marker = "sys_platform == 'linux'" }]`;

const isLinuxX64 = (url = '') => /manylinux[^/]*x86_64\.whl$|linux_x86_64\.whl$/.test(url);

/**
 * The CUDA wheels torch pulls on linux x86_64 according to uv.lock (which records every wheel's size),
 * or undefined when the lock has no torch or its torch pulls no nvidia-* package (a CPU index build).
 */
export function cudaWheels(uvLock: string): CudaWheels | undefined {
  const doc = parse(uvLock) as { package?: LockPackage[] };
  const packages = doc.package ?? [];
  const byName = new Map<string, LockPackage[]>();
  for (const p of packages) {
    const n = normalizePackageName(p.name);
    byName.set(n, [...(byName.get(n) ?? []), p]);
  }
  const torch = byName
    .get('torch')
    ?.find((p) => (p.dependencies ?? []).some((d) => d.name.startsWith('nvidia-')));
  if (!torch) return undefined;
  // The nvidia-* closure: cudnn pulls cublas, cusolver pulls cusparse, and so on.
  const seen = new Map<string, { name: string; version: string; bytes: number }>();
  const queue = (torch.dependencies ?? [])
    .map((d) => normalizePackageName(d.name))
    .filter((n) => n.startsWith('nvidia-'));
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (seen.has(name)) continue;
    const pkg = byName.get(name)?.[0];
    if (!pkg) continue;
    const sizes = (pkg.wheels ?? []).filter((w) => isLinuxX64(w.url)).map((w) => w.size ?? 0);
    seen.set(name, {
      name: pkg.name,
      version: pkg.version ?? '',
      bytes: sizes.length ? Math.max(...sizes) : 0,
    });
    for (const d of pkg.dependencies ?? []) {
      const n = normalizePackageName(d.name);
      if (n.startsWith('nvidia-')) queue.push(n);
    }
  }
  const list = [...seen.values()].sort((a, b) => b.bytes - a.bytes);
  const lines = uvLock.split(/\r?\n/);
  const at = lines.findIndex(
    (l, k) => /^name = "torch"$/.test(l) && lines[k + 1] === `version = "${torch.version}"`,
  );
  return {
    torchVersion: torch.version ?? '',
    line: at >= 0 ? at + 1 : 1,
    packages: list,
    totalBytes: list.reduce((s, p) => s + p.bytes, 0),
  };
}

/** True when the image targets linux/amd64 and its base is not a CUDA image. */
export function isCpuX64Target(baseImages: readonly string[], platforms: readonly string[]): boolean {
  const x64 = platforms.length === 0 || platforms.some((p) => /^linux\/(amd64|x86_64)/.test(p));
  return x64 && !baseImages.some((b) => /cuda|nvidia/i.test(b));
}

export function torchFinding(w: CudaWheels, lockFile: string): CheckFinding {
  return {
    tool: TOOL,
    rule: 'torch-cpu',
    severity: 'error',
    file: lockFile,
    line: w.line,
    message:
      `torch ${w.torchVersion} from PyPI pulls ${w.packages.length} CUDA nvidia-* wheels ` +
      `(${formatBytes(w.totalBytes)} compressed, linux x86_64) into a CPU image: select the CPU index ` +
      'https://download.pytorch.org/whl/cpu with [[tool.uv.index]] and [tool.uv.sources] (snippet in the summary).',
    data: { nvidiaPackages: w.packages.length, nvidiaBytes: w.totalBytes },
  };
}
