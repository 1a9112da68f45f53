import type { ChainHead } from '../../../shared/chain';
import { SETTINGS_HISTORY_ID } from '../../../shared/incident/events';
import { SETTINGS_ID } from '../../../shared/incident/settings';
import { peopleDocTarget, sortIncoming } from '../../../shared/sync/documents';
import { chainKey, checkIncoming, type Refusal } from '../../../shared/sync/incoming';
import { mergeHistory } from '../db/backup';
import type { AvvikDb } from '../db/database';
import { webVerify } from '../db/keys';
import type { PouchDatabase, PouchDoc } from './pouch';
import { loadSyncState, saveRefusals, saveSyncState } from './state';

// The inbox: what replication brought into the local PouchDB is read from its changes feed in
// batches, checked (shared/sync/incoming.ts: schema, hash, signature, chain) and merged into the
// record by the same merge a restore uses (db/backup.ts mergeHistory): new events are added and
// every history that gained one is replayed, people erased by an incoming erasure are erased here.
// The local PouchDB lives in memory (./pouch.ts), so where its feed was read is kept here, and
// where the server's feed was read, with what was refused, in the encrypted record (./state.ts).

const BATCH = 500;
/** Refusals kept to show (the newest). */
const REFUSALS_KEPT = 50;

export interface InboxReport {
  /** Events, keys, people and files added to the record in this drain. */
  applied: number;
  /** Events held back until what comes before them arrives. */
  waiting: number;
  /** Everything refused so far on this database, newest last. */
  refused: Refusal[];
  /** Refused in this drain. */
  newlyRefused: number;
}

/** The last event of each chain the record holds, for the histories `historyIds`. */
async function headsOf(db: AvvikDb, historyIds: readonly string[]): Promise<Map<string, ChainHead>> {
  const heads = new Map<string, ChainHead>();
  const add = (historyId: string, byInstallation: Record<string, ChainHead>) => {
    for (const [installationId, head] of Object.entries(byInstallation)) heads.set(chainKey(historyId, installationId), head);
  };
  const incidentIds = historyIds.filter((id) => id !== SETTINGS_HISTORY_ID);
  for (const incident of await db.incidents.bulkGet(incidentIds)) if (incident) add(incident.id, incident.heads);
  if (historyIds.includes(SETTINGS_HISTORY_ID)) {
    const settings = await db.settings.get(SETTINGS_ID);
    if (settings) add(SETTINGS_HISTORY_ID, settings.heads);
  }
  return heads;
}

/** Every revision of the documents that have conflicting ones: a forged revision may have won. */
async function withConflicts(pouch: PouchDatabase, docs: readonly PouchDoc[]): Promise<PouchDoc[]> {
  const more: PouchDoc[] = [];
  for (const doc of docs) for (const rev of doc._conflicts ?? []) more.push(await pouch.get(doc._id, { rev }));
  return [...docs, ...more];
}

/** Checks documents from the server and merges what holds into the record. */
export async function applyDocs(db: AvvikDb, docs: readonly unknown[]): Promise<{ applied: number; waiting: string[]; refused: Refusal[]; appliedIds: string[] }> {
  const incoming = sortIncoming(docs);
  const ids = incoming.events.flatMap((e) => (typeof e === 'object' && e !== null && typeof (e as { id?: unknown }).id === 'string' ? [(e as { id: string }).id] : []));
  const historyIds = [...new Set(incoming.events.map((e) => (e as { incidentId?: unknown }).incidentId).filter((id): id is string => typeof id === 'string'))];
  const [held, heads, installations] = await Promise.all([db.events.bulkGet(ids), headsOf(db, historyIds), db.installations.toArray()]);
  const checked = await checkIncoming(
    incoming,
    {
      heads,
      eventHashes: new Map(held.flatMap((e) => (e ? [[e.id, e.hash] as const] : []))),
      keys: new Map(installations.map((r) => [r.id, r.publicKey])),
    },
    db.deps.digest,
    webVerify,
  );
  const refused = [...checked.refused];
  let applied = 0;
  const parts = checked.events.length + checked.installations.length + checked.subjects.length + checked.files.length;
  if (parts > 0) {
    const merged = await mergeHistory(db, { events: checked.events, installations: checked.installations, subjects: checked.subjects, attachmentFiles: checked.files, heads: [] });
    if (merged.ok) applied = merged.value.events.added + checked.installations.length + merged.value.subjects.added + merged.value.attachmentFiles.added;
    // Two histories claim the same link: nothing of this batch was written; name every event.
    else refused.push(...checked.events.map((e) => ({ id: e.id, reason: 'broken-chain' as const, installationId: e.installationId, incidentId: e.incidentId })));
  }
  await applyDeletions(db, incoming.deleted);
  return { applied, waiting: checked.waiting.map((e) => e.id), refused, appliedIds: [...checked.events.map((e) => e.id), ...checked.installations.map((r) => `installation:${r.id}`)] };
}

