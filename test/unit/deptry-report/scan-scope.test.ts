import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ProjectInfo, readProject } from '../../../src/actions/deptry-report/project.js';
import {
  DEPTRY_DEFAULT_EXCLUDE,
  describeScope,
  scanScope,
} from '../../../src/actions/deptry-report/scan-scope.js';

const PROJECTS = path.resolve('test/fixtures/deptry-report/projects');
const base = readProject(path.join(PROJECTS, 'pep621'), PROJECTS);
const withConfig = (deptryConfig: Record<string, unknown>): ProjectInfo => ({ ...base, deptryConfig });

describe('scanScope: what deptry scanned, as deptry 0.25 decides it', () => {
  it("deptry's defaults: `.`, its default exclude and the .gitignore", () => {
    expect(scanScope(base)).toEqual({ roots: ['.'], excluded: DEPTRY_DEFAULT_EXCLUDE, gitignore: true });
    expect(describeScope(scanScope(base))).toBe(
      '`.`, excluding `venv`, `.venv`, `.direnv`, `tests`, `.git`, `setup.py`, .gitignored files',
    );
  });

  it('[tool.deptry] exclude replaces the default and turns the .gitignore off; extend_exclude adds', () => {
    const s = scanScope(withConfig({ exclude: ['legacy'], extend_exclude: 'scripts,notebooks' }));
    expect(s).toEqual({ roots: ['.'], excluded: ['legacy', 'scripts', 'notebooks'], gitignore: false });
    expect(describeScope(s)).toBe('`.`, excluding `legacy`, `scripts`, `notebooks`');
    expect(scanScope(withConfig({ extend_exclude: ['gen'] })).excluded).toEqual([
      ...DEPTRY_DEFAULT_EXCLUDE,
      'gen',
    ]);
  });

  it('extra-args: ROOT directories, --exclude and --extend-exclude replace the configuration', () => {
    const s = scanScope(withConfig({ exclude: ['legacy'], extend_exclude: ['x'] }), [
      'src',
      '--exclude=a,b',
      '-ee',
      'c',
      'lib',
    ]);
    expect(s).toEqual({ roots: ['src', 'lib'], excluded: ['a', 'b', 'c'], gitignore: false });
    expect(describeScope(s)).toBe('`src`, `lib`, excluding `a`, `b`, `c`');
  });
});
