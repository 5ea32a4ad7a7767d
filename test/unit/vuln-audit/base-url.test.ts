import { describe, expect, it } from 'vitest';
import { serviceBaseUrl } from '../../../src/actions/vuln-audit/sources/base-url.js';
import { InputError } from '../../../src/core/errors.js';

describe('serviceBaseUrl', () => {
  it('keeps http(s) URLs, with a path prefix, without trailing slashes', () => {
    expect(serviceBaseUrl('https://api.osv.dev', 'osv-url')).toBe('https://api.osv.dev');
    expect(serviceBaseUrl(' https://api.osv.dev/ ', 'osv-url')).toBe('https://api.osv.dev');
    expect(serviceBaseUrl('http://127.0.0.1:8080/osv//', 'osv-url')).toBe('http://127.0.0.1:8080/osv');
    expect(serviceBaseUrl('HTTPS://Mirror.Example/pypi', 'pypi-url')).toBe('https://mirror.example/pypi');
  });

  it.each([
    'api.osv.dev',
    'file:///etc/passwd',
    'ftp://mirror.example/',
    'javascript:alert(1)',
    'https://user:secret@mirror.example/',
    'https://mirror.example/?token=1',
    'https://mirror.example/#x',
    '',
  ])('refuses %j, naming the input, the value and what is allowed', (value) => {
    let err: unknown;
    try {
      serviceBaseUrl(value, 'osv-url');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(
      `Input 'osv-url' has an invalid value ${JSON.stringify(value)}: expected an http:// or https:// URL without credentials, query or fragment.`,
    );
  });
});
