import { satisfies, valid } from '@renovatebot/pep440';

/**
 * PEP 508 environment markers (`sys_platform == 'win32' and python_full_version < '3.12'`), evaluated against
 * a target environment with three-valued (Kleene) logic: a comparison whose variable the environment does not
 * know is `undefined`, and `and`/`or` keep it undefined unless the other side decides (false and ?, true or ?).
 *
 * Hand-written: npm has no maintained PEP 508 marker evaluator (the registry has PEP 440 libraries, used here
 * for the version comparisons, but nothing for markers). The grammar is small: comparisons of a variable and a
 * quoted string, `and`, `or`, parentheses. Semantics follow `packaging.markers`: a comparison operator whose
 * right side forms a valid PEP 440 specifier compares versions (pre-releases allowed), otherwise strings;
 * `in` / `not in` test substrings.
 */

export type MarkerValue = boolean | undefined;

/**
 * What the environment knows. A variable absent here is unknown. `python_full_version` may be known to its
 * minor version only (`.python-version` says `3.12`: which 3.12.x runs is not known): then `pythonMinorOnly`.
 */
export interface MarkerEnvironment {
  values: Readonly<Record<string, string>>;
  /** python_full_version holds `X.Y` and stands for any X.Y.z release. */
  pythonMinorOnly?: boolean;
}

export class MarkerError extends Error {
  constructor(
    readonly marker: string,
    reason: string,
  ) {
    super(
      `invalid marker ${JSON.stringify(marker.length > 200 ? `${marker.slice(0, 200)}…` : marker)}: ${reason}`,
    );
    this.name = 'MarkerError';
  }
}

/** Markers come from uv.lock (attacker-controlled): bounded in length and nesting. */
export const MAX_MARKER_LENGTH = 20_000;
const MAX_DEPTH = 64;

/** Pre-PEP 508 spellings `packaging` still accepts. */
const ALIASES: Record<string, string> = {
  'os.name': 'os_name',
  'sys.platform': 'sys_platform',
  'platform.version': 'platform_version',
  'platform.machine': 'platform_machine',
  'platform.python_implementation': 'platform_python_implementation',
  python_implementation: 'platform_python_implementation',
};

type Op = '<' | '<=' | '==' | '!=' | '>=' | '>' | '~=' | '===' | 'in' | 'not in';
type Operand = { kind: 'var'; name: string } | { kind: 'str'; value: string };
type Node =
  | { kind: 'and' | 'or'; left: Node; right: Node }
  | { kind: 'cmp'; left: Operand; op: Op; right: Operand };

type Token = { t: 'str'; v: string } | { t: 'id'; v: string } | { t: 'op'; v: Op } | { t: '(' | ')' };

/** One token at a time, sticky: parentheses, a quoted string, an operator, or a name. Linear: no backtracking. */
const TOKEN = /\s*(?:([()])|'([^']*)'|"([^"]*)"|(===|==|!=|<=|>=|~=|<|>)|([A-Za-z_][A-Za-z0-9_.]{0,63}))/y;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) {
      if (!src.slice(at).trim()) break;
      const c = src.slice(at).trimStart()[0] as string;
      throw new MarkerError(
        src,
        c === "'" || c === '"' ? 'unterminated string' : `unexpected ${JSON.stringify(c)}`,
      );
    }
    const [, paren, single, double, op, id] = m;
    if (paren) out.push({ t: paren as '(' | ')' });
    else if (single !== undefined || double !== undefined)
      out.push({ t: 'str', v: (single ?? double) as string });
    else if (op) out.push({ t: 'op', v: op as Op });
    else if (id) out.push({ t: 'id', v: id });
    else break; // trailing whitespace
  }
  return out;
}

