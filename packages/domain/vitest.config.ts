import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A budget for a loaded 2-core CI box (turbo runs every package at once), not a speed claim.
    testTimeout: 20_000,
    include: ['src/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    coverage: {
      enabled: true,
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/index.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 95 },
    },
  },
});
