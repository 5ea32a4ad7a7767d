/**
 * A deliberately small evaluator for the `${{ }}` expressions the action harness meets: context property
 * access (`inputs.x`, `github.action_path`, `env.X`, `steps.id.outputs.y`, `github.event.a['b']`), string,
 * number and boolean literals, `==`, `!=`, `!`, `&&`, `||`, parentheses and the status functions
 * `always()`, `success()`, `failure()`, `cancelled()`. Anything else throws, naming the expression, so a
 * test never silently runs with a value the real runner would have computed differently.
 */

export type Status = 'success' | 'failure';

export interface ExpressionScope {
  /** Top-level contexts by name: inputs, github, env, runner, steps, ... */
  contexts: Record<string, unknown>;
  /** The job status the status functions see; `success` unless a step failed. */
  status?: Status;
}

export class ExpressionError extends Error {
  constructor(expression: string, why: string) {
    super(`Cannot evaluate \${{ ${expression} }}: ${why}`);
    this.name = 'ExpressionError';
  }
}

type Token = { kind: 'op' | 'str' | 'num' | 'ident'; text: string; value?: string | number };

const OPS = ['==', '!=', '&&', '||', '!', '(', ')', '[', ']', '.'];

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new ExpressionError(src, 'unterminated string literal');
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            s += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i];
        i++;
      }
      out.push({ kind: 'str', text: s, value: s });
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^-?[0-9]+(\.[0-9]+)?/.exec(src.slice(i)) as RegExpExecArray;
      out.push({ kind: 'num', text: m[0], value: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i)) as RegExpExecArray;
      out.push({ kind: 'ident', text: m[0] });
      i += m[0].length;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op) throw new ExpressionError(src, `unsupported character ${JSON.stringify(c)} at offset ${i}`);
      out.push({ kind: 'op', text: op });
      i += op.length;
    }
  }
  return out;
}

/** Case-insensitive property lookup, as the runner's dictionaries behave. Missing properties are null. */
function property(obj: unknown, key: string): unknown {
  if (obj === null || typeof obj !== 'object') return null;
  const rec = obj as Record<string, unknown>;
  if (key in rec) return rec[key];
  const lower = key.toLowerCase();
  const found = Object.keys(rec).find((k) => k.toLowerCase() === lower);
  return found === undefined ? null : rec[found];
}

export function truthy(v: unknown): boolean {
  return !(v === false || v === null || v === undefined || v === '' || v === 0 || Number.isNaN(v));
}

function toNumber(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return Number.NaN;
}

/** GitHub's loose equality: strings compare case-insensitively, mixed types compare as numbers. */
function looseEquals(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b && a !== null && typeof a !== 'object') return a === b;
  if (a === null && b === null) return true;
  if (typeof a === 'object' && a !== null) return a === b;
  return toNumber(a) === toNumber(b);
}

class Parser {
  private pos = 0;
  constructor(
    private readonly src: string,
    private readonly tokens: Token[],
    private readonly scope: ExpressionScope,
  ) {}

  parse(): unknown {
    const v = this.or();
    if (this.pos < this.tokens.length) this.fail(`unexpected ${JSON.stringify(this.peek()?.text)}`);
    return v;
  }

  private fail(why: string): never {
    throw new ExpressionError(this.src, why);
  }
  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }
  private eat(text: string): boolean {
    const t = this.peek();
    if (t?.kind === 'op' && t.text === text) {
      this.pos++;
      return true;
    }
    return false;
  }
  private expect(text: string): void {
    if (!this.eat(text)) this.fail(`expected '${text}'`);
  }

  // Both sides are always evaluated: there are no side effects, and an unknown name should fail loudly.
  private or(): unknown {
    let left = this.and();
    while (this.eat('||')) {
      const right = this.and();
      left = truthy(left) ? left : right;
    }
    return left;
  }
  private and(): unknown {
    let left = this.unary();
    while (this.eat('&&')) {
      const right = this.unary();
      left = truthy(left) ? right : left;
    }
    return left;
  }
  private unary(): unknown {
    if (this.eat('!')) return !truthy(this.unary());
    return this.comparison();
  }
  private comparison(): unknown {
    const left = this.primary();
    if (this.eat('==')) return looseEquals(left, this.primary());
    if (this.eat('!=')) return !looseEquals(left, this.primary());
    return left;
  }
  private primary(): unknown {
    const t = this.peek();
    if (!t) return this.fail('unexpected end of expression');
    this.pos++;
    if (t.kind === 'op' && t.text === '(') {
      const v = this.or();
      this.expect(')');
      return v;
    }
    if (t.kind === 'str' || t.kind === 'num') return t.value;
    if (t.kind !== 'ident') return this.fail(`unexpected ${JSON.stringify(t.text)}`);
    if (t.text === 'true') return true;
    if (t.text === 'false') return false;
    if (t.text === 'null') return null;
    if (this.eat('(')) return this.call(t.text);
    if (!(t.text in this.scope.contexts)) {
      this.fail(`unknown context '${t.text}' (known: ${Object.keys(this.scope.contexts).join(', ')})`);
    }
    let value: unknown = this.scope.contexts[t.text];
    for (;;) {
      if (this.eat('.')) {
        const name = this.peek();
        if (name?.kind !== 'ident') this.fail('expected a property name after "."');
        this.pos++;
        value = property(value, name.text);
      } else if (this.eat('[')) {
        const key = this.or();
        this.expect(']');
        value = property(value, String(key));
      } else {
        return value;
      }
    }
  }
  private call(name: string): unknown {
    this.expect(')');
    const status = this.scope.status ?? 'success';
    switch (name) {
      case 'always':
        return true;
      case 'success':
        return status === 'success';
      case 'failure':
        return status === 'failure';
      case 'cancelled':
        return false;
      default:
        return this.fail(
          `unsupported function '${name}()' (the harness knows always, success, failure, cancelled)`,
        );
    }
  }
}

export function evaluate(expression: string, scope: ExpressionScope): unknown {
  return new Parser(expression, tokenize(expression), scope).parse();
}

/** How the runner turns a value into text when it is interpolated into a string. */
export function toText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v, null, 2);
}

/** Replaces every `${{ expr }}` in a string; `}}` inside a quoted literal does not end the expression. */
export function interpolate(template: string, scope: ExpressionScope): string {
  let out = '';
  let i = 0;
  for (;;) {
    const start = template.indexOf('${{', i);
    if (start < 0) return out + template.slice(i);
    out += template.slice(i, start);
    let j = start + 3;
    let inString = false;
    while (j < template.length && (inString || !template.startsWith('}}', j))) {
      if (template[j] === "'") inString = !inString;
      j++;
    }
    if (j >= template.length) throw new ExpressionError(template.slice(start + 3), "missing '}}'");
    out += toText(evaluate(template.slice(start + 3, j), scope));
    i = j + 2;
  }
}

/**
 * Evaluates an `if:` / `pre-if:` / `post-if:` condition as the runner does: an optional `${{ }}` wrapper,
 * an empty condition means `fallback`, and a condition with no status function is `success() && (...)`.
 */
export function evaluateCondition(
  condition: string | undefined,
  scope: ExpressionScope,
  fallback: string,
): boolean {
  let expr = (condition ?? '').trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(expr);
  if (wrapped) expr = (wrapped[1] as string).trim();
  if (expr === '') expr = fallback;
  if (!/\b(always|success|failure|cancelled)\s*\(/.test(expr)) expr = `success() && (${expr})`;
  return truthy(evaluate(expr, scope));
}
