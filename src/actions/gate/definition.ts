import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ActionDefinition } from '../../core/action.js';
import { pool } from '../../core/pool.js';
import type { Runtime } from '../../core/runtime.js';
import { CHECKS, type CheckSpec, SETUP } from './checks.js';
import { type GateInputs, loadInputs } from './inputs.js';
import { type CheckResult, type ChildMode, runCheck } from './run-check.js';
import { renderGateSummary, verdictOf } from './summary.js';

/** dist/: the running script is dist/gate/index.js (the action) or dist/pyprod/index.js (the CLI). */
export function distDirOf(script: string): string {
  return path.dirname(path.dirname(path.resolve(script)));
}

/** A check's log, printed whole once it ends so that parallel checks do not interleave. */
function printLog(rt: Runtime, r: CheckResult): void {
  rt.info(`── ${r.spec.title} (${r.spec.action}): ${verdictOf(r)}, exit code ${r.exitCode ?? 'none'}`);
  for (const line of r.log.replace(/\r?\n$/, '').split(/\r?\n/)) rt.info(line);
}

async function main(i: GateInputs, rt: Runtime): Promise<void> {
  const mode: ChildMode = rt.kind === 'github' ? 'bundle' : 'cli';
  const distDir = distDirOf(process.argv[1] ?? '.');
  // The bundles the children start: each check's own on the runner, the CLI's in the terminal.
  const bundles =
    mode === 'cli'
      ? ['pyprod']
      : [...(i.setup ? [SETUP] : []), ...i.checks.map((c) => CHECKS[c])].map((s) => s.action);
  for (const file of bundles.map((b) => path.join(distDir, b, 'index.js'))) {
    if (!fs.existsSync(file)) throw new Error(`the gate needs the bundle ${file}, which does not exist`);
  }
  const workRoot = fs.mkdtempSync(path.join(rt.tempDir, 'pyprod-gate-'));
  const env: NodeJS.ProcessEnv = { ...rt.env };
  const opts = (spec: CheckSpec) => ({
    mode,
    distDir,
    node: process.execPath,
    env,
    cwd: rt.workspace,
    workDir: path.join(workRoot, spec.name),
  });
  const t0 = performance.now();
  const results: CheckResult[] = [];

  if (i.setup) {
    const r = await runCheck(SETUP, SETUP.inputs(i), opts(SETUP));
    printLog(rt, r);
    // What setup-uv-cached exports (VIRTUAL_ENV, the venv's bin on PATH) reaches the checks and later steps.
    for (const [k, v] of r.exportedEnv) {
      env[k] = v;
      rt.exportVariable(k, v);
    }
    for (const p of r.addedPaths) {
      env.PATH = `${p}${path.delimiter}${env.PATH ?? ''}`;
      rt.addPath(p);
    }
    results.push(r);
  }
  const setupFailed = results.some((r) => r.exitCode !== 0);
  const specs = [...new Set(i.checks)].map((c) => CHECKS[c]);
  const checked = await pool(
    specs.map((spec) => async (): Promise<CheckResult> => {
      if (setupFailed && spec.needsEnvironment) {
        return {
          spec,
          exitCode: null,
          durationMs: 0,
          summary: '',
          log: '',
          exportedEnv: new Map(),
          addedPaths: [],
          skipped: 'not run: setup failed',
        };
      }
      const r = await runCheck(spec, spec.inputs(i), opts(spec));
      printLog(rt, r);
      return r;
    }),
    i.parallel,
  );
  results.push(...checked);
  fs.rmSync(workRoot, { recursive: true, force: true });

  await rt.appendSummary(renderGateSummary(results, performance.now() - t0));
  const failed = results.filter((r) => verdictOf(r) === 'failed').map((r) => r.spec.name);
  const passed = results.filter((r) => verdictOf(r) === 'passed').map((r) => r.spec.name);
  rt.setOutput('passed', passed.join(','));
  rt.setOutput('failed', failed.join(','));
  if (failed.length > 0) {
    throw new Error(`production gate: ${failed.join(', ')} failed; see the job summary`);
  }
}

export const definition: ActionDefinition<GateInputs> = {
  name: 'gate',
  command: 'gate',
  description:
    'Run the chosen checks (lint, deps, licenses, secrets; audit, image, bench on request) with one combined report',
  loadInputs,
  main,
};
