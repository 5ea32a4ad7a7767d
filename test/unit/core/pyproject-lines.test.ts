import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDependencyLines } from '../../../src/core/pyproject-lines.js';

const FIXTURE = path.join(import.meta.dirname, '../../fixtures/license-gate');

describe('dependency declaration lines in pyproject.toml', () => {
  it('finds each direct dependency of the fixture project with its section', () => {
    const text = fs.readFileSync(path.join(FIXTURE, 'project/pyproject.toml'), 'utf8');
    const lines = findDependencyLines(text);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(lines.get('django-cron')).toEqual({ line: lineOf('"django-cron=='), section: 'dependencies' });
    expect(lines.get('unidecode')).toEqual({ line: lineOf('"unidecode=='), section: 'dependencies' });
    expect(lines.get('colorama')).toEqual({
      line: lineOf('"colorama=='),
      section: 'optional-dependencies.color',
    });
    expect(lines.get('pylint')).toEqual({ line: lineOf('"pylint>='), section: 'dependency-groups.dev' });
    expect(lines.get('pytest')).toEqual({ line: lineOf('"pytest>='), section: 'dependency-groups.test' });
    expect(lines.size).toBe(11);
  });

  it('reads tool.uv dev-dependencies, one-line arrays and extras, and skips other arrays and include-group', () => {
    const text = [
      '[project]',
      'name = "x"',
      'keywords = ["requests"]',
      'dependencies = ["Requests[socks]>=2 ; python_version >= \'3.8\'", "idna"]',
      '[tool.uv]',
      'dev-dependencies = [',
      '  # "commented-out",',
      "  'ruff',",
      ']',
      '[dependency-groups]',
      'lint = [{ include-group = "dev" }, "mypy"]',
      '[tool.other]',
      'dependencies = ["not-ours"]',
    ].join('\n');
    expect(Object.fromEntries(findDependencyLines(text))).toEqual({
      requests: { line: 4, section: 'dependencies' },
      idna: { line: 4, section: 'dependencies' },
      ruff: { line: 8, section: 'tool.uv.dev-dependencies' },
      mypy: { line: 11, section: 'dependency-groups.lint' },
    });
  });
});
