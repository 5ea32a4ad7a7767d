import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../../src/actions/vuln-audit/sources/http-retry.js';
import { mapBounded } from '../../../src/core/map-bounded.js';

describe('retryAfterMs', () => {
  const now = Date.parse('2024-05-06T14:21:27Z');
  it('reads delta-seconds and HTTP dates (RFC 9110)', () => {
    expect(retryAfterMs('2', now)).toBe(2000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs(['120', '5'], now)).toBe(120_000);
    expect(retryAfterMs('Mon, 06 May 2024 14:21:57 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Mon, 06 May 2024 14:00:00 GMT', now)).toBe(0);
  });
  it('nothing usable: undefined', () => {
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
    expect(retryAfterMs('-5', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});

describe('mapBounded', () => {
  it('keeps the order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapBounded([5, 1, 4, 2, 3, 0], 2, async (n, i) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, n * 3));
      running -= 1;
      return `${i}:${n}`;
    });
    expect(out).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0']);
    expect(most).toBe(2);
    expect(await mapBounded([], 4, async () => 1)).toEqual([]);
  });
});
