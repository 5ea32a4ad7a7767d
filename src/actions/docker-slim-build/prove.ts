import { ToolError } from '../../core/errors.js';
import { execTool, lastLines } from '../../core/exec.js';
import { runArgv } from './build-args.js';
import type { ImageInfo } from './docker.js';

/** One proof about the built image: what was observed and whether it is what a production image needs. */
export interface Proof {
  name: string;
  ok: boolean;
  /** Not applicable (e.g. offline variables in an image without models): shown, never a failure. */
  skipped?: boolean;
  detail: string;
}

export interface PycCount {
  root: string;
  total: number;
  compiled: number;
  missing: string[];
}

// Run with the image's own python3: counts .py files and their cached .pyc under site-packages and the
// working directory (the app), each file once.
const PYC_SCRIPT = `
import importlib.util, json, os, sysconfig
paths = sysconfig.get_paths()
roots = sorted({os.path.realpath(p) for p in (paths["purelib"], paths["platlib"]) if os.path.isdir(p)})
wd = os.path.realpath(os.getcwd())
seen = set()
out = []
for root in roots + ([wd] if wd != "/" else []):
    n = {"root": root, "total": 0, "compiled": 0, "missing": []}
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x != "__pycache__"]
        for f in files:
            p = os.path.realpath(os.path.join(d, f))
            if not f.endswith(".py") or p in seen:
                continue
            seen.add(p)
            n["total"] += 1
            if os.path.exists(importlib.util.cache_from_source(p)):
                n["compiled"] += 1
            elif len(n["missing"]) < 3:
                n["missing"].append(p)
    out.append(n)
print(json.dumps(out))
`;

const PROOF_TIMEOUT_MS = 120_000;
export const SMOKE_TIMEOUT_MS = 10 * 60_000;
// A few packages ship files that are not valid Python 3 (templates, tests): they never compile.
const MIN_COMPILED = 0.9;

export async function proveUser(docker: string, image: string, env: NodeJS.ProcessEnv): Promise<Proof> {
  try {
    const r = await execTool(docker, runArgv(image, { entrypoint: 'id', args: ['-u'] }), {
      env,
      timeoutMs: PROOF_TIMEOUT_MS,
    });
    const uid = r.stdout.trim();
    return {
      name: 'runs as non-root',
      ok: uid !== '0' && /^\d+$/.test(uid),
      detail: `id -u in the container: ${uid}`,
    };
  } catch (e) {
    return {
      name: 'runs as non-root',
      ok: false,
      detail: `could not run id -u in the image: ${(e as Error).message}`,
    };
  }
}

export async function provePyc(
  docker: string,
  image: string,
  env: NodeJS.ProcessEnv,
): Promise<{ proof: Proof; counts: PycCount[] }> {
  const name = 'bytecode compiled';
  try {
    const r = await execTool(docker, runArgv(image, { entrypoint: 'python3', args: ['-c', PYC_SCRIPT] }), {
      env,
      timeoutMs: PROOF_TIMEOUT_MS,
    });
    const counts = JSON.parse(r.stdout.trim().split('\n').pop() ?? '[]') as PycCount[];
    const measured = counts.filter((c) => c.total > 0);
    const bad = measured.filter((c) => c.compiled / c.total < MIN_COMPILED);
    const detail = measured
      .map((c) => `${c.root}: ${c.compiled}/${c.total} .py files have a .pyc`)
      .join('; ');
    if (measured.length === 0)
      return {
        proof: { name, ok: false, detail: 'no .py files found in site-packages or the working directory' },
        counts,
      };
    return { proof: { name, ok: bad.length === 0, detail }, counts };
  } catch (e) {
    return {
      proof: { name, ok: false, detail: `could not run python3 in the image: ${(e as Error).message}` },
      counts: [],
    };
  }
}

export const OFFLINE_VARS = ['HF_HUB_OFFLINE', 'TRANSFORMERS_OFFLINE'] as const;

/** The offline variables in the image's config; required when models were baked in. */
export function proveOffline(info: ImageInfo, modelsBaked: boolean): Proof {
  const env = new Map(info.env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  const set = OFFLINE_VARS.filter((n) => /^(1|true|yes|on)$/i.test(env.get(n) ?? ''));
  const detail = OFFLINE_VARS.map((n) => `${n}=${env.get(n) ?? '(unset)'}`).join(', ');
  if (!modelsBaked)
    return {
      name: 'hubs offline',
      ok: true,
      skipped: set.length === 0,
      detail: `${detail} (no models baked in)`,
    };
  return { name: 'hubs offline', ok: set.length === OFFLINE_VARS.length, detail };
}

export async function proveSmoke(
  docker: string,
  image: string,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  network?: string,
): Promise<Proof> {
  const name = 'smoke command';
  try {
    const r = await execTool(docker, runArgv(image, { network: network ?? 'default', args: [...argv] }), {
      env,
      timeoutMs: SMOKE_TIMEOUT_MS,
    });
    return { name, ok: true, detail: `\`${argv.join(' ')}\` exited 0 in ${r.durationMs} ms` };
  } catch (e) {
    const code = e instanceof ToolError ? e.exitCode : null;
    const tail = e instanceof ToolError ? lastLines(e.tail, 15) : (e as Error).message;
    return {
      name,
      ok: false,
      detail: `\`${argv.join(' ')}\` exited ${code ?? 'abnormally'}; last output:\n${tail}`,
    };
  }
}

export function proveBudget(
  size: number,
  budget: number | undefined,
  fmt: (n: number) => string,
): Proof | undefined {
  if (budget === undefined) return undefined;
  return {
    name: 'size budget',
    ok: size <= budget,
    detail: `${fmt(size)} of ${fmt(budget)} (${Math.round((size / budget) * 100)}%)`,
  };
}
