import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import SummaryReporter from './test/support/summary-reporter';

// Three worlds, three environments: shared/ and electron/ are tested in plain node (electron is
// always mocked), the renderer in jsdom with fake-indexeddb; team sync in node (it runs a server).
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
        // Team sync: several installations' records (fake-indexeddb) and PouchDB, with a
        // CouchDB-compatible server on 127.0.0.1 started and stopped by the tests. Node, not jsdom:
        // the server is Node code.
        test: {
          name: 'sync',
          environment: 'node',
          include: ['test/sync/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto'],
          testTimeout: 60_000,
          hookTimeout: 30_000,
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
