// `npm run bench [-- word … --option=value …]`: runs the benchmarks in bench/ (those whose file
// name contains one of the words, if any are given); the --options go to each benchmark run. Benchmarks are not tests: they print figures and pass unless they
// crash. Two kinds of file:
// - x.bench.mjs runs as it is (a driver that may start its own processes, e.g. documents);
// - x.bench.ts, when no x.bench.mjs drives it, is bundled with esbuild (no TypeScript runner needed)
//   next to node_modules so its imports resolve, and run in its own node process with room for
//   large data sets (BENCH_HEAP_MB, default 16384).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const benchDir = join(root, 'bench');
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const passed = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const files = readdirSync(benchDir)
  .filter((name) => /\.bench\.(ts|mjs)$/.test(name))
  .filter((name) => !(name.endsWith('.ts') && existsSync(join(benchDir, name.replace(/\.ts$/, '.mjs')))))
  .filter((name) => wanted.length === 0 || wanted.some((word) => name.includes(word)))
  .sort();
if (files.length === 0) {
  console.error(`No benchmark in bench/ matches ${wanted.join(', ') || '*.bench.{ts,mjs}'}.`);
  process.exit(1);
}

const outdir = join(root, 'node_modules', '.cache', 'avvik-bench');
mkdirSync(outdir, { recursive: true });
const heapMb = process.env.BENCH_HEAP_MB ?? '16384';
let failed = 0;
for (const file of files) {
  let script = join(benchDir, file);
  if (file.endsWith('.ts')) {
    const outfile = join(outdir, file.replace(/\.ts$/, '.mjs'));
    await build({
      entryPoints: [script],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'inline',
      logLevel: 'warning',
      // The bundle lives elsewhere; paths relative to the source file keep pointing at bench/.
      define: { 'import.meta.dirname': JSON.stringify(benchDir) },
    });
    script = outfile;
  }
  console.log(`\n▶ ${file}`);
  const run = spawnSync(process.execPath, ['--expose-gc', `--max-old-space-size=${heapMb}`, '--enable-source-maps', script, ...passed], {
    stdio: 'inherit',
    cwd: root,
    env: process.env,
  });
  if (run.status !== 0) {
    failed++;
    console.error(`✗ ${file} exited with ${run.status ?? run.signal}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
