import { sha256OfBytes, toBase64 } from '../../../shared/chain';
import { erasedIn } from '../../../shared/incident/backup/merge';
import {
  SUBJECT_DOCS,
  eventDoc,
  fileDoc,
  fileDocId,
  installationDoc,
  installationDocId,
  peopleDocTarget,
  subjectDoc,
  subjectDocId,
  type PeopleDoc,
  type RecordDoc,
} from '../../../shared/sync/documents';
import type { AvvikDb } from '../db/database';
import type { PouchDatabase, PouchDoc } from './pouch';

// The outbox: every record this laptop holds goes into the local PouchDB once, as a document that
// is never updated (shared/sync/documents.ts); PouchDB replicates it to the server. Events and keys
// go to every installation; the people affected and attached files only where the installation may
// hold them. A corrected person goes as a new document, the version after the correction (a
// document is never changed, and the server refuses a change). An erased person's documents, every
// version, are deleted (the deletion replicates and keeps nothing of them), and so is a removed file's.

const CHUNK = 1000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Writes the documents of `ids` that `pouch` does not hold (nor held and deleted); returns those written. */
async function putMissing(pouch: PouchDatabase, known: Set<string>, ids: readonly string[], make: (ids: string[]) => Promise<PouchDoc[]>): Promise<string[]> {
  const written: string[] = [];
  for (const part of chunks(ids.filter((id) => !known.has(id)))) {
    const rows = (await pouch.allDocs({ keys: part })).rows;
    const missing: string[] = [];
    for (const row of rows) {
      if (row.value) known.add(row.id);
      else missing.push(row.key);
    }
    if (missing.length === 0) continue;
    const results = await pouch.bulkDocs(await make(missing));
    for (const result of results) {
      if ('ok' in result) {
        known.add(result.id);
        written.push(result.id);
      }
    }
  }
  return written;
}

/** Deletes the documents of `ids` that `pouch` holds; returns those deleted. */
async function deleteHeld(pouch: PouchDatabase, done: Set<string>, ids: readonly string[]): Promise<string[]> {
  const deleted: string[] = [];
  for (const part of chunks(ids.filter((id) => !done.has(id)))) {
    const rows = (await pouch.allDocs({ keys: part })).rows;
    const held = rows.filter((row) => row.value && !row.value.deleted).map((row) => ({ _id: row.id, _rev: row.value!.rev, _deleted: true }));
    for (const row of rows) if (!row.value || row.value.deleted) done.add(row.key);
    if (held.length === 0) continue;
    for (const result of await pouch.bulkDocs(held)) {
      if ('ok' in result) {
        done.add(result.id);
        deleted.push(result.id);
      }
    }
  }
  return deleted;
}

/** The ids of every version of the people in `subjectIds` that `pouch` holds. */
async function versionsHeld(pouch: PouchDatabase, subjectIds: ReadonlySet<string>): Promise<string[]> {
  if (subjectIds.size === 0) return [];
  const rows = (await pouch.allDocs(SUBJECT_DOCS)).rows;
  return rows.filter((row) => subjectIds.has(peopleDocTarget(row.id)?.id ?? '')).map((row) => row.id);
}

export class Outbox {
  /** Ids the local PouchDB holds (or held and deleted): never written twice. */
  private readonly known = new Set<string>();
  private readonly peopleKnown = new Set<string>();
  private readonly gone = new Set<string>();
  /** Each person's current version, by person id: read again when a correction names them. */
  private readonly versions = new Map<string, string>();
  private readonly corrections = new Set<string>();
  /** Erased people whose every version was deleted from the local PouchDB. */
  private readonly swept = new Set<string>();

  constructor(
    private readonly db: AvvikDb,
    private readonly events: PouchDatabase,
    /** Null where this installation may not hold people's data. */
    private readonly people: PouchDatabase | null,
  ) {}

  /** Marks documents the inbox has just applied as held: they came from the local PouchDB. */
  held(ids: Iterable<string>): void {
    for (const id of ids) this.known.add(id);
  }

