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
import { applyBackup, previewBackup, readBackupFile } from '../../renderer/src/db/backup';
import { exportBackupFile } from '../../renderer/src/db/backupExport';
import { encryptFile } from '../../renderer/src/db/fileEncryption';
import { openEncryptedFile } from '../../renderer/src/db/openEncrypted';
import { openDatabase } from '../../renderer/src/db/open';
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

async function counts(db: AvvikDb) {
  return { incidents: await db.incidents.count(), events: await db.events.count(), notifications: await db.notifications.count() };
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
  const result = { ...(await counts(db)), reminders, ms: performance.now() - started };
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
  const result = { ...(await counts(db)), reminders, ms: performance.now() - started };
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

/**
 * The JS heap at its highest while `work` runs (Chromium's performance.memory, sampled), and the
 * longest the page's thread stood still meanwhile (the largest gap between 20 ms timer turns).
 */
async function withPeakHeap<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakHeap: number; baseHeap: number; stall: number }> {
  const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? Number.NaN;
  const baseHeap = heap();
  let peakHeap = baseHeap;
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
    peakHeap = Math.max(peakHeap, heap());
  }, 20);
  const started = performance.now();
  try {
    const result = await work();
    stall = Math.max(stall, performance.now() - last);
    return { result, ms: performance.now() - started, peakHeap: Math.max(peakHeap, heap()), baseHeap, stall };
  } finally {
    clearInterval(timer);
  }
}

const OPEN_PASSPHRASE = 'et langt nok passord for benken';

/** Rows per JSON array in the floor's file. */
const FLOOR_ROWS = 50_000;

const BACKUP_TABLES = ['events', 'subjects', 'attachmentFiles', 'incidents', 'notifications', 'settings', 'installations'] as const;

/**
 * A backup of the whole record, exported and restored into an empty database as the app does it
 * (Settings → Backup), each beside its floor: the same tables read in one transaction and written
 * as JSON, and that JSON parsed and written in one bulk transaction to an empty database.
 */
/** The phase the page is in, for the memory sampler outside (bench/app/browser.ts memorySampler). */
function phase(name: string) {
  (globalThis as unknown as { benchPhase: string }).benchPhase = name;
}

async function backup() {
  const db = await open();
  phase('export');
  const now = new Date();
  // As Settings does it: made in the worker (read, written, as UTF-8), not encrypted.
  const exported = await withPeakHeap(() => exportBackupFile(db, { now, passphrase: null }));
  const fileBytes = exported.result.bytes;
  const bytes = fileBytes.length;
  // The same file as saved with a passphrase (age, scrypt at its default work factor), opened as a
  // restore opens it: in the backup worker.
  const sealed = await encryptFile(fileBytes, OPEN_PASSPHRASE);
  phase('open');
  const opened = await withPeakHeap(() => openEncryptedFile(sealed, OPEN_PASSPHRASE));
  if (!opened.result.ok || opened.result.bytes.length !== bytes) throw new Error('the encrypted file did not open');
  phase('floor-export');
  const floorExport = await withPeakHeap(() =>
    db.transaction('r', BACKUP_TABLES.map((name) => db.table(name)), async () => {
      const tables = await Promise.all(BACKUP_TABLES.map((name) => db.table(name).toArray()));
      // As bytes, as a file is saved (the app's export hands over UTF-8 bytes too); a table as JSON
      // arrays of FLOOR_ROWS rows each, as one string would pass JavaScript's limit at a million events.
      return tables.map((rows) => {
        const parts: Uint8Array[] = [];
        for (let start = 0; start < rows.length; start += FLOOR_ROWS) parts.push(new TextEncoder().encode(JSON.stringify(rows.slice(start, start + FLOOR_ROWS))));
        return parts;
      });
    }),
  );
  const floorJson = floorExport.result;
  db.close();

  const names = { app: 'avvik-bench-restore', floor: 'avvik-bench-restore-floor' };
  await Promise.all(Object.values(names).map((name) => Dexie.delete(name)));
  const target = await openDatabase(names.app);
  if (!target.ok) throw new Error(target.error.text.en);
  phase('check');
  // As Settings does it: the file's bytes read and checked in the worker, then previewed (a dry run).
  const split = { started: 0, lastProgress: 0, read: 0, steps: {} as Record<string, number> };
  let stepAt = 0;
  let stepName = '';
  const checked = await withPeakHeap(async () => {
    split.started = performance.now();
    const read = await readBackupFile(target.db, fileBytes.slice(), {
      onProgress: (step, done, total) => {
        split.lastProgress = performance.now();
        // Each step's time, from its first word to the next step's.
        if (step !== stepName) {
          if (stepName) split.steps[stepName] = split.lastProgress - stepAt;
          stepName = step;
          stepAt = split.lastProgress;
        }
        document.title = `${step} ${done}/${total}`;
      },
    });
    split.read = performance.now();
    if (stepName) split.steps[stepName] = split.lastProgress - stepAt;
    if (!read.ok) throw new Error(`backup refused: ${read.error.code}`);
    const preview = await previewBackup(target.db, read.value);
    if (!preview.ok) throw new Error(`preview refused: ${preview.error.code}`);
    return read.value;
  });
  const read = checked.result;
  phase('merge');
  const written = await withPeakHeap(() => applyBackup(target.db, read));
  if (!written.result.ok) throw new Error(`restore refused: ${written.result.error.code}`);
  const restored = await counts(target.db);
  target.db.close();

  const floorTarget = await openDatabase(names.floor);
  if (!floorTarget.ok) throw new Error(floorTarget.error.text.en);
  const fdb = floorTarget.db;
  phase('floor-restore');
  const floorRestore = await withPeakHeap(async () => {
    const tables = floorJson.map((parts) => parts.flatMap((json) => JSON.parse(new TextDecoder().decode(json)) as unknown[]));
    await fdb.transaction('rw', BACKUP_TABLES.map((name) => fdb.table(name)), async () => {
      for (const [i, name] of BACKUP_TABLES.entries()) await fdb.table(name).bulkPut(tables[i]!);
    });
  });
  fdb.close();
  await Promise.all(Object.values(names).map((name) => Dexie.delete(name)));
  phase('idle');
  const figures = ({ ms, peakHeap, baseHeap, stall }: { ms: number; peakHeap: number; baseHeap: number; stall: number }) => ({ ms, heap: peakHeap - baseHeap, peakHeap, stall });
  return {
    bytes,
    restored,
    export: figures(exported),
    open: figures(opened),
    floorExport: figures(floorExport),
    check: figures(checked),
    // Where the check's time goes: the worker's check, its answer reaching the page (a structured
    // clone of the whole file's records) and the history made of it, then the preview.
    checkSplit: { worker: split.lastProgress - split.started, handOver: split.read - split.lastProgress, preview: split.started + checked.ms - split.read, steps: split.steps },
    write: figures(written),
    floorRestore: figures(floorRestore),
  };
}

Object.assign(globalThis, { bench: { seedOpen, seedBulk, raw, backup } });
document.title = 'ready';
