// The backup scenario of the Chromium benchmark's helper page (seed.ts): the record exported and
// restored into an empty database as the app does it (Settings → Backup), each beside its floor.
// Kept apart from the seeding, whose source keys the cached profiles: a change here reseeds nothing.
import Dexie from 'dexie';
import type { AvvikDb } from '../../renderer/src/db/database';
import { applyBackup, previewBackup, readBackupFile } from '../../renderer/src/db/restore';
import { exportBackupFile } from '../../renderer/src/db/backupExport';
import { encryptedBlob, type OpenedFile } from '../../renderer/src/db/fileEncryption';
import { openEncryptedFile } from '../../renderer/src/db/openEncrypted';
import { openDatabase } from '../../renderer/src/db/open';
import { recordCounts } from './counts';

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
  // For a traced run (--profile): where each phase begins on the trace's clock (bench/app/trace.ts).
  console.timeStamp(`phase:${name}`);
}

/**
 * The file restored into an empty database as Settings does it: read and checked in the worker,
 * previewed (a dry run), then merged; each part timed, the page's phases named for the memory
 * sampler.
 */
async function restoreMeasured(picked: OpenedFile, name: string) {
  const target = await openDatabase(name);
  if (!target.ok) throw new Error(`${target.error.text.en} (${target.error.detail})`);
  // The page's memory before the restore (the file itself is a Blob, held by the browser).
  phase('baseline');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  phase('check');

  const split = { started: 0, lastProgress: 0, read: 0, steps: {} as Record<string, number> };
  let stepAt = 0;
  let stepName = '';
  const checked = await withPeakHeap(async () => {
    split.started = performance.now();
    const read = await readBackupFile(target.db, picked, {
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
    phase('preview');
    const preview = await previewBackup(target.db, read.value);
    if (!preview.ok) throw new Error(`preview refused: ${preview.error.code}`);
    return read.value;
  });
  const read = checked.result;
  phase('merge');
  const written = await withPeakHeap(() => applyBackup(target.db, read));
  read.release();
  if (!written.result.ok) throw new Error(`restore refused: ${written.result.error.code}`);
  const restored = await recordCounts(target.db);
  target.db.close();
  return { checked, split, written, restored };
}

/**
 * A page that has done nothing else restores the file at `url` (the full run's export, saved by the
 * node side): the restore's memory as a user's window would hold it, without what the export and the
 * floors left in the page.
 */
export async function restoreOnly(url: string) {
  const picked: OpenedFile = { file: await (await fetch(url)).blob(), key: null };
  const name = 'avvik-bench-restore-only';
  await Dexie.delete(name);
  const { checked, written, restored } = await restoreMeasured(picked, name);
  await Dexie.delete(name);
  phase('idle');
  return { restored, ms: checked.ms + written.ms, check: checked.ms, merge: written.ms };
}

export async function backup(open: () => Promise<AvvikDb>) {
  const db = await open();
  phase('export');
  const now = new Date();
  // As Settings does it: made in the worker (read, written, as UTF-8), not encrypted.
  const { result: file, ...exported } = await withPeakHeap(() => exportBackupFile(db, { now, passphrase: null }));
  const bytes = file.file.size;
  // The file as a restore takes it: a Blob, not read until the restore reads it.
  const picked: OpenedFile = { file: file.file, key: null };
  // The same file as saved with a passphrase (age, scrypt at its default work factor), opened as a
  // restore opens it: in the backup worker, for the key it is then read with.
  phase('open');
  const opened = await (async () => {
    // Encrypted as it is read, as an export does it: the page never holds the file.
    const sealed = await encryptedBlob(picked.file.stream(), OPEN_PASSPHRASE);
    const { result, ...figures } = await withPeakHeap(() => openEncryptedFile(sealed, OPEN_PASSPHRASE));
    if (!result.ok || !result.opened.key) throw new Error('the encrypted file did not open');
    return figures;
  })();
  db.close();

  // Kept for the node side to save (a page that only restores reads it again: restoreOnly).
  (globalThis as unknown as { benchExported: Blob }).benchExported = file.file;

  const names = { app: 'avvik-bench-restore', floor: 'avvik-bench-restore-floor' };
  await Promise.all(Object.values(names).map((name) => Dexie.delete(name)));
  const { checked, split, written, restored } = await restoreMeasured(picked, names.app);

  // The floors after the app's restore, so that their JSON is not held while it runs.
  phase('floor-export');
  const again = await open();
  const floorExport = await withPeakHeap(() =>
    again.transaction('r', BACKUP_TABLES.map((name) => again.table(name)), async () => {
      const tables = await Promise.all(BACKUP_TABLES.map((name) => again.table(name).toArray()));
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
  again.close();

  const floorTarget = await openDatabase(names.floor);
  if (!floorTarget.ok) throw new Error(`${floorTarget.error.text.en} (${floorTarget.error.detail})`);
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

