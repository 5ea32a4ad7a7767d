import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  classifyPackages,
  type GroupSelection,
  type LockGraph,
  memberGraph,
  type Origin,
  parseGroups,
  type Requirement,
  readLockGraph,
} from '../../core/uv-lock-graph.js';
import { locateUvProject, type UvProject } from '../../core/uv-project.js';
import {
  findEnvironment,
  type InstalledDistribution,
  listDistributions,
  type PythonEnvironment,
} from './environment.js';
import { markerOnChain, unconditionalPackages } from './lock-markers.js';
import { type LicenseResolution, resolveLicense } from './metadata.js';
import { judgePackage, type Policy, type Verdict } from './policy.js';

/**
 * The licence gate without its GitHub wiring: read the environment and uv.lock, resolve every installed
 * distribution's licence, and judge it against the policy.
 */

export interface LicenseGateOptions {
  workingDirectory: string;
  /** The repository checkout: the search for the uv project stays inside it. */
  workspace?: string;
  /** The `venv` input; empty to use VIRTUAL_ENV or the uv project's environment. */
  venv?: string;
  env: NodeJS.ProcessEnv;
  policy: Policy;
  /** The `groups` input: empty (runtime), `all`, or group names. */
  groups?: string;
}

export interface PackageReport {
  name: string;
  /** PEP 503 normalised name. */
  key: string;
  version: string;
  distInfo: string;
  license: LicenseResolution;
  verdict: Verdict;
  reason: string;
  incompatible: boolean;
  /** runtime or dev per uv.lock; `unlocked` when the package is not in uv.lock (or there is none). */
  scope: 'runtime' | 'dev' | 'unlocked';
  origin?: Origin;
  /** From the direct dependency down to this package; empty when not in uv.lock. */
  chain: string[];
  requiredBy: string[];
  /** Counts towards the verdict. */
  counted: boolean;
}

export interface ExcludedPackage {
  name: string;
  version: string;
  scope: 'dev';
  groups: string[];
  chain: string[];
}

export interface LicenseGateCounts {
  /** Packages counted. */
  packages: number;
  /** Counted packages that fail or whose licence is unknown. */
  incompatible: number;
  failed: number;
  unknown: number;
  ignored: number;
  passed: number;
}

export interface LicenseGateResult {
  environment: PythonEnvironment;
  /** The uv project (and workspace) of the working directory, as uv finds it; undefined outside one. */
  project?: UvProject;
  /** The uv workspace root's uv.lock; undefined when there is none (then every installed package counts). */
  lockFile?: string;
  /** The project whose closure counts (in a workspace, the member), or every member from a virtual root. */
  projects: string[];
  groups: GroupSelection;
  /** The counted packages, incompatible ones first (fail, then unknown), then by name. */
  packages: PackageReport[];
  /** Installed packages that only unselected dependency groups bring in: not judged. */
  excluded: ExcludedPackage[];
  /** Installed packages uv.lock does not know: judged; counted (and then also in `packages`) only with `groups: all`. */
  notInLock: PackageReport[];
  /** Installed packages the lock has for other workspace members (or the root), not for this one: not judged. */
  otherMembers: { name: string; version: string }[];
  /** Packages the selection needs everywhere that are not installed (a stale venv). */
  notInstalled: string[];
  /** Packages the selection needs only under an environment marker, not installed: not for this platform. */
  notForPlatform: { name: string; marker: string }[];
  counts: LicenseGateCounts;
  durationMs: number;
}

const ORDER: Record<Verdict, number> = { fail: 0, unknown: 1, pass: 2, ignored: 3 };

export function sortReports(reports: PackageReport[]): PackageReport[] {
  return reports.sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || a.key.localeCompare(b.key));
}

export function countReports(reports: readonly PackageReport[]): LicenseGateCounts {
  const n = (v: Verdict) => reports.filter((r) => r.verdict === v).length;
  return {
    packages: reports.length,
    incompatible: reports.filter((r) => r.incompatible).length,
    failed: n('fail'),
    unknown: n('unknown'),
    ignored: n('ignored'),
    passed: n('pass'),
  };
}

