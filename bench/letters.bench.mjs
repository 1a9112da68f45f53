// The letters benchmark (not a test): npm run bench -- letters [--letters=10000] [--only=print,zip]
// - 10 000 letters, one PDF each: letters per second and peak memory;
// - the floor, in the same run: raw jsPDF writing the same text with the same font, once with the
//   font loaded our way (parsed once, fast subset) and once jsPDF's stock way (sampled: ~4/s);
// - the same letters as one print file, beside raw jsPDF writing the same pages;
// - the same letters one PDF each in one zip, beside raw jsPDF writing them one document each;
// - parsing a CSV of 100 000 people.
// Each phase runs in its own node process so its peak memory is its own. --only picks groups:
// per-person, print, zip, csv; --one-document adds raw jsPDF writing every page in one document.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** `--name=value` (as `npm run bench` passes options) or `--name value`. */
const option = (name) => {
  const args = process.argv.slice(2);
  const inline = args.find((arg) => arg.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : (args[i + 1] ?? '');
};
const number = (name, fallback) => Number(option(name) ?? fallback);
const letters = number('letters', 10_000);
const stockSample = number('stock', 100);
const csvRows = number('rows', 100_000);
const only = option('only')?.split(',');
const wanted = (group) => !only || only.includes(group);
const oneDocument = process.argv.includes('--one-document');

const dir = mkdtempSync(join(tmpdir(), 'avvik-bench-'));
try {
  const bundle = join(dir, 'letters.bench.mjs');
  await build({
    entryPoints: [join(root, 'bench/letters.bench.ts')],
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
    console.log(
      `${(out.ms / 1000).toFixed(1)} s (CPU ${(out.cpuMs / 1000).toFixed(1)} s), ${rate.toFixed(0)}/s, peak RSS ${out.peakRssMB} MB`,
    );
    return { ...out, rate };
  };
  const kib = (bytes, count) => `${(bytes / count / 1024).toFixed(1)} KiB`;

  console.log(`Letters benchmark (node ${process.version})`);
  const lines = [];
  if (wanted('per-person')) {
    const ours = phase('letters', letters);
    const floor = phase('floor-cached-font', letters);
    const compare = phase('compare', letters);
    const stock = phase('floor-stock-font', stockSample);
    lines.push(
      `Letters, one PDF each:   ${ours.rate.toFixed(0)} letters/s, ${kib(ours.bytes, letters)} each, peak RSS ${ours.peakRssMB} MB`,
      `Floor, raw jsPDF, our font loading:   ${floor.rate.toFixed(0)} letters/s, ${kib(floor.bytes, letters)} each, peak RSS ${floor.peakRssMB} MB`,
      `Floor, raw jsPDF, stock font loading: ${stock.rate.toFixed(1)} letters/s (sampled ${stockSample}), ${kib(stock.bytes, stockSample)} each`,
      `Builder / floor, interleaved, CPU time: ${(compare.builderCpuMs / compare.floorCpuMs).toFixed(2)}× (builder ${((letters / compare.builderCpuMs) * 1000).toFixed(0)}/s, floor ${((letters / compare.floorCpuMs) * 1000).toFixed(0)}/s per CPU second)`,
      `Builder / stock jsPDF floor (wall):     ${(stock.rate / ours.rate).toFixed(3)}× (${(ours.rate / stock.rate).toFixed(0)} times faster)`,
    );
  }
  if (wanted('print')) {
    const print = phase('print-file', letters);
    const floor = phase('print-floor', letters);
    const compare = phase('print-compare', letters);
    lines.push(
      `Print file, ${letters} letters in one PDF: ${(print.ms / 1000).toFixed(1)} s (CPU ${(print.cpuMs / 1000).toFixed(1)} s), ${(print.bytes / 1e6).toFixed(1)} MB, ${kib(print.bytes, letters)} a letter, peak RSS ${print.peakRssMB} MB (target ≤ 1024 MiB = 1074 MB)`,
      `  floor, raw jsPDF, same pages in documents of the parts' size, not joined: ${(floor.ms / 1000).toFixed(1)} s (CPU ${(floor.cpuMs / 1000).toFixed(1)} s), ${kib(floor.bytes, letters)} a letter, peak RSS ${floor.peakRssMB} MB`,
      `  print file / floor: ${(compare.builderCpuMs / compare.floorCpuMs).toFixed(2)}× CPU, part by part interleaved (target ≤ 1.25×); ${(print.ms / floor.ms).toFixed(2)}× wall and ${(print.cpuMs / floor.cpuMs).toFixed(2)}× CPU run apart`,
    );
    if (oneDocument) {
      const one = phase('print-floor-one-document', letters);
      lines.push(
        `  raw jsPDF, every page in one document: ${(one.ms / 1000).toFixed(1)} s (CPU ${(one.cpuMs / 1000).toFixed(1)} s), peak RSS ${one.peakRssMB} MB`,
      );
    }
  }
  if (wanted('zip')) {
    const zip = phase('zip', letters);
    const floor = phase('floor-cached-font', letters);
    lines.push(
      `One PDF per person in one zip, ${letters} letters: ${(zip.ms / 1000).toFixed(1)} s (CPU ${(zip.cpuMs / 1000).toFixed(1)} s), ${(zip.bytes / 1e6).toFixed(1)} MB, ${kib(zip.bytes, letters)} a letter, peak RSS ${zip.peakRssMB} MB`,
      `  floor, raw jsPDF, one document a letter, not zipped: ${(floor.ms / 1000).toFixed(1)} s (CPU ${(floor.cpuMs / 1000).toFixed(1)} s); zip / floor: ${(zip.cpuMs / floor.cpuMs).toFixed(2)}× CPU, ${(zip.ms / floor.ms).toFixed(2)}× wall`,
    );
  }
  if (wanted('csv')) {
    const csv = phase('csv', csvRows);
    lines.push(
      `CSV, ${csv.rows} rows (${(csv.bytes / 1e6).toFixed(1)} MB, ${csv.chunks} steps): ${csv.ms.toFixed(0)} ms, peak RSS ${csv.peakRssMB} MB`,
    );
  }
  console.log(['', ...lines].join('\n'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
