import { InputError } from '../../core/errors.js';
import type { InputReader } from '../../core/inputs.js';
import type { Runtime } from '../../core/runtime.js';
import { workspaceGlobMatches } from '../../core/uv-project.js';
import { GITHUB_MATRIX_LIMIT } from './matrix.js';

export interface ProjectsInputs {
  /** Absolute: the directory to search. */
  workingDirectory: string;
  include: string[];
  exclude: string[];
  changedOnly: boolean;
  max: number;
}

/** Glob lines, each checked now so that a bad one fails naming its input, not half way through the search. */
function globs(r: InputReader, name: string, workspace: string): string[] {
  const list = r.lines(name);
  for (const g of list) {
    try {
      workspaceGlobMatches(g, workspace, workspace);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new InputError(
        name,
        g,
        `globs over project directories (relative to the workspace), one per line: ${why}`,
      );
    }
  }
  return list;
}

export function loadInputs(r: InputReader, rt: Runtime): ProjectsInputs {
  return {
    workingDirectory: r.path('working-directory', rt.workspace, 'directory', '.'),
    include: globs(r, 'include', rt.workspace),
    exclude: globs(r, 'exclude', rt.workspace),
    changedOnly: r.bool('changed-only', false),
    max: r.int('max', GITHUB_MATRIX_LIMIT, { min: 1, max: 10_000 }),
  };
}
