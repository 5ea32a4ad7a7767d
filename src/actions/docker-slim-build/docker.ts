import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorMessage } from '../../core/errors.js';
import { execTool } from '../../core/exec.js';
import {
  type Builder,
  type BuildPlan,
  buildArgv,
  buildCredentials,
  buildEnv,
  historyArgv,
  inspectArgv,
} from './build-args.js';

/** The engine's view of an image (the parts `docker image inspect` gives that the proofs read). */
export interface ImageInfo {
  id: string;
  size: number;
  repoDigests: string[];
  env: string[];
  user: string;
  workingDir: string;
}

export interface Layer {
  createdBy: string;
  size: number;
}

const BUILD_TIMEOUT_MS = 60 * 60_000;

/** buildx's version when the plugin is installed, else undefined (the classic builder is used). */
export async function buildxVersion(docker: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    const r = await execTool(docker, ['buildx', 'version'], { env, timeoutMs: 30_000 });
    // "github.com/docker/buildx v0.19.3 <commit>"
    return /\bv?(\d+\.\d+\.\d+\S*)/.exec(r.stdout)?.[1] ?? r.stdout.trim();
  } catch {
    return undefined;
  }
}

/** The driver of the current buildx builder (`docker`, `docker-container`, ...). */
export async function buildxDriver(docker: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    const r = await execTool(docker, ['buildx', 'inspect'], { env, timeoutMs: 30_000 });
    return /^Driver:\s*(\S+)/m.exec(r.stdout)?.[1];
  } catch {
    return undefined;
  }
}

export interface BuildResult {
  imageId: string;
  durationMs: number;
  builder: Builder;
}

/** Builds the plan's image; each output line goes to `onLine`. Throws a ToolError with the tail on failure. */
export async function buildImage(
  docker: string,
  plan: BuildPlan,
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void,
): Promise<BuildResult> {
  fs.mkdirSync(path.dirname(plan.iidFile), { recursive: true });
  fs.rmSync(plan.iidFile, { force: true });
  const r = await execTool(docker, buildArgv(plan), {
    env: buildEnv(env, plan.builder),
    keepCredentials: buildCredentials(plan),
    timeoutMs: BUILD_TIMEOUT_MS,
    maxOutputBytes: 4 * 1024 * 1024,
    onLine,
  });
  const imageId = fs.existsSync(plan.iidFile) ? fs.readFileSync(plan.iidFile, 'utf8').trim() : '';
  if (!imageId) throw new Error(`${r.command} succeeded but wrote no image id to ${plan.iidFile}`);
  return { imageId, durationMs: r.durationMs, builder: plan.builder };
}

export async function inspectImage(
  docker: string,
  image: string,
  env: NodeJS.ProcessEnv,
): Promise<ImageInfo> {
  const r = await execTool(docker, inspectArgv(image), { env, timeoutMs: 60_000 });
  return parseInspect(r.stdout);
}

/** Removes an image this action built for itself (the comparison image); a failure only warns. */
export async function removeImage(
  docker: string,
  image: string,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  try {
    await execTool(docker, ['image', 'rm', image], { env, timeoutMs: 120_000 });
    return undefined;
  } catch (e) {
    return errorMessage(e);
  }
}

export function parseInspect(json: string): ImageInfo {
  const raw = JSON.parse(json) as {
    Id: string;
    Size: number;
    RepoDigests?: string[] | null;
    Config?: { Env?: string[] | null; User?: string; WorkingDir?: string } | null;
  };
  return {
    id: raw.Id,
    size: raw.Size,
    repoDigests: raw.RepoDigests ?? [],
    env: raw.Config?.Env ?? [],
    user: raw.Config?.User ?? '',
    workingDir: raw.Config?.WorkingDir ?? '',
  };
}

export async function imageHistory(docker: string, image: string, env: NodeJS.ProcessEnv): Promise<Layer[]> {
  const r = await execTool(docker, historyArgv(image), { env, timeoutMs: 60_000 });
  return parseHistory(r.stdout);
}

/** `docker history --human=false --format '{{json .}}'`: one JSON object a line, newest layer first. */
export function parseHistory(out: string): Layer[] {
  return out
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => {
      const o = JSON.parse(l) as { CreatedBy?: string; Size?: string | number };
      return { createdBy: o.CreatedBy ?? '', size: Number(o.Size ?? 0) || 0 };
    });
}

/** The digest of the pushed image for one of the tags (`repo@sha256:...` in RepoDigests), else ''. */
export function pushedDigest(info: ImageInfo, tags: readonly string[]): string {
  const repos = new Set(tags.map((t) => t.replace(/(:[\w][\w.-]*)?(@.*)?$/, '')));
  const hit = info.repoDigests.find((d) => repos.has(d.split('@')[0] ?? '')) ?? info.repoDigests[0];
  return hit?.split('@')[1] ?? '';
}
