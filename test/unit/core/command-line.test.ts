import { describe, expect, it } from 'vitest';
import { splitCommandLine } from '../../../src/core/command-line.js';
import { InputError } from '../../../src/core/errors.js';

describe('splitCommandLine', () => {
  it('splits a gunicorn command on white space', () => {
    expect(
      splitCommandLine('gunicorn app:app -k uvicorn_worker.UvicornWorker  -w 2\t-b 127.0.0.1:8000'),
    ).toEqual([
      'gunicorn',
      'app:app',
      '-k',
      'uvicorn_worker.UvicornWorker',
      '-w',
      '2',
      '-b',
      '127.0.0.1:8000',
    ]);
  });

  it('keeps quoted text together, as a shell would, and joins adjacent parts', () => {
    expect(splitCommandLine(`python -c 'print("a b")' --name="my app" x'y'"z"`)).toEqual([
      'python',
      '-c',
      'print("a b")',
      '--name=my app',
      'xyz',
    ]);
    expect(splitCommandLine(`echo "say \\"hi\\" \\\\ \\$HOME \\n" a\\ b ''`)).toEqual([
      'echo',
      'say "hi" \\ $HOME \\n',
      'a b',
      '',
    ]);
  });

  it('expands nothing: variables, tildes and globs reach the program as written', () => {
    expect(splitCommandLine('serve $PORT ~/app *.py "$(rm -rf /)"')).toEqual([
      'serve',
      '$PORT',
      '~/app',
      '*.py',
      '$(rm -rf /)',
    ]);
  });

  it('continues a line after backslash-newline', () => {
    expect(splitCommandLine('gunicorn \\\n  app:app')).toEqual(['gunicorn', 'app:app']);
  });

  it('refuses bare shell operators, which would silently become arguments, but allows quoted ones', () => {
    for (const line of ['a && b', 'a | b', 'a > out.log', 'a ; b', 'a &']) {
      expect(() => splitCommandLine(line)).toThrow(/not by a shell/);
    }
    expect(splitCommandLine("grep '|' '&&'")).toEqual(['grep', '|', '&&']);
    expect(splitCommandLine('a &&b')).toEqual(['a', '&&b']);
  });

  it('names the input, the value and the problem for broken quoting or an empty command', () => {
    const cases: [string, RegExp][] = [
      [`gunicorn 'app`, /single quote is not closed/],
      ['gunicorn "app', /double quote is not closed/],
      ['gunicorn \\', /lone backslash/],
      ['   ', /a command is required/],
    ];
    for (const [line, why] of cases) {
      let err: unknown;
      try {
        splitCommandLine(line, 'compare-command');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).input).toBe('compare-command');
      expect((err as Error).message).toContain(JSON.stringify(line));
      expect((err as Error).message).toMatch(why);
    }
  });
});

describe('splitCommandLine for a container command (docker-slim-build)', () => {
  it('keeps $VAR and quoted code as written, and empty quoted words', () => {
    expect(splitCommandLine(`python -c "import sys; print('a b')" $HOME`)).toEqual([
      'python',
      '-c',
      "import sys; print('a b')",
      '$HOME',
    ]);
    expect(splitCommandLine(`a 'b c' "" d\\ e`)).toEqual(['a', 'b c', '', 'd e']);
    expect(() => splitCommandLine('a "b', 'command')).toThrow("Input 'command'");
  });
});
