import { describe, expect, it } from 'vitest';
import {
  backoffSchedule,
  DEFAULT_FETCH,
  isRetryableStatus,
  redactUrl,
} from '../../../src/provision/download.js';

describe('download retry policy', () => {
  it('doubles the wait from the base delay, one wait fewer than the tries', () => {
    expect(backoffSchedule(1, 100)).toEqual([]);
    expect(backoffSchedule(4, 100)).toEqual([100, 200, 400]);
    expect(backoffSchedule(5, 1000)).toEqual([1000, 2000, 4000, 8000]);
  });

  it('caps each wait', () => {
    expect(backoffSchedule(8, 1000, 5000)).toEqual([1000, 2000, 4000, 5000, 5000, 5000, 5000]);
    expect(backoffSchedule(DEFAULT_FETCH.attempts, DEFAULT_FETCH.baseDelayMs)).toEqual([1000, 2000, 4000]);
  });

  it('retries server errors, 429 and 408, never other 4xx', () => {
    for (const s of [500, 502, 503, 504, 429, 408]) expect(isRetryableStatus(s), String(s)).toBe(true);
    for (const s of [400, 401, 403, 404, 410, 451]) expect(isRetryableStatus(s), String(s)).toBe(false);
  });

  it('keeps credentials out of logged URLs', () => {
    expect(redactUrl('https://user:s3cret@mirror.example/uv/x.tar.gz')).toBe(
      'https://mirror.example/uv/x.tar.gz',
    );
    expect(redactUrl('https://mirror.example/uv/x.tar.gz')).toBe('https://mirror.example/uv/x.tar.gz');
    expect(redactUrl('not a url')).toBe('not a url');
  });
});
