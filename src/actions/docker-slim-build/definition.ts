import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ActionDefinition } from '../../core/action.js';
import { errorMessage } from '../../core/errors.js';
import type { Runtime } from '../../core/runtime.js';
import { toRepoPath } from '../../findings/finding.js';
import { fingerprintFindings, SourceFiles } from '../../findings/fingerprint.js';
import { publishWithInputs } from '../../report/inputs.js';
import { plural } from '../../report/markdown.js';
import type { Report, ReportSection, Verdict } from '../../report/report.js';
import { type Built, buildAndProve } from './build-and-prove.js';
import { type BuildPlan, buildArgSecrets, ghaCache, ghaCacheAvailable } from './build-args.js';
import { type CheckFinding, checkDockerfile, RULES, type RuleId } from './checks.js';
import { buildxDriver, buildxVersion } from './docker.js';
import { finalStage, parseDockerfile, runText } from './dockerfile-parse.js';
import { type DockerfileSource, resolveDockerfile } from './dockerfile-source.js';
import { type DockerSlimInputs, loadInputs, networkMode } from './inputs.js';
import { sourceBuilds } from './source-builds.js';
import {
  buildFailedSection,
  checksSection,
  formatMB,
  layerSection,
  proofSection,
  sizeSection,
  torchSection,
} from './summary.js';
import { cudaWheels, isCpuX64Target, torchFinding } from './torch-check.js';

const ACTION = 'docker-slim-build';
const DOCKER = 'docker';

interface Checked {
  findings: CheckFinding[];
  applicable: Set<RuleId>;
  sections: ReportSection[];
  modelsBaked: boolean;
}

/** The Dockerfile rules, plus the torch check on the project's uv.lock. */
export function runChecks(
  src: DockerfileSource,
  platforms: readonly string[],
  models: readonly string[],
  workspace: string,
): Checked {
  const parsed = parseDockerfile(fs.readFileSync(src.file, 'utf8'));
  if (!finalStage(parsed)) throw new Error(`${src.file} has no FROM instruction: it is not a Dockerfile.`);
  const findings = checkDockerfile(parsed, toRepoPath(src.file, workspace));
  const applicable = new Set(Object.keys(RULES) as RuleId[]);
  const modelsBaked =
    models.length > 0 ||
    parsed.instructions.some(
      (x) =>
        x.keyword === 'RUN' &&
        /snapshot_download|hf_hub_download|from_pretrained|\bhf\s+download/.test(runText(x)),
    );
  if (!modelsBaked) applicable.delete('models-offline');
  const sections: ReportSection[] = [];
  const wheels = src.project?.lock ? cudaWheels(src.project.lock) : undefined;
  const bases = parsed.stages.filter((s) => !s.fromStage).map((s) => s.image);
  if (!wheels || !isCpuX64Target(bases, platforms)) applicable.delete('torch-cpu');
  else {
    findings.push(torchFinding(wheels, toRepoPath(src.project?.lockFile ?? 'uv.lock', workspace)));
    sections.push(torchSection(wheels));
  }
  return { findings, applicable, sections, modelsBaked };
}

/** Says before the build what a dependency without a Linux wheel needs, instead of a compiler error later. */
export function adviseOnSourceBuilds(lock: string, i: DockerSlimInputs, rt: Runtime): void {
  const builds = sourceBuilds(lock, i.groups);
  if (builds.length === 0) return;
  const names = builds.map((b) => `${b.name} ${b.version}`).join(', ');
  if (i.buildPackages.length > 0) {
    rt.info(
      `Compiled in the builder with ${i.buildPackages.join(' ')} (no Linux wheel in uv.lock): ${names}.`,
    );
    return;
  }
  rt.warning(
    `uv.lock has no Linux wheel for ${names}: the builder compiles it, which needs a compiler and headers. ` +
      "Set 'build-packages' (e.g. gcc libc6-dev and the library's -dev package) and 'runtime-packages' " +
      '(the shared library it loads), or the build fails.',
  );
}

