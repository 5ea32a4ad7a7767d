import * as fs from 'node:fs';
import * as path from 'node:path';
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
