import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { possibleTypesPlugin } from '../api/src/graphql/possible-types';

export default defineConfig({
  plugins: [react(), possibleTypesPlugin()],
  test: {
    // A budget for a loaded 2-core CI box (turbo runs every package at once), not a speed claim.
    testTimeout: 20_000,
    environment: 'happy-dom',
    setupFiles: ['./src/test-setup.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