async function judge(
  dist: InstalledDistribution,
  policy: Policy,
  req: Requirement | undefined,
  counted: boolean,
): Promise<PackageReport> {
  const license = await resolveLicense(dist.distInfo, dist.metadata);
  const j = judgePackage(policy, dist.name, license);
  const report: PackageReport = {
    name: dist.name,
    key: dist.key,
    version: dist.version,
    distInfo: dist.distInfo,
    license,
    verdict: j.verdict,
    reason: j.reason,
    incompatible: j.incompatible,
    scope: req?.scope ?? 'unlocked',
    chain: req?.chain ?? [],
    requiredBy: req?.requiredBy ?? [],
    counted,
  };
  if (req) report.origin = req.origin;
  return report;
}

export async function checkLicenses(opts: LicenseGateOptions): Promise<LicenseGateResult> {
  const started = performance.now();
  const project = locateUvProject(opts.workingDirectory, opts.env, { ceiling: opts.workspace });
  const environment = findEnvironment({
    venv: opts.venv,
    workingDirectory: opts.workingDirectory,
    env: opts.env,
    ...(project ? { project } : {}),
  });
  const lockFile = project?.lockFile ?? path.join(opts.workingDirectory, 'uv.lock');
  const graph = fs.existsSync(lockFile) ? projectGraph(await readLockGraph(lockFile), project) : undefined;
  const groups = parseGroups(opts.groups ?? '', graph);
  const classes = graph ? classifyPackages(graph, groups) : undefined;
  const dists = await listDistributions(environment.sitePackages);
  const members = new Set(graph?.members ?? []);

  const packages: Promise<PackageReport>[] = [];
  const notInLock: Promise<PackageReport>[] = [];
  const excluded: ExcludedPackage[] = [];
  const otherMembers: LicenseGateResult['otherMembers'] = [];
  for (const dist of dists) {
    if (members.has(dist.key)) continue; // the project itself (or another workspace member), installed editable
    const req = classes?.get(dist.key);
    if (!classes) packages.push(judge(dist, opts.policy, undefined, true));
    else if (!req && graph?.packages.has(dist.key))
      otherMembers.push({ name: dist.name, version: dist.version });
    else if (!req) notInLock.push(judge(dist, opts.policy, undefined, groups.all));
    else if (req.selected) packages.push(judge(dist, opts.policy, req, true));
    else
      excluded.push({
        name: dist.name,
        version: dist.version,
        scope: 'dev',
        groups: req.groups,
        chain: req.chain,
      });
  }
  const installed = new Set(dists.map((d) => d.key));
  const notInstalled: string[] = [];
  const notForPlatform: LicenseGateResult['notForPlatform'] = [];
  if (graph && classes) {
    const everywhere = unconditionalPackages(graph);
    const missing = [...classes].filter(([name, r]) => r.selected && !installed.has(name));
    for (const [name, req] of missing.sort(([a], [b]) => a.localeCompare(b))) {
      const marker = everywhere.has(name) ? undefined : markerOnChain(graph, req);
      if (marker) notForPlatform.push({ name, marker });
      else notInstalled.push(name);
    }
  }

  const counted = sortReports(await Promise.all(packages));
  const extra = sortReports(await Promise.all(notInLock));
  const all = groups.all ? sortReports([...counted, ...extra]) : counted;
  const result: LicenseGateResult = {
    environment,
    projects: graph?.projects ?? [],
    groups,
    packages: all,
    excluded,
    notInLock: extra,
    otherMembers,
    notInstalled,
    notForPlatform,
    counts: countReports(all),
    durationMs: performance.now() - started,
  };
  if (graph) result.lockFile = lockFile;
  if (project) result.project = project;
  return result;
}

/**
 * The lock as the working directory's project sees it: a workspace member (or a root with a `[project]`)
 * counts its own closure, as `uv sync` there installs; a virtual root, or a project the lock does not know
 * (a stale lock), counts every member's.
 */
function projectGraph(graph: LockGraph, project: UvProject | undefined): LockGraph {
  return (project?.name && memberGraph(graph, project.name)) || graph;
}
