import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The record's code (app/Opened: the database, the dashboard) is a dynamic import, so its chunks
 * were requested only once the entry had run, and then some twenty at once, six at a time. Named
 * in the page as module preloads, they are requested with the entry's own, from the page's first
 * parse. Nothing more is fetched than before, only sooner; nothing is evaluated before it is imported.
 */
function preloadOpened(): Plugin {
  return {
    name: 'avvik-preload-opened',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
        const opened = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/app/Opened.tsx'));
        if (!opened) return html;
        // A chunk and every chunk it imports, in order (the entry's are in the page already).
        const closure = (from: string, skip: ReadonlySet<string> = new Set()) => {
          const found: string[] = [];
          const visit = (fileName: string) => {
            if (skip.has(fileName) || found.includes(fileName)) return;
            found.push(fileName);
            const chunk = bundle[fileName];
            if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
          };
          visit(from);
          return found;
        };
        const entry = new Set(chunks.filter((chunk) => chunk.isEntry).flatMap((chunk) => closure(chunk.fileName)));
        return closure(opened.fileName, entry).map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadOpened()],
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
