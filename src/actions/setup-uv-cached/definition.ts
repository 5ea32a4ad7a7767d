import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ActionDefinition } from '../../core/action.js';
import { restoreCache, saveCache } from '../../core/cache.js';
import { execTool } from '../../core/exec.js';
import type { Runtime } from '../../core/runtime.js';
import { locateUvProjectLeniently } from '../../core/uv-project.js';
import { projectVenv, runnerDirs, venvBinDir, venvPython } from '../../core/venv-paths.js';
import { newestVersion } from '../../provision/checksum.js';
import { provisionTool } from '../../provision/provision.js';
import { uvFromPyPI } from '../../provision/pypi-wheel.js';
import { uvSpec } from '../../provision/tools/uv.js';
import { type CacheState, planCaches } from './caches.js';
import { loadInputs, type SetupUvInputs } from './inputs.js';
import { renderSummary } from './summary.js';
import { type SyncStats, uvSync } from './sync.js';
import { resolvePythonRequest, resolveUvVersion } from './versions.js';

const STATE = 'setup-uv-cached';

interface SavedState {
  uv: string;
  uvCacheDir: string;
  caches: CacheState[];
  prune: boolean;
}

function cachingEnabled(i: SetupUvInputs, rt: Runtime): boolean {
  if (i.enableCache === 'false' || rt.kind === 'local') return false;
  if (i.enableCache === 'true') return true;
  // auto: self-hosted runners keep their disks, so uv's own cache stays warm without the service.
  return rt.env.RUNNER_ENVIRONMENT !== 'self-hosted';
}

async function main(i: SetupUvInputs, rt: Runtime): Promise<void> {
  if (!fs.existsSync(i.workingDirectory)) {
    throw new Error(`Input 'working-directory' names ${i.workingDirectory}, which does not exist`);
  }
  const env = rt.env;
  const table = uvSpec.checksums;
  const uvVersion = resolveUvVersion(i, Object.keys(table), newestVersion(table));
  const python = resolvePythonRequest(i.pythonVersion, i.workingDirectory);
  const caching = cachingEnabled(i, rt);

  // Environment for every uv call from here on, and for later steps when running on the runner.
  const setEnv = (name: string, value: string) => {
    env[name] = value;
    if (rt.kind === 'github') rt.exportVariable(name, value);
  };
  const dirs = runnerDirs(env, rt.runnerTempDir, rt.toolCacheDir);
  if (caching) {
    setEnv('UV_CACHE_DIR', dirs.uvCache);
    if (i.cachePython) setEnv('UV_PYTHON_INSTALL_DIR', dirs.pythonInstall);
  }
  if (python) setEnv('UV_PYTHON', python.value);
  // The environment `uv sync` fills: in a uv workspace the root's (or UV_PROJECT_ENVIRONMENT's), not the member's.
  const project = locateUvProjectLeniently(i.workingDirectory, env, { ceiling: rt.workspace });
  const venv = project?.environment ?? projectVenv(i.workingDirectory, env);

  const plans = caching
    ? await planCaches({
        workspace: rt.workspace,
        projectDir: project?.projectDir ?? i.workingDirectory,
        lockRoot: project?.root ?? i.workingDirectory,
        dependencyGlobs: i.cacheDependencyGlob,
        pythonRequest: python?.value ?? '',
        uvVersion: uvVersion.value,
        syncArgs: i.syncArgs,
        suffix: i.cacheSuffix,
        dirs: { uvCache: dirs.uvCache, venv, pythonInstall: dirs.pythonInstall },
        enabled: { uvCache: true, venv: i.cacheVenv && i.sync, python: i.cachePython },
      })
    : [];

  // uv and the three caches are independent: fetch them at the same time.
  const [uv, ...restored] = await Promise.all([
    provisionTool(uvSpec, {
      version: uvVersion.value,
      runtime: rt,
      mirror: i.mirror,
      checksum: i.checksum,
      toolSource: i.toolSource,
      // GitHub unreachable (proxies, air-gapped runners): the same binaries from PyPI's uv wheel, checked
      // against the https index's digest. Never used after a checksum mismatch, nor with mirror or checksum.
      fallback: uvFromPyPI(),
    }),
    ...plans.map((p) => restoreCache(rt, p.paths, p.key, p.restoreKeys)),
  ]);
  const caches: CacheState[] = plans.map((p, n) => ({ ...p, restore: restored[n] }));
  const uvBin = uv.bin('uv');
  rt.addPath(uv.dir);

  let stats: SyncStats | undefined;
  if (i.sync) {
    stats = await rt.group(`uv sync ${i.syncArgs.join(' ')}`, () =>
      uvSync(uvBin, i.syncArgs, i.workingDirectory, env, (line) => rt.info(line)),
    );
  }
  const pythonPath = await findPython(uvBin, i, env, venv);
  const pythonVersion = (
    await execTool(pythonPath, ['-c', 'import platform; print(platform.python_version())'], { env })
  ).stdout.trim();

  if (i.sync && i.activateEnvironment && fs.existsSync(venv)) {
    setEnv('VIRTUAL_ENV', venv);
    rt.addPath(venvBinDir(venv));
  }

  const hit = (name: string) => caches.find((c) => c.name === name)?.restore?.hit === 'exact';
  rt.setOutput('uv-version', uv.version);
  rt.setOutput('uv-path', uvBin);
  rt.setOutput('python-version', pythonVersion);
  rt.setOutput('python-path', pythonPath);
  rt.setOutput('venv', i.sync ? venv : '');
  rt.setOutput('cache-hit', hit('uv-cache'));
  rt.setOutput('venv-cache-hit', hit('venv'));
  rt.setOutput('python-cache-hit', hit('python'));
  rt.setOutput('cache-key', caches.find((c) => c.name === 'uv-cache')?.key ?? '');

  const state: SavedState = { uv: uvBin, uvCacheDir: dirs.uvCache, caches, prune: i.pruneCache };
  rt.saveState(STATE, JSON.stringify(state));
  await rt.appendSummary(
    renderSummary({
      uv,
      uvFrom: uvVersion.from,
      python: { version: pythonVersion, path: pythonPath, from: python?.from },
      caches,
      caching,
      sync: stats,
      venv,
      projectDir: i.workingDirectory,
      ...(project ? { project } : {}),
      workspace: rt.workspace,
    }),
  );
}

