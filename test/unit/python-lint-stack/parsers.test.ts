// Every parser on the output the real tools wrote for the `violations` fixture (capture.sh).
import { describe, expect, it } from 'vitest';
import {
  OutputError,
  parseMypy,
  parsePylint,
  parseRuff,
} from '../../../src/actions/python-lint-stack/parse-json.js';
import {
  autoflakeRule,
  flake8HelpUri,
  parseAutoflake,
  parseFlake8,
  parseHunks,
} from '../../../src/actions/python-lint-stack/parse-text.js';
import { CTX, output, VIOLATIONS } from './outputs.js';

const at = (f: { file?: string; line?: number; column?: number }) => `${f.file}:${f.line}:${f.column ?? ''}`;

describe('ruff --output-format json', () => {
  const findings = parseRuff(output('ruff.json'), CTX);

  it('reads every diagnostic with its repository path, 1-based position, rule and docs URL', () => {
    expect(findings).toHaveLength(6);
    const f401 = findings.filter((f) => f.rule === 'F401');
    expect(f401.map(at)).toEqual(['app/imports.py:2:8', 'app/imports.py:3:8']);
    expect(f401[0]).toMatchObject({
      tool: 'ruff',
      severity: 'error',
      message: '`sys` imported but unused',
      endLine: 2,
      endColumn: 11,
      helpUri: 'https://docs.astral.sh/ruff/rules/unused-import',
      data: { name: 'unused-import' },
    });
    expect(findings.map((f) => f.rule).sort()).toEqual(['F401', 'F401', 'F601', 'F821', 'F841', 'I001']);
  });

  it('treats an empty output as no findings and anything else as unreadable', () => {
    expect(parseRuff('', CTX)).toEqual([]);
    expect(() => parseRuff('error: something', CTX)).toThrow(OutputError);
    expect(() => parseRuff('{"a": 1}', CTX)).toThrow(/expected a JSON array/);
  });
});

describe('pylint --output-format=json2', () => {
  const findings = parsePylint(output('pylint.json'), CTX);

  it('reads messages with 1-based columns, the symbol and the message docs page', () => {
    expect(findings).toHaveLength(9);
    const unused = findings.find((f) => f.rule === 'W0611');
    expect(unused).toMatchObject({
      tool: 'pylint',
      severity: 'error',
      message: 'Unused import sys (unused-import)',
      file: 'app/imports.py',
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 11,
      helpUri: 'https://pylint.readthedocs.io/en/stable/user_guide/messages/warning/unused-import.html',
      data: { symbol: 'unused-import', category: 'warning' },
    });
  });

  it('maps categories to severities: refactor and convention are warnings', () => {
    const sev = Object.fromEntries(findings.map((f) => [f.rule, f.severity]));
    expect(sev).toMatchObject({ E0602: 'error', W0612: 'error', R0911: 'warning', R1705: 'warning' });
  });

  it('moves duplicate-code to the first copy and cyclic-import to the first module of the cycle', () => {
    // pylint itself puts both on line 1 of the last module it checked (app/imports.py).
    const dup = findings.find((f) => f.rule === 'R0801');
    expect(dup).toMatchObject({ file: 'app/cycle_a.py', line: 7, endLine: 11 });
    expect(dup?.message).toBe(
      'Similar lines in 2 files: app.cycle_a:7-11, app.cycle_b:9-13 (duplicate-code)',
    );
    const cycle = findings.find((f) => f.rule === 'R0401');
    expect(cycle).toMatchObject({
      file: 'app/cycle_a.py',
      message: 'Cyclic import (app.cycle_a -> app.cycle_b) (cyclic-import)',
    });
    expect(cycle?.line).toBeUndefined();
  });

  it('puts a cycle that starts at a package without messages of its own on its __init__.py', () => {
    // A pull request's lint does not check app/__init__.py: no message names the module `app`.
    const data = JSON.parse(output('pylint.json')) as { messages: { symbol: string; message: string }[] };
    const cycle = data.messages.find((m) => m.symbol === 'cyclic-import');
    if (!cycle) throw new Error('the captured output has no cyclic-import');
    cycle.message = 'Cyclic import (app -> app.cycle_a)';
    const onDisk = { cwd: VIOLATIONS, workspace: VIOLATIONS };
    const moved = parsePylint(JSON.stringify(data), onDisk).find((f) => f.rule === 'R0401');
    expect(moved).toMatchObject({
      file: 'app/__init__.py',
      message: 'Cyclic import (app -> app.cycle_a) (cyclic-import)',
    });
    // A module without messages that is a file stays one.
    cycle.message = 'Cyclic import (app.typed -> app.cycle_a)';
    expect(parsePylint(JSON.stringify(data), onDisk).find((f) => f.rule === 'R0401')?.file).toBe(
      'app/typed.py',
    );
  });

  it('refuses output that is not the json2 format', () => {
    expect(() => parsePylint('[]', CTX)).toThrow(/json2/);
    expect(() => parsePylint('************* Module app', CTX)).toThrow(OutputError);
  });
});

