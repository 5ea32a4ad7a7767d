// Version comparison and PEP 440 specifiers for the release versions tools use (1.2.3, 0.9.10, 3.12):
// numeric release segments only, with pre-release suffixes ordered before the release.

function parts(v: string): { nums: number[]; pre: string } {
  const m = /^v?(\d+(?:\.\d+)*)(.*)$/.exec(v.trim());
  if (!m) return { nums: [], pre: v };
  return { nums: (m[1] as string).split('.').map(Number), pre: (m[2] ?? '').replace(/^[-.]/, '') };
}

/** Negative when a < b, 0 when equal (1.2 == 1.2.0), positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  const n = Math.max(pa.nums.length, pb.nums.length);
  for (let i = 0; i < n; i++) {
    const d = (pa.nums[i] ?? 0) - (pb.nums[i] ?? 0);
    if (d !== 0) return d;
  }
  if (pa.pre === pb.pre) return 0;
  if (!pa.pre) return 1;
  if (!pb.pre) return -1;
  return pa.pre < pb.pre ? -1 : 1;
}

/** True when `version` satisfies a PEP 440 specifier set such as `>=0.5.0,<0.10` or `==0.9.*` or `~=3.11`. */
export function satisfies(version: string, specifier: string): boolean {
  const clauses = specifier
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return clauses.every((c) => {
    const m = /^(===|==|!=|~=|>=|<=|>|<)?\s*(.+)$/.exec(c);
    if (!m) return false;
    const op = m[1] ?? '==';
    const target = (m[2] as string).trim();
    if (target.endsWith('.*')) {
      const prefix = target.slice(0, -2);
      const match = version === prefix || version.startsWith(`${prefix}.`);
      return op === '!=' ? !match : match;
    }
    const d = compareVersions(version, target);
    switch (op) {
      case '==':
      case '===':
        return d === 0;
      case '!=':
        return d !== 0;
      case '>=':
        return d >= 0;
      case '<=':
        return d <= 0;
      case '>':
        return d > 0;
      case '<':
        return d < 0;
      case '~=': {
        // ~=X.Y.Z means >=X.Y.Z and ==X.Y.*
        const nums = parts(target).nums;
        const prefix = nums.slice(0, Math.max(1, nums.length - 1)).join('.');
        return d >= 0 && (version === prefix || version.startsWith(`${prefix}.`));
      }
      default:
        return false;
    }
  });
}

/** The newest of `versions` that satisfies `specifier`, or undefined. */
export function newestSatisfying(versions: readonly string[], specifier: string): string | undefined {
  return [...versions]
    .sort(compareVersions)
    .reverse()
    .find((v) => satisfies(v, specifier));
}

/** True for a plain version (`0.9.5`), false for a specifier (`>=0.9`). */
export function isExactVersion(v: string): boolean {
  return /^v?\d+(\.\d+)*$/.test(v.trim());
}
