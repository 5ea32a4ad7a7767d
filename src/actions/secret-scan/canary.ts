import { randomInt } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { runGitleaks } from './gitleaks-run.js';

/**
 * The positive control: before a scan is believed, the same gitleaks binary with the same configuration
 * scans a file of fake credentials it must detect. A scanner that finds nothing there (a broken release, an
 * allowlist that swallows everything, a config that replaced the default rules) would also find nothing in
 * the repository, and a clean result would be a lie.
 *
 * The values are random on every run (so no fingerprint in a .gitleaksignore or baseline can match them),
 * random enough for gitleaks' entropy checks, and free of its placeholder stopwords. The prefixes are
 * assembled from parts so that this source and the bundle hold no literal a scanner would flag.
 */

export const CANARY_KINDS = ['aws-access-key', 'github-token', 'private-key', 'slack-token'] as const;
export type CanaryKind = (typeof CANARY_KINDS)[number];

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;

/** Random characters from `alphabet` (crypto-random: the values are unguessable, nothing to memorise). */
function pick(alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[randomInt(alphabet.length)];
  return s;
}

const join = (...parts: string[]) => parts.join('');

/** Shannon entropy in bits per character, as gitleaks computes it for a rule's `entropy` threshold. */
export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

/**
 * Random values fall below a rule's entropy threshold now and then (`AKIASA2JUUJA6JJJUUJT`: 2.75 bits, under
 * aws-access-token's 3; 2 of 3,000 samples), and a control that fails at random would fail scans at random.
 * So a value is drawn again until it clears the highest threshold of gitleaks' default rules with a margin.
 */
const MIN_ENTROPY = 3.5;
/**
 * And gitleaks' allowlists drop a value that its global regex `(?i)^true|false|null$` matches (as written, it
 * matches any value that starts with "true", holds "false" or ends with "null": `AKIAX2JW77ERND6PNULL` was
 * missed) or, for AWS keys, that ends with EXAMPLE.
 */
const ALLOWLISTED = [/^true|false|null$/i, /EXAMPLE$/];

/** Whether gitleaks' default rules would report `v` (entropy and allowlists; the shape is the maker's). */
export function detectable(v: string): boolean {
  return shannonEntropy(v) >= MIN_ENTROPY && !ALLOWLISTED.some((re) => re.test(v));
}

function highEntropy(make: () => string): string {
  for (;;) {
    const v = make();
    if (detectable(v)) return v;
  }
}

/**
 * The lines of one kind, shaped for gitleaks' default rule of that kind (see config/gitleaks.toml). Values
 * stand bare, one per line with no name such as `token =`, so that only the rule for that kind can find
 * them (generic-api-key, which looks at assignments, would otherwise stand in for a dropped rule).
 */
const MAKERS: Record<CanaryKind, () => string[]> = {
  // aws-access-token: (AKIA|ASIA|...)[A-Z2-7]{16}
  'aws-access-key': () => [highEntropy(() => `${join('AK', 'IA')}${pick(`${UPPER}234567`, 16)}`)],
  // github-pat: ghp_[0-9a-zA-Z]{36}
  'github-token': () => [highEntropy(() => `${join('gh', 'p_')}${pick(ALNUM, 36)}`)],
  // private-key: -----BEGIN ... PRIVATE KEY----- then 64+ characters, then KEY-----
  'private-key': () => {
    const marker = (edge: string) => `-----${edge} RSA ${join('PRIV', 'ATE')} KEY-----`;
    const body = Array.from({ length: 4 }, () => pick(`${ALNUM}+/`, 64));
    return [marker('BEGIN'), ...body, marker('END')];
  },
  // slack-bot-token: xoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9-]*
  'slack-token': () => [
    highEntropy(() => `${join('xo', 'xb-')}${pick(DIGITS, 12)}-${pick(DIGITS, 12)}-${pick(ALNUM, 24)}`),
  ],
};

export interface CanaryFile {
  text: string;
  /** Lines (1-based, inclusive) each kind occupies. */
  lines: Record<CanaryKind, { from: number; to: number }>;
}

/** A fresh canary holding one credential of each kind asked for, each on its own lines. */
export function makeCanary(kinds: readonly CanaryKind[]): CanaryFile {
  const out: string[] = [];
  const lines = {} as CanaryFile['lines'];
  for (const kind of kinds) {
    const block = MAKERS[kind]();
    lines[kind] = { from: out.length + 1, to: out.length + block.length };
    out.push(...block, '');
  }
  return { text: `${out.join('\n')}\n`, lines };
}

/** The kinds with no finding on their lines (findings are told apart by line, whatever the rule's id). */
export function missedKinds(canary: CanaryFile, entries: readonly unknown[]): CanaryKind[] {
  const hit = new Set<CanaryKind>();
  for (const e of entries) {
    const line = (e as { StartLine?: unknown }).StartLine;
    if (typeof line !== 'number') continue;
    for (const [kind, span] of Object.entries(canary.lines) as [CanaryKind, { from: number; to: number }][]) {
      if (line >= span.from && line <= span.to) hit.add(kind);
    }
  }
  return (Object.keys(canary.lines) as CanaryKind[]).filter((k) => !hit.has(k));
}

export interface CanaryResult {
  checked: CanaryKind[];
  missed: CanaryKind[];
  durationMs: number;
}

/**
 * Scans a fresh canary in a private folder under `tempDir` with `gitleaks dir`, from `cwd` (the scan's own
 * folder, so that relative paths in the config resolve as they do for the scan), and deletes it. The
 * values exist only in that file: gitleaks runs with --redact and its report is read for line numbers only.
 */
export async function runCanary(
  bin: string,
  kinds: readonly CanaryKind[],
  opts: { config?: string; cwd: string; env: NodeJS.ProcessEnv; tempDir: string },
): Promise<CanaryResult> {
  if (kinds.length === 0) return { checked: [], missed: [], durationMs: 0 };
  await fs.mkdir(opts.tempDir, { recursive: true });
  const dir = await fs.mkdtemp(path.join(opts.tempDir, 'canary-'));
  try {
    const canary = makeCanary(kinds);
    await fs.writeFile(path.join(dir, 'samples.txt'), canary.text, { mode: 0o600 });
    const r = await runGitleaks(
      bin,
      { target: { mode: 'dir' }, config: opts.config, source: dir },
      { cwd: opts.cwd, env: opts.env, tempDir: opts.tempDir, timeoutMs: 60_000 },
    );
    return { checked: [...kinds], missed: missedKinds(canary, r.entries), durationMs: r.durationMs };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The step's error when the control failed: what was missed, with which gitleaks and which rules. */
export function canaryFailure(missed: readonly CanaryKind[], version: string, rules: string): string {
  return (
    `the scanner found nothing in a sample it must detect (${missed.join(', ')}): the result of this scan ` +
    `cannot be trusted. gitleaks ${version} with ${rules} did not report these fake credentials, generated ` +
    'for this run in a private temporary folder. Check the configuration (an allowlist that matches ' +
    'everything, [[rules]] without [extend] useDefault = true) or pin another `version`; a configuration ' +
    'that deliberately drops a rule lists the kinds it still detects in `canary-kinds`.'
  );
}
