import { InputError } from './errors.js';

/** Words a shell would treat as operators; we never run a shell, so they cannot mean what the user wants. */
const SHELL_OPERATORS = new Set(['|', '||', '&', '&&', ';', ';;', '>', '>>', '<', '<<', '2>', '2>&1', '&>']);

/**
 * Splits a command line into argv the way a POSIX shell splits simple commands, without running one:
 * words are separated by white space; 'single quotes' keep everything literally; "double quotes" keep
 * everything except that a backslash escapes `"`, `\`, `$` and `` ` ``; outside quotes a backslash escapes
 * the next character. Nothing is expanded (`$HOME`, `~`, globs stay as written), and a bare shell
 * operator (`&&`, `|`, `>`, ...) is refused, since it would reach the program as a plain argument.
 */
export function splitCommandLine(line: string, input = 'command'): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  // Whether the current word had any quoted part: an operator in quotes is a literal argument.
  let quoted = false;
  let i = 0;
  const fail = (why: string): never => {
    throw new InputError(input, line, why);
  };
  const endWord = () => {
    if (!inWord) return;
    if (!quoted && SHELL_OPERATORS.has(word)) {
      fail(
        `the command is run directly, not by a shell, so \`${word}\` would be passed as an argument; ` +
          'put pipelines or redirections in a script and run that',
      );
    }
    words.push(word);
    word = '';
    inWord = false;
    quoted = false;
  };
  while (i < line.length) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      endWord();
      i++;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) fail('a single quote is not closed');
      word += line.slice(i + 1, end);
      inWord = true;
      quoted = true;
      i = end + 1;
    } else if (c === '"') {
      i++;
      inWord = true;
      quoted = true;
      for (;;) {
        if (i >= line.length) fail('a double quote is not closed');
        const d = line[i] as string;
        if (d === '"') break;
        if (d === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1] as string)) {
          word += line[i + 1];
          i += 2;
        } else {
          word += d;
          i++;
        }
      }
      i++;
    } else if (c === '\\') {
      if (i + 1 >= line.length) fail('the command ends with a lone backslash');
      const next = line[i + 1] as string;
      // Backslash-newline continues the line, as in a shell.
      if (next !== '\n') {
        word += next;
        inWord = true;
        quoted = true;
      }
      i += 2;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  endWord();
  if (words.length === 0) fail('a command is required');
  return words;
}
