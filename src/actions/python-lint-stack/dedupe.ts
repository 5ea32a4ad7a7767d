import { type Finding, mergeDuplicates } from '../../findings/finding.js';

/**
 * When two tools report the same problem. ruff and flake8 share pyflakes' and pycodestyle's codes, ruff's
 * `PLx1234` rules are pylint's `x1234`; the rest is this table of one problem under each tool's name.
 */
const SAME_PROBLEM: Record<string, string> = {
  'pylint:W0611': 'F401',
  'autoflake:unused-import': 'F401',
  'pylint:W0612': 'F841',
  'autoflake:unused-variable': 'F841',
  'pylint:W0109': 'F601',
  'autoflake:duplicate-key': 'F601',
  'pylint:E0602': 'F821',
  'mypy:name-defined': 'F821',
  'pylint:W0401': 'F403',
  'pylint:W1309': 'F541',
  'pylint:E0001': 'E999',
  'ruff:invalid-syntax': 'E999',
  'pylint:C0301': 'E501',
  'pylint:C0303': 'W291',
  'pylint:C0304': 'W292',
  'pylint:C0305': 'W391',
  'pylint:W0702': 'E722',
  'pylint:C0321': 'E701',
  'pylint:C0121': 'E711',
  'pylint:W0404': 'F811',
  'pylint:W0107': 'PIE790',
  'autoflake:useless-pass': 'PIE790',
  'isort:unsorted-imports': 'I001',
  'ruff-format:format': 'format',
  // pycodestyle's W293 (whitespace on a blank line) is pylint's trailing-whitespace too.
  'flake8:W293': 'W291',
  'ruff:W293': 'W291',
};

/** The tool-independent name of a finding's problem. */
export function problemId(f: Pick<Finding, 'tool' | 'rule'>): string {
  const mapped = SAME_PROBLEM[`${f.tool}:${f.rule}`];
  if (mapped) return mapped;
  if (f.tool === 'ruff' || f.tool === 'flake8') {
    const pl = /^PL([CERW]\d{4})$/.exec(f.rule);
    if (pl) return `pylint:${pl[1]}`;
    return f.rule;
  }
  return `${f.tool}:${f.rule}`;
}

/**
 * The merge key of each finding: file, line, problem and its occurrence among that tool's findings of the
 * same problem on that line (ordered by column), so the second unused import of a line merges with the
 * other tool's second one, never with its first. Columns are left out: tools disagree on them (flake8
 * puts F401 at the statement, ruff at the name). Findings without a file or line never merge.
 */
export function mergeKeys(findings: readonly Finding[]): Map<Finding, string | undefined> {
  const keys = new Map<Finding, string | undefined>();
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.file || !f.line) {
      keys.set(f, undefined);
      continue;
    }
    const base = JSON.stringify([f.file, f.line, problemId(f)]);
    const group = `${f.tool}\0${base}`;
    const list = groups.get(group) ?? [];
    list.push(f);
    groups.set(group, list);
    keys.set(f, base);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => (a.column ?? 0) - (b.column ?? 0) || (a.message < b.message ? -1 : 1));
    for (const [n, f] of list.entries()) keys.set(f, `${keys.get(f)}#${n}`);
  }
  return keys;
}

/**
 * Joins a group of findings that spans several lines (pylint's W0611 over a whole `from x import (...)`,
 * autoflake's rewritten block) with another tool's group of the same problem on one of its later lines
 * (ruff's F401 at each name, autoflake's removed name line): one problem, one finding. One to one and in
 * order: the n-th spanning group at a line takes the first group left in its span that shares no tool.
 */
export function joinSpans(findings: readonly Finding[], keys: Map<Finding, string | undefined>): void {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = keys.get(f);
    if (k === undefined) continue;
    const list = byKey.get(k) ?? [];
    list.push(f);
    byKey.set(k, list);
  }
  const groups = [...byKey.entries()].map(([key, members]) => {
    const first = members[0] as Finding;
    return {
      key,
      members,
      file: first.file,
      line: first.line as number,
      column: Math.min(...members.map((m) => m.column ?? 0)),
      end: Math.max(...members.map((m) => Math.max(m.endLine ?? 0, m.line as number))),
      problem: problemId(first),
      tools: new Set(members.map((m) => m.tool)),
    };
  });
  // Candidates by file and problem: a large project has thousands of groups.
  const byProblem = new Map<string, typeof groups>();
  for (const g of groups) {
    const k = JSON.stringify([g.file, g.problem]);
    const list = byProblem.get(k) ?? [];
    list.push(g);
    byProblem.set(k, list);
  }
  // In line order, and at one line in mergeKeys' occurrence order (the `#n` at the end of the key).
  const nth = (key: string) => Number(key.slice(key.lastIndexOf('#') + 1));
  const spanning = groups
    .filter((g) => g.end > g.line)
    .sort((a, b) => a.line - b.line || nth(a.key) - nth(b.key));
  const taken = new Set<string>();
  for (const g of spanning) {
    const match = (byProblem.get(JSON.stringify([g.file, g.problem])) ?? [])
      .filter(
        (c) =>
          c.end === c.line &&
          !taken.has(c.key) &&
          c.line > g.line &&
          c.line <= g.end &&
          ![...c.tools].some((t) => g.tools.has(t)),
      )
      .sort((a, b) => a.line - b.line || a.column - b.column)[0];
    if (!match) continue;
    taken.add(match.key);
    for (const m of match.members) keys.set(m, g.key);
  }
}

/**
 * One finding per problem: cross-tool duplicates folded into the first tool's finding (in `order`, most
 * precise first), which names the others in `alsoReportedBy`.
 */
export function mergeAcrossTools(findings: readonly Finding[], order: readonly string[]): Finding[] {
  // One tool never duplicates itself (its n-th finding of a problem on a line is only ever its own).
  if (new Set(findings.map((f) => f.tool)).size < 2) return [...findings];
  const rank = (t: string) => {
    const i = order.indexOf(t);
    return i < 0 ? order.length : i;
  };
  const ordered = [...findings].sort((a, b) => rank(a.tool) - rank(b.tool));
  const keys = mergeKeys(ordered);
  joinSpans(ordered, keys);
  return mergeDuplicates(ordered, (f) => keys.get(f));
}

/** Which tool's wording and location to keep when several report one problem. */
export const MERGE_ORDER = [
  'ruff',
  'flake8',
  'pylint',
  'mypy',
  'autoflake',
  'isort',
  'autopep8',
  'ruff-format',
];
