import { describe, expect, it } from 'vitest';
import { compareVersions, isExactVersion, newestSatisfying, satisfies } from '../../../src/core/versions.js';

describe('versions', () => {
  it('compares numerically, with pre-releases first', () => {
    expect(compareVersions('0.9.10', '0.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.2', '1.2.0')).toBe(0);
    expect(compareVersions('1.0.0rc1', '1.0.0')).toBeLessThan(0);
  });
  it('evaluates PEP 440 specifiers', () => {
    expect(satisfies('0.9.5', '>=0.9,<0.10')).toBe(true);
    expect(satisfies('0.10.0', '>=0.9,<0.10')).toBe(false);
    expect(satisfies('3.12.4', '==3.12.*')).toBe(true);
    expect(satisfies('3.13.0', '~=3.12')).toBe(true);
    expect(satisfies('4.0', '~=3.12')).toBe(false);
    expect(satisfies('0.9.5', '!=0.9.5')).toBe(false);
  });
  it('picks the newest satisfying version', () => {
    expect(newestSatisfying(['0.8.0', '0.9.2', '0.9.10', '0.10.1'], '<0.10')).toBe('0.9.10');
    expect(newestSatisfying(['0.8.0'], '>=1')).toBeUndefined();
    expect(isExactVersion('0.9.5')).toBe(true);
    expect(isExactVersion('>=0.9')).toBe(false);
  });
});
