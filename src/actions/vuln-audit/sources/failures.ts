import { type PackageVersion, packageKey, SourceError } from '../osv.js';

/** The packages a source could not answer for, with why; the audit fails on any (never "clean"). */
export class Unanswered {
  private readonly byKey = new Map<string, { pkg: PackageVersion; reason: string }>();

  add(pkg: PackageVersion, reason: string): void {
    if (!this.byKey.has(packageKey(pkg))) this.byKey.set(packageKey(pkg), { pkg, reason });
  }

  has(pkg: PackageVersion): boolean {
    return this.byKey.has(packageKey(pkg));
  }

  /** Throws `could not audit N packages: <reasons>` when any package is unanswered. */
  throwIfAny(): void {
    if (this.byKey.size === 0) return;
    const entries = [...this.byKey.values()];
    const reasons = [...new Set(entries.map((e) => e.reason))];
    const shown =
      reasons.slice(0, 3).join('; ') + (reasons.length > 3 ? `; and ${reasons.length - 3} more` : '');
    const n = entries.length;
    throw new SourceError(
      `could not audit ${n} package${n === 1 ? '' : 's'}: ${shown}`,
      entries.map((e) => e.pkg),
    );
  }
}

/** Packages once each (by name==version), in first-seen order. */
export function uniquePackages(packages: readonly PackageVersion[]): PackageVersion[] {
  return [...new Map(packages.map((p) => [packageKey(p), p])).values()];
}
