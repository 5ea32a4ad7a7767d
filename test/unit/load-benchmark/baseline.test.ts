import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compareWithBaseline,
  formatChange,
  loadBenchmarkBaseline,
} from '../../../src/actions/load-benchmark/baseline.js';
import { InputError } from '../../../src/core/errors.js';
import { scenario } from './scenario.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-baseline-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, body: unknown) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, typeof body === 'string' ? body : JSON.stringify(body));
  return f;
};

describe('loadBenchmarkBaseline', () => {
  it("reads the command scenarios of an earlier run's JSON result", async () => {
    const file = write('run.json', {
      tool: 'pyprod-actions',
      action: 'load-benchmark',
      meta: {
        benchmark: {
          format: 'pyprod-load-benchmark/1',
          scenarios: [
            scenario({ rps: 900, p95: 30 }),
            scenario({ role: 'compare', rps: 5 }),
            scenario({ key: '/h', rps: 2000 }),
          ],
        },
      },
    });
    expect(await loadBenchmarkBaseline(file)).toEqual([
      { key: '/items/3', rps: 900, p95: 30 },
      { key: '/h', rps: 2000, p95: 40 },
    ]);
    // The bare benchmark object is accepted too.
    expect(await loadBenchmarkBaseline(write('bare.json', { scenarios: [scenario()] }))).toHaveLength(1);
  });

  it('names the input and the file when it is missing, not JSON, or not a benchmark', async () => {
    for (const file of [
      path.join(dir, 'missing.json'),
      write('bad.json', '{oops'),
      write('other.json', { findings: [] }),
    ]) {
      const err = await loadBenchmarkBaseline(file).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).input).toBe('baseline');
      expect((err as InputError).value).toBe(file);
    }
  });
});

describe('compareWithBaseline', () => {
  const base = [
    { key: '/items/3', rps: 1000, p95: 40 },
    { key: '/gone', rps: 1, p95: 1 },
  ];

  it('passes within max-regression and fails beyond it, on req/s or on p95', () => {
    const ok = compareWithBaseline([scenario({ rps: 920, p95: 43 })], base, 0.1);
    expect(ok.regressed).toBe(false);
    expect(ok.rows[0]).toMatchObject({ rpsRatio: 0.92, p95Ratio: 1.075, regressed: false });

    const slower = compareWithBaseline([scenario({ rps: 850 })], base, 0.1);
    expect(slower.regressed).toBe(true);
    expect(slower.rows[0]?.reasons).toEqual(['req/s -15.0%']);

    const laggier = compareWithBaseline([scenario({ rps: 1100, p95: 50 })], base, 0.1);
    expect(laggier.rows[0]?.reasons).toEqual(['p95 +25.0%']);
    expect(compareWithBaseline([scenario({ rps: 1100, p95: 50 })], base, 0.3).regressed).toBe(false);
  });

  it('ignores compare-command scenarios and lists scenarios the baseline lacks', () => {
    const c = compareWithBaseline(
      [scenario({ role: 'compare', rps: 1 }), scenario({ key: '/new', url: 'http://127.0.0.1:8000/new' })],
      base,
      0.1,
    );
    expect(c.rows).toEqual([]);
    expect(c.missing).toEqual(['/new']);
    expect(c.regressed).toBe(false);
  });

  it('formats changes with a sign', () => {
    expect(formatChange(0.85)).toBe('-15.0%');
    expect(formatChange(1.2)).toBe('+20.0%');
    expect(formatChange(undefined)).toBe('—');
    expect(formatChange(Number.POSITIVE_INFINITY)).toBe('—');
  });
});
