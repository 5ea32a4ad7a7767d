import { workspaceGlobMatches } from '../../core/uv-project.js';
import type { Project } from './discover.js';

/**
 * The `strategy.matrix` the projects fan out on: `{"include": [...]}`, one entry per project, every value
 * a plain string or boolean checked on the way in (discover.ts), so a workflow may pass them to inputs.
 */

/** GitHub runs at most 256 jobs per matrix ("A matrix can generate a maximum of 256 jobs per workflow run"). */
export const GITHUB_MATRIX_LIMIT = 256;

export interface MatrixEntry {
  name: string;
  dir: string;
  id: string;
  workspace: string;
  role: string;
  'requires-python': string;
  dockerfile: boolean;
  service: string;
  'service-url': string;
}

export interface Matrix {
  include: MatrixEntry[];
}

export function matrixEntry(p: Project): MatrixEntry {
  return {
    name: p.name,
    dir: p.dir,
    id: p.id,
    workspace: p.workspace,
    role: p.role,
    'requires-python': p.requiresPython ?? '',
    dockerfile: p.dockerfile,
    service: p.service ?? '',
    'service-url': p.serviceUrl ?? '',
  };
}

/**
 * The matrix of the selected projects. More than `max` fails rather than leaving projects out: a project cut
 * from the matrix would go unchecked while the run stays green. An empty selection gives `{"include":[]}`,
 * which GitHub refuses as a matrix: the fan-out job is skipped with `if: needs.<job>.outputs.count != '0'`.
 */
export function buildMatrix(projects: readonly Project[], max: number): Matrix {
  if (projects.length > max) {
    throw new Error(
      `${projects.length} projects are selected, more than max (${max}). Nothing is left out silently: narrow ` +
        `the selection with include/exclude or changed-only, or raise max (GitHub runs at most ` +
        `${GITHUB_MATRIX_LIMIT} jobs per matrix; above that, split the projects over several matrix jobs).`,
    );
  }
  return { include: projects.map(matrixEntry) };
}

/**
 * Whether a project passes the include/exclude globs, matched against its directory (relative to the
 * workspace, as in the matrix) with uv's workspace glob rules: `*` within one path component, `**` across
 * them. No include glob includes everything; an exclude glob wins over an include.
 */
export function passesGlobs(
  p: Pick<Project, 'dir'>,
  include: readonly string[],
  exclude: readonly string[],
  workspace: string,
): boolean {
  const abs = `${workspace}/${p.dir}`;
  const hit = (g: string) => workspaceGlobMatches(g, workspace, abs);
  return (include.length === 0 || include.some(hit)) && !exclude.some(hit);
}
