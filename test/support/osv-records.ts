import * as fs from 'node:fs';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { OsvRecord } from '../../src/actions/vuln-audit/osv.js';

/** The real OSV records of test/fixtures/vuln-audit/records (origin in that folder's README). */
export const RECORDS_DIR = path.resolve('test/fixtures/vuln-audit/records');

export function fixtureRecords(): OsvRecord[] {
  return fs
    .readdirSync(RECORDS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(RECORDS_DIR, f), 'utf8')) as OsvRecord);
}

export function fixtureRecord(id: string): OsvRecord {
  return JSON.parse(fs.readFileSync(path.join(RECORDS_DIR, `${id}.json`), 'utf8')) as OsvRecord;
}

/** Writes `records` as OSV publishes an ecosystem's all.zip: one `<ID>.json` per record at the root. */
export function writeOsvZip(file: string, records: readonly OsvRecord[]): void {
  fs.writeFileSync(
    file,
    zipSync(Object.fromEntries(records.map((r) => [`${r.id}.json`, strToU8(JSON.stringify(r))]))),
  );
}

/** test/fixtures/vuln-audit/project: the project the audit tests run on (real uv.lock, .python-version). */
export const FIXTURE_PROJECT = path.resolve('test/fixtures/vuln-audit/project');

/** A fresh copy of the fixture project's files uv reads, in a new directory under `parent`. */
export function fixtureWorkspace(parent: string): string {
  const ws = fs.mkdtempSync(path.join(parent, 'ws-'));
  for (const f of ['pyproject.toml', 'uv.lock', '.python-version'])
    fs.copyFileSync(path.join(FIXTURE_PROJECT, f), path.join(ws, f));
  return ws;
}
