import { InputError } from '../../../core/errors.js';

const ALLOWED = 'expected an http:// or https:// URL without credentials, query or fragment';

/**
 * The base URL of a vulnerability service (the OSV API, PyPI, or a mirror of either), checked: http or
 * https only (no file:, data: ...), no credentials (they would be printed with the URL), no query or
 * fragment (paths are appended to it). Returned without trailing slashes; a path prefix is kept.
 */
export function serviceBaseUrl(value: string, input: string): string {
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new InputError(input, value, ALLOWED);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(input, value, ALLOWED);
  if (
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    trimmed.includes('?') ||
    trimmed.includes('#')
  ) {
    throw new InputError(input, value, ALLOWED);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
