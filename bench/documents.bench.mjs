// The documents benchmark (not a test): node bench/documents.bench.mjs [--letters 10000]
// - 10 000 letters, one PDF each: letters per second and peak memory;
// - the floor, in the same run: raw jsPDF writing the same text with the same font, once with the
//   font loaded our way (parsed once, fast subset) and once jsPDF's stock way (sampled: ~4/s);
// - the same letters as one print file;
// - parsing a CSV of 100 000 people.
// Each phase runs in its own node process so its peak memory is its own.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const letters = arg('--letters', 10_000);
const stockSample = arg('--stock', 100);
const csvRows = arg('--rows', 100_000);

const dir = mkdtempSync(join(tmpdir(), 'avvik-bench-'));
try {
  const bundle = join(dir, 'documents.bench.mjs');
  await build({
    entryPoints: [join(root, 'bench/documents.bench.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'warning',
    define: { 'import.meta.dirname': JSON.stringify(join(root, 'bench')) },
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  const runner = join(dir, 'run.mjs');
  writeFileSync(
    runner,
    `import { main } from ${JSON.stringify(bundle)};\nmain(process.argv[2], Number(process.argv[3]));\n`,
  );
  const phase = (name, count) => {
    process.stdout.write(`  ${name} × ${count} … `);
    const out = JSON.parse(
      execFileSync(process.execPath, [runner, name, String(count)], { encoding: 'utf8', maxBuffer: 1 << 24 })
        .trim()
        .split('\n')
        .at(-1),
    );
    const rate = (count / out.ms) * 1000;
    console.log(`${(out.ms / 1000).toFixed(1)} s, ${rate.toFixed(0)}/s, peak RSS ${out.peakRssMB} MB`);
    return { ...out, rate };
  };

  console.log(`Documents benchmark (node ${process.version})`);
  const ours = phase('letters', letters);
  const floor = phase('floor-cached-font', letters);
  const compare = phase('compare', letters);
  const stock = phase('floor-stock-font', stockSample);
  const print = phase('print-file', letters);
  const csv = phase('csv', csvRows);
  console.log('');
  console.log(
    `Letters, one PDF each:   ${ours.rate.toFixed(0)} letters/s, ${(ours.bytes / letters / 1024).toFixed(1)} KiB each, peak RSS ${ours.peakRssMB} MB`,
  );
  console.log(
    `Floor, raw jsPDF, our font loading:   ${floor.rate.toFixed(0)} letters/s, ${(floor.bytes / letters / 1024).toFixed(1)} KiB each, peak RSS ${floor.peakRssMB} MB`,
  );
  console.log(
    `Floor, raw jsPDF, stock font loading: ${stock.rate.toFixed(1)} letters/s (sampled ${stockSample}), ${(stock.bytes / stockSample / 1024).toFixed(1)} KiB each`,
  );
  console.log(
    `Builder / floor, interleaved, CPU time: ${(compare.builderCpuMs / compare.floorCpuMs).toFixed(2)}× (builder ${((letters / compare.builderCpuMs) * 1000).toFixed(0)}/s, floor ${((letters / compare.floorCpuMs) * 1000).toFixed(0)}/s per CPU second)`,
  );
  console.log(
    `Builder / stock jsPDF floor (wall):     ${(stock.rate / ours.rate).toFixed(3)}× (${(ours.rate / stock.rate).toFixed(0)} times faster)`,
  );
  console.log(
    `Print file, ${letters} letters:  ${(print.ms / 1000).toFixed(1)} s, ${(print.bytes / 1e6).toFixed(1)} MB, peak RSS ${print.peakRssMB} MB`,
  );
  console.log(
    `CSV, ${csv.rows} rows (${(csv.bytes / 1e6).toFixed(1)} MB, ${csv.chunks} steps): ${csv.ms.toFixed(0)} ms, peak RSS ${csv.peakRssMB} MB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