/** marker = and ('or' and)*; and = atom ('and' atom)*; atom = '(' marker ')' | operand op operand. */
export function parseMarker(src: string): Node {
  if (src.length > MAX_MARKER_LENGTH)
    throw new MarkerError(src, `longer than ${MAX_MARKER_LENGTH} characters`);
  const toks = tokenize(src);
  let pos = 0;
  const peek = () => toks[pos];
  const isWord = (w: string) => {
    const t = peek();
    return t?.t === 'id' && t.v === w;
  };
  const operand = (): Operand => {
    const t = toks[pos++];
    if (t?.t === 'str') return { kind: 'str', value: t.v };
    if (t?.t === 'id' && t.v !== 'and' && t.v !== 'or' && t.v !== 'in' && t.v !== 'not')
      return { kind: 'var', name: ALIASES[t.v] ?? t.v };
    throw new MarkerError(src, 'expected a variable or a quoted string');
  };
  const operator = (): Op => {
    const t = toks[pos++];
    if (t?.t === 'op') return t.v;
    if (t?.t === 'id' && t.v === 'in') return 'in';
    if (t?.t === 'id' && t.v === 'not' && isWord('in')) {
      pos++;
      return 'not in';
    }
    throw new MarkerError(src, 'expected a comparison operator');
  };
  const atom = (depth: number): Node => {
    if (peek()?.t === '(') {
      pos++;
      const inner = or(depth + 1);
      if (toks[pos++]?.t !== ')') throw new MarkerError(src, 'unbalanced parentheses');
      return inner;
    }
    const left = operand();
    const op = operator();
    const right = operand();
    if (left.kind === 'var' && right.kind === 'var') throw new MarkerError(src, 'compares two variables');
    return { kind: 'cmp', left, op, right };
  };
  const and = (depth: number): Node => {
    let node = atom(depth);
    while (isWord('and')) {
      pos++;
      node = { kind: 'and', left: node, right: atom(depth) };
    }
    return node;
  };
  const or = (depth: number): Node => {
    if (depth > MAX_DEPTH) throw new MarkerError(src, `nested deeper than ${MAX_DEPTH}`);
    let node = and(depth);
    while (isWord('or')) {
      pos++;
      node = { kind: 'or', left: node, right: and(depth) };
    }
    return node;
  };
  const node = or(0);
  if (pos !== toks.length) throw new MarkerError(src, 'unexpected text after the marker');
  return node;
}

const FLIP: Partial<Record<Op, Op>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };
/** The marker variables uv compares as PEP 440 versions (uv's MarkerValueVersion). */
const VERSION_VARIABLES: ReadonlySet<string> = new Set([
  'python_version',
  'python_full_version',
  'implementation_version',
]);
const VERSION_OPS = new Set<Op>(['<', '<=', '==', '!=', '>=', '>', '~=', '===']);

/** Python's behaviour for a comparison with no PEP 440 meaning: strings. */
function compareStrings(lhs: string, op: Op, rhs: string): boolean {
  switch (op) {
    case '==':
    case '===':
      return lhs === rhs;
    case '!=':
      return lhs !== rhs;
    case '<':
      return lhs < rhs;
    case '<=':
      return lhs <= rhs;
    case '>':
      return lhs > rhs;
    case '>=':
      return lhs >= rhs;
    case 'in':
      return rhs.includes(lhs);
    case 'not in':
      return !rhs.includes(lhs);
    default:
      // `~=` on strings has no Python meaning: packaging raises UndefinedComparison. Unknown keeps the edge.
      throw new Error('undefined comparison');
  }
}

/** `lhs op rhs` as packaging evaluates it: PEP 440 when `op rhs` is a valid specifier, else strings. */
function compare(lhs: string, op: Op, rhs: string): MarkerValue {
  if (VERSION_OPS.has(op) && op !== '===') {
    const spec = `${op}${rhs}`;
    if (specifierIsValid(spec)) return valid(lhs) !== null && satisfies(lhs, spec, { prereleases: true });
  }
  try {
    return compareStrings(lhs, op, rhs);
  } catch {
    return undefined;
  }
}

