// The Chromium benchmark's helper page, served from the app's own origin so it writes the app's
// own database: it seeds incidents (through the repository, or in bulk from the same pure steps)
// and times raw Dexie queries of the same rows, the floor the app's screens are measured against.
import Dexie from 'dexie';
import type { BreachFacts } from '../../shared/assessment';
import { dueReminders } from '../../shared/reminders';
import { webDigest } from '../../renderer/src/db/crypto';
import { DEFAULT_DB_NAME, type AvvikDb } from '../../renderer/src/db/database';
import { choose, startUp } from '../../renderer/src/app/startup';
import { assessIncident, createIncident, recordDecision, recordNotification, updateFacts } from '../../renderer/src/db/repository';
import { loadDashboardRows } from '../../renderer/src/queries/useDashboardRows';
import { recordCounts } from './counts';
import { backup } from './restore';
import { loadGiven, saveGiven, toWatched } from '../../renderer/src/features/reminders/reminders';
import { factsFor, random, seedRecord } from '../record-data';
import { authorityNotice } from '../../test/support/notices';

/**
 * The app's database as the app opens it. A new profile is set to stay unencrypted, as a user can
 * choose, so the app opens it later without the protection gate (the encryption bench measures the
 * cost of encryption on its own).
 */
async function open(): Promise<AvvikDb> {
  let state = await startUp();
  if (state.kind === 'choose') state = await choose(state.name, { mode: 'none' }, state.store);
  if (state.kind !== 'ready') throw new Error(state.kind === 'failed' ? state.error.text.en : `the profile asks to be unlocked`);
  return state.db;
}

/**
 * The reminders due now marked as given, as for a user who has used the app all along: every run
 * then opens the same screen, not one with a banner per overdue incident on the first start only.
 */
async function markRemindersGiven(db: AvvikDb): Promise<number> {
  const rows = await loadDashboardRows(db);
  const given = loadGiven();
  const { markGiven } = dueReminders(rows.map(toWatched), given, new Date());
  markGiven.forEach((key) => given.add(key));
  saveGiven(given);
  return markGiven.length;
}

/**
 * `count` open incidents written one change at a time through the app's repository, aware within
 * the last 100 hours (some overdue, some due soon): facts, most assessed, some decided and notified.
 */
async function seedOpen(count: number) {
  const started = performance.now();
  const db = await open();
  const rnd = random(7);
  const ctx = () => ({ now: new Date(), actor: 'Kari Nordmann', newId: () => crypto.randomUUID() });
  for (let i = 0; i < count; i++) {
    const awareAt = new Date(Date.now() - Math.floor(rnd() * 100 * 3_600_000)).toISOString();
    const incident = await createIncident(db, { title: `Åpen hendelse ${i}`, awareAt, role: 'controller' }, ctx());
    const facts: BreachFacts = factsFor(rnd);
    await updateFacts(db, incident.id, facts, ctx());
    if (rnd() < 0.7) {
      const assessed = await assessIncident(db, incident.id, ctx());
      if (rnd() < 0.3) {
        const notifyAuthority = assessed.assessment!.result.notifyAuthority;
        await recordDecision(
          db,
          incident.id,
          { notifyAuthority, notifySubjects: false, notifyController: false, subjectException: null, rationale: 'Vurdert.', dpoConsulted: true },
          ctx(),
        );
        if (notifyAuthority && rnd() < 0.5) {
          await recordNotification(
            db,
            incident.id,
            authorityNotice(new Date().toISOString(), `AR${String(i).padStart(6, '0')}`),
            ctx(),
            // Art. 33(1): a notice after 72 hours says why; the seed's incidents reach back 100 hours.
            { nb: 'Forsinket av ferieavvikling.', en: 'Delayed by the holidays.' },
          );
        }
      }
    }
    if (i % 50 === 0) document.title = `seeding ${i}/${count}`;
  }
  const reminders = await markRemindersGiven(db);
  const result = { ...(await recordCounts(db)), reminders, ms: performance.now() - started };
  db.close();
  return result;
}

/** The register at scale: bulk writes of rows made by the same pure steps and seal (bench/record-data). */
async function seedBulk(incidents: number, events: number) {
  const started = performance.now();
  const db = await open();
  await seedRecord(db, incidents, events, {
    digest: webDigest,
    onProgress: (done) => {
      document.title = `seeding ${done}/${incidents}`;
    },
  });
  const reminders = await markRemindersGiven(db);
  const result = { ...(await recordCounts(db)), reminders, ms: performance.now() - started };
  db.close();
  return result;
}

/** One raw Dexie query on the app's database, opened without a schema; the open is not timed. */
async function raw(kind: 'register' | 'filter-high' | 'dashboard') {
  const db = new Dexie(DEFAULT_DB_NAME);
  await db.open();
  const started = performance.now();
  let rows: number;
  if (kind === 'register') {
    const [incidents] = await Promise.all([db.table('incidents').toArray(), db.table('notifications').toArray()]);
    rows = incidents.length;
  } else if (kind === 'filter-high') {
    rows = (await db.table('incidents').where('[risk+awareAt]').between(['high', Dexie.minKey], ['high', Dexie.maxKey]).toArray()).length;
  } else {
    const open = await db.table('incidents').orderBy('openAwareAt').toArray();
    await db.table('notifications').where('incidentId').anyOf(open.map((i: { id: string }) => i.id)).toArray();
    rows = open.length;
  }
  const ms = performance.now() - started;
  db.close();
  return { ms, rows };
}

Object.assign(globalThis, { bench: { seedOpen, seedBulk, raw, backup: () => backup(open) } });
document.title = 'ready';
