import Dexie from 'dexie';
import type { AvvikDb } from './database';
import type { Digest } from '../../../shared/chain';
import { fromBase64 } from '../../../shared/chain/base64';
import { importFailure, type ImportResult } from '../../../shared/incident/backup/errors';
import type { TableName, Tables } from '../../../shared/incident/backup/format';
import { erasedIn, legacyAsHistory, planMerge, zeroCount, type MergeCount, type MergePlan } from '../../../shared/incident/backup/merge';
import type { BackupContent } from '../../../shared/incident/backup/parse';
import { SETTINGS_HISTORY_ID } from '../../../shared/incident/events';
import type { IncidentRecord } from '../../../shared/incident/project';
import { differingFields } from '../../../shared/incident/project';
import { SETTINGS_ID } from '../../../shared/incident/settings';
import { trustStandings, type TrustStanding } from '../../../shared/incident/trust';
import { backupFileName } from './migrations';
import { ensureInstallationKey, webSign, type InstallationKey } from './keys';
import { ensureSettings } from './repository/settings';
import { writeBackup, type BackupCounts, type Slices } from './backupWrite';
import { QUIET, computeRebuild, inSteps, positionConflict, readRebuildRows, rebuildInput, storedHistories, writeRebuilt, type Rebuilt } from './rebuild';

// Backup of everything (docs/backup-format.md): the histories, the people affected and the files
// attached. Export reads one consistent snapshot. A restore (restore.ts) checks the file in shared/
// first, then merges it a batch at a time (mergeHistory), each batch in one transaction that adds
// its events, people and files and rebuilds every incident and the settings whose history gained
// events.

export interface BackupOptions {
  now: Date;
  digest?: Digest;
  appVersion?: string;
  /** How much an export reads at once (tests make it small). */
  slices?: Slices;
}

export interface BackupFile {
  name: string;
  /** The file's text in pieces: `new Blob(chunks)`, or join them. */
  chunks: string[];
  counts: BackupCounts;
}

/** Who signs a backup: this installation and its key, made the first time they are needed. */
export interface BackupSigner {
  installationId: string;
  key: InstallationKey;
}

/** The installation's settings and key, written if missing: done on the page before a worker reads. */
export async function backupSigner(db: AvvikDb, options: BackupOptions): Promise<BackupSigner> {
  const digest = options.digest ?? db.deps.digest;
  const settings = await ensureSettings(db, { now: options.now, newId: db.deps.newId });
  // The file is signed by this installation: a restore knows who made it and that nobody changed it.
  const key = await ensureInstallationKey(db, settings.installationId, options.now, digest);
  return { installationId: settings.installationId, key };
}

/**
 * Writes the whole record as a backup, the text after the header into `emit` as it is read; the
 * header (which holds the manifest of everything written) comes with the answer, to put first.
 */
export async function writeRecordBackup(
  db: AvvikDb,
  options: BackupOptions,
  emit: (text: string) => void,
  signer?: BackupSigner,
  onProgress?: (done: number, total: number) => void,
): Promise<{ name: string; header: string; counts: BackupCounts }> {
  const digest = options.digest ?? db.deps.digest;
  const { installationId, key } = signer ?? (await backupSigner(db, options));
  const meta = { exportedAt: options.now.toISOString(), installationId, appVersion: options.appVersion ?? db.deps.appVersion, reason: 'user' as const };
  const written = await writeBackup(db, meta, { digest, sign: webSign(key.privateKey), slices: options.slices }, emit, onProgress);
  return { name: backupFileName('avvik-backup', options.now), ...written };
}

/** The whole backup as text pieces, the header first. */
export async function exportBackup(db: AvvikDb, options: BackupOptions, signer?: BackupSigner, onProgress?: (done: number, total: number) => void): Promise<BackupFile> {
  const chunks: string[] = [];
  const { name, header, counts } = await writeRecordBackup(db, options, (text) => chunks.push(text), signer, onProgress);
  return { name, chunks: [header, ...chunks], counts };
}

/** What an import added, changed and left as it was, per kind of record. */
export type ImportSummary = Record<Exclude<TableName, 'heads' | 'installations'> | 'incidents' | 'notifications' | 'settings', MergeCount>;

export function emptySummary(): ImportSummary {
  return {
    events: zeroCount(),
    subjects: zeroCount(),
    attachmentFiles: zeroCount(),
    incidents: zeroCount(),
    notifications: zeroCount(),
    settings: zeroCount(),
  };
}

