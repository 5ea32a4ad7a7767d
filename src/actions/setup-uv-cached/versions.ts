import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { InputError } from '../../core/errors.js';
import { readPythonVersionFile } from '../../core/python-version-file.js';
import { isExactVersion, newestSatisfying } from '../../core/versions.js';

export interface Resolved {
  value: string;
  /** Where it came from, for the summary: 'input', 'uv.toml', '.python-version', ... */
  from: string;
}

function readToml(file: string): Record<string, unknown> | undefined {
  if (!fs.existsSync(file)) return undefined;
  try {
    return parseToml(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`${file} is not valid TOML: ${(err as Error).message}`);
  }
}

function get(obj: unknown, ...keys: string[]): unknown {
  let cur = obj;
  for (const k of keys)
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined;
  return cur;
}

/** The uv version a file asks for: uv.toml / pyproject.toml `required-version`, `.tool-versions`, requirements. */
export function uvVersionFromFile(file: string): string | undefined {
  const base = path.basename(file);
  if (!fs.existsSync(file)) return undefined;
  if (base === 'uv.toml') return get(readToml(file), 'required-version') as string | undefined;
  if (base === 'pyproject.toml')
    return get(readToml(file), 'tool', 'uv', 'required-version') as string | undefined;
  const text = fs.readFileSync(file, 'utf8');
  if (base === '.tool-versions') {
    const m = /^\s*uv\s+(\S+)/m.exec(text);
    return m?.[1];
  }
  const m = /^\s*uv\s*(==|>=|~=)\s*([^\s;#]+)/m.exec(text);
  return m ? (m[1] === '==' ? (m[2] as string) : `${m[1]}${m[2]}`) : undefined;
}

/**
 * The uv version to install: the `version` input, else `version-file`, else the project's own files, else
 * the newest version in our checksum table. A specifier picks the newest known version satisfying it.
 */
export function resolveUvVersion(
  opts: { version?: string; versionFile?: string; workingDirectory: string },
  known: readonly string[],
  newest: string,
): Resolved {
  const pick = (spec: string, from: string, input: string): Resolved => {
    const s = spec.trim().replace(/^v/, '');
    if (s === 'latest') return { value: newest, from };
    if (isExactVersion(s)) return { value: s, from };
    const v = newestSatisfying(known, s);
    if (!v)
      throw new InputError(
        input,
        spec,
        `no uv version in pyprod-actions' checksum table satisfies it (known: ${known.slice(-5).join(', ')}, ...); give an exact version with a checksum input`,
      );
    return { value: v, from };
  };
  if (opts.version) return pick(opts.version, 'input', 'version');
  if (opts.versionFile) {
    const file = path.resolve(opts.workingDirectory, opts.versionFile);
    if (!fs.existsSync(file))
      throw new InputError('version-file', opts.versionFile, `the file does not exist (looked at ${file})`);
    const v = uvVersionFromFile(file);
    if (!v)
      throw new InputError(
        'version-file',
        opts.versionFile,
        'the file names no uv version (required-version, a `uv` line in .tool-versions, or uv==X)',
      );
    return pick(v, path.basename(file), 'version-file');
  }
  for (const name of ['uv.toml', 'pyproject.toml', '.tool-versions']) {
    const v = uvVersionFromFile(path.join(opts.workingDirectory, name));
    if (v) return pick(v, name, 'version');
  }
  return { value: newest, from: 'default (newest verified)' };
}

/** The Python request for uv: the input, else `.python-version`, else `requires-python`; undefined lets uv pick. */
export function resolvePythonRequest(
  input: string | undefined,
  workingDirectory: string,
): Resolved | undefined {
  if (input) return { value: input, from: 'input' };
  const pinned = readPythonVersionFile(workingDirectory);
  if (pinned) return { value: pinned, from: '.python-version' };
  const req = get(readToml(path.join(workingDirectory, 'pyproject.toml')), 'project', 'requires-python');
  if (typeof req === 'string' && req.trim()) return { value: req.trim(), from: 'requires-python' };
  return undefined;
}
