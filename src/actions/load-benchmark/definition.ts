import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ActionDefinition } from '../../core/action.js';
import type { Runtime } from '../../core/runtime.js';
import { buildJsonReport, projectOf, runOf, writeJsonReport } from '../../report/json-report.js';
import { publishReport } from '../../report/publish.js';
import type { Report } from '../../report/report.js';
import { type BenchmarkData, compareWithBaseline, loadBenchmarkBaseline } from './baseline.js';
import type { LoadShape } from './h2load-args.js';
import { ensureH2load } from './h2load-install.js';
import { h2loadVersion, runScenario } from './h2load-run.js';
import { type LoadBenchmarkInputs, loadInputs } from './inputs.js';
import { buildBenchmarkReport, failedStartReport } from './report.js';
import type { ScenarioResult, ServiceRole } from './results.js';
import {
  type RunningService,
  ServiceError,
  SUMMARY_TAIL_LINES,
  serviceEnv,
  startService,
} from './service.js';
import { benchmarkSections } from './summary.js';
import { type Endpoint, endpointOf, scenarioKey } from './urls.js';

async function publish(report: Report, rt: Runtime, i: LoadBenchmarkInputs, benchmark?: BenchmarkData) {
  await publishReport(report, rt, {
    prComment: i.prComment,
    token: i.githubToken,
    commentKey: 'load-benchmark',
  });
  if (i.jsonFile) {
    const json = buildJsonReport(report, {
      meta: benchmark ? { benchmark } : {},
      project: projectOf(rt.workspace, i.workingDirectory),
      run: runOf(rt.env),
    });
    await writeJsonReport(i.jsonFile, json);
    rt.setOutput('json-file', i.jsonFile);
  }
}

const round2 = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '' : n.toFixed(2));

interface ServiceRun {
  i: LoadBenchmarkInputs;
  rt: Runtime;
  h2load: string;
  shape: LoadShape;
  endpoints: Endpoint[];
  env: NodeJS.ProcessEnv;
  workDir: string;
  timings: BenchmarkData['timings'];
}

/** Starts one service, loads every URL against it, and stops it whatever happens. */
async function benchmarkService(
  svc: { role: ServiceRole; argv: string[]; line: string },
  c: ServiceRun,
): Promise<ScenarioResult[]> {
  const { i, rt } = c;
  const label = svc.role === 'compare' ? 'compare-command' : 'command';
  let echo = true;
  let service: RunningService;
  try {
    service = await rt.group(`Start ${label}: ${svc.line}`, () =>
      startService({
        argv: svc.argv,
        cwd: i.workingDirectory,
        env: c.env,
        readyUrl: i.readyUrl,
        readyTimeoutMs: i.readyTimeoutMs,
        endpoints: c.endpoints,
        // The service's own log until it is ready; under load only its last lines are kept.
        onLine: (l) => echo && rt.info(l),
      }),
    );
  } catch (e) {
    if (e instanceof ServiceError)
      await publish(failedStartReport(`${label}: ${e.message}`, e.logTail), rt, i);
    throw e;
  }
  echo = false;
  c.timings.serviceStartMs += service.readyMs;
  rt.info(`${label} answered ${i.readyUrl} with 2xx after ${service.readyMs} ms.`);
  const results: ScenarioResult[] = [];
  try {
    for (const url of i.urls) {
      const r = await rt.group(`h2load ${scenarioKey(url)} (${label})`, () =>
        runScenario({
          h2load: c.h2load,
          url,
          role: svc.role,
          shape: c.shape,
          warmup: i.warmup,
          workDir: c.workDir,
          // h2load needs nothing of the action's inputs either.
          env: serviceEnv(rt.env, {}),
          onLine: (l) => rt.info(l),
        }),
      );
      c.timings.h2loadMs += r.h2loadMs + r.warmupMs;
      if (!service.alive()) {
        const tail = service.log.tail(SUMMARY_TAIL_LINES);
        const message = `${label} \`${service.command}\` ${service.exitDescription()} while it was loaded with ${r.key}.`;
        await publish(failedStartReport(message, tail), rt, i);
        throw new ServiceError('exited', message, tail);
      }
      results.push(r);
    }
  } finally {
    const stopped = await service.stop();
    c.timings.serviceStopMs += stopped.durationMs;
    if (stopped.leftover.length > 0) {
      rt.warning(
        `${label}: processes ${stopped.leftover.join(', ')} of its group were still running after SIGKILL.`,
      );
    } else {
      const how = stopped.graceful ? '' : ' (SIGKILL after the grace period)';
      rt.info(`${label} stopped${how} in ${stopped.durationMs} ms.`);
    }
  }
  return results;
}

