import type { VulnAuditInputs } from './inputs.js';
import type { VulnSource } from './osv.js';
import { osvApiSource } from './sources/osv-api.js';
import { osvDatabaseSource } from './sources/osv-database.js';
import { pypiSource } from './sources/pypi.js';

/** The source the `source` input names, with its URL or export. */
export function openSource(
  i: Pick<VulnAuditInputs, 'source' | 'database' | 'osvUrl' | 'pypiUrl'>,
): VulnSource {
  if (i.source === 'database') {
    // loadInputs guarantees it: `database` is required with source: database.
    if (!i.database) throw new Error('source: database needs the database input');
    return osvDatabaseSource(i.database);
  }
  if (i.source === 'pypi') return pypiSource({ url: i.pypiUrl });
  return osvApiSource({ url: i.osvUrl });
}
