// npm run documents:sample -- --out DIR [--lang nb|en]
// Bundles scripts/documents-sample.ts (TypeScript, shared/ code) with esbuild into a temporary
// module, then runs it.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'avvik-documents-sample-'));
const outfile = join(dir, 'documents-sample.mjs');
try {
  await build({
    entryPoints: [join(root, 'scripts/documents-sample.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    // Bundled CommonJS code may call require(); give the ES module one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  const { main } = await import(pathToFileURL(outfile).href);
  await main(process.argv.slice(2), root);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
