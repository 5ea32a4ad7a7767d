import { defineConfig } from 'vitest/config';

// Benchmarks run through vitest only to reuse the TypeScript test support (act, mirror); they print
// figures and ratios, and are never part of `npm test`.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 600_000,
    maxWorkers: 1,
  },
});
