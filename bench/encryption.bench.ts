// `npm run bench -- encryption`: what encryption at rest costs (docs/encryption-at-rest.md). The
// same record seeded into a clear and an encrypted database (fake-indexeddb, Node's V8: the engine
// Chromium runs the renderer on), then the bulk reads the app makes, timed on both: every event,
// the register, one incident's timeline, and a count (which opens no row). Scale with
// BENCH_ENC_INCIDENTS and BENCH_ENC_EVENTS.
import 'fake-indexeddb/auto';
import { AvvikDb } from '../renderer/src/db/database';
import { RowCipher } from '../renderer/src/db/encryption/cipher';
import { rowSealing } from '../renderer/src/db/encryption/sealing';
import { newVaultKeys } from '../renderer/src/db/encryption/keyFile';
import { incidentTimeline, loadRegister } from '../renderer/src/db/repository';
import { unknownFacts } from '../shared/assessment';
import type { TimelineEvent } from '../shared/incident/events';
import { formatIncidentRef, newIncident, type Incident } from '../shared/incident/model';

const INCIDENTS = Number(process.env.BENCH_ENC_INCIDENTS ?? 1_000);
const EVENTS = Number(process.env.BENCH_ENC_EVENTS ?? 100_000);
const RUNS = 3;

const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`);

async function median(work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const hex = (n: number) => n.toString(16).padStart(64, '0');
const TEXT = 'Bærbar PC stjålet fra bil. Disken var kryptert med BitLocker, nøkkelen var ikke lagret på maskinen. ';

/** Incidents and their events in the shapes the app stores (the hashes are stand-ins: nothing verifies here). */
async function seed(db: AvvikDb): Promise<void> {
  const perIncident = Math.max(1, Math.round(EVENTS / INCIDENTS));
  for (let first = 0; first < INCIDENTS; first += 100) {
    const incidents: Incident[] = [];
    const events: TimelineEvent[] = [];
    for (let i = first; i < Math.min(INCIDENTS, first + 100); i++) {
      const aware = new Date(Date.parse('2022-01-01T00:00:00Z') + i * 3_600_000).toISOString();
      const incident = newIncident({ id: `inc-${i}`, ref: formatIncidentRef(2022, i + 1), title: `Hendelse ${i}: ${TEXT.slice(0, 40)}`, role: 'controller', awareAt: aware, now: aware, facts: unknownFacts() });
      incidents.push({ ...incident, heads: { bench: { seq: perIncident, hash: hex(i) } } });
      for (let n = 0; n < perIncident; n++) {
        events.push({
          id: `ev-${i}-${n}`,
          incidentId: incident.id,
          installationId: 'bench',
          seq: n + 1,
          at: new Date(Date.parse(aware) + n * 60_000).toISOString(),
          actor: 'Kari Nordmann',
          prevHash: n === 0 ? null : hex(n),
          hash: hex(n + 1),
          sig: 'A'.repeat(86) + '==',
          kind: 'details-changed',
          payload: { changes: { description: { from: null, to: { nb: TEXT.repeat(1 + (n % 4)), en: '' } } } },
        } as TimelineEvent);
      }
    }
    await db.transaction('rw', db.incidents, db.events, async () => {
      await db.incidents.bulkAdd(incidents);
      await db.events.bulkAdd(events);
    });
  }
}

async function database(encrypted: boolean): Promise<{ db: AvvikDb; seedMs: number }> {
  const cipher = new RowCipher();
  if (encrypted) cipher.useKeys(newVaultKeys('bench'), () => Promise.resolve(), rowSealing);
  const db = new AvvikDb(`bench-encryption-${encrypted ? 'sealed' : 'clear'}`, { cipher });
  await db.open();
  const started = performance.now();
  await seed(db);
  return { db, seedMs: performance.now() - started };
}

console.log(`${INCIDENTS} incidents, ${EVENTS} events; median of ${RUNS} runs after a warm-up`);
const clear = await database(false);
const sealed = await database(true);
const incidentId = (await clear.db.incidents.toCollection().first())!.id;

const rows: [string, (db: AvvikDb) => Promise<unknown>][] = [
  [`every event (${EVENTS} rows)`, (db) => db.events.toArray()],
  [`the register (${INCIDENTS} incidents)`, (db) => loadRegister(db)],
  ['one incident’s timeline', (db) => incidentTimeline(db, incidentId)],
  ['count the events (no row opened)', (db) => db.events.count()],
];
console.log(`seed (writes):                 clear ${ms(clear.seedMs)}, encrypted ${ms(sealed.seedMs)}`);
for (const [label, work] of rows) {
  const plain = await median(() => work(clear.db));
  const encrypted = await median(() => work(sealed.db));
  const perTenThousand = label.startsWith('every event') ? `; decrypting adds ${((encrypted - plain) / (EVENTS / 10_000)).toFixed(0)} ms per 10,000 events` : '';
  console.log(`${label.padEnd(31)} clear ${ms(plain)}, encrypted ${ms(encrypted)} (×${(encrypted / plain).toFixed(1)})${perTenThousand}`);
}
