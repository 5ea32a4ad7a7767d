/**
 * A small Dockerfile parser: enough of the reference's grammar to check a file line by line. Parser
 * directives (`# syntax=`, `# escape=`), comments, line continuations (with the escape character, also
 * across comment and blank lines), heredocs (`RUN <<EOF`), flags (`--from=`, `--platform=`), stages
 * (`FROM x [AS y]`), ARG/ENV in all their forms and `$VAR` / `${VAR}` / `${VAR:-default}` in FROM.
 */

export interface Instruction {
  /** Upper-case keyword: FROM, RUN, COPY, ... */
  keyword: string;
  /** Everything after the keyword and its flags, continuations joined with a space. */
  args: string;
  /** `--name=value` flags before the arguments (`--mount` may repeat: the last one is kept). */
  flags: Record<string, string>;
  /** 1-based line of the keyword and of the instruction's last line. */
  line: number;
  endLine: number;
  /** Heredoc bodies (`RUN <<EOF ... EOF`), in order. */
  heredocs: string[];
  /** Index of the stage the instruction is in (-1: before the first FROM). */
  stage: number;
}

export interface Stage {
  index: number;
  /** The FROM argument as written, and with the global ARGs substituted. */
  from: string;
  image: string;
  name?: string;
  platform?: string;
  line: number;
  instructions: Instruction[];
  /** True when `image` names an earlier stage rather than an image. */
  fromStage: boolean;
}

export interface Dockerfile {
  directives: Record<string, string>;
  escape: string;
  instructions: Instruction[];
  stages: Stage[];
  /** ARGs declared before the first FROM, with their defaults (undefined: none). */
  globalArgs: Map<string, string | undefined>;
}

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.*?)\s*$/;
const HEREDOC = /<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

export function parseDockerfile(text: string): Dockerfile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const directives: Record<string, string> = {};
  let i = 0;
  // Directives: only at the very top, before any comment, blank line or instruction.
  for (; i < lines.length; i++) {
    const m = DIRECTIVE.exec(lines[i] ?? '');
    if (!m) break;
    const key = (m[1] as string).toLowerCase();
    if (key in directives) break;
    directives[key] = m[2] as string;
  }
  const escapeChar = directives.escape === '`' ? '`' : '\\';
  const instructions: Instruction[] = [];
  const stages: Stage[] = [];
  const globalArgs = new Map<string, string | undefined>();

  while (i < lines.length) {
    const first = lines[i] ?? '';
    if (/^\s*$/.test(first) || /^\s*#/.test(first)) {
      i++;
      continue;
    }
    const start = i + 1;
    let joined = '';
    let line = first;
    // Continuation: the escape character at the end of a line (trailing white space allowed).
    for (;;) {
      const trimmed = line.replace(/\s+$/, '');
      if (trimmed.endsWith(escapeChar)) {
        joined += `${trimmed.slice(0, -1)} `;
        i++;
        // Comment and blank lines inside a continued instruction are dropped.
        while (i < lines.length && (/^\s*#/.test(lines[i] ?? '') || /^\s*$/.test(lines[i] ?? ''))) i++;
        if (i >= lines.length) break;
        line = lines[i] ?? '';
        continue;
      }
      joined += line;
      break;
    }
    let end = Math.min(i + 1, lines.length);
    i++;
    const m = /^\s*(\S+)\s*(.*)$/.exec(joined) as RegExpExecArray;
    const keyword = (m[1] as string).toUpperCase();
    let rest = (m[2] as string).trim();
    const flags: Record<string, string> = {};
    for (
      let f = /^--([a-zA-Z-]+)(?:=(\S*))?\s*/.exec(rest);
      f;
      f = /^--([a-zA-Z-]+)(?:=(\S*))?\s*/.exec(rest)
    ) {
      flags[(f[1] as string).toLowerCase()] = f[2] ?? 'true';
      rest = rest.slice(f[0].length);
    }
    const heredocs: string[] = [];
    if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') {
      for (const h of rest.matchAll(HEREDOC)) {
        const body: string[] = [];
        while (i < lines.length) {
          const l = lines[i] ?? '';
          i++;
          if ((h[1] ? l.replace(/^\t+/, '') : l) === h[3]) break;
          body.push(l);
        }
        heredocs.push(body.join('\n'));
        end = i;
      }
    }
    const ins: Instruction = { keyword, args: rest, flags, line: start, endLine: end, heredocs, stage: -1 };
    if (keyword === 'FROM') {
      const stage = parseFrom(ins, stages, globalArgs);
      stages.push(stage);
    } else if (keyword === 'ARG' && stages.length === 0) {
      for (const [k, v] of parseKeyValues(rest, 'ARG')) globalArgs.set(k, v);
    }
    ins.stage = stages.length - 1;
    instructions.push(ins);
    stages[stages.length - 1]?.instructions.push(ins);
  }
  return { directives, escape: escapeChar, instructions, stages, globalArgs };
}

