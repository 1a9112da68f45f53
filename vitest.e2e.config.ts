import { defineConfig } from 'vitest/config';
import SummaryReporter from './test/support/summary-reporter';

// End-to-end: playwright-core drives a real Chromium against the built renderer (dist/renderer).
export default defineConfig({
  test: {
    name: 'e2e',
    reporters: ['default', new SummaryReporter('e2e')],
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
