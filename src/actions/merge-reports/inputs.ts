import * as path from 'node:path';
import type { InputReader } from '../../core/inputs.js';
import type { Runtime } from '../../core/runtime.js';
import { parseChecks } from './checks.js';
import { parseExpected } from './expected.js';

export interface MergeReportsInputs {
  /** Absolute; may not exist (no artifact was downloaded). */
  reportsDir: string;
  /** The projects that must have reported; undefined: those the reports name. */
  expected?: string[];
  /** Actions every project must have reported. */
  checks: string[];
  /** Absolute. */
  sarifDir?: string;
  prComment: boolean;
  jobLinks: boolean;
  githubToken?: string;
}

export function loadInputs(r: InputReader, rt: Runtime): MergeReportsInputs {
  const projects = r.raw('projects');
  const prComment = r.bool('pr-comment', false);
  const jobLinks = r.bool('job-links', true);
  const sarifDir = r.path('sarif-dir', rt.workspace, 'output-directory');
  return {
    // A directory nothing was downloaded into is an empty one: every expected project is then missing.
    reportsDir: r.path('reports', rt.workspace, 'output-directory', 'pyprod-reports'),
    ...(projects !== undefined ? { expected: parseExpected(projects) } : {}),
    checks: parseChecks(r.list('checks', [], { spaces: true })),
    ...(sarifDir ? { sarifDir: path.resolve(sarifDir) } : {}),
    prComment,
    jobLinks,
    // Read only when something uses it.
    githubToken: prComment || jobLinks ? r.string('github-token') : undefined,
  };
}
