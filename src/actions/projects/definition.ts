import type { ActionDefinition } from '../../core/action.js';
import type { Runtime } from '../../core/runtime.js';
import { type Selection, selectAll, selectChanged } from './changed.js';
import { discoverProjects, relativeDir } from './discover.js';
import { eventChanges } from './event-changes.js';
import { loadInputs, type ProjectsInputs } from './inputs.js';
import { buildMatrix, passesGlobs } from './matrix.js';
import { pathDependencies } from './path-deps.js';
import { renderProjectsSummary } from './summary.js';

async function main(i: ProjectsInputs, rt: Runtime): Promise<void> {
  const discovery = await discoverProjects({
    root: i.workingDirectory,
    workspace: rt.workspace,
    env: rt.env,
  });
  const candidates = discovery.projects.filter((p) => passesGlobs(p, i.include, i.exclude, rt.workspace));
  let selection: Selection;
  let how: string;
  const lockNotes: string[] = [];
  if (!i.changedOnly) {
    selection = selectAll(candidates, 'changed-only is off');
    how = 'Every project (changed-only is off).';
  } else {
    const changes = await eventChanges(rt);
    how = `Changed-only: ${changes.description}.`;
    if (changes.kind === 'all') selection = selectAll(candidates, changes.description);
    else if (changes.kind === 'none') selection = { selected: [], unowned: { count: 0, sample: [] } };
    else {
      // Dependencies are followed through every discovered project, even one include/exclude leaves out:
      // a chain may pass through it.
      const deps = await pathDependencies(discovery.projects, rt.workspace);
      lockNotes.push(...deps.notes);
      const all = selectChanged(discovery.projects, changes.files, deps.dependents);
      const kept = new Set(candidates.map((p) => p.dir));
      selection = { ...all, selected: all.selected.filter((s) => kept.has(s.project.dir)) };
    }
  }
  if (discovery.leftOut.length > 0) {
    const n = discovery.leftOut.length;
    const first = discovery.leftOut[0];
    rt.warning(
      `projects: ${n} pyproject.toml file${n === 1 ? '' : 's'} left out (${first?.dir}: ${first?.why}${n > 1 ? '; the job summary lists all' : ''}).`,
    );
  }
  const matrix = buildMatrix(
    selection.selected.map((s) => s.project),
    i.max,
  );
  await rt.appendSummary(
    renderProjectsSummary({
      discovery,
      candidates,
      selection,
      how,
      searched: relativeDir(rt.workspace, i.workingDirectory),
      lockNotes,
    }),
  );
  const json = JSON.stringify(matrix);
  rt.setOutput('matrix', json);
  rt.setOutput('count', matrix.include.length);
  rt.setOutput('projects', matrix.include.map((e) => e.dir).join('\n'));
  // The CLI keeps outputs in memory: the log carries the matrix for a terminal user.
  rt.info(`matrix=${json}`);
}

export const definition: ActionDefinition<ProjectsInputs> = {
  name: 'projects',
  command: 'projects',
  description: 'List the Python projects of a monorepo as a job matrix, all or only those a change affects',
  loadInputs,
  main,
};
