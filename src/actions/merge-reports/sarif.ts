import * as path from 'node:path';
import {
  buildSarif,
  SARIF_MAX_RUNS,
  SARIF_SCHEMA_URI,
  type SarifRun,
  writeSarif,
} from '../../report/sarif.js';
import { checkInfo } from './checks.js';
import type { Merged } from './merge.js';

/**
 * One SARIF file per check, each project's results in runs of their own whose `automationDetails.id`
 * (the code scanning category) names the project: `python-lint-stack/ruff/services/api/`. Code scanning
 * then keeps each project's alerts apart, and closes a project's fixed alerts when its run comes back
 * empty. The runs are exactly those the action writes in the project's own job (one per tool, tools that
 * found nothing included, the same category: src/report/sarif.ts), so uploading from the jobs or from here
 * gives the same alerts.
 *
 * GitHub takes at most 20 runs in one upload: a check with more runs is written as `<check>.sarif`,
 * `<check>-2.sarif`, ..., 20 runs each, each to be uploaded on its own (or upload SARIF from the matrix jobs).
 */

/** The runs of each check (by action), every project's runs one after the other. */
export function mergedSarifRuns(m: Merged): Map<string, SarifRun[]> {
  const out = new Map<string, SarifRun[]>();
  for (const action of m.actions) {
    const runs: SarifRun[] = [];
    for (const p of m.projects) {
      const cell = p.cells.get(action);
      if (!cell || cell.verdict === 'missing') continue;
      const tools = new Map<string, string | undefined>();
      for (const r of cell.reports) for (const t of r.toolRuns) tools.set(t.tool, t.version);
      const toolRuns = [...tools].map(([tool, version]) => ({
        tool,
        ...(version ? { version } : {}),
        findings: 0,
        durationMs: 0,
        exitCode: 0,
      }));
      const known = cell.findings.filter((f) => f.known).map((f) => f.fingerprint);
      const baseline =
        known.length > 0 ? { version: 1 as const, tool: action, fingerprints: known } : undefined;
      const { log } = buildSarif(
        { action, findings: cell.findings, toolRuns },
        { baseline, project: p.project },
      );
      for (const run of log.runs) {
        run.properties = { ...run.properties, project: p.project };
        runs.push(run);
      }
    }
    out.set(action, runs);
  }
  return out;
}

/** Writes the files into `dir`; returns their paths, and a warning for each check split over several files. */
export async function writeMergedSarif(
  m: Merged,
  dir: string,
): Promise<{ files: string[]; warnings: string[] }> {
  const files: string[] = [];
  const warnings: string[] = [];
  for (const [action, runs] of mergedSarifRuns(m)) {
    const name = checkInfo(action).name;
    const chunks = Math.max(1, Math.ceil(runs.length / SARIF_MAX_RUNS));
    if (chunks > 1) {
      warnings.push(
        `SARIF: ${name} has ${runs.length} runs (projects × tools), more than the ${SARIF_MAX_RUNS} GitHub takes in one upload: written as ${chunks} files, each to be uploaded on its own.`,
      );
    }
    for (let c = 0; c < chunks; c++) {
      const file = path.join(dir, `${name}${c === 0 ? '' : `-${c + 1}`}.sarif`);
      const slice = runs.slice(c * SARIF_MAX_RUNS, (c + 1) * SARIF_MAX_RUNS);
      await writeSarif(file, { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: slice });
      files.push(file);
    }
  }
  return { files, warnings };
}
