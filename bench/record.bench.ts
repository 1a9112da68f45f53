// `npm run bench -- record`: the record at scale in node. 10,000 incidents with 1,000,000 events
// in fake-indexeddb: one incident's timeline, then backup export and import with time and peak
// memory, and the chain check per event. The dashboard and the register are measured in real
// Chromium IndexedDB by `npm run bench -- app` (fake-indexeddb's queue says little about them).
// Scale with BENCH_INCIDENTS and BENCH_EVENTS. fake-indexeddb keeps the whole database in the JS
// heap, so memory figures include the database itself; a real IndexedDB keeps it on disk.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { AvvikDb } from '../renderer/src/db/database';
import { exportBackup, mergeHistory } from '../renderer/src/db/backup';
import { webDigest } from '../renderer/src/db/crypto';
import { webVerify } from '../renderer/src/db/keys';
import { incidentTimeline, verifyIncidentTimeline } from '../renderer/src/db/repository';
import type { Digest } from '../shared/chain';
import { parseBackup } from '../shared/incident/backup/parse';
import { seedRecord } from './record-data';

/** Node's synchronous SHA-256 for seeding only (the measured paths use WebCrypto, as the app). */
const seedDigest: Digest = async (data) => createHash('sha256').update(data).digest();

const INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 10_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET = { incidents: 10_000, events: 1_000_000 };

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(1)} ms`);

/** Peak RSS and heap while `work` runs, sampled every 10 ms and at both ends. */
async function measured<T>(
  work: () => Promise<T>,
): Promise<{ result: T; ms: number; peakRss: number; peakHeap: number; baseHeap: number }> {
  gc();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  };
  const timer = setInterval(sample, 10);
  const started = performance.now();
  try {
    const result = await work();
    sample();
    return { result, ms: performance.now() - started, peakRss, peakHeap, baseHeap: base.heapUsed };
  } finally {
    clearInterval(timer);
  }
}

/** The median of RUNS timed runs, after one warm-up. */
async function median<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  let result = await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    result = await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

function row(
  label: string,
  ours: { ms: number; rows: number },
  raw: { ms: number; rows: number },
  rawLabel: string,
) {
  const ratio = ours.ms / raw.ms;
  console.log(
    `  ${label.padEnd(34)} ${ms(ours.ms).padStart(10)}  (${ours.rows} rows)   ${rawLabel}: ${ms(raw.ms)} (${raw.rows} rows)   ×${ratio.toFixed(2)}`,
  );
}

async function* chunksOf(chunks: readonly string[]) {
  yield* chunks;
}

const db = new AvvikDb('bench-record', { digest: webDigest });
await db.open();
console.log(
  `Seeding ${INCIDENTS.toLocaleString('en')} incidents with ${EVENTS.toLocaleString('en')} chained events into fake-indexeddb …`,
);
const seeded = await measured(() =>
  seedRecord(db, INCIDENTS, EVENTS, {
    digest: seedDigest,
    onProgress: (done) => {
      if (done % 1000 === 0) process.stdout.write(`  ${done}/${INCIDENTS}\r`);
    },
  }),
);
const counts = {
  incidents: await db.incidents.count(),
  events: await db.events.count(),
  notifications: await db.notifications.count(),
};
console.log(
  `  seeded in ${ms(seeded.ms)}: ${JSON.stringify(counts)}; heap ${mb(process.memoryUsage().heapUsed)}`,
);

console.log(`\nQueries (median of ${RUNS} runs after a warm-up):`);
const someId = (await db.incidents.orderBy('openAwareAt').first())?.id ?? 'inc-000000';
const timeline = await median(() => incidentTimeline(db, someId));
const timelineRaw = await median(() =>
  db.events.where('[incidentId+at]').between([someId, ''], [someId, '\uffff']).toArray(),
);
row(
  'one incident’s timeline',
  { ms: timeline.ms, rows: timeline.result.length },
  { ms: timelineRaw.ms, rows: timelineRaw.result.length },
  'raw [incidentId+at]',
);
const verify = await median(() => verifyIncidentTimeline(db, someId, webDigest));
console.log(
  `  ${'verify one timeline (WebCrypto)'.padEnd(34)} ${ms(verify.ms).padStart(10)}  (${verify.result.events} events, ok=${verify.result.ok})`,
);

console.log('\nBackup export (WebCrypto):');
const exported = await measured(() =>
  exportBackup(db, { now: new Date('2026-06-01T00:00:00Z'), digest: webDigest }),
);
const chunks = exported.result.chunks;
const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
console.log(
  `  ${ms(exported.ms)} for ${mb(size)} of JSON in ${chunks.length.toLocaleString('en')} chunks; peak RSS ${mb(exported.peakRss)}, peak heap ${mb(exported.peakHeap)} (+${mb(exported.peakHeap - exported.baseHeap)} over the database)`,
);

// The source database is dropped so the import's figures are its own.
db.close();
await db.delete();
gc();

console.log('\nBackup import into an empty database, read as a stream (WebCrypto):');
const parsed = await measured(() => parseBackup(chunksOf(chunks), webDigest, webVerify));
if (!parsed.result.ok)
  throw new Error(`backup refused: ${parsed.result.error.code} ${parsed.result.error.detail}`);
console.log(
  `  check whole file (layout, schemas, manifest, ${counts.events.toLocaleString('en')} chain links and signatures): ${ms(parsed.ms)}; peak RSS ${mb(parsed.peakRss)}, peak heap ${mb(parsed.peakHeap)} (+${mb(parsed.peakHeap - parsed.baseHeap)})`,
);
const { content } = parsed.result.value;
if (content.kind !== 'history') throw new Error('the export is not a history backup');
const tables = content.tables;

// The merge writes everything in ONE transaction (all or nothing). fake-indexeddb serves a
// transaction's requests with Array.shift() on its queue (FDBTransaction._start), which is
// quadratic for a transaction of a million requests; a browser's IndexedDB is not. So the merge is
// measured on whole incidents up to MERGE_EVENTS events, at two sizes to show the growth, and
// extrapolated linearly.
const MERGE_EVENTS = Number(process.env.BENCH_MERGE_EVENTS ?? 100_000);
function subset(maxEvents: number) {
  // Whole histories only: an incident's events go in together or not at all.
  const byIncident = new Map<string, typeof tables.events>();
  for (const event of tables.events) {
    const list = byIncident.get(event.incidentId);
    if (list) list.push(event);
    else byIncident.set(event.incidentId, [event]);
  }
  const events: typeof tables.events = [];
  const ids = new Set<string>();
  for (const [id, own] of byIncident) {
    if (events.length + own.length > maxEvents) break;
    ids.add(id);
    events.push(...own);
  }
  return {
    ...tables,
    events,
    heads: tables.heads.filter((h) => ids.has(h.id)),
    subjects: tables.subjects.filter((s) => ids.has(s.incidentId)),
    attachmentFiles: tables.attachmentFiles.filter((f) => ids.has(f.incidentId)),
  };
}
let perEventMs = 0;
for (const size of [Math.floor(MERGE_EVENTS / 2), MERGE_EVENTS].filter((n) => n <= tables.events.length)) {
  const part = subset(size);
  const into = new AvvikDb(`bench-record-merge-${size}`, { digest: webDigest });
  await into.open();
  const merged = await measured(() => mergeHistory(into, part));
  if (!merged.result.ok) throw new Error(`merge refused: ${merged.result.error.code}`);
  perEventMs = merged.ms / part.events.length;
  console.log(
    `  merge in one transaction, ${part.events.length.toLocaleString('en')} events of ${part.heads.length.toLocaleString('en')} histories: ${ms(merged.ms)} (${(perEventMs * 1000).toFixed(0)} µs/event); peak RSS ${mb(merged.peakRss)}`,
  );
  into.close();
  await into.delete();
}
const mergeAll = perEventMs * tables.events.length;
console.log(
  `  import total, all ${tables.events.length.toLocaleString('en')} events: check ${ms(parsed.ms)} + merge ≈ ${ms(mergeAll)} (linear from the larger merge) ≈ ${ms(parsed.ms + mergeAll)}`,
);

// What the chain check costs per link, WebCrypto against node's synchronous hash, on the same data.
const sample = tables.events.slice(0, 20_000);
const { verifyTimeline } = await import('../shared/chain');
const web = await measured(() => verifyTimeline(sample, webDigest));
const sync = await measured(() => verifyTimeline(sample, seedDigest));
console.log(
  `\nChain check per event: WebCrypto ${((web.ms * 1000) / sample.length).toFixed(1)} µs, node createHash ${((sync.ms * 1000) / sample.length).toFixed(1)} µs (${sample.length.toLocaleString('en')} events)`,
);
console.log(`Process peak RSS (getrusage): ${mb(process.resourceUsage().maxRSS * 1024)}`);

if (INCIDENTS !== TARGET.incidents || EVENTS !== TARGET.events) {
  const factor = TARGET.events / EVENTS;
  console.log(
    `\nScaled run: the issue's size is ${TARGET.events.toLocaleString('en')} events (×${factor.toFixed(1)}). Export, import and the chain check grow linearly with events;`,
  );
  console.log(
    `  linear extrapolation: export ≈ ${ms(exported.ms * factor)}, import ≈ ${ms((parsed.ms + mergeAll) * factor)}.`,
  );
}
