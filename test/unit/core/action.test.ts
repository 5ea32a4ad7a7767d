import { afterEach, describe, expect, it } from 'vitest';
import { failStepOnRejection } from '../../../src/core/action.js';
import type { AnnotationLevel, AnnotationProps } from '../../../src/core/runtime.js';

describe('a rejection nobody awaited', () => {
  const saved = process.exitCode;
  afterEach(() => {
    process.exitCode = saved;
  });

  it('fails the step with its message as an error annotation', () => {
    const seen: Array<[AnnotationLevel, string, AnnotationProps]> = [];
    const handler = failStepOnRejection({ annotate: (l, m, p) => seen.push([l, m, p]) }, 'secret-scan');
    process.exitCode = 0;
    handler(new Error('the cache service went away'));
    expect(process.exitCode).toBe(1);
    expect(seen).toEqual([['error', 'secret-scan: unexpected error: the cache service went away', {}]]);
  });
});
