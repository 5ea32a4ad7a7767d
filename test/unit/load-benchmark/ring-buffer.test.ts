import { describe, expect, it } from 'vitest';
import { LineRing } from '../../../src/actions/load-benchmark/ring-buffer.js';

describe('LineRing', () => {
  it('keeps the last lines of interleaved streams, splitting chunks on newlines', () => {
    const r = new LineRing(3, 10);
    expect(r.write('one\ntw', 'out')).toEqual(['one']);
    expect(r.write('ERR\n', 'err')).toEqual(['ERR']);
    expect(r.write('o\nthree\nfour\n', 'out')).toEqual(['two', 'three', 'four']);
    expect(r.lines()).toEqual(['two', 'three', 'four']);
    expect(r.total).toBe(5);
    expect(r.tail(2)).toBe('three\nfour');
  });

  it('shows an unfinished line last and clips very long lines', () => {
    const r = new LineRing(5, 4);
    r.write('abcdefgh\nparti', 'out');
    expect(r.lines()).toEqual(['abcd…', 'parti']);
    expect(r.some(/part/)).toBe(true);
    expect(r.some(/nothing/)).toBe(false);
  });
});