/** A file removed on another laptop: its bytes go here too, once the history says it was removed. */
async function applyDeletions(db: AvvikDb, deleted: readonly string[]): Promise<void> {
  const files = deleted.map(peopleDocTarget).filter((t) => t?.kind === 'file').map((t) => t!.id);
  if (files.length === 0) return;
  const removed = new Set((await db.events.where('kind').equals('attachment-removed').toArray()).flatMap((e) => (e.kind === 'attachment-removed' ? [e.payload.attachmentId] : [])));
  await db.attachmentFiles.bulkDelete(files.filter((id) => removed.has(id)));
  // A person's deleted document changes nothing by itself: only an erasure event in the history
  // erases (mergeHistory does), so the record always says why a person is gone.
}

export class Inbox {
  /** Where the local PouchDB's feed has been read to. */
  private since: number | string = 0;
  private waiting: string[] = [];
  private refused: Refusal[] = [];

  constructor(
    private readonly db: AvvikDb,
    private readonly pouch: PouchDatabase,
    /** The server database this inbox receives from: names its kept state. */
    private readonly database: string,
    /** Told which records were applied, so the outbox does not write them back. */
    private readonly onApplied: (ids: string[]) => void = () => {},
  ) {}

  /**
   * Starts reading the local feed after what it holds now (the record's own documents, which the
   * outbox has just put there), and returns where the server's feed was read to last time.
   */
  async begin(): Promise<number | string | undefined> {
    this.since = (await this.pouch.info()).update_seq;
    const kept = await loadSyncState(this.db, this.database);
    this.refused = kept?.refused ?? [];
    return kept?.since;
  }

  /**
   * Reads the feed to its end, applying batch by batch. `pulledTo` is where replication had read
   * the server's feed when this drain began: everything up to it is in the local feed, so once it
   * is applied with nothing left waiting, a restart may resume the server's feed from there.
   */
  async drain(pulledTo?: number | string): Promise<InboxReport> {
    let applied = 0;
    let newlyRefused = 0;
    for (;;) {
      const changes = await this.pouch.changes({ since: this.since, limit: BATCH, include_docs: true, conflicts: true, style: 'all_docs' });
      const fresh = changes.results.flatMap((r) => (r.doc ? [r.doc] : []));
      // What waited is tried again with every batch: its predecessor (or its key) may be in it.
      const waiting = this.waiting.length === 0 ? [] : (await this.pouch.allDocs({ keys: this.waiting, include_docs: true })).rows.flatMap((r) => (r.doc ? [r.doc] : []));
      if (fresh.length === 0 && waiting.length === 0) break;
      const result = await applyDocs(this.db, await withConflicts(this.pouch, [...waiting, ...fresh]));
      applied += result.applied;
      newlyRefused += result.refused.length;
      this.onApplied(result.appliedIds);
      this.since = changes.last_seq;
      this.waiting = [...new Set(result.waiting)];
      this.refused = [...this.refused, ...result.refused].slice(-REFUSALS_KEPT);
      if (changes.results.length < BATCH) break;
    }
    // What waits lives only in memory: the server's feed is kept from before it, so a restart reads it again.
    if (pulledTo !== undefined && this.waiting.length === 0) await saveSyncState(this.db, { id: this.database, since: pulledTo, refused: this.refused });
    else if (newlyRefused > 0) await saveRefusals(this.db, this.database, this.refused);
    return { applied, waiting: this.waiting.length, refused: this.refused, newlyRefused };
  }
}