function specifierIsValid(spec: string): boolean {
  const m = /^(~=|==|!=|<=|>=|<|>)\s*(.+)$/.exec(spec);
  if (!m) return false;
  const [, op, v] = m as unknown as [string, string, string];
  // `==3.12.*` / `!=3.*`: a prefix match, valid with a release-only prefix.
  if ((op === '==' || op === '!=') && v.endsWith('.*')) return /^\d+(\.\d+)*$/.test(v.slice(0, -2));
  return valid(v) !== null;
}

/**
 * `python_full_version op rhs` when only `X.Y` is known: the value is somewhere in [X.Y.0, X.(Y+1)). Ordered
 * comparisons are monotonic, so both ends decide when they agree; equality decides only when rhs is outside
 * the range (or is a wildcard on X or X.Y). Anything else is unknown.
 */
function compareMinorOnly(minor: string, op: Op, rhs: string): MarkerValue {
  const [major, min] = minor.split('.').map(Number) as [number, number];
  const low = `${major}.${min}.0`;
  const high = `${major}.${min + 1}`; // exclusive
  if ((op === '==' || op === '!=') && rhs.endsWith('.*')) {
    // Every X.Y.z shares a prefix of one or two segments; a longer one needs the patch.
    return rhs.slice(0, -2).split('.').length <= 2 ? compare(low, op, rhs) : undefined;
  }
  if (valid(rhs) === null) return undefined;
  const atLow = compare(low, op, rhs);
  // The whole range lies below rhs: no X.Y.z reaches it.
  const allBelow = compare(high, '<=', rhs) === true;
  const inRange = compare(rhs, '>=', low) === true && !allBelow;
  switch (op) {
    case '<':
    case '<=':
      // True for low and decreasing: false everywhere once false at low, true everywhere if the top is below.
      if (atLow === false) return false;
      return allBelow ? true : undefined;
    case '>':
    case '>=':
      if (atLow === true) return true;
      return allBelow ? false : undefined;
    case '==':
      return inRange ? undefined : false;
    case '!=':
      return inRange ? undefined : true;
    default:
      return undefined;
  }
}

function evalCompare(node: Extract<Node, { kind: 'cmp' }>, env: MarkerEnvironment): MarkerValue {
  let { left, op, right } = node;
  if (left.kind === 'str' && right.kind === 'var' && FLIP[op]) {
    // `'3.8' <= python_version` reads as `python_version >= '3.8'`.
    [left, right] = [right, left];
    op = FLIP[op] as Op;
  }
  const value = (o: Operand) => (o.kind === 'str' ? o.value : env.values[o.name]);
  const lhs = value(left);
  const rhs = value(right);
  if (lhs === undefined || rhs === undefined) return undefined;
  const minorOnly =
    left.kind === 'var' && (left.name === 'python_full_version' || left.name === 'implementation_version');
  if (env.pythonMinorOnly && minorOnly && right.kind === 'str') return compareMinorOnly(lhs, op, rhs);
  // uv (the installer that reads this lock) compares only its version variables as PEP 440 versions; every
  // other variable is a string: `platform_machine != '1.0'` is true on x86_64, never "not a version" false.
  const names = [left, right].flatMap((o) => (o.kind === 'var' ? [o.name] : []));
  if (names.some((n) => VERSION_VARIABLES.has(n))) return compare(lhs, op, rhs);
  try {
    return compareStrings(lhs, op, rhs);
  } catch {
    return undefined;
  }
}

function evaluate(node: Node, env: MarkerEnvironment): MarkerValue {
  if (node.kind === 'cmp') return evalCompare(node, env);
  const a = evaluate(node.left, env);
  if (node.kind === 'and') {
    if (a === false) return false;
    const b = evaluate(node.right, env);
    if (b === false) return false;
    return a === true && b === true ? true : undefined;
  }
  if (a === true) return true;
  const b = evaluate(node.right, env);
  if (b === true) return true;
  return a === false && b === false ? false : undefined;
}

/** The marker's value in `env`: true, false, or undefined when it depends on what `env` does not know. */
export function evaluateMarker(marker: string, env: MarkerEnvironment): MarkerValue {
  return evaluate(parseMarker(marker), env);
}
