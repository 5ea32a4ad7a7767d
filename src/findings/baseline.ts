import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { errorMessage, InputError } from '../core/errors.js';
import type { Finding } from './finding.js';

/**
 * The accepted findings of a repository, by fingerprint: findings listed here are "known" and do not
 * fail a run; anything else is "new". Sorted and one per line, so a change to it reads well in a diff.
 */
export interface Baseline {
  version: 1;
  /** The action that wrote it (a ruff baseline must not silence gitleaks). */
  tool: string;
  fingerprints: string[];
}

export interface BaselineSplit<T extends Finding = Finding> {
  new: T[];
  known: T[];
}

const SHAPE = 'a JSON file of the form {"version": 1, "tool": "<action>", "fingerprints": ["..."]}';

/**
 * Reads a baseline file. A missing file or one that is not a baseline is an error naming the
 * `baseline` input and the path: a typo must not silently turn every known finding into a new one.
 * With `tool`, a baseline written by another action is refused too.
 */
export async function loadBaseline(
  file: string,
  opts: { input?: string; tool?: string } = {},
): Promise<Baseline> {
  const input = opts.input ?? 'baseline';
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no file exists at that path' : errorMessage(err);
    throw new InputError(input, file, `${SHAPE} (${why}; write one with the write-baseline input)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(input, file, `${SHAPE} (it is not valid JSON: ${errorMessage(err)})`);
  }
  const b = data as Partial<Baseline> | null;
  if (!b || typeof b !== 'object' || Array.isArray(b)) {
    throw new InputError(input, file, `${SHAPE} (it holds ${Array.isArray(b) ? 'an array' : typeof b})`);
  }
  if (b.version !== 1) {
    throw new InputError(
      input,
      file,
      `${SHAPE} (its version is ${JSON.stringify(b.version)}, only 1 is known)`,
    );
  }
  if (typeof b.tool !== 'string') throw new InputError(input, file, `${SHAPE} (its "tool" is not a string)`);
  if (opts.tool && b.tool !== opts.tool) {
    throw new InputError(
      input,
      file,
      `a baseline written by ${opts.tool} (this one was written by ${b.tool})`,
    );
  }
  if (!Array.isArray(b.fingerprints) || !b.fingerprints.every((f) => typeof f === 'string')) {
    throw new InputError(input, file, `${SHAPE} (its "fingerprints" is not an array of strings)`);
  }
  return { version: 1, tool: b.tool, fingerprints: b.fingerprints };
}

/** Splits findings into those the baseline does not list (`new`) and those it does (`known`). */
export function splitByBaseline<T extends Finding>(
  findings: readonly T[],
  baseline: Baseline | undefined,
): BaselineSplit<T> {
  if (!baseline) return { new: [...findings], known: [] };
  const accepted = new Set(baseline.fingerprints);
  const split: BaselineSplit<T> = { new: [], known: [] };
  for (const f of findings) (accepted.has(f.fingerprint) ? split.known : split.new).push(f);
  return split;
}

/** The baseline that accepts exactly these findings. */
export function baselineOf(findings: readonly Finding[], tool: string): Baseline {
  return { version: 1, tool, fingerprints: [...new Set(findings.map((f) => f.fingerprint))].sort() };
}

export function serialiseBaseline(b: Baseline): string {
  return `${JSON.stringify({ version: b.version, tool: b.tool, fingerprints: b.fingerprints }, null, 2)}\n`;
}

/**
 * Writes the baseline for these findings, creating parent directories. Writing a baseline is an
 * explicit request, so an existing file is replaced.
 */
export async function writeBaseline(
  file: string,
  findings: readonly Finding[],
  tool: string,
): Promise<Baseline> {
  const b = baselineOf(findings, tool);
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.writeFile(file, serialiseBaseline(b));
  return b;
}
