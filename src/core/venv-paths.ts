import * as fs from 'node:fs';
import * as path from 'node:path';

type Os = 'linux' | 'darwin' | 'win32';

function lib(os: Os): typeof path.posix {
  return os === 'win32' ? path.win32 : path.posix;
}

/** Where a virtual environment keeps its executables: `bin` on POSIX, `Scripts` on Windows. */
export function venvBinDir(venv: string, os: Os = process.platform as Os): string {
  return lib(os).join(venv, os === 'win32' ? 'Scripts' : 'bin');
}

export function venvPython(venv: string, os: Os = process.platform as Os): string {
  return lib(os).join(venvBinDir(venv, os), os === 'win32' ? 'python.exe' : 'python');
}

/**
 * The environment `uv sync` uses: UV_PROJECT_ENVIRONMENT (relative to the workspace root) or `.venv` there.
 * `root` is the uv workspace root (uv-project.ts finds it), which for a lone project is its own directory.
 */
export function projectVenv(root: string, env: NodeJS.ProcessEnv, os: Os = process.platform as Os): string {
  const p = lib(os);
  const custom = env.UV_PROJECT_ENVIRONMENT;
  return custom ? p.resolve(root, custom) : p.join(root, '.venv');
}

/**
 * Cache locations on a runner: uv's cache under RUNNER_TEMP (wiped with the job, so the cache service is
 * what carries it), and uv-managed Pythons under the tool cache (kept on self-hosted runners).
 * UV_CACHE_DIR / UV_PYTHON_INSTALL_DIR set by the user win.
 */
export function runnerDirs(
  env: NodeJS.ProcessEnv,
  tempDir: string,
  toolCacheDir: string,
  os: Os = process.platform as Os,
): { uvCache: string; pythonInstall: string } {
  const p = lib(os);
  return {
    uvCache: env.UV_CACHE_DIR || p.join(tempDir, 'setup-uv-cache'),
    pythonInstall: env.UV_PYTHON_INSTALL_DIR || p.join(toolCacheDir, 'uv-python'),
  };
}

/** Counts installed distributions (`*.dist-info`) in a venv's site-packages; 0 when there is none. */
export function countInstalled(venv: string, os: Os = process.platform as Os): number {
  const dirs: string[] = [];
  if (os === 'win32') dirs.push(path.join(venv, 'Lib', 'site-packages'));
  else {
    const libDir = path.join(venv, 'lib');
    if (fs.existsSync(libDir)) {
      for (const d of fs.readdirSync(libDir))
        if (d.startsWith('python')) dirs.push(path.join(libDir, d, 'site-packages'));
    }
  }
  let n = 0;
  for (const d of dirs) {
    if (!fs.existsSync(d)) continue;
    for (const e of fs.readdirSync(d)) if (e.endsWith('.dist-info')) n++;
  }
  return n;
}