  /** Puts what is new in the record into the local PouchDB; returns the ids written or deleted. */
  async fill(): Promise<string[]> {
    const db = this.db;
    const [eventIds, installationIds] = await Promise.all([db.events.toCollection().primaryKeys(), db.installations.toCollection().primaryKeys()]);
    const written = await putMissing(
      this.events,
      this.known,
      installationIds.map((id) => installationDocId(String(id))),
      async (ids) => (await db.installations.bulkGet(ids.map((id) => id.slice('installation:'.length)))).flatMap((r) => (r ? [installationDoc(r) as RecordDoc & PouchDoc] : [])),
    );
    written.push(
      ...(await putMissing(this.events, this.known, eventIds.map(String), async (ids) =>
        (await db.events.bulkGet(ids)).flatMap((e) => (e ? [eventDoc(e) as RecordDoc & PouchDoc] : [])),
      )),
    );
    if (this.people) written.push(...(await this.fillPeople(this.people)));
    return written;
  }

  /**
   * Art. 17: the documents of people erased here (and of removed files) that the server still
   * holds, deleted there. The outbox deletes what its local side holds; this catches an erasure
   * made while the local side was not running (it starts empty). Returns the ids deleted.
   */
  async sweepErased(server: PouchDatabase): Promise<string[]> {
    const gone = await this.goneIds();
    const ids = [...(await versionsHeld(server, gone.subjects)), ...gone.files];
    return ids.length === 0 ? [] : deleteHeld(server, new Set(), ids);
  }

  private async goneIds(): Promise<{ subjects: Set<string>; files: string[] }> {
    const db = this.db;
    const [erasures, removals] = await Promise.all([db.events.where('kind').equals('subjects-erased').toArray(), db.events.where('kind').equals('attachment-removed').toArray()]);
    const files = removals.flatMap((e) => (e.kind === 'attachment-removed' ? [fileDocId(e.payload.attachmentId)] : []));
    return { subjects: erasedIn(erasures), files };
  }

  /** The current version of every person here, read again for those a correction names. */
  private async currentVersions(subjectIds: readonly string[]): Promise<string[]> {
    const db = this.db;
    const corrections = await db.events.where('kind').equals('subject-corrected').primaryKeys();
    const fresh = corrections.map(String).filter((id) => !this.corrections.has(id));
    const stale = new Set(subjectIds.filter((id) => !this.versions.has(id)));
    for (const event of await db.events.bulkGet(fresh)) {
      if (event?.kind === 'subject-corrected') stale.add(event.payload.subjectId);
      if (event) this.corrections.add(event.id);
    }
    for (const subject of await db.subjects.bulkGet([...stale])) if (subject) this.versions.set(subject.id, subjectDocId(subject));
    return subjectIds.flatMap((id) => {
      const version = this.versions.get(id);
      return version ? [version] : [];
    });
  }

  private async fillPeople(people: PouchDatabase): Promise<string[]> {
    const db = this.db;
    const [subjectKeys, fileIds, gone] = await Promise.all([db.subjects.toCollection().primaryKeys(), db.attachmentFiles.toCollection().primaryKeys(), this.goneIds()]);
    // Art. 17: what was erased here leaves the server too, before anything else is sent.
    const unswept = new Set([...gone.subjects].filter((id) => !this.swept.has(id)));
    const changed = await deleteHeld(people, this.gone, [...(await versionsHeld(people, unswept)), ...gone.files]);
    for (const id of unswept) this.swept.add(id);
    for (const id of this.gone) this.peopleKnown.add(id);
    const subjectIds = subjectKeys.map(String);
    changed.push(
      ...(await putMissing(people, this.peopleKnown, await this.currentVersions(subjectIds), async (ids) => {
        const subjects = await db.subjects.bulkGet(ids.map((id) => peopleDocTarget(id)!.id));
        // Only the version asked for: a person corrected meanwhile goes as its own version next time.
        return subjects.flatMap((s, i) => (s && subjectDocId(s) === ids[i] ? [subjectDoc(s) as PeopleDoc & PouchDoc] : []));
      })),
    );
    changed.push(
      ...(await putMissing(people, this.peopleKnown, fileIds.map((id) => fileDocId(String(id))), async (ids) => {
        const files = await db.attachmentFiles.bulkGet(ids.map((id) => id.slice('file:'.length)));
        const docs: PouchDoc[] = [];
        for (const file of files) {
          if (!file) continue;
          const sha256 = await sha256OfBytes(file.bytes, db.deps.digest);
          docs.push(fileDoc({ id: file.id, incidentId: file.incidentId, sha256, base64: toBase64(file.bytes) }) as PeopleDoc & PouchDoc);
        }
        return docs;
      })),
    );
    return changed;
  }
}
