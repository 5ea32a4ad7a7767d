import { InputError } from '../../core/errors.js';
import { validProjectDir } from './read.js';

/**
 * The projects the merge expects a report from: actions/projects' `matrix` output (JSON, its entries' `dir`)
 * or its `projects` output (one directory per line). A project without a report is a failure, never a pass.
 */
export function parseExpected(value: string, input = 'projects'): string[] {
  const v = value.trim();
  let dirs: unknown[];
  if (v.startsWith('{') || v.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(v);
    } catch (err) {
      throw new InputError(
        input,
        value.slice(0, 200),
        `JSON that does not parse (${err instanceof Error ? err.message : err}); expected actions/projects' matrix output or one directory per line`,
      );
    }
    const list = Array.isArray(json) ? json : (json as { include?: unknown }).include;
    if (!Array.isArray(list)) {
      throw new InputError(
        input,
        value.slice(0, 200),
        "a matrix without an `include` list; expected actions/projects' matrix output",
      );
    }
    dirs = list.map((e) => (typeof e === 'string' ? e : (e as { dir?: unknown } | null)?.dir));
  } else {
    dirs = v
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
  }
  const out: string[] = [];
  for (const d of dirs) {
    const dir = validProjectDir(typeof d === 'string' ? d.replace(/\/+$/, '') || '.' : d);
    if (!dir) {
      throw new InputError(
        input,
        String(d).slice(0, 200),
        'project directories relative to the workspace (as actions/projects lists them)',
      );
    }
    if (!out.includes(dir)) out.push(dir);
  }
  return out;
}
