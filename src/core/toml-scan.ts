/**
 * A TOML scanner that reports WHERE things are: table headers, keys and the strings of arrays, each with its
 * full key path and its 1-based line and column. smol-toml (and every TOML parser we could use) gives values
 * but no positions, and a line-by-line search is fooled by multi-line arrays, comments, quoted and dotted
 * keys, and strings that hold `]`, `#` or `=`. This walks the TOML grammar instead; it does not build values
 * and does not check everything a full parser checks (duplicate keys, date formats).
 */

export type TomlEvent =
  /** `[a.b]` or `[[a.b]]`: the position of the header's first key. */
  | { kind: 'table'; path: string[]; line: number; column: number }
  /** `a.b = ...` (also inside inline tables): the full path from the document root, at the key. */
  | { kind: 'key'; path: string[]; line: number; column: number }
  /** A string that is a direct element of the array at `path` (not inside a nested array or table). */
  | { kind: 'array-string'; path: string[]; value: string; line: number; column: number };

export interface TomlScan {
  events: TomlEvent[];
  /** Set when the text is not valid TOML: the events before the error are kept. */
  error?: string;
}

class TomlSyntaxError extends Error {}

const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES: Record<string, string> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  e: '\x1b',
  '"': '"',
  '\\': '\\',
};

