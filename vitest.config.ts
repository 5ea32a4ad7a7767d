import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 20_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/itg/**/*.test.ts'],
          exclude: ['test/itg/e2e/**'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // Integration tests start real tools (uv, git, act, servers): two cores, so keep them few at once.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          // Attacks a pull request author could make (issue 15): real tools and bundles, loopback servers.
          name: 'security',
          include: ['test/security/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/itg/e2e/**/*.test.ts'],
          // Whole workflows through act, each job building images on the test Docker engine: alone, after the
          // integration tests (whose image clean-up must not meet a build in progress), one file at a time.
          testTimeout: 900_000,
          hookTimeout: 300_000,
          maxWorkers: 1,
          // One retry: the performance job compares two few-second load runs on 2 shared cores, where the same
          // service measured twice in a row has differed by 2x in p95. A real break fails both attempts.
          retry: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
