import { compare, valid } from '@renovatebot/pep440';
import { errorMessage } from '../../../core/errors.js';
import { mapBounded } from '../../../core/map-bounded.js';
import { type OsvRecord, packageKey, type VulnSource } from '../osv.js';
import { serviceBaseUrl } from './base-url.js';
import { Unanswered, uniquePackages } from './failures.js';
import { HttpFailure, type HttpRetryOptions, JsonHttp } from './http-retry.js';
import { byRecordId, checkedRecord } from './record-shape.js';

/**
 * PyPI's JSON API, `GET /pypi/<name>/<version>/json`: its `vulnerabilities` field lists what affects that
 * release (PyPI matches OSV's PYSEC records itself), each with `id`, `aliases`, `summary`, `details`,
 * `fixed_in`, `link`, `source` and `withdrawn` (https://docs.pypi.org/api/json/). Withdrawn entries are
 * dropped; the others become OSV records whose range is what `fixed_in` says about this version.
 */

export const DEFAULT_PYPI_URL = 'https://pypi.org';

export interface PypiOptions extends HttpRetryOptions {
  /** Base URL of PyPI or a mirror serving its JSON API; default https://pypi.org. */
  url?: string;
  /** Requests in flight at once (default 12). */
  concurrency?: number;
}

/** One entry of `vulnerabilities` as PyPI serves it. */
export interface PypiVulnerability {
  id: string;
  aliases?: string[] | null;
  summary?: string | null;
  details?: string | null;
  fixed_in?: string[] | null;
  link?: string | null;
  source?: string | null;
  withdrawn?: string | null;
}

/**
 * The OSV record for one PyPI vulnerability entry of `name` at `version` (which it affects, PyPI says).
 * Range: introduced at this version, fixed at the smallest `fixed_in` above it (none: no fix known above);
 * the version is also listed, so it matches even when it is not PEP 440. Every `fixed_in` is kept in
 * `database_specific.fixed_in`.
 */
export function pypiVulnerabilityToOsv(v: PypiVulnerability, name: string, version: string): OsvRecord {
  const fixedIn = (v.fixed_in ?? []).filter((f): f is string => typeof f === 'string');
  const above = valid(version)
    ? fixedIn.filter((f) => valid(f) && compare(f, version) > 0).sort(compare)[0]
    : undefined;
  const events = valid(version) ? [{ introduced: version }, ...(above ? [{ fixed: above }] : [])] : [];
  const record: OsvRecord = {
    id: v.id,
    aliases: (v.aliases ?? []).filter((a) => typeof a === 'string'),
    ...(v.summary ? { summary: v.summary } : {}),
    ...(v.details ? { details: v.details } : {}),
    affected: [
      {
        package: { ecosystem: 'PyPI', name },
        ...(events.length ? { ranges: [{ type: 'ECOSYSTEM', events }] } : {}),
        versions: [version],
      },
    ],
    ...(v.link ? { references: [{ type: 'ADVISORY', url: v.link }] } : {}),
    database_specific: { source: 'pypi', fixed_in: fixedIn },
  };
  return checkedRecord(record, `PyPI's entry ${v.id}`);
}

export function pypiSource(opts: PypiOptions = {}): VulnSource {
  const base = serviceBaseUrl(opts.url ?? DEFAULT_PYPI_URL, 'pypi-url');
  const concurrency = Math.max(1, opts.concurrency ?? 12);

  return {
    description: `PyPI JSON API at ${base}`,
    async lookup(packages) {
      const http = new JsonHttp(opts);
      try {
        const unique = uniquePackages(packages);
        const failed = new Unanswered();
        const out = new Map<string, OsvRecord[]>();
        await mapBounded(unique, concurrency, async (p) => {
          const url = `${base}/pypi/${encodeURIComponent(p.name)}/${encodeURIComponent(p.version)}/json`;
          try {
            const answer = (await http.getJson(url)) as { vulnerabilities?: unknown };
            if (!Array.isArray(answer?.vulnerabilities))
              throw new Error(`${url} has no vulnerabilities list`);
            const vulns = answer.vulnerabilities as PypiVulnerability[];
            out.set(
              packageKey(p),
              vulns
                .filter((v) => !v?.withdrawn)
                .map((v) => pypiVulnerabilityToOsv(v, p.name, p.version))
                .sort(byRecordId),
            );
          } catch (err) {
            const notFound = err instanceof HttpFailure && err.status === 404;
            failed.add(
              p,
              notFound ? `PyPI does not know ${p.name} ${p.version} (HTTP 404)` : errorMessage(err),
            );
          }
        });
        failed.throwIfAny();
        return new Map(unique.map((p) => [packageKey(p), out.get(packageKey(p))!]));
      } finally {
        http.dispose();
      }
    },
  };
}
