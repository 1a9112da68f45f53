// `npm run bench -- fuzz`: 10,000 mutated backups restored through the real restore path
// (renderer/src/db/backup.ts on fake-indexeddb) and 10,000 hostile CSV files through the import
// preview, with the checks of test/fuzz: 0 crashes (only typed errors worded in nb and en) and
// 0 partial writes (a refused restore leaves the database as it was). The unit run does the same
// at a few hundred of each. FUZZ_BACKUPS, FUZZ_CSV and FUZZ_SEED change the counts and the files;
// a finding is replayed with the seed and the run number printed. Exits 1 on any finding.
import 'fake-indexeddb/auto';
import { fuzzBackups } from '../test/fuzz/backups';
import { fuzzCsv } from '../test/fuzz/csv';
import type { FuzzReport } from '../test/fuzz/random';

const BACKUPS = Number(process.env.FUZZ_BACKUPS ?? 10_000);
const CSV = Number(process.env.FUZZ_CSV ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 1);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const tally = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');

function print(title: string, report: FuzzReport, extra = ''): number {
  const findings = report.crashes.length + report.partialWrites.length;
  console.log(
    `\n${title}: ${report.runs} runs in ${seconds(report.ms)} (${(report.ms / report.runs).toFixed(2)} ms each), seed ${SEED}`,
  );
  console.log(`  refused, typed: ${tally(report.refused)}`);
  console.log(`  accepted: ${report.accepted}${extra}`);
  console.log(`  crashes: ${report.crashes.length}, partial writes: ${report.partialWrites.length}`);
  for (const finding of [...report.crashes, ...report.partialWrites].slice(0, 20))
    console.log(`  ✗ ${JSON.stringify(finding)}`);
  return findings;
}

const progress = (label: string, total: number) => (done: number) => {
  if (done % 1000 === 0 || done === total) process.stdout.write(`\r${label} ${done}/${total}`);
};

const backups = await fuzzBackups({ runs: BACKUPS, seed: SEED, onProgress: progress('backups', BACKUPS) });
const csv = fuzzCsv({ runs: CSV, seed: SEED, onProgress: progress('\ncsv', CSV) });
const findings =
  print('Mutated backups', backups) +
  print(
    'Hostile CSV files',
    csv,
    `, ${csv.people} people offered, ${(csv.bytes / 2 ** 20).toFixed(0)} MiB read`,
  );
console.log(`\n${findings === 0 ? '0 crashes and 0 partial writes.' : `${findings} findings.`}`);
process.exit(findings === 0 ? 0 : 1);
