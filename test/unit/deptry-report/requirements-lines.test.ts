import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRequirementLines } from '../../../src/actions/deptry-report/requirements-lines.js';

describe('findRequirementLines', () => {
  it('finds each requirement of the fixture requirements.txt on its line', () => {
    const text = fs.readFileSync(
      'test/fixtures/deptry-report/projects/requirements/requirements.txt',
      'utf8',
    );
    expect(findRequirementLines(text).map((r) => `${r.key} ${r.line}:${r.column}`)).toEqual([
      'idna 2:1',
      'requests 3:1',
      'six 5:1',
      'asyncio 6:1',
    ]);
  });

  it('understands comments, options, editables, URLs and continuations', () => {
    const text = [
      '# six is mentioned in a comment',
      '-r base.txt',
      '--index-url https://pypi.example/simple/requests',
      '-c constraints.txt',
      '  Flask_Login >= 0.6 # indented, with a comment',
      '-e git+https://example.com/repo.git#egg=local_pkg',
      'https://example.com/archive/pkg.zip#egg=zipped',
      'pkg-at @ https://example.com/pkg-1.0.whl',
      'multi \\',
      '  >= 1.0 \\',
      '  ; python_version >= "3.8"',
      'after-continuation',
      'hash==1 --hash=sha256:abc',
    ].join('\n');
    expect(findRequirementLines(text).map((r) => `${r.name} ${r.key} ${r.line}:${r.column}`)).toEqual([
      'Flask_Login flask-login 5:3',
      'local_pkg local-pkg 6:1',
      'zipped zipped 7:1',
      'pkg-at pkg-at 8:1',
      'multi multi 9:1',
      'after-continuation after-continuation 12:1',
      'hash hash 13:1',
    ]);
  });
});