/** The interpreter of the synced venv, else the one uv would use for this project. */
async function findPython(
  uv: string,
  i: SetupUvInputs,
  env: NodeJS.ProcessEnv,
  venv: string,
): Promise<string> {
  const inVenv = venvPython(venv);
  if (i.sync && fs.existsSync(inVenv)) return inVenv;
  const r = await execTool(uv, ['python', 'find'], { cwd: i.workingDirectory, env });
  return r.stdout.trim();
}

/** Post: prune uv's cache, then save each cache whose exact key was not restored. */
async function post(_i: SetupUvInputs, rt: Runtime): Promise<void> {
  const raw = rt.getState(STATE);
  if (!raw) return; // main did not get as far as the caches
  const state = JSON.parse(raw) as SavedState;
  for (const c of state.caches) {
    if (c.restore?.hit === 'exact') {
      rt.info(`Cache ${c.name}: exact hit on ${c.key}, nothing to save.`);
      continue;
    }
    if (c.restore?.unavailable) {
      rt.info(`Cache ${c.name}: not saved, the cache service was unavailable at restore.`);
      continue;
    }
    if (c.name === 'uv-cache' && state.prune && fs.existsSync(state.uvCacheDir)) {
      // --ci keeps what is expensive to build (wheels built from source) and drops what is quick to download again.
      await execTool(state.uv, ['cache', 'prune', '--ci'], { env: rt.env }).catch((e: Error) =>
        rt.warning(`uv cache prune --ci failed, saving the cache unpruned: ${e.message}`),
      );
    }
    const paths = c.paths.filter((p) => fs.existsSync(p) && fs.readdirSync(p).length > 0);
    if (paths.length === 0) {
      rt.info(
        `Cache ${c.name}: ${c.paths.map((p) => path.basename(p)).join(', ')} is empty or absent, nothing to save.`,
      );
      continue;
    }
    const r = await saveCache(rt, paths, c.key);
    rt.info(
      r.saved
        ? `Cache ${c.name}: saved ${c.key} (${r.sizeBytes} bytes, ${r.durationMs} ms).`
        : `Cache ${c.name}: ${r.skipped}.`,
    );
  }
}

export const definition: ActionDefinition<SetupUvInputs> = {
  name: 'setup-uv-cached',
  command: 'setup-uv',
  description: 'Install uv and Python, sync the project, cache uv, the venv and Python',
  loadInputs,
  main,
  post,
};