describe('mypy --output json', () => {
  it('reads one JSON object a line, with a 1-based column', () => {
    const [f, ...rest] = parseMypy(output('mypy.jsonl'), CTX);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      tool: 'mypy',
      rule: 'return-value',
      severity: 'error',
      file: 'app/typed.py',
      line: 6,
      column: 12,
      endColumn: 27,
      message: 'Incompatible return value type (got "str", expected "int")',
    });
  });

  it('skips text lines and keeps a note as a note, its hint in the message', () => {
    const text = [
      'Success: no issues found',
      '{"file": "a.py", "line": 3, "column": -1, "message": "Revealed type", "hint": "See docs", "code": null, "severity": "note"}',
    ].join('\n');
    expect(parseMypy(text, CTX)).toEqual([
      expect.objectContaining({
        rule: 'note',
        severity: 'note',
        message: 'Revealed type (See docs)',
        line: 3,
      }),
    ]);
    expect(parseMypy(text, CTX)[0]?.column).toBeUndefined();
  });
});

describe('flake8 with our format string', () => {
  const findings = parseFlake8(output('flake8.txt'), CTX);

  it('splits the fields on U+001F and normalises ./ paths', () => {
    expect(findings).toHaveLength(8);
    expect(findings[0]).toMatchObject({
      tool: 'flake8',
      rule: 'F401',
      file: 'app/imports.py',
      line: 2,
      column: 1,
      message: "'sys' imported but unused",
      severity: 'error',
    });
  });

  it('reports complexity (C901) as a warning and links each code family to its docs', () => {
    const c901 = findings.find((f) => f.rule === 'C901');
    expect(c901).toMatchObject({ severity: 'warning', line: 13, message: "'classify' is too complex (12)" });
    expect(findings.find((f) => f.rule === 'E225')?.helpUri).toBe(flake8HelpUri('E225'));
    expect(flake8HelpUri('E225')).toContain('pycodestyle');
    expect(flake8HelpUri('F401')).toContain('flake8.pycqa.org');
  });

  it('ignores lines that are not ours and keeps a message containing colons', () => {
    const line = [
      'pyprod',
      'a:b.py',
      '0',
      '1',
      'E902',
      "FileNotFoundError: [Errno 2] No such file: 'a:b.py'",
    ].join('\x1f');
    const [f] = parseFlake8(`some warning\n${line}\n`, CTX);
    expect(f).toMatchObject({
      file: 'a:b.py',
      rule: 'E902',
      message: "FileNotFoundError: [Errno 2] No such file: 'a:b.py'",
    });
    expect(f?.line).toBeUndefined();
  });
});

describe('autoflake diff', () => {
  const findings = parseAutoflake(output('autoflake.diff'), CTX);

  it('gives each removed line its own finding, at its line in the original file', () => {
    expect(findings.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['app/logic.py', 6, 'unused-variable'],
      ['app/logic.py', 8, 'duplicate-key'],
      ['app/imports.py', 2, 'unused-import'],
      ['app/imports.py', 3, 'unused-import'],
    ]);
    expect(findings[2]?.message).toBe('Unused import: `import sys` would be removed');
  });

  it('keeps the hunk with its file headers', () => {
    expect(findings[0]?.data?.diff).toMatch(
      /^--- original\/\.\/app\/logic\.py\n\+\+\+ fixed\/\.\/app\/logic\.py\n@@ -3,9 \+3,7 @@/,
    );
  });

  it('classifies the removed code', () => {
    expect(autoflakeRule('from os import path, sep')).toBe('unused-import');
    expect(autoflakeRule('    total: int = 0')).toBe('unused-variable');
    expect(autoflakeRule("    'key': 1,")).toBe('duplicate-key');
    expect(autoflakeRule('    pass')).toBe('useless-pass');
    expect(autoflakeRule('    if a == b:')).toBe('change');
  });
});

describe('formatter diffs (isort, autopep8, ruff format)', () => {
  it('isort: one finding per hunk at the first changed line, the :before path decoded', () => {
    const findings = parseHunks('isort', output('isort.diff'), CTX);
    expect(findings).toEqual([
      expect.objectContaining({ tool: 'isort', rule: 'unsorted-imports', file: 'app/imports.py', line: 2 }),
    ]);
    expect(findings[0]?.message).toBe('Imports are incorrectly sorted and/or formatted (4 changed lines)');
  });

  it('autopep8 and ruff format', () => {
    expect(parseHunks('autopep8', output('autopep8.diff'), CTX).map(at)).toEqual(['app/logic.py:42:']);
    const fmt = parseHunks('ruff-format', output('ruff-format.diff'), CTX);
    expect(fmt.map(at)).toEqual([
      'app/cycle_a.py:2:',
      'app/cycle_b.py:2:',
      'app/imports.py:2:',
      'app/logic.py:42:',
    ]);
    expect(fmt[0]?.helpUri).toBe('https://docs.astral.sh/ruff/formatter/');
  });
});
