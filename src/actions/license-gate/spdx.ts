import { type Family, familyOfId } from './families.js';
import spdxList from './spdx-list.json' with { type: 'json' };

/**
 * SPDX licence expressions (SPDX 2.3 annex D): ids, `+`, `WITH` exceptions, `AND`, `OR`, parentheses, with
 * WITH binding tighter than AND and AND tighter than OR. Operators are matched case-insensitively, as
 * `packaging.licenses` does; ids are canonicalised to the SPDX list's spelling.
 */

/** One licence. `id` is absent when only the family is known (a "BSD License" classifier, say). */
export interface LicenseLeaf {
  kind: 'license';
  /** Canonical SPDX id, LicenseRef-*, DocumentRef-*:LicenseRef-*, or an unlisted id as written. */
  id?: string;
  /** `+`: this version or any later one. */
  plus?: boolean;
  /** The exception after WITH, kept in the text. */
  exception?: string;
  family: Family;
  /** The text shown for this licence: `GPL-2.0-or-later WITH Classpath-exception-2.0`, `BSD License`. */
  label: string;
}

export interface LicenseCompound {
  kind: 'and' | 'or';
  terms: LicenseExpression[];
}

export type LicenseExpression = LicenseLeaf | LicenseCompound;

export class SpdxParseError extends Error {
  constructor(
    readonly expression: string,
    readonly detail: string,
  ) {
    super(`Invalid SPDX expression ${JSON.stringify(expression)}: ${detail}`);
    this.name = 'SpdxParseError';
  }
}

const byLower = (ids: readonly string[]) => new Map(ids.map((id) => [id.toLowerCase(), id]));
const LICENSES = byLower([...spdxList.licenses, ...spdxList.deprecated]);
const DEPRECATED = new Set(spdxList.deprecated);
const EXCEPTIONS = byLower([...spdxList.exceptions, ...spdxList.deprecatedExceptions]);

/** The SPDX License List version the ids come from. */
export const SPDX_LIST_SOURCE: string = spdxList.source;

/** Deprecated `GPL-2.0-with-*-exception` ids, spelled the current way. */
const DEPRECATED_WITH: Record<string, [string, string]> = {
  'GPL-2.0-with-autoconf-exception': ['GPL-2.0-only', 'Autoconf-exception-2.0'],
  'GPL-2.0-with-bison-exception': ['GPL-2.0-only', 'Bison-exception-2.2'],
  'GPL-2.0-with-classpath-exception': ['GPL-2.0-only', 'Classpath-exception-2.0'],
  'GPL-2.0-with-font-exception': ['GPL-2.0-only', 'Font-exception-2.0'],
  'GPL-2.0-with-GCC-exception': ['GPL-2.0-only', 'GCC-exception-2.0'],
  'GPL-3.0-with-autoconf-exception': ['GPL-3.0-only', 'Autoconf-exception-3.0'],
  'GPL-3.0-with-GCC-exception': ['GPL-3.0-only', 'GCC-exception-3.1'],
};

/** The canonical spelling of a listed SPDX licence id, or undefined when it is not on the list. */
export function canonicalLicenseId(id: string): string | undefined {
  return LICENSES.get(id.toLowerCase());
}

export function canonicalExceptionId(id: string): string | undefined {
  return EXCEPTIONS.get(id.toLowerCase());
}

export function isLicenseRef(id: string): boolean {
  return /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/i.test(id);
}

function leafLabel(id: string, plus?: boolean, exception?: string): string {
  return `${id}${plus ? '+' : ''}${exception ? ` WITH ${exception}` : ''}`;
}

/**
 * A leaf for an SPDX id: the GNU ids deprecated in SPDX 3.0 become their `-only` / `-or-later` forms
 * (`GPL-2.0+` is `GPL-2.0-or-later`), so that policies and reports speak one spelling.
 */
export function spdxLeaf(id: string, plus = false, exception?: string): LicenseLeaf {
  let canonical = canonicalLicenseId(id) ?? id;
  const withForm = DEPRECATED_WITH[canonical];
  if (withForm && !exception) [canonical, exception] = withForm;
  if (DEPRECATED.has(canonical) && /^(A|L)?GPL-\d\.\d$|^GFDL-1\.\d$/.test(canonical)) {
    canonical = `${canonical}-${plus ? 'or-later' : 'only'}`;
    plus = false;
  }
  const ref = /^((DocumentRef-[^:]+:)?LicenseRef-)(.*)$/i.exec(canonical);
  if (ref) canonical = `${ref[2] ? ref[2] : ''}LicenseRef-${ref[3]}`;
  const leaf: LicenseLeaf = { kind: 'license', id: canonical, family: familyOfId(canonical), label: '' };
  if (plus) leaf.plus = true;
  if (exception) leaf.exception = canonicalExceptionId(exception) ?? exception;
  leaf.label = leafLabel(canonical, plus, leaf.exception);
  return leaf;
}

/** A leaf that names only a family: what an ambiguous classifier or a bare "BSD" says. */
export function familyLeaf(family: Family, label: string): LicenseLeaf {
  return { kind: 'license', family, label };
}

/** AND / OR of terms, flattened (`A AND (B AND C)` is `A AND B AND C`) and without repeated terms. */
export function combine(
  kind: 'and' | 'or',
  terms: readonly LicenseExpression[],
): LicenseExpression | undefined {
  const flat: LicenseExpression[] = [];
  const seen = new Set<string>();
  for (const t of terms) {
    for (const part of t.kind === kind ? t.terms : [t]) {
      const key = formatExpression(part);
      if (seen.has(key)) continue;
      seen.add(key);
      flat.push(part);
    }
  }
  if (flat.length <= 1) return flat[0];
  return { kind, terms: flat };
}

