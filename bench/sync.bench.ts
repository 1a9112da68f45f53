// `npm run bench -- sync`: team sync at scale on loopback. Ten installations (each its own record in
// fake-indexeddb, its own in-memory PouchDB, its own key) each record a tenth of 1,000 incidents and
// 100,000 events, then all connect at once to a CouchDB-compatible server on 127.0.0.1 (express-pouchdb
// over memory, the one the tests use). Measured: the time until every installation holds every
// incident and event (each checked: hash, signature, chain, then merged and replayed), and peak
// memory of this one process, which holds the server, all ten records and all ten PouchDBs.
// Scale with BENCH_SYNC_INSTALLATIONS, BENCH_SYNC_INCIDENTS and BENCH_SYNC_EVENTS.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { AvvikDb } from '../renderer/src/db/database';
import { authorizationHeader, testConnection } from '../renderer/src/sync/connection';
import { SyncEngine } from '../renderer/src/sync/engine';
import { pouchFactory, type PouchConstructor } from '../renderer/src/sync/pouch';
import type { Digest } from '../shared/chain';
import type * as SyncServer from '../scripts/sync-server.mjs';
import { seedRecord } from './record-data';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Loaded as it is, not bundled into this benchmark: bundled, it would take itself for the command
// line's script and start `npm run sync:server` as well.
const serverModule: typeof SyncServer = await import(pathToFileURL(join(import.meta.dirname, '..', 'scripts', 'sync-server.mjs')).href);
const { memoryPouchDB, startSyncServer } = serverModule;

const INSTALLATIONS = Number(process.env.BENCH_SYNC_INSTALLATIONS ?? 10);
const INCIDENTS = Number(process.env.BENCH_SYNC_INCIDENTS ?? 1_000);
const EVENTS = Number(process.env.BENCH_SYNC_EVENTS ?? 100_000);

/** Node's synchronous SHA-256 for seeding only (the checks on arrival use WebCrypto, as the app). */
const seedDigest: Digest = async (data) => createHash('sha256').update(data).digest();
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const users = Array.from({ length: INSTALLATIONS }, (_, i) => ({ name: `user${i}`, password: `pw${i}`, roles: [i % 2 === 0 ? 'avvik-lead' : 'avvik-dpo'] }));
const server = await startSyncServer({ users });
const Pouch = memoryPouchDB() as PouchConstructor;

console.log(`Seeding ${INSTALLATIONS} installations with ${INCIDENTS} incidents and ${EVENTS} events in all …`);
const seedStart = performance.now();
const dbs: AvvikDb[] = [];
for (let i = 0; i < INSTALLATIONS; i++) {
  const db = new AvvikDb(`bench-sync-${i}`);
  await db.open();
  await seedRecord(db, Math.round(INCIDENTS / INSTALLATIONS), Math.round(EVENTS / INSTALLATIONS), { digest: seedDigest, firstIncident: i * Math.round(INCIDENTS / INSTALLATIONS) });
  dbs.push(db);
}
const total = { incidents: 0, events: 0 };
for (const db of dbs) {
  total.incidents += await db.incidents.count();
  total.events += await db.events.count();
}
console.log(`Seeded in ${s(performance.now() - seedStart)}: ${total.incidents} incidents, ${total.events} events (settings histories included).`);

let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const sampler = setInterval(() => {
  const now = process.memoryUsage();
  peakRss = Math.max(peakRss, now.rss);
  peakHeap = Math.max(peakHeap, now.heapUsed);
}, 50);

const start = performance.now();
const engines: SyncEngine[] = [];
for (const [i, db] of dbs.entries()) {
  const config = { server: server.url, team: 'avvik' };
  const authorization = authorizationHeader({ kind: 'password', user: users[i]!.name, password: users[i]!.password });
  const tested = await testConnection(config, authorization);
  if (!tested.ok) throw new Error(`connection test failed: ${tested.problem}`);
  const factory = pouchFactory(Pouch, 'memory');
  const engine = new SyncEngine({
    db,
    pouch: { ...factory, local: (name) => factory.local(`bench-${i}-${name}`) },
    config,
    authorization,
    access: tested.access,
    now: () => new Date(),
    onStatus: (status) => {
      if (i === 0 && (status.problem || status.refused.length > 0)) console.log('  laptop 0:', status.state, status.problem, status.refused.slice(0, 2));
    },
    maxBackOff: 1000,
  });
  engines.push(engine);
}
await Promise.all(engines.map((engine) => engine.start()));

