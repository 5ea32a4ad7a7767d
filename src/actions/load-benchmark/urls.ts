import { isIP } from 'node:net';
import { InputError } from '../../core/errors.js';

/** Where a service listens, as the load and the port check see it. */
export interface Endpoint {
  host: string;
  port: number;
}

const ALLOWED =
  'an http:// or https:// URL on the loopback interface (127.0.0.1, another 127.x.y.z, [::1] or localhost)';

function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1';
  return false;
}

/**
 * Checks one URL the action will load: http(s), on a loopback address, no credentials. The load never
 * leaves the machine, so the action cannot be turned into a load generator against someone else's host.
 */
export function loopbackUrl(value: string, input: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(input, value, `expected ${ALLOWED}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InputError(input, value, `expected ${ALLOWED}`);
  if (!isLoopbackHost(url.hostname)) {
    throw new InputError(input, value, `the load is only sent to loopback addresses: expected ${ALLOWED}`);
  }
  if (url.username || url.password)
    throw new InputError(input, value, 'credentials in the URL are not allowed');
  return url;
}

export function endpointOf(url: URL): Endpoint {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return { host, port };
}

/** The part that names a scenario across runs and machines: path and query (the port may differ). */
export function scenarioKey(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}