class Scanner {
  pos = 0;
  readonly events: TomlEvent[] = [];
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  where(pos: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: pos - (this.lineStarts[lo] as number) + 1 };
  }

  private fail(what: string): never {
    const { line, column } = this.where(this.pos);
    throw new TomlSyntaxError(`${what} at line ${line}, column ${column}`);
  }

  private peek(n = 0): string | undefined {
    return this.text[this.pos + n];
  }

  private skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }

  /** Spaces, comments and newlines: what may separate array elements or statements. */
  private skipBlank(): void {
    for (;;) {
      this.skipSpaces();
      const c = this.peek();
      if (c === '#') while (this.pos < this.text.length && this.peek() !== '\n') this.pos++;
      else if (c === '\n' || c === '\r') this.pos++;
      else return;
    }
  }

  private endOfLine(): void {
    this.skipSpaces();
    if (this.peek() === '#') while (this.pos < this.text.length && this.peek() !== '\n') this.pos++;
    if (this.peek() === '\r') this.pos++;
    if (this.pos < this.text.length && this.peek() !== '\n') this.fail('expected the end of the line');
  }

  document(): void {
    let table: string[] = [];
    for (;;) {
      this.skipBlank();
      if (this.pos >= this.text.length) return;
      if (this.peek() === '[') {
        const array = this.peek(1) === '[';
        this.pos += array ? 2 : 1;
        this.skipSpaces();
        const start = this.pos;
        table = this.key();
        if (!this.text.startsWith(array ? ']]' : ']', this.pos))
          this.fail('expected the end of a table header');
        this.pos += array ? 2 : 1;
        this.events.push({ kind: 'table', path: table, ...this.where(start) });
      } else {
        this.keyValue(table);
      }
      this.endOfLine();
    }
  }

  private keyValue(base: readonly string[]): void {
    const start = this.pos;
    const path = [...base, ...this.key()];
    if (this.peek() !== '=') this.fail('expected = after a key');
    this.pos++;
    this.skipSpaces();
    this.events.push({ kind: 'key', path, ...this.where(start) });
    this.value(path, 0);
  }

  /** A dotted key: bare and quoted parts, spaces allowed around the dots. */
  private key(): string[] {
    const parts: string[] = [];
    for (;;) {
      this.skipSpaces();
      const c = this.peek();
      if (c === '"' || c === "'") {
        if (this.text.startsWith(c.repeat(3), this.pos)) this.fail('a key cannot be a multi-line string');
        parts.push(this.string());
      } else {
        const from = this.pos;
        while (this.pos < this.text.length && BARE_KEY.test(this.peek() as string)) this.pos++;
        if (from === this.pos) this.fail('expected a key');
        parts.push(this.text.slice(from, this.pos));
      }
      this.skipSpaces();
      if (this.peek() !== '.') return parts;
      this.pos++;
    }
  }

  /** Any value; `depth` counts the arrays around it. Strings directly inside the outermost array are reported. */
  private value(path: string[], depth: number): void {
    const c = this.peek();
    const start = this.pos;
    if (c === '"' || c === "'") {
      const value = this.string();
      if (depth === 1) this.events.push({ kind: 'array-string', path, value, ...this.where(start) });
    } else if (c === '[') {
      this.array(path, depth + 1);
    } else if (c === '{') {
      this.inlineTable(path);
    } else {
      // Numbers, booleans, dates: up to the next delimiter; a date and a time may be separated by a space.
      const scalar = () => {
        while (this.pos < this.text.length && !/[,\]}\s#]/.test(this.peek() as string)) this.pos++;
      };
      scalar();
      if (start === this.pos) this.fail('expected a value');
      if (
        /^\d{4}-\d{2}-\d{2}$/.test(this.text.slice(start, this.pos)) &&
        /^ \d{2}:/.test(this.text.slice(this.pos, this.pos + 4))
      ) {
        this.pos++;
        scalar();
      }
    }
  }

  private array(path: string[], depth: number): void {
    this.pos++; // [
    for (;;) {
      this.skipBlank();
      if (this.peek() === ']') break;
      if (this.pos >= this.text.length) this.fail('unterminated array');
      // Nested arrays and inline tables are not the array's own strings.
      this.value(path, depth);
      this.skipBlank();
      if (this.peek() === ',') this.pos++;
      else if (this.peek() !== ']') this.fail('expected , or ] in an array');
    }
    this.pos++; // ]
  }

  private inlineTable(path: string[]): void {
    this.pos++; // {
    this.skipBlank();
    if (this.peek() === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipBlank();
      this.keyValue(path);
      this.skipBlank();
      if (this.peek() === '}') break;
      if (this.peek() !== ',') this.fail('expected , or } in an inline table');
      this.pos++;
      this.skipBlank();
      if (this.peek() === '}') break; // a trailing comma (TOML 1.1)
    }
    this.pos++; // }
  }

  /** A basic or literal string, single- or multi-line; returns its value. */
  private string(): string {
    const quote = this.peek() as string;
    const multi = this.text.startsWith(quote.repeat(3), this.pos);
    const delim = multi ? quote.repeat(3) : quote;
    this.pos += delim.length;
    if (multi && this.peek() === '\n') this.pos++;
    else if (multi && this.text.startsWith('\r\n', this.pos)) this.pos += 2;
    let out = '';
    for (;;) {
      if (this.pos >= this.text.length) this.fail('unterminated string');
      if (this.text.startsWith(delim, this.pos)) {
        this.pos += delim.length;
        // `""""` ends a multi-line string with a quote in it: up to two extra quotes belong to the value.
        for (let extra = 0; multi && extra < 2 && this.peek() === quote; extra++, this.pos++) out += quote;
        return out;
      }
      const c = this.peek() as string;
      if (!multi && c === '\n') this.fail('newline in a single-line string');
      if (quote === '"' && c === '\\') {
        out += this.escape(multi);
        continue;
      }
      out += c;
      this.pos++;
    }
  }

  private escape(multi: boolean): string {
    const next = this.peek(1) ?? '';
    if (multi && /[ \t\r\n]/.test(next)) {
      // A line-ending backslash: the newline and the white space after it are dropped.
      this.pos++;
      while (/[ \t\r\n]/.test(this.peek() ?? '')) this.pos++;
      return '';
    }
    if (next === 'u' || next === 'U') {
      const len = next === 'u' ? 4 : 8;
      const hex = this.text.slice(this.pos + 2, this.pos + 2 + len);
      if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== len) this.fail('bad unicode escape');
      this.pos += 2 + len;
      return String.fromCodePoint(Number.parseInt(hex, 16));
    }
    const v = ESCAPES[next];
    if (v === undefined) this.fail(`unknown escape \\${next}`);
    this.pos += 2;
    return v;
  }
}

/** Every table header, key and array string of a TOML document, in document order. */
export function scanToml(text: string): TomlScan {
  const s = new Scanner(text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text);
  try {
    s.document();
    return { events: s.events };
  } catch (err) {
    if (err instanceof TomlSyntaxError) return { events: s.events, error: err.message };
    throw err;
  }
}