// Every installation holds every incident and every event of every other.
const converged = new Set<number>();
const firstDone: number[] = [];
let lastReport = performance.now();
for (;;) {
  for (const [i, db] of dbs.entries()) {
    if (converged.has(i)) continue;
    if ((await db.incidents.count()) === total.incidents && (await db.events.count()) === total.events) {
      converged.add(i);
      firstDone.push(performance.now() - start);
    }
  }
  if (converged.size === dbs.length) break;
  if (performance.now() - lastReport > 10_000) {
    lastReport = performance.now();
    const counts = await Promise.all(dbs.map((db) => db.events.count()));
    console.log(`  … ${s(lastReport - start)}: ${converged.size} caught up; events held ${counts.join(', ')}`);
  }
  await new Promise((done) => setTimeout(done, 200));
}
const elapsed = performance.now() - start;
clearInterval(sampler);

console.log(`Converged: ${INSTALLATIONS} installations, ${total.incidents} incidents, ${total.events} events`);
console.log(`  time to converge (all connect at once):  ${s(elapsed)}`);
console.log(`  first / median installation caught up:   ${s(firstDone[0]!)} / ${s(firstDone[Math.floor(firstDone.length / 2)]!)}`);
// Each laptop takes in what the others recorded: about (n - 1) / n of all events each.
console.log(`  events checked and merged per second, all laptops together: ${Math.round((total.events * (INSTALLATIONS - 1)) / (elapsed / 1000))}`);
console.log(`  peak memory (server + ${INSTALLATIONS} records + ${INSTALLATIONS} PouchDBs in one process): RSS ${mb(peakRss)}, heap ${mb(peakHeap)}`);

for (const engine of engines) await engine.stop();

// A laptop that joins later, alone (as when someone new gets Avvik, or a laptop is replaced): from
// an empty record to every incident and event, with nothing else working in this process. Closer to
// one real laptop catching up than the ten above, which share one thread and one heap.
const joiner = new AvvikDb('bench-sync-joiner');
await joiner.open();
const joinConfig = { server: server.url, team: 'avvik' };
const joinAuthorization = authorizationHeader({ kind: 'password', user: users[1]!.name, password: users[1]!.password });
const joinTested = await testConnection(joinConfig, joinAuthorization);
if (!joinTested.ok) throw new Error(`connection test failed: ${joinTested.problem}`);
const joinFactory = pouchFactory(Pouch, 'memory');
const joinStart = performance.now();
const joinRss = process.memoryUsage().rss;
let joinPeak = joinRss;
const joinSampler = setInterval(() => (joinPeak = Math.max(joinPeak, process.memoryUsage().rss)), 50);
const joinEngine = new SyncEngine({
  db: joiner,
  pouch: { ...joinFactory, local: (name) => joinFactory.local(`bench-joiner-${name}`) },
  config: joinConfig,
  authorization: joinAuthorization,
  access: joinTested.access,
  now: () => new Date(),
  onStatus: () => {},
  maxBackOff: 1000,
});
await joinEngine.start();
while ((await joiner.incidents.count()) < total.incidents || (await joiner.events.count()) < total.events) {
  await new Promise((done) => setTimeout(done, 200));
}
const joined = performance.now() - joinStart;
clearInterval(joinSampler);
await joinEngine.stop();
console.log(`A laptop joining later, alone: ${total.incidents} incidents and ${total.events} events in ${s(joined)} (${Math.round(total.events / (joined / 1000))} events/s checked and merged); RSS grew ${mb(joinPeak - joinRss)} at most`);

await server.close();
process.exit(0);