/** What an import adds or changes that a person should see before it is written. */
export interface ImportDetails {
  /** Incidents added, and those changed with the fields of theirs that change (those documents print). */
  incidents: { id: string; ref: string; title: string; change: 'added' | 'updated'; fields: string[] }[];
  /** The settings fields that change (organisation, DPO, contact …), by name. */
  settings: string[];
  /** People changed, by id, with the fields that change (address, e-mail …). */
  people: { id: string; fields: string[] }[];
  /** The installations whose events are added, how many each, and whether this installation trusts them. */
  signers: { installationId: string; publicKey: string | null; trusted: boolean; events: number }[];
}

export type ImportReport = ImportSummary & { details: ImportDetails };

/**
 * Merges a batch of validated history (whole histories, or people and files) into the database in
 * one transaction: new events, people and files are added, people the file's history erased are
 * erased here, and every incident and the settings whose history gained events are rebuilt from it.
 * A chain fork (same position, other event) is a conflict. With `dryRun`, the same reading and
 * reckoning is done and nothing is written: the report says what a merge would add and change (the
 * checks a write would make, such as the unique chain position, are made beforehand in memory, so
 * a preview refuses what the merge would refuse).
 */
export async function mergeHistory(
  db: AvvikDb,
  incoming: Tables,
  options: {
    dryRun?: boolean;
    /** The incidents the check of the file replayed from its histories, by id: not replayed again. */
    replayed?: ReadonlyMap<string, IncidentRecord>;
    /** The people the whole file's history erased (the batch may hold only some of its events). */
    erasedInFile?: ReadonlySet<string>;
  } = {},
): Promise<ImportResult<ImportReport>> {
  try {
    const done = await db.transaction('rw', [db.settings, db.incidents, db.events, db.subjects, db.notifications, db.attachmentFiles, db.installations], async () => {
      // The stored events of the batch's histories: the ones an incoming event may already be (a
      // known id elsewhere is refused by the primary key when written), and the histories to
      // rebuild. One range read, where looking up each incoming id took a request per event.
      const [subjects, storedEvents, erasures, files, installations] = await Promise.all([
        db.subjects.bulkGet(incoming.subjects.map((r) => r.id)),
        storedHistories(db, [...new Set(incoming.events.map((e) => e.incidentId))]),
        db.events.where('kind').equals('subjects-erased').toArray(),
        db.attachmentFiles.bulkGet(incoming.attachmentFiles.map((f) => f.id)),
        db.installations.toArray(),
      ]);
      const localSubjects = new Map(subjects.filter((s) => s !== undefined).map((s) => [s.id, s]));
      const plan = planMerge(
        incoming,
        {
          eventHashes: new Map([...storedEvents.values()].flatMap((events) => events.map((e) => [e.id, e.hash] as const))),
          subjects: localSubjects,
          erasedSubjectIds: erasedIn(erasures),
          attachmentFileIds: new Set(files.filter((f) => f !== undefined).map((f) => f.id)),
          installations: new Map(installations.map((record) => [record.id, record.publicKey])),
        },
        options.erasedInFile,
      );
      if (!plan.ok) return plan;
      const { value } = plan;
      const summary: ImportReport = { ...emptySummary(), ...value.counts, details: { incidents: [], settings: [], people: [], signers: [] } };
      for (const theirs of value.subjects) {
        const ours = localSubjects.get(theirs.id);
        if (ours) summary.details.people.push({ id: theirs.id, fields: differingFields(ours, theirs).filter((f) => !QUIET.has(f)) });
      }
      const byInstallation = new Map<string, number>();
      for (const event of value.events) byInstallation.set(event.installationId, (byInstallation.get(event.installationId) ?? 0) + 1);
      const keys = new Map([...installations, ...value.installations].map((record) => [record.id, record.publicKey]));
      const local = await db.settings.get(SETTINGS_ID);
      // Trust as this installation reckons it now, before the file's own decisions are taken in.
      const standings = local ? trustStandings(local, keys) : new Map<string, TrustStanding>();
      summary.details.signers = [...byInstallation].map(([installationId, events]) => {
        const publicKey = keys.get(installationId) ?? null;
        return { installationId, publicKey, trusted: standings.get(installationId)?.trusted === true, events };
      });
      // The file's other histories are here already, exactly: nothing of them changes.
      const rebuiltIds = new Set(value.histories);
      const others = incoming.heads.map((h) => h.id).filter((id) => !rebuiltIds.has(id));
      if (others.includes(SETTINGS_HISTORY_ID)) summary.settings.unchanged++;
      const otherIncidents = others.filter((id) => id !== SETTINGS_HISTORY_ID);
      summary.incidents.unchanged += (await db.incidents.bulkGet(otherIncidents)).filter((row) => row !== undefined).length;

      const stored = new Map(value.histories.map((id) => [id, storedEvents.get(id) ?? []]));
      // A preview stops once it has read everything the merge would, and writes nothing: it works
      // the rest out once the transaction is over (below), where the window can have its turns.
      if (options.dryRun) {
        const rows = await readRebuildRows(db, stored);
        return { ok: true as const, value: { kind: 'previewed' as const, summary, stored, rows, events: value.events } };
      }
      const conflict = positionConflict(stored, value.events);
      if (conflict) return { ok: false as const, error: conflict };
      const input = rebuildInput(await readRebuildRows(db, stored), stored, value.events);
      const rebuilt = await computeRebuild(input, summary, undefined, options.replayed);
      await writeMerge(db, value, rebuilt);
      return { ok: true as const, value: { kind: 'merged' as const, summary } };
    });
    if (!done.ok) return done;
    const { summary } = done.value;
    if (done.value.kind === 'merged') return { ok: true, value: summary };
    // The preview checks the chain positions and replays every history that gains events outside
    // the transaction, giving the window its turn between.
    const { stored, rows, events } = done.value;
    const conflict = positionConflict(stored, events);
    if (conflict) return { ok: false, error: conflict };
    await computeRebuild(rebuildInput(rows, stored, events), summary, givePageItsTurn, options.replayed);
    return { ok: true, value: summary };
  } catch (error) {
    // The unique chain-position index refused an event: two histories claim the same link.
    if (error instanceof Dexie.BulkError || (error instanceof Error && error.name === 'ConstraintError')) {
      return { ok: false, error: importFailure('conflict', error.message) };
    }
    throw error;
  }
}

