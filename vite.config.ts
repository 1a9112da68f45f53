import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
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
