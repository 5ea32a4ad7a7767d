import { errorMessage } from '../../core/errors.js';
import type { Runtime } from '../../core/runtime.js';
import { GitHubClient } from '../../github/rest.js';
import type { JsonReportRun } from '../../report/json-report.js';

/**
 * Links from the merged report to the job that wrote each report. A report says which run, attempt and runner
 * wrote it (JsonReport.run); the link is always built here, on this run's server and repository, from those
 * digits, never taken from the report (which the checked code could have rewritten). With a token that may
 * read the run's jobs (`actions: read`), a report's runner name picks out its job; otherwise, or when two jobs
 * of the attempt ran on runners of one name, the link goes to the run.
 */

export type LinkOf = (run: JsonReportRun | undefined) => string | undefined;

interface ApiJob {
  id?: unknown;
  runner_name?: unknown;
  run_attempt?: unknown;
}

/** `https://github.com/octo-org/octo-repo`, from this run's variables; undefined outside a run. */
function repositoryUrl(env: NodeJS.ProcessEnv): string | undefined {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repo = env.GITHUB_REPOSITORY ?? '';
  if (!/^https?:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repo))
    return undefined;
  return `${server}/${repo}`;
}

/** runner name → job id, for one attempt of this run; only names that one job of the attempt ran on. */
async function jobsByRunner(
  client: GitHubClient,
  repo: string,
  runId: string,
  attempt: string,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const ids = new Map<string, number>();
  const base = `/repos/${repo}/actions/runs/${runId}/attempts/${attempt}/jobs?per_page=100`;
  // A matrix has at most 256 jobs; a run of several matrices, a few thousand: 50 pages of 100.
  const jobsOf = (data: unknown) => (data as { jobs?: unknown } | null)?.jobs;
  for await (const page of client.pages<ApiJob>(base, 50, jobsOf)) {
    for (const job of page) {
      if (!job || typeof job !== 'object') continue;
      if (typeof job.runner_name !== 'string' || typeof job.id !== 'number' || !Number.isSafeInteger(job.id))
        continue;
      counts.set(job.runner_name, (counts.get(job.runner_name) ?? 0) + 1);
      ids.set(job.runner_name, job.id);
    }
  }
  for (const [name, n] of counts) if (n > 1) ids.delete(name);
  return ids;
}

/**
 * The link for each report's run: its job where the API can tell, else the run's attempt. `token` undefined:
 * run links only.
 */
export async function jobLinks(
  rt: Runtime,
  runs: readonly JsonReportRun[],
  token: string | undefined,
): Promise<LinkOf> {
  const repoUrl = repositoryUrl(rt.env);
  if (!repoUrl) return () => undefined;
  const runLink = (r: JsonReportRun) =>
    `${repoUrl}/actions/runs/${r.id}${r.attempt ? `/attempts/${r.attempt}` : ''}`;
  const jobs = new Map<string, Map<string, number>>();
  const repo = rt.env.GITHUB_REPOSITORY as string;
  if (token) {
    const client = new GitHubClient({ token, env: rt.env });
    const attempts = [
      ...new Set(runs.filter((r) => r.runner).map((r) => `${r.id}/${r.attempt ?? '1'}`)),
    ].slice(0, 10);
    for (const key of attempts) {
      const [id, attempt] = key.split('/') as [string, string];
      try {
        jobs.set(key, await jobsByRunner(client, repo, id, attempt));
      } catch (err) {
        rt.notice(
          `merge-reports: the jobs of run ${id} could not be listed (${errorMessage(err)}); links go to the run. Give the job \`actions: read\` to link each job.`,
        );
        break;
      }
    }
  }
  return (r) => {
    if (!r) return undefined;
    const job = r.runner ? jobs.get(`${r.id}/${r.attempt ?? '1'}`)?.get(r.runner) : undefined;
    return job !== undefined ? `${repoUrl}/actions/runs/${r.id}/job/${job}` : runLink(r);
  };
}