/** The merge's writes, in the merge's transaction. */
async function writeMerge(db: AvvikDb, value: MergePlan, rebuilt: Rebuilt): Promise<void> {
  await db.installations.bulkAdd(value.installations);
  await inSteps(value.events, (events) => db.events.bulkAdd(events));
  await db.subjects.bulkPut(value.subjects);
  await db.subjects.bulkDelete(value.eraseSubjectIds);
  await db.attachmentFiles.bulkAdd(value.attachmentFiles.map((f) => ({ id: f.id, incidentId: f.incidentId, bytes: fromBase64(f.base64)! })));
  await writeRebuilt(db, rebuilt);
}

/** A moment for the window to answer input and paint, between slices of a long piece of work. */
const givePageItsTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function ensureOwnKey(db: AvvikDb, now: Date, digest: Digest): Promise<void> {
  const settings = await ensureSettings(db, { now, newId: db.deps.newId });
  await ensureInstallationKey(db, settings.installationId, now, digest);
}

/** A file's content as history: older files are turned into history here, as the database migration would. */
export async function asHistory(db: AvvikDb, content: BackupContent, ctx: { now: Date; newId?: () => string; digest?: Digest }): Promise<{ tables: Tables; keptLocal: number }> {
  // This installation's own key is on record before anything comes in: a file can never bring
  // another key under this installation's id (planMerge refuses it).
  await ensureOwnKey(db, ctx.now, ctx.digest ?? db.deps.digest);
  if (content.kind === 'history') return { tables: content.tables, keptLocal: 0 };
  const settings = await ensureSettings(db, { now: ctx.now, newId: ctx.newId ?? db.deps.newId });
  const digest = ctx.digest ?? db.deps.digest;
  // The checkpoints are this installation's word for what the old file held: signed by it.
  const key = await ensureInstallationKey(db, settings.installationId, ctx.now, digest);
  const incidentIds = new Set((await db.incidents.toCollection().primaryKeys()).map(String));
  const settingsHistoryEmpty = (await db.events.where('incidentId').equals(SETTINGS_HISTORY_ID).count()) === 0;
  return legacyAsHistory(content.tables, { incidentIds, settingsHistoryEmpty }, {
    installationId: settings.installationId,
    newId: ctx.newId ?? db.deps.newId,
    digest: ctx.digest ?? db.deps.digest,
    now: ctx.now.toISOString(),
    sign: webSign(key.privateKey),
  });
}

export async function listMigrationBackups(db: AvvikDb) {
  return db.migrationBackups.orderBy('createdAt').reverse().toArray();
}
