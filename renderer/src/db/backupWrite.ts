import Dexie from 'dexie';
import { sha256 } from '@noble/hashes/sha2';
import type { AvvikDb, AttachmentFile } from './database';
import { toHex, type Digest, type Sign } from '../../../shared/chain';
import { toBase64 } from '../../../shared/chain/base64';
import type { AttachmentFileRecord, HeadsRecord, TableName } from '../../../shared/incident/backup/format';
import { BackupWriter, byHistory, byId, type BackupMeta } from '../../../shared/incident/backup/serialize';
import { SETTINGS_HISTORY_ID } from '../../../shared/incident/events';

// A backup written as the record is read (docs/backup-format.md), a slice at a time, so that what is
// held at once is a slice and not the record: a million events are about 650 MiB as text and
// several GiB as objects. Everything is read in one read transaction, so the file is one
// consistent moment of the record (a person or a file added half way cannot be in the file without
// its history). A transaction ends at the first await of anything but its own requests, so nothing
// here awaits anything else until the last slice is read: the manifest's hashes are asked for and
// awaited after (BackupWriter), and an attached file's SHA-256 is worked out here, synchronously.

/** How much is read at once. */
export interface Slices {
  /** Histories whose events are read together: about 1,000 to 10,000 events in an ordinary record. */
  histories: number;
  people: number;
  /** Attached files are up to tens of MiB each. */
  files: number;
  incidents: number;
}

const SLICES: Slices = { histories: 100, people: 1000, files: 4, incidents: 500 };

export type BackupCounts = Record<TableName, number> & { incidentIds: string[] };

/** An attached file as a backup holds it: its bytes as base64, and their SHA-256 to check them by. */
export function attachmentFileRecord(file: AttachmentFile): AttachmentFileRecord {
  return { id: file.id, incidentId: file.incidentId, sha256: toHex(sha256(file.bytes)), base64: toBase64(file.bytes) };
}

/**
 * A table read in primary-key order, `limit` rows at a time (each slice starts after the last). The
 * next slice is asked for before this one is handed over: the database reads it while the caller
 * writes this one.
 */
async function* inSlices<Row extends { id: string }>(table: Dexie.Table<Row, string>, limit: number): AsyncGenerator<Row[]> {
  const after = (last: string | null) => (last === null ? table.orderBy(':id') : table.where(':id').above(last)).limit(limit).toArray();
  let next = after(null);
  for (;;) {
    const rows: Row[] = await next;
    if (rows.length === 0) return;
    next = after(rows[rows.length - 1]!.id);
    // A read ahead that the caller never takes (it stopped, and the transaction ends) must not be an unheard rejection.
    next.catch(() => {});
    yield rows;
  }
}

/** The events of every history, in the file's order, the histories of a slice at a time (read ahead as above). */
async function* eventsInSlices(db: AvvikDb, historyIds: readonly string[], histories: number): AsyncGenerator<unknown[]> {
  // Ranges of the incidentId index from its first key to its last, each ending at a history's id,
  // so an event of a history without heads (a record the check would refuse) is written too rather
  // than silently left out.
  const ends: (string | null)[] = [];
  for (let start = 0; start < historyIds.length; start += histories) ends.push(historyIds[Math.min(start + histories, historyIds.length) - 1]!);
  // Then from the last history's id to the end of the index.
  ends.push(null);
  const read = (i: number) => db.events.where('incidentId').between(i === 0 ? Dexie.minKey : ends[i - 1]!, ends[i] ?? Dexie.maxKey, i === 0, true).toArray();
  let next = read(0);
  for (let i = 0; i < ends.length; i++) {
    const events = await next;
    if (i + 1 < ends.length) {
      next = read(i + 1);
      next.catch(() => {}); // as in inSlices
    }
    if (events.length > 0) yield events.sort(byHistory);
  }
}

/**
 * Reads the whole record and writes it as a backup: the text after the header to `emit`, piece by
 * piece, and the header (which holds the manifest, so comes last) as the answer.
 */
export async function writeBackup(
  db: AvvikDb,
  meta: BackupMeta,
  options: { digest: Digest; sign: Sign; slices?: Slices },
  emit: (text: string) => void,
  /** Called inside the read transaction: it must not use the database (Dexie would take it for this transaction). */
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ header: string; counts: BackupCounts }> {
  const writer = new BackupWriter(options.digest, emit);
  const slices = options.slices ?? SLICES;
  const counts: BackupCounts = { installations: 0, heads: 0, events: 0, subjects: 0, attachmentFiles: 0, incidentIds: [] };
  await db.transaction('r', [db.events, db.subjects, db.attachmentFiles, db.incidents, db.settings, db.installations], async () => {
    const [events, subjects, files, incidents] = await Promise.all([db.events.count(), db.subjects.count(), db.attachmentFiles.count(), db.incidents.count()]);
    const installations = (await db.installations.toArray()).sort(byId);
    // The heads the record holds, beside the events: a restore notices events cut off at the end.
    const settings = await db.settings.toArray();
    const heads: HeadsRecord[] = settings.filter((s) => Object.keys(s.heads).length > 0).map((s) => ({ id: SETTINGS_HISTORY_ID, heads: s.heads }));
    const total = installations.length + heads.length + incidents + events + subjects + files;
    let done = 0;
    const wrote = (table: TableName, records: readonly unknown[]) => {
      writer.records(records);
      counts[table] += records.length;
      onProgress((done += records.length), total);
    };
    onProgress(0, total);
    writer.table('installations');
    wrote('installations', installations);

    for await (const slice of inSlices(db.incidents, slices.incidents)) {
      for (const incident of slice) {
        heads.push({ id: incident.id, heads: incident.heads });
        counts.incidentIds.push(incident.id);
      }
    }
    heads.sort(byId);
    writer.table('heads');
    wrote('heads', heads);

    writer.table('events');
    for await (const slice of eventsInSlices(db, heads.map((h) => h.id), slices.histories)) wrote('events', slice);
    writer.table('subjects');
    for await (const slice of inSlices(db.subjects, slices.people)) wrote('subjects', slice);
    writer.table('attachmentFiles');
    for await (const slice of inSlices(db.attachmentFiles, slices.files)) wrote('attachmentFiles', slice.map(attachmentFileRecord));
  });
  return { header: await writer.finish(meta, options.sign), counts };
}
