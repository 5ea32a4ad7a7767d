import { InputError } from '../../core/errors.js';
import { redactUrls } from '../../core/redact.js';
import { serviceBaseUrl } from './sources/base-url.js';

/**
 * The `osv-url` / `pypi-url` input checked as the sources check it (serviceBaseUrl); the error for a refused
 * URL never repeats a credential written into it. Its own module: the gate checks `osv-url` with it too,
 * without bundling the sources.
 */
export function checkedServiceUrl(value: string, name: string): string {
  try {
    return serviceBaseUrl(value, name);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(name, redactUrls(value), err.allowed);
    throw err;
  }
}
