import { errorMessage } from '../../../core/errors.js';
import { mapBounded } from '../../../core/map-bounded.js';
import { type OsvRecord, type PackageVersion, packageKey, type VulnSource } from '../osv.js';
import { serviceBaseUrl } from './base-url.js';
import { Unanswered, uniquePackages } from './failures.js';
import { type HttpRetryOptions, JsonHttp } from './http-retry.js';
import { byRecordId, checkedRecord, OSV_ID } from './record-shape.js';

/**
 * The OSV API (https://google.github.io/osv.dev/api/): `POST /v1/querybatch` for every package in batches
 * of at most 1,000 queries (OSV's limit), following each result's `next_page_token`; then
 * `GET /v1/vulns/{id}` for every id found (querybatch gives ids only), a bounded number at a time.
 */

export const DEFAULT_OSV_URL = 'https://api.osv.dev';

export interface OsvApiOptions extends HttpRetryOptions {
  /** Base URL (the `osv-url` input); default https://api.osv.dev. */
  url?: string;
  /** Queries per querybatch request (default and most: 1,000). */
  batchSize?: number;
  /** Requests in flight at once (default 12). */
  concurrency?: number;
  /** Pages followed per query at most (default 100): a server that never stops paging fails the package. */
  maxPages?: number;
}

const MAX_BATCH = 1000;

interface Query {
  pkg: PackageVersion;
  pageToken?: string;
  page: number;
}

interface BatchResult {
  vulns?: unknown;
  next_page_token?: unknown;
}

export function osvApiSource(opts: OsvApiOptions = {}): VulnSource {
  const base = serviceBaseUrl(opts.url ?? DEFAULT_OSV_URL, 'osv-url');
  const batchSize = Math.min(MAX_BATCH, Math.max(1, opts.batchSize ?? MAX_BATCH));
  const concurrency = Math.max(1, opts.concurrency ?? 12);
  const maxPages = Math.max(1, opts.maxPages ?? 100);

  /** Ids per package key, following pages; unanswered packages recorded in `failed`. */
  async function queryIds(http: JsonHttp, packages: PackageVersion[], failed: Unanswered) {
    const ids = new Map<string, Set<string>>(packages.map((p) => [packageKey(p), new Set<string>()]));
    let pending: Query[] = packages.map((pkg) => ({ pkg, page: 1 }));
    while (pending.length > 0) {
      const batches: Query[][] = [];
      for (let i = 0; i < pending.length; i += batchSize) batches.push(pending.slice(i, i + batchSize));
      const next: Query[] = [];
      await mapBounded(batches, concurrency, async (batch) => {
        const body = {
          queries: batch.map((q) => ({
            package: { name: q.pkg.name, ecosystem: 'PyPI' },
            version: q.pkg.version,
            ...(q.pageToken !== undefined ? { page_token: q.pageToken } : {}),
          })),
        };
        let results: BatchResult[];
        try {
          const answer = (await http.postJson(`${base}/v1/querybatch`, body)) as { results?: unknown };
          if (!Array.isArray(answer?.results) || answer.results.length !== batch.length) {
            throw new Error(
              `querybatch answered ${Array.isArray(answer?.results) ? answer.results.length : 'no'} results for ${batch.length} queries`,
            );
          }
          results = answer.results as BatchResult[];
        } catch (err) {
          for (const q of batch) failed.add(q.pkg, errorMessage(err));
          return;
        }
        batch.forEach((q, i) => {
          const r = results[i] ?? {};
          const vulns = r.vulns ?? [];
          if (!Array.isArray(vulns) || !vulns.every((v) => typeof v?.id === 'string' && OSV_ID.test(v.id))) {
            failed.add(q.pkg, 'querybatch answered a result without valid vulnerability ids');
            return;
          }
          for (const v of vulns as { id: string }[]) ids.get(packageKey(q.pkg))!.add(v.id);
          const token = r.next_page_token;
          if (typeof token === 'string' && token !== '') {
            if (q.page >= maxPages) failed.add(q.pkg, `querybatch still had more pages after ${maxPages}`);
            else next.push({ pkg: q.pkg, pageToken: token, page: q.page + 1 });
          }
        });
      });
      pending = next;
    }
    return ids;
  }

  return {
    description: `OSV API at ${base}`,
    async lookup(packages) {
      const http = new JsonHttp(opts);
      try {
        const unique = uniquePackages(packages);
        const failed = new Unanswered();
        const ids = await queryIds(http, unique, failed);

        const wanted = [
          ...new Set(unique.filter((p) => !failed.has(p)).flatMap((p) => [...ids.get(packageKey(p))!])),
        ];
        const records = new Map<string, OsvRecord>();
        const recordErrors = new Map<string, string>();
        await mapBounded(wanted.sort(), concurrency, async (id) => {
          try {
            const record = checkedRecord(
              await http.getJson(`${base}/v1/vulns/${encodeURIComponent(id)}`),
              id,
            );
            if (record.id !== id) throw new Error(`vulns/${id} answered the record ${record.id}`);
            records.set(id, record);
          } catch (err) {
            recordErrors.set(id, errorMessage(err));
          }
        });

        const out = new Map<string, OsvRecord[]>();
        for (const p of unique) {
          const mine = [...(ids.get(packageKey(p)) ?? [])];
          const missing = mine.find((id) => recordErrors.has(id));
          if (missing !== undefined) failed.add(p, recordErrors.get(missing)!);
          if (failed.has(p)) continue;
          out.set(
            packageKey(p),
            mine
              .map((id) => records.get(id)!)
              .filter((r) => !r.withdrawn)
              .sort(byRecordId),
          );
        }
        failed.throwIfAny();
        return out;
      } finally {
        http.dispose();
      }
    },
  };
}
