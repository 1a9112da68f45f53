// Bundles the Electron main process and preload with esbuild:
//   electron/main.ts    -> dist/electron/main.cjs
//   electron/preload.ts -> dist/electron/preload.cjs  (one CommonJS file: a sandboxed preload can
//                                                      require nothing but `electron`)
// and copies the app icon next to them for the window, tray and notifications (only dist/** is
// packaged). The renderer is built separately by Vite into dist/renderer/.
//
// Run it: `node scripts/build-electron.mjs` (npm run build:electron). electron-builder also imports
// it, for the `beforeBuild` hook below; importing it builds nothing.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'electron');

export async function buildElectron({ production = process.env.NODE_ENV !== 'development' } = {}) {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Electron 40 runs Node 24 and Chromium 144; node22 is a safe floor for both bundles.
    target: 'node22',
    external: ['electron'],
    sourcemap: production ? false : 'linked',
    minify: false,
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
  };

  await mkdir(outDir, { recursive: true });
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(root, 'electron', 'main.ts')],
      outfile: path.join(outDir, 'main.cjs'),
    }),
    build({
      ...common,
      entryPoints: [path.join(root, 'electron', 'preload.ts')],
      outfile: path.join(outDir, 'preload.cjs'),
    }),
  ]);

  // The sandboxed preload must not need any module but electron: fail the build if it does.
  const preload = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
  const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
  const foreign = required.filter((name) => name !== 'electron');
  if (foreign.length > 0) {
    throw new Error(
      `preload.cjs requires ${foreign.join(', ')}; a sandboxed preload may only require electron`,
    );
  }

  await copyFile(path.join(root, 'assets', 'icon.png'), path.join(outDir, 'icon.png'));
}

/**
 * electron-builder's `beforeBuild` hook (see electron-builder.yml). Main, preload and renderer are
 * complete bundles, so the app needs no node_modules at run time; returning false tells
 * electron-builder not to rebuild or copy the production dependencies into the package.
 */
export function beforeBuild() {
  return false;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await buildElectron();
  console.log('Built dist/electron/main.cjs and dist/electron/preload.cjs');
}
