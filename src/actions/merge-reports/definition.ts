import type { ActionDefinition } from '../../core/action.js';
import type { Runtime } from '../../core/runtime.js';
import { COMMENT_MAX_CHARS, upsertPrComment } from '../../report/pr-comment.js';
import { annotateMerged } from './annotations.js';
import { loadInputs, type MergeReportsInputs } from './inputs.js';
import { jobLinks } from './job-links.js';
import { mergeReports } from './merge.js';
import { readReports } from './read.js';
import { writeMergedSarif } from './sarif.js';
import { renderMergedSummary } from './summary.js';

async function main(i: MergeReportsInputs, rt: Runtime): Promise<void> {
  const read = await readReports(i.reportsDir);
  rt.info(
    `Read ${read.reports.length} reports from ${i.reportsDir}` +
      ` (${read.unreadable.length} unreadable, ${read.ignored.length} other JSON files left alone).`,
  );
  const merged = mergeReports(read, { expected: i.expected, checks: i.checks });
  const runs = merged.projects.flatMap((p) => [...p.cells.values()].flatMap((c) => c.runs));
  const linkOf = await jobLinks(rt, runs, i.jobLinks ? i.githubToken : undefined);
  annotateMerged(merged, rt);
  const summary = renderMergedSummary(merged, { linkOf });
  await rt.appendSummary(summary.markdown);
  if (i.sarifDir) {
    const sarif = await writeMergedSarif(merged, i.sarifDir);
    for (const w of sarif.warnings) rt.warning(w);
    rt.setOutput('sarif-files', sarif.files.join('\n'));
  }
  if (i.prComment) {
    // The comment's own budget: GitHub counts characters, which bytes bound; the marker needs a little room.
    const comment = renderMergedSummary(merged, { linkOf, budgetBytes: COMMENT_MAX_CHARS - 1_024 });
    await upsertPrComment(rt, {
      action: 'merge-reports',
      body: comment.markdown,
      token: i.githubToken,
      env: rt.env,
    });
  }
  rt.setOutput('failed-projects', merged.failed.map((p) => p.project).join('\n'));
  rt.setOutput('passed', merged.passed.length);
  rt.setOutput('failed', merged.failed.length);
  const problems: string[] = [];
  if (merged.failed.length > 0) {
    const names = merged.failed.slice(0, 20).map((p) => p.project);
    const more = merged.failed.length > 20 ? ` and ${merged.failed.length - 20} more` : '';
    problems.push(
      `${merged.failed.length} of ${merged.projects.length} projects failed: ${names.join(', ')}${more}`,
    );
  }
  if (merged.stray.length > 0) {
    problems.push(
      `${merged.stray.length} report${merged.stray.length === 1 ? '' : 's'} could not be read: ${merged.stray
        .slice(0, 5)
        .map((u) => u.file)
        .join(', ')}`,
    );
  }
  if (merged.empty) {
    problems.push(
      `no reports in ${i.reportsDir} and no expected projects (pass actions/projects' matrix as \`projects\`)`,
    );
  }
  if (problems.length > 0) throw new Error(`merge-reports: ${problems.join('; ')}; see the job summary`);
}

export const definition: ActionDefinition<MergeReportsInputs> = {
  name: 'merge-reports',
  command: 'merge-reports',
  description:
    "Merge the JSON reports of a monorepo's matrix jobs into one summary, SARIF per check and one PR comment",
  loadInputs,
  main,
};