function parseFrom(ins: Instruction, stages: Stage[], args: Map<string, string | undefined>): Stage {
  const words = ins.args.split(/\s+/).filter(Boolean);
  const from = words[0] ?? '';
  const name = words.length >= 3 && words[1]?.toUpperCase() === 'AS' ? words[2]?.toLowerCase() : undefined;
  const image = substitute(from, args);
  const fromStage = stages.some((s) => s.name !== undefined && s.name === image.toLowerCase());
  return {
    index: stages.length,
    from,
    image,
    name,
    platform: ins.flags.platform,
    line: ins.line,
    instructions: [],
    fromStage,
  };
}

/** `$VAR`, `${VAR}`, `${VAR:-word}` and `${VAR:+word}` with the given values; unknown variables stay as written. */
export function substitute(text: string, vars: Map<string, string | undefined>): string {
  return text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (whole, braced?: string, op?: string, word?: string, bare?: string) => {
      const name = (braced ?? bare) as string;
      const value = vars.get(name);
      if (op === '-') return value ? value : (word ?? '');
      if (op === '+') return value ? (word ?? '') : '';
      return value ?? whole;
    },
  );
}

/**
 * The pairs of an ARG or ENV instruction: `ARG a`, `ARG a=1 b=2`, `ENV k=v k2="v 2"` and the legacy
 * `ENV key value with spaces`. Quotes around values are removed. A missing value is undefined.
 */
export function parseKeyValues(args: string, keyword: 'ARG' | 'ENV'): Array<[string, string | undefined]> {
  const words = splitWords(args);
  const out: Array<[string, string | undefined]> = [];
  if (keyword === 'ENV' && words.length > 0 && !(words[0] as string).includes('=')) {
    // Legacy form: one key, the rest of the line is its value.
    const key = words[0] as string;
    const value = args
      .trim()
      .slice(key.length)
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2');
    return [[key, value]];
  }
  for (const w of words) {
    const eq = w.indexOf('=');
    if (eq < 0) out.push([w, undefined]);
    else out.push([w.slice(0, eq), unquote(w.slice(eq + 1))]);
  }
  return out;
}

/** Splits on unquoted white space; quotes are kept in the words (unquote removes them). */
function splitWords(text: string): string[] {
  const words: string[] = [];
  let cur = '';
  let quote = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k] as string;
    if (quote) {
      cur += c;
      if (c === '\\' && quote === '"' && k + 1 < text.length) cur += text[++k];
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
      cur += c;
    } else if (/\s/.test(c)) {
      if (cur) words.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  if (cur) words.push(cur);
  return words;
}

function unquote(v: string): string {
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0] as string)) {
    const inner = v.slice(1, -1);
    return v[0] === '"' ? inner.replace(/\\(.)/g, '$1') : inner;
  }
  return v;
}

/** The final stage: the one the image is made of (without `--target`). */
export function finalStage(d: Dockerfile): Stage | undefined {
  return d.stages[d.stages.length - 1];
}

/** The text a RUN executes: its arguments (exec form joined) and any heredoc bodies. */
export function runText(ins: Instruction): string {
  let text = ins.args;
  if (text.startsWith('[')) {
    try {
      const argv = JSON.parse(text) as unknown;
      if (Array.isArray(argv)) text = argv.map(String).join(' ');
    } catch {
      /* not valid JSON: the shell form, as written */
    }
  }
  return [text, ...ins.heredocs].join('\n');
}
