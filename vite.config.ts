import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  resolve: {
    // Team sync's in-memory PouchDB is written for Node: the few Node modules it imports, in the
    // browser (renderer/src/sync/node). Nothing else imports them.
    alias: {
      util: fileURLToPath(new URL('./renderer/src/sync/node/util.ts', import.meta.url)),
      assert: fileURLToPath(new URL('./renderer/src/sync/node/assert.cjs', import.meta.url)),
      stream: fileURLToPath(new URL('./renderer/src/sync/node/stream.cjs', import.meta.url)),
    },
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Offline app: everything it needs is in the bundle, nothing is fetched at run time.
    assetsInlineLimit: 0,
    rollupOptions: {
      treeshake: {
        // Designsystemet's React package does not declare itself free of side effects, so without
        // this every import of one component would bring all of them (and their icons). Its
        // custom elements (@digdir/designsystemet-web) do have side effects and stay as they are.
        moduleSideEffects: (id) => !/node_modules\/@(digdir\/designsystemet-react|navikt\/aksel-icons)\//.test(id),
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
