import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface InputMeta {
  name: string;
  description: string;
  default?: string;
}

/** The actions/ folder beside the bundle (dist/pyprod/index.js → ../../actions) or beside src/ in a checkout. */
function actionsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const up of ['../..', '../../..', '..']) {
    const dir = path.resolve(here, up, 'actions');
    if (fs.existsSync(dir)) return dir;
  }
  return path.resolve(here, '../../actions');
}

/** An action's action.yml; the production gate's is the repository's root action.yml. */
export function manifestPath(action: string): string {
  const dir = actionsDir();
  return action === 'gate' ? path.join(dir, '..', 'action.yml') : path.join(dir, action, 'action.yml');
}

/** The inputs an action declares in its action.yml: the CLI's flags are exactly these. */
export async function readInputs(action: string): Promise<InputMeta[]> {
  const file = manifestPath(action);
  const { parse } = await import('yaml');
  const doc = parse(fs.readFileSync(file, 'utf8')) as {
    inputs?: Record<string, { description?: string; default?: unknown }>;
  };
  return Object.entries(doc.inputs ?? {}).map(([name, v]) => ({
    name,
    description: (v.description ?? '').trim(),
    ...(v.default !== undefined ? { default: String(v.default) } : {}),
  }));
}
