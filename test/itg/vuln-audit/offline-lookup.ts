// Run by sources.test.ts in a network namespace of its own: the offline database's answer, and a probe
// showing that the network (even the parent's loopback OSV server) is out of reach.
import * as net from 'node:net';
import { osvDatabaseSource } from '../../../src/actions/vuln-audit/sources/osv-database.js';

const [dbPath = '', probeUrl = '', packagesJson = '[]'] = process.argv.slice(2);
const u = new URL(probeUrl);
const probe = await new Promise<string>((resolve) => {
  const s = net.connect(Number(u.port), u.hostname);
  s.once('connect', () => {
    s.destroy();
    resolve('connected');
  });
  s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
});
const source = osvDatabaseSource(dbPath);
const result = await source.lookup(JSON.parse(packagesJson));
const ids = Object.fromEntries([...result].map(([k, v]) => [k, v.map((r) => r.id)]));
process.stdout.write(JSON.stringify({ probe, description: source.description, ids }));
