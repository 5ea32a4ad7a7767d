import { describe, expect, it } from 'vitest';
import { projectVenv, runnerDirs, venvBinDir, venvPython } from '../../../src/core/venv-paths.js';

describe('setup-uv-cached paths per platform', () => {
  it('Linux', () => {
    expect(venvBinDir('/home/runner/work/p/p/.venv', 'linux')).toBe('/home/runner/work/p/p/.venv/bin');
    expect(venvPython('/w/.venv', 'linux')).toBe('/w/.venv/bin/python');
    expect(projectVenv('/w/proj', {}, 'linux')).toBe('/w/proj/.venv');
    expect(runnerDirs({}, '/home/runner/work/_temp', '/opt/hostedtoolcache', 'linux')).toEqual({
      uvCache: '/home/runner/work/_temp/setup-uv-cache',
      pythonInstall: '/opt/hostedtoolcache/uv-python',
    });
  });
  it('macOS', () => {
    expect(venvPython('/Users/runner/work/p/p/.venv', 'darwin')).toBe(
      '/Users/runner/work/p/p/.venv/bin/python',
    );
    expect(
      runnerDirs({}, '/Users/runner/work/_temp', '/Users/runner/hostedtoolcache', 'darwin').uvCache,
    ).toBe('/Users/runner/work/_temp/setup-uv-cache');
  });
  it('Windows', () => {
    expect(venvBinDir('D:\\a\\p\\p\\.venv', 'win32')).toBe('D:\\a\\p\\p\\.venv\\Scripts');
    expect(venvPython('D:\\a\\p\\p\\.venv', 'win32')).toBe('D:\\a\\p\\p\\.venv\\Scripts\\python.exe');
    expect(projectVenv('D:\\a\\p\\p', { UV_PROJECT_ENVIRONMENT: 'env' }, 'win32')).toBe('D:\\a\\p\\p\\env');
    expect(runnerDirs({}, 'D:\\a\\_temp', 'C:\\hostedtoolcache\\windows', 'win32')).toEqual({
      uvCache: 'D:\\a\\_temp\\setup-uv-cache',
      pythonInstall: 'C:\\hostedtoolcache\\windows\\uv-python',
    });
  });
  it('lets the user set the directories', () => {
    expect(runnerDirs({ UV_CACHE_DIR: '/c', UV_PYTHON_INSTALL_DIR: '/p' }, '/t', '/tc', 'linux')).toEqual({
      uvCache: '/c',
      pythonInstall: '/p',
    });
  });
});