async function main(i: DockerSlimInputs, rt: Runtime): Promise<void> {
  if (!fs.existsSync(i.workingDirectory)) {
    throw new Error(`Input 'working-directory' names ${i.workingDirectory}, which does not exist`);
  }
  if (i.push && i.tags.length === 0)
    throw new Error("Input 'push' is true but 'tags' is empty: name the image to push.");
  const env = rt.env;
  const network = networkMode(env);
  const src = resolveDockerfile(i, rt);
  rt.setOutput('dockerfile', src.file);
  if (src.generated && src.project?.lock) adviseOnSourceBuilds(src.project.lock, i, rt);
  const checked = runChecks(src, i.platforms, i.models, rt.workspace);
  const findings = fingerprintFindings(checked.findings, new SourceFiles(rt.workspace));

  const buildx = await buildxVersion(DOCKER, env);
  let gha: BuildPlan['gha'];
  if (i.cache === 'gha') {
    if (!buildx) rt.info("cache: gha needs buildx; the classic builder uses the engine's local layer cache.");
    // The docker driver (buildx on a plain engine) cannot export a cache; docker/setup-buildx-action's
    // docker-container builder can.
    else if ((await buildxDriver(DOCKER, env)) === 'docker')
      rt.info(
        "cache: gha needs a docker-container buildx builder (docker/setup-buildx-action); the docker driver keeps the engine's layer cache.",
      );
    else if (!ghaCacheAvailable(env))
      rt.info(
        "cache: gha needs the runner's cache service (ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL); not caching.",
      );
    else {
      const { skipped, ...cache } = ghaCache(src.project?.name ?? path.basename(i.workingDirectory), env);
      gha = cache;
      if (skipped) rt.info(`cache: reading the gha cache but not writing it: ${skipped}.`);
    }
  }
  const buildArgs = [...i.buildArgs];
  // A Hugging Face mirror (or a loopback hub in tests) reaches the builder's model download this way.
  if (env.HF_ENDPOINT && !buildArgs.some(([k]) => k === 'HF_ENDPOINT'))
    buildArgs.push(['HF_ENDPOINT', env.HF_ENDPOINT]);
  for (const value of buildArgSecrets(buildArgs)) rt.setSecret(value);
  fs.mkdirSync(rt.tempDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(rt.tempDir, `${ACTION}-`));
  const plan: BuildPlan = {
    builder: buildx ? 'buildx' : 'classic',
    dockerfile: src.file,
    context: i.context,
    tags: i.tags,
    buildArgs,
    platforms: i.platforms,
    push: i.push,
    iidFile: path.join(work, 'iid'),
    network,
    gha,
  };

  let built: Built | undefined;
  let buildError: string | undefined;
  try {
    built = await buildAndProve(DOCKER, plan, i, src, checked.modelsBaked, rt);
  } catch (e) {
    buildError = errorMessage(e);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }

  const failedProofs = built?.proofs.filter((p) => !p.ok && !p.skipped) ?? [];
  const sections: ReportSection[] = [];
  if (built) {
    sections.push(
      sizeSection({
        size: built.info.size,
        budget: i.sizeBudget,
        naive: built.naive,
        buildMs: built.durationMs,
        builder: buildx ? `buildx ${buildx}` : 'classic builder',
      }),
      proofSection(built.proofs),
      layerSection(built.layers),
    );
  } else {
    sections.push(buildFailedSection(buildError ?? ''));
  }
  sections.push(checksSection(findings, checked.applicable), ...checked.sections);

  const failingRules = () => new Set(findings.map((f) => f.rule));
  const verdictOf = (failedChecks: number): Verdict =>
    !built || failedProofs.length > 0 || failedChecks > 0 ? 'fail' : 'pass';
  const headline = (failedChecks: number) =>
    [
      built ? `${formatMB(built.info.size)} image` : 'The build failed',
      built?.naive
        ? `${Math.round((built.info.size / built.naive.size) * 100)}% of the one-stage image`
        : undefined,
      `${plural(failedChecks, 'failed check')}`,
      built ? `${plural(failedProofs.length, 'failed proof')}` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
  const report: Report = {
    action: ACTION,
    title: 'Slim Docker image',
    verdict: verdictOf(failingRules().size),
    headline: headline(failingRules().size),
    findings,
    sections,
  };
  const published = await publishWithInputs(report, rt, i.report, {
    meta: built
      ? {
          image: {
            imageId: built.imageId,
            sizeBytes: built.info.size,
            buildMs: built.durationMs,
            builder: buildx ? 'buildx' : 'classic',
            naive: built.naive ? { sizeBytes: built.naive.size, buildMs: built.naive.durationMs } : undefined,
          },
        }
      : undefined,
  });
  const failedChecks = new Set(published.newFindings.map((f) => f.rule)).size;

  rt.setOutput('image-id', built?.imageId ?? '');
  rt.setOutput('digest', built?.digest ?? '');
  rt.setOutput('size-bytes', built?.info.size ?? 0);
  rt.setOutput('checks-failed', failedChecks);

  const reasons: string[] = [];
  if (buildError) reasons.push(`the build failed: ${buildError}`);
  if (failedChecks > 0)
    reasons.push(
      `${plural(failedChecks, 'check')} failed (${[...new Set(published.newFindings.map((f) => f.rule))].join(', ')})`,
    );
  for (const p of failedProofs) reasons.push(`proof "${p.name}" failed: ${p.detail}`);
  if (reasons.length > 0) throw new Error(`docker-slim-build: ${reasons.join('; ')}.`);
}

export const definition: ActionDefinition<DockerSlimInputs> = {
  name: ACTION,
  command: 'image',
  description: 'Generate or check a Dockerfile, build a slim non-root image and prove it',
  loadInputs,
  main,
};
