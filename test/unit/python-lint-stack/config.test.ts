import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findToolConfig, iniSections, searchDirs } from '../../../src/actions/python-lint-stack/config.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-config-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(root, 'p-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('findToolConfig', () => {
  it('finds nothing in a project without tool configuration', () => {
    const dir = project({
      'pyproject.toml': '[project]\nname = "x"\n',
      'setup.cfg': '[metadata]\nname = x\n',
    });
    for (const tool of ['ruff', 'flake8', 'pylint', 'isort', 'autoflake', 'mypy', 'autopep8'] as const) {
      expect(findToolConfig(tool, dir, dir), tool).toBeUndefined();
    }
  });

  it('reads pyproject.toml tables and their keys', () => {
    const dir = project({
      'pyproject.toml':
        '[tool.ruff]\nline-length = 100\n\n[tool.pylint.format]\nmax_line_length = 100\n[tool.isort]\nprofile = "black"\n',
    });
    expect(findToolConfig('ruff', dir, dir)).toEqual({
      file: path.join(dir, 'pyproject.toml'),
      keys: ['line-length'],
    });
    expect(findToolConfig('ruff-format', dir, dir)?.file).toBe(path.join(dir, 'pyproject.toml'));
    expect(findToolConfig('pylint', dir, dir)?.keys).toEqual(['format']);
    expect(findToolConfig('isort', dir, dir)?.keys).toEqual(['profile']);
    expect(findToolConfig('mypy', dir, dir)).toBeUndefined();
  });

  it('reads INI sections: [flake8] in setup.cfg, tox.ini or .flake8, [pylint.*], [tool:isort]', () => {
    const dir = project({
      'tox.ini': '[tox]\nenvlist = py3\n\n[flake8]\nmax_complexity = 12\nextend-ignore =\n    E203\n',
      'setup.cfg': '[pylint.MESSAGES CONTROL]\ndisable = C0114\n[tool:isort]\nline_length = 100\n',
    });
    expect(findToolConfig('flake8', dir, dir)).toEqual({
      file: path.join(dir, 'tox.ini'),
      keys: ['max-complexity', 'extend-ignore'],
    });
    expect(findToolConfig('pylint', dir, dir)?.file).toBe(path.join(dir, 'setup.cfg'));
    expect(findToolConfig('isort', dir, dir)?.keys).toEqual(['line-length']);
    // autopep8 reads flake8's section too.
    expect(findToolConfig('autopep8', dir, dir)?.file).toBe(path.join(dir, 'tox.ini'));
  });

  it("takes a tool's own file whatever it holds, and searches parent directories up to the workspace", () => {
    const dir = project({
      '.pylintrc': '[MAIN]\njobs = 2\n',
      'mypy.ini': '[mypy]\nstrict = True\n',
      'svc/app.py': '',
    });
    const svc = path.join(dir, 'svc');
    expect(findToolConfig('pylint', svc, dir)).toEqual({ file: path.join(dir, '.pylintrc'), keys: ['jobs'] });
    expect(findToolConfig('mypy', svc, dir)?.keys).toEqual(['strict']);
    // Not above the workspace.
    expect(findToolConfig('pylint', svc, svc)).toBeUndefined();
  });

  it('ignores a broken pyproject.toml (the tool itself reports it)', () => {
    const dir = project({ 'pyproject.toml': '[tool.ruff\nline-length = ' });
    expect(findToolConfig('ruff', dir, dir)).toBeUndefined();
  });
});

describe('helpers', () => {
  it('iniSections lower-cases section names and normalises keys', () => {
    expect([...iniSections('[Flake8]\nMax_Line_Length: 100\n  continued\n# comment\n')]).toEqual([
      ['flake8', ['max-line-length']],
    ]);
  });

  it('searchDirs stops at the root and stays put outside it', () => {
    expect(searchDirs('/a/b/c', '/a')).toEqual(['/a/b/c', '/a/b', '/a']);
    expect(searchDirs('/x/y', '/a')).toEqual(['/x/y']);
  });
});