async function main(i: LoadBenchmarkInputs, rt: Runtime): Promise<void> {
  const t0 = performance.now();
  if (!fs.existsSync(i.workingDirectory)) {
    throw new Error(`Input 'working-directory' names ${i.workingDirectory}, which does not exist`);
  }
  const h2load = await ensureH2load(rt, {
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
  });
  const version = await h2loadVersion(h2load, rt.env);
  // Read before anything runs: a bad baseline should fail in a second, not after the load.
  const baseline = i.baseline ? await loadBenchmarkBaseline(i.baseline) : undefined;
  const shape: LoadShape = {
    requests: i.requests,
    concurrency: i.concurrency,
    http1: i.http1,
    ...(i.durationMs !== undefined ? { durationMs: i.durationMs } : {}),
    ...(i.threads !== undefined ? { threads: i.threads } : {}),
  };
  const endpoints = [
    ...new Map(
      [i.readyUrl, ...i.urls].map((u) => endpointOf(new URL(u))).map((e) => [`${e.host}:${e.port}`, e]),
    ).values(),
  ];
  const services: { role: ServiceRole; argv: string[]; line: string }[] = [
    { role: 'command', argv: i.command, line: i.commandLine },
  ];
  if (i.compareCommand && i.compareCommandLine) {
    services.push({ role: 'compare', argv: i.compareCommand, line: i.compareCommandLine });
  }
  fs.mkdirSync(rt.tempDir, { recursive: true });
  const workDir = fs.mkdtempSync(path.join(rt.tempDir, 'load-benchmark-'));
  const env = serviceEnv(rt.env, i.env);
  const results: ScenarioResult[] = [];
  const timings = { totalMs: 0, serviceStartMs: 0, serviceStopMs: 0, h2loadMs: 0 };
  const ctx: ServiceRun = { i, rt, h2load, shape, endpoints, env, workDir, timings };
  try {
    for (const svc of services) results.push(...(await benchmarkService(svc, ctx)));
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }

  const comparison = baseline ? compareWithBaseline(results, baseline, i.maxRegression) : undefined;
  timings.totalMs = Math.round(performance.now() - t0);
  const data: BenchmarkData = {
    format: 'pyprod-load-benchmark/1',
    h2loadVersion: version,
    shape: { ...shape, warmup: i.warmup },
    scenarios: results,
    timings,
  };
  const sections = benchmarkSections(results, comparison, i.maxRegression, {
    workingDirectory: path.relative(rt.workspace, i.workingDirectory) || '.',
    commands: services.map((s) => ({ role: s.role, line: s.line })),
    readyUrl: i.readyUrl,
    h2loadVersion: version,
  });
  const report = buildBenchmarkReport(data, sections, comparison);
  await publish(report, rt, i, data);

  const first = results.find((r) => r.role === 'command');
  rt.setOutput('rps', round2(first?.rps));
  rt.setOutput('p50-ms', round2(first?.latencyMs?.p50));
  rt.setOutput('p95-ms', round2(first?.latencyMs?.p95));
  rt.setOutput('p99-ms', round2(first?.latencyMs?.p99));
  rt.setOutput(
    'errors',
    results.filter((r) => r.role === 'command').reduce((n, r) => n + r.errors, 0),
  );
  rt.setOutput('regression', comparison?.regressed ?? false);
  const errors = report.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`load-benchmark failed: ${errors.map((f) => f.message).join('; ')}`);
  }
}

export const definition: ActionDefinition<LoadBenchmarkInputs> = {
  name: 'load-benchmark',
  command: 'bench',
  description: 'Start a service, load it with h2load on loopback, report req/s and latency, compare',
  loadInputs,
  main,
};
