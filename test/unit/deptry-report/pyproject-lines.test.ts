import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { findDependencyDeclarations, requirementName } from '../../../src/core/pyproject-lines.js';
import { scanToml } from '../../../src/core/toml-scan.js';

const PROJECTS = path.resolve('test/fixtures/deptry-report/projects');
const read = (p: string) => fs.readFileSync(path.join(PROJECTS, p, 'pyproject.toml'), 'utf8');
/** 1-based number of the only line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const hits = text.split('\n').flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  expect(hits, needle).toHaveLength(1);
  return hits[0] as number;
}
const summary = (text: string) =>
  findDependencyDeclarations(text).map((d) => `${d.section} ${d.name} ${d.line}:${d.column}`);

describe('findDependencyDeclarations on the fixture projects', () => {
  it('PEP 621 with dependency groups: comments, brackets and # in strings, extras, include-group', () => {
    const text = read('pep621');
    const decls = findDependencyDeclarations(text);
    expect(decls.map((d) => [d.section, d.name, d.line, d.table])).toEqual([
      ['dependencies', 'idna', lineOf(text, '"idna>=3.4"'), '[project].dependencies'],
      ['dependencies', 'requests', lineOf(text, '"requests[socks]'), '[project].dependencies'],
      ['dependencies', 'six', lineOf(text, "'six>=1.16'"), '[project].dependencies'],
      ['dependencies', 'asyncio', lineOf(text, '"asyncio=='), '[project].dependencies'],
      [
        'optional-dependencies.color',
        'colorama',
        lineOf(text, 'colorama'),
        '[project.optional-dependencies].color',
      ],
      ['dependency-groups.dev', 'packaging', lineOf(text, 'packaging'), '[dependency-groups].dev'],
      ['dependency-groups.lint', 'iniconfig', lineOf(text, 'iniconfig'), '[dependency-groups].lint'],
    ]);
    // The column is the opening quote's.
    expect(decls[2]?.column).toBe(5);
  });

  it('uv dev-dependencies', () => {
    const text = read('uv-dev');
    expect(summary(text)).toEqual([
      `dependencies attrs ${lineOf(text, 'attrs')}:17`,
      `dependencies idna ${lineOf(text, 'attrs')}:30`,
      `tool.uv.dev-dependencies packaging ${lineOf(text, '"packaging')}:3`,
      `tool.uv.dev-dependencies iniconfig ${lineOf(text, 'iniconfig')}:3`,
      `tool.uv.dev-dependencies deptry ${lineOf(text, '"deptry==')}:3`,
    ]);
  });

  it('Poetry: plain keys, quoted keys with inline tables, sub-tables, groups; python is not a dependency', () => {
    const text = read('poetry');
    expect(summary(text)).toEqual([
      `tool.poetry.dependencies idna ${lineOf(text, 'idna =')}:1`,
      `tool.poetry.dependencies six ${lineOf(text, '"six"')}:1`,
      `tool.poetry.dependencies attrs ${lineOf(text, '[tool.poetry.dependencies.attrs]')}:2`,
      `tool.poetry.group.dev.dependencies packaging ${lineOf(text, 'packaging =')}:1`,
    ]);
  });
});

describe('findDependencyDeclarations on TOML spellings', () => {
  it('reads dotted keys, inline tables, quoted keys, literal and multi-line strings', () => {
    const text = [
      'project.name = "x"', // 1
      'project.dependencies = [', // 2
      '  """multi', // 3
      'line""",', // 4: a multi-line string is not a requirement name line by line
      "  '''httpx >= 0.27''',", // 5
      '  "rich\\u005b...", [ "nested-array-string" ],', // 6: escapes decoded; nested arrays are not ours
      ']',
      '[project.optional-dependencies]',
      '"docs" = ["mkdocs"]', // 9: quoted key
      'tests = { } ',
      '[ "dependency-groups" ]', // 11: quoted header with spaces
      'typing = [ # comment with a "fake" ] bracket',
      '  "mypy>=1", # "not-this"',
      ']',
      '[tool . poetry . group . "dev" . dependencies]', // 15
      'pytest = { version = "^8", extras = ["testing"] }',
      'pytest-cov.version = "^5"', // 17: a dotted key declares pytest-cov once
      'pytest-cov.optional = true',
    ].join('\n');
    expect(summary(text)).toEqual([
      'dependencies multi 3:3',
      'dependencies httpx 5:3',
      'dependencies rich 6:3',
      'optional-dependencies.docs mkdocs 9:11',
      'dependency-groups.typing mypy 13:3',
      'tool.poetry.group.dev.dependencies pytest 16:1',
      'tool.poetry.group.dev.dependencies pytest-cov 17:1',
    ]);
  });

  it('ignores other tables and arrays of the same names, and array-of-tables headers', () => {
    const text = [
      '[[tool.other]]',
      'dependencies = ["not-ours"]',
      '[project]',
      'keywords = ["requests"]',
      'urls = { dependencies = "https://example.com/#deps" }',
      'dependencies = ["idna"]',
      '[tool.uv]',
      'constraint-dependencies = ["urllib3<3"]',
      '[tool.poetry]',
      'name = "x"',
      '[tool.poetry.extras]',
      'socks = ["pysocks"]',
    ].join('\n');
    expect(summary(text)).toEqual(['dependencies idna 6:17']);
  });

  it('reads past dates with a space, trailing commas in inline tables and empty values', () => {
    const text = [
      '[project]',
      'released = 1979-05-27 07:32:00Z',
      'authors = [{ name = "A", email = "a@example.com", },]',
      'classifiers = []',
      'dependencies = ["idna", ]',
    ].join('\n');
    expect(summary(text)).toEqual(['dependencies idna 5:17']);
    expect(scanToml(text).error).toBeUndefined();
  });

  it('handles CRLF line endings and a byte-order mark', () => {
    const text = '\uFEFF[project]\r\ndependencies = [\r\n  "idna",\r\n]\r\n';
    expect(summary(text)).toEqual(['dependencies idna 3:3']);
  });

  it('keeps the declarations before a syntax error and reports the error', () => {
    const text = '[project]\ndependencies = ["idna"]\n[broken\n';
    expect(summary(text)).toEqual(['dependencies idna 2:17']);
    expect(scanToml(text).error).toMatch(/line 3/);
  });

  it('agrees with a real TOML parser on which strings each dependency array holds', () => {
    for (const p of ['pep621', 'uv-dev', 'src-layout', 'namespace']) {
      const text = read(p);
      const doc = parse(text) as { project: { dependencies: string[] } };
      const names = doc.project.dependencies.map((s) => requirementName(s));
      expect(
        findDependencyDeclarations(text)
          .filter((d) => d.section === 'dependencies')
          .map((d) => d.name),
        p,
      ).toEqual(names);
    }
  });
});

describe('requirementName', () => {
  it('takes the PEP 508 name before extras, versions, markers and URLs', () => {
    expect(requirementName('Requests[socks] >=2 ; python_version >= "3.8"')).toBe('Requests');
    expect(requirementName('zope.interface>=5')).toBe('zope.interface');
    expect(requirementName('pkg @ https://example.com/pkg.whl')).toBe('pkg');
    expect(requirementName('  # nothing')).toBeUndefined();
  });
});
