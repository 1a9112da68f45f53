import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import SummaryReporter from './test/support/summary-reporter';

// Three worlds, three environments: shared/ and electron/ are tested in plain node (electron is
// always mocked), the renderer in jsdom with fake-indexeddb.
export default defineConfig({
  test: {
    reporters: ['default', new SummaryReporter('unit')],
    projects: [
      {
        test: {
          name: 'shared',
          environment: 'node',
          include: ['test/shared/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'electron',
          environment: 'node',
          include: ['test/electron/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
    ],
  },
});
