// The corpus' measurements that are not a tool run: the venv's fingerprint, the licence comparison with
// pip-licenses, line lengths, and the Markdown table.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Every installed distribution's RECORD, hashed: `name.dist-info` → sha256 (site-packages of every lib). */
export function venvFingerprint(venv: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const lib of ['lib', 'lib64', 'Lib']) {
    const libDir = path.join(venv, lib);
    if (!fs.existsSync(libDir)) continue;
    for (const py of fs.readdirSync(libDir)) {
      const site = path.join(libDir, py, 'site-packages');
      if (!fs.existsSync(site)) continue;
      for (const d of fs.readdirSync(site)) {
        if (!d.endsWith('.dist-info')) continue;
        const record = path.join(site, d, 'RECORD');
        const digest = fs.existsSync(record)
          ? createHash('sha256').update(fs.readFileSync(record)).digest('hex')
          : 'no RECORD';
        out.set(`${py}/${d}`, digest);
      }
    }
  }
  return out;
}

/** What changed between two fingerprints, as `+added`, `-removed`, `~changed` names. */
export function venvChanges(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [k, v] of after) {
    if (!before.has(k)) changes.push(`+${k}`);
    else if (before.get(k) !== v) changes.push(`~${k}`);
  }
  for (const k of before.keys()) if (!after.has(k)) changes.push(`-${k}`);
  return changes.sort();
}

export interface CliLicence {
  name: string;
  licence: string;
  verdict: string;
}

const plain = (cell: string) =>
  cell
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\\(.)/g, '$1')
    .trim();

/** The package rows of license-gate's summary tables (package, version, licence, from, family, verdict, ...). */
export function cliLicences(summary: string): CliLicence[] {
  const rows: CliLicence[] = [];
  for (const line of summary.split('\n')) {
    if (!line.startsWith('| <code>')) continue;
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map(plain);
    if (cells.length < 6) continue;
    rows.push({ name: cells[0] as string, licence: cells[2] as string, verdict: cells[5] as string });
  }
  return rows;
}

/** The version uv.lock pins for a package (`[[package]] name = ... version = ...`), if it has it. */
export function lockedVersion(lockText: string, pkg: string): string | undefined {
  const name = pkg.toLowerCase().replace(/[-_.]+/g, '-');
  const re = /^name = "([^"]+)"\r?\nversion = "([^"]+)"/gm;
  for (const m of lockText.matchAll(re)) {
    if ((m[1] as string).toLowerCase().replace(/[-_.]+/g, '-') === name) return m[2];
  }
  return undefined;
}

export const normalizeName = (n: string) => n.toLowerCase().replace(/[-_.]+/g, '-');

/** pip-licenses' JSON (`--format=json`): name → licence string. */
export function pipLicences(json: string): Map<string, string> {
  const rows = JSON.parse(json) as { Name: string; License: string }[];
  return new Map(rows.map((r) => [normalizeName(r.Name), r.License]));
}

/**
 * Packages for which license-gate shows no licence while pip-licenses shows a licence string: evidence the
 * gate dropped. And the counted packages pip-licenses does not see installed.
 */
export function licenceDisagreements(cli: CliLicence[], pip: Map<string, string>) {
  const dropped: string[] = [];
  const notInstalled: string[] = [];
  for (const c of cli) {
    const theirs = pip.get(normalizeName(c.name));
    if (theirs === undefined) {
      notInstalled.push(c.name);
      continue;
    }
    const noneHere = /^(|—|-|unknown|none.*|no licen[cs]e.*)$/i.test(c.licence);
    if (noneHere && theirs && theirs !== 'UNKNOWN') dropped.push(`${c.name} (pip-licenses: ${theirs})`);
  }
  return { dropped, notInstalled };
}

/** Findings on a line no longer than the limit: a line-length rule firing under the project's limit. */
export function lineLengthWithinLimit(
  findings: { rule: string; file?: string; line?: number }[],
  workspace: string,
  limit: number,
): number {
  const cache = new Map<string, string[]>();
  let n = 0;
  for (const f of findings) {
    if (!['E501', 'C0301', 'line-too-long'].includes(f.rule) || !f.file || !f.line) continue;
    const file = path.resolve(workspace, f.file);
    let lines = cache.get(file);
    if (!lines) {
      lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
      cache.set(file, lines);
    }
    const text = lines[f.line - 1];
    if (text !== undefined && [...text.replace(/\r$/, '')].length <= limit) n++;
  }
  return n;
}

export interface Row {
  project: string;
  check: string;
  cli: string;
  hand: string;
  /** `yes`, `no`, or `—` for rows that only inform. */
  match: string;
  cliMs?: number;
  handMs?: number;
  note?: string;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const secs = (ms?: number) => (ms === undefined ? '' : `${(ms / 1000).toFixed(1)} s`);

export function markdownTable(rows: Row[]): string {
  const head =
    '| project | check | CLI | by hand | match | CLI time | by-hand time | note |\n| --- | --- | --- | --- | --- | --- | --- | --- |';
  const body = rows.map(
    (r) =>
      `| ${cell(r.project)} | ${cell(r.check)} | ${cell(r.cli)} | ${cell(r.hand)} | ${r.match} | ${secs(r.cliMs)} | ${secs(r.handMs)} | ${cell(r.note ?? '')} |`,
  );
  return [head, ...body].join('\n');
}
