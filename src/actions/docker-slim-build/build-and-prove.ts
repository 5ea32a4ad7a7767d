import * as fs from 'node:fs';
import * as path from 'node:path';
import { execTool } from '../../core/exec.js';
import type { Runtime } from '../../core/runtime.js';
import type { BuildPlan } from './build-args.js';
import {
  buildImage,
  type ImageInfo,
  imageHistory,
  inspectImage,
  type Layer,
  pushedDigest,
  removeImage,
} from './docker.js';
import type { DockerfileSource } from './dockerfile-source.js';
import { naiveDockerfile } from './generate.js';
import type { DockerSlimInputs } from './inputs.js';
import { type Proof, proveBudget, proveOffline, provePyc, proveSmoke, proveUser } from './prove.js';
import { formatMB } from './summary.js';

export interface Built {
  imageId: string;
  info: ImageInfo;
  layers: Layer[];
  digest: string;
  durationMs: number;
  proofs: Proof[];
  naive?: { size: number; durationMs: number; imageId: string };
}

/** Builds (and pushes) the image, then proves what it is: size, layers, user, bytecode, offline, smoke. */
export async function buildAndProve(
  docker: string,
  plan: BuildPlan,
  i: DockerSlimInputs,
  src: DockerfileSource,
  modelsBaked: boolean,
  rt: Runtime,
): Promise<Built> {
  const env = rt.env;
  const label = plan.builder === 'buildx' ? 'buildx' : 'the classic builder (DOCKER_BUILDKIT=0)';
  const built = await rt.group(`Build ${path.basename(plan.dockerfile)} with ${label}`, () =>
    buildImage(docker, plan, env, (l) => rt.info(l)),
  );
  if (plan.push && plan.builder === 'classic') {
    await rt.group('Push', async () => {
      for (const t of plan.tags) {
        await execTool(docker, ['push', t], { env, timeoutMs: 60 * 60_000, onLine: (l) => rt.info(l) });
      }
    });
  }
  // A multi-platform image pushed by buildx is not in the local store: prove what can be proved remotely.
  const local = !(plan.builder === 'buildx' && plan.push && plan.platforms.length > 1);
  const ref = plan.tags[0] ?? built.imageId;
  if (!local) {
    rt.warning(
      'A multi-platform image is pushed, not loaded: size, layers and the proofs need a local image and are skipped.',
    );
    return {
      imageId: built.imageId,
      info: emptyInfo(built.imageId),
      layers: [],
      digest: built.imageId,
      durationMs: built.durationMs,
      proofs: [],
    };
  }
  const info = await inspectImage(docker, built.imageId, env);
  const layers = await imageHistory(docker, built.imageId, env);
  const proofs = await rt.group('Prove the image', async () => {
    const out: Proof[] = [
      await proveUser(docker, ref, env),
      (await provePyc(docker, ref, env)).proof,
      proveOffline(info, modelsBaked),
    ];
    if (i.smokeCommand) out.push(await proveSmoke(docker, ref, i.smokeCommand, env, plan.network));
    const budget = proveBudget(info.size, i.sizeBudget, formatMB);
    if (budget) out.push(budget);
    for (const p of out) rt.info(`${p.skipped ? 'n/a ' : p.ok ? 'pass' : 'FAIL'} ${p.name}: ${p.detail}`);
    return out;
  });
  let naive: Built['naive'];
  if (i.compareNaive) naive = await buildNaive(docker, plan, src, i, rt);
  return {
    imageId: built.imageId,
    info,
    layers,
    digest: plan.push ? pushedDigest(info, plan.tags) : '',
    durationMs: built.durationMs,
    proofs,
    naive,
  };
}

function emptyInfo(id: string): ImageInfo {
  return { id, size: 0, repoDigests: [], env: [], user: '', workingDir: '' };
}

/** The one-stage `pip install .` image on the same base, built only to compare sizes. */
async function buildNaive(
  docker: string,
  plan: BuildPlan,
  src: DockerfileSource,
  i: DockerSlimInputs,
  rt: Runtime,
): Promise<Built['naive']> {
  const base = src.baseImage ?? i.baseImage;
  if (!base) {
    rt.warning(
      "compare-naive: the base image is not known for a user's Dockerfile; set the base-image input.",
    );
    return undefined;
  }
  const dir = path.dirname(plan.iidFile);
  const file = path.join(dir, 'Dockerfile.naive');
  fs.writeFileSync(
    file,
    naiveDockerfile(base, src.projectPath, src.command, [...i.buildPackages, ...i.runtimePackages]),
  );
  const naivePlan: BuildPlan = {
    ...plan,
    dockerfile: file,
    tags: [],
    push: false,
    platforms: [],
    iidFile: path.join(dir, 'naive.iid'),
    gha: undefined,
  };
  const r = await rt.group('Build the one-stage pip install image to compare with', () =>
    buildImage(docker, naivePlan, rt.env, (l) => rt.info(l)),
  );
  const info = await inspectImage(docker, r.imageId, rt.env);
  rt.info(`One-stage image ${r.imageId}: ${formatMB(info.size)}.`);
  // Built only to be measured: it would otherwise stay in the engine as a dangling image of hundreds of MB.
  const notRemoved = await removeImage(docker, r.imageId, rt.env);
  if (notRemoved) rt.warning(`The one-stage comparison image ${r.imageId} was not removed: ${notRemoved}`);
  return { size: info.size, durationMs: r.durationMs, imageId: r.imageId };
}
