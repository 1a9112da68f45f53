// The site the app benchmark serves: the built renderer at / (as `npm run build:renderer` makes it,
// or a copy of another build, to compare) and the bench pages at /bench/, from one origin so the
// seed page writes the app's own database.
import react from '@vitejs/plugin-react';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** Builds into `site`; `root` is the repository. Unminified (`readable`) for readable profiles. */
export async function buildSite(root: string, site: string, appDist: string | null, readable = false): Promise<void> {
  rmSync(site, { recursive: true, force: true });
  if (appDist) {
    if (!existsSync(join(appDist, 'index.html'))) throw new Error(`${appDist} holds no built renderer (index.html)`);
    cpSync(appDist, site, { recursive: true });
  } else {
    await build({ configFile: join(root, 'vite.config.ts'), root: join(root, 'renderer'), logLevel: 'error', build: { outDir: site, emptyOutDir: true, minify: !readable } });
  }
  await build({
    configFile: false,
    root: join(root, 'bench/app'),
    base: './',
    plugins: [react()],
    logLevel: 'error',
    build: {
      // The bench pages hold the backup's workers and Dexie as the seed page runs them: readable too.
      minify: !readable,
      outDir: join(site, 'bench'),
      emptyOutDir: true,
      rollupOptions: { input: { bare: join(root, 'bench/app/bare.html'), seed: join(root, 'bench/app/seed.html') } },
    },
  });
}

/** Size of a served file gzipped (level 9, as a server would send it), in bytes. */
export function gzipSize(site: string, path: string): number {
  return gzipSync(readFileSync(join(site, decodeURIComponent(path))), { level: 9 }).length;
}