type Token = { text: string; at: number };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:([()])|([A-Za-z0-9.:+-]+)|(\S))/gy;
  for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
    if (m[3] !== undefined) throw new SpdxParseError(text, `unexpected ${JSON.stringify(m[3])}`);
    const t = m[1] ?? m[2];
    if (t) tokens.push({ text: t, at: m.index + m[0].length - t.length });
  }
  return tokens;
}

export interface ParseOptions {
  /** Reject ids and exceptions that are not on the SPDX list (LicenseRef-* is always allowed). */
  strict?: boolean;
}

/** Parses an SPDX expression; throws SpdxParseError naming what is wrong. */
export function parseSpdx(text: string, options: ParseOptions = {}): LicenseExpression {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i]?.text.toUpperCase();
  const fail = (detail: string): never => {
    throw new SpdxParseError(text, detail);
  };

  const parseOr = (): LicenseExpression => {
    const terms = [parseAnd()];
    while (peek() === 'OR') {
      i++;
      terms.push(parseAnd());
    }
    return combine('or', terms)!;
  };
  const parseAnd = (): LicenseExpression => {
    const terms = [parseWith()];
    while (peek() === 'AND') {
      i++;
      terms.push(parseWith());
    }
    return combine('and', terms)!;
  };
  const parseWith = (): LicenseExpression => {
    const tok = tokens[i];
    if (!tok) return fail('it ends where a licence was expected');
    if (tok.text === '(') {
      i++;
      const inner = parseOr();
      if (tokens[i]?.text !== ')') fail(`missing ")" for the "(" at ${tok.at + 1}`);
      i++;
      return inner;
    }
    if (tok.text === ')' || ['AND', 'OR', 'WITH'].includes(tok.text.toUpperCase())) {
      fail(`"${tok.text}" at ${tok.at + 1} where a licence was expected`);
    }
    i++;
    const orLater = tok.text.endsWith('+');
    const id = orLater ? tok.text.slice(0, -1) : tok.text;
    if (!id || id.includes('+')) fail(`"${tok.text}" at ${tok.at + 1} is not a licence id`);
    if (!canonicalLicenseId(id) && !isLicenseRef(id)) {
      if (options.strict || !/^[A-Za-z0-9.-]+$/.test(id)) fail(`unknown licence id "${id}"`);
    }
    let exception: string | undefined;
    if (peek() === 'WITH') {
      i++;
      const ex = tokens[i];
      if (
        !ex ||
        ex.text === '(' ||
        ex.text === ')' ||
        ['AND', 'OR', 'WITH'].includes(ex.text.toUpperCase())
      ) {
        return fail('WITH must be followed by an exception id');
      }
      if (options.strict && !canonicalExceptionId(ex.text)) fail(`unknown exception id "${ex.text}"`);
      exception = ex.text;
      i++;
    }
    return spdxLeaf(id, orLater, exception);
  };

  if (tokens.length === 0) fail('it is empty');
  const expr = parseOr();
  if (i < tokens.length) fail(`unexpected "${tokens[i]!.text}" at ${tokens[i]!.at + 1}`);
  return expr;
}

/** Parses like parseSpdx but returns undefined instead of throwing. */
export function tryParseSpdx(text: string, options: ParseOptions = {}): LicenseExpression | undefined {
  try {
    return parseSpdx(text, options);
  } catch (err) {
    if (err instanceof SpdxParseError) return undefined;
    throw err;
  }
}

/** The expression as text, with parentheses only where precedence needs them (an OR inside an AND). */
export function formatExpression(expr: LicenseExpression): string {
  if (expr.kind === 'license') return expr.label;
  const sep = expr.kind === 'and' ? ' AND ' : ' OR ';
  return expr.terms
    .map((t) => (expr.kind === 'and' && t.kind === 'or' ? `(${formatExpression(t)})` : formatExpression(t)))
    .join(sep);
}

export function leaves(expr: LicenseExpression): LicenseLeaf[] {
  return expr.kind === 'license' ? [expr] : expr.terms.flatMap(leaves);
}

/** The distinct families of an expression's licences, in order of appearance. */
export function familiesOf(expr: LicenseExpression | undefined): Family[] {
  if (!expr) return ['unknown'];
  return [...new Set(leaves(expr).map((l) => l.family))];
}

export interface Judgement {
  pass: boolean;
  reason: string;
}

/**
 * Evaluates an expression with a verdict per licence: `A OR B` passes when one alternative passes, `A AND B`
 * only when every part does. The reason names the licences that decided it.
 */
export function evaluateExpression(
  expr: LicenseExpression,
  judgeLeaf: (leaf: LicenseLeaf) => Judgement,
): Judgement {
  if (expr.kind === 'license') return judgeLeaf(expr);
  const results = expr.terms.map((t) => evaluateExpression(t, judgeLeaf));
  const passed = results.filter((r) => r.pass);
  const failed = results.filter((r) => !r.pass);
  if (expr.kind === 'or') {
    if (passed[0]) return { pass: true, reason: `one alternative suffices: ${passed[0].reason}` };
    return { pass: false, reason: `no alternative is allowed: ${failed.map((r) => r.reason).join('; ')}` };
  }
  if (failed.length === 0) {
    return { pass: true, reason: `every part is allowed: ${passed.map((r) => r.reason).join('; ')}` };
  }
  return { pass: false, reason: `every part must be allowed: ${failed.map((r) => r.reason).join('; ')}` };
}
