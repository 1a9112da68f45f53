import Dexie from 'dexie';
import type { AvvikDb } from './database';
import { fromBase64 } from '../../../shared/chain/base64';
import { importFailure, type ImportResult } from '../../../shared/incident/backup/errors';
import type { TableName, Tables } from '../../../shared/incident/backup/format';
import { erasedIn, planMerge, zeroCount, type MergeCount, type MergePlan } from '../../../shared/incident/backup/merge';
import { SETTINGS_HISTORY_ID } from '../../../shared/incident/events';
import { differingFields, type IncidentRecord } from '../../../shared/incident/project';
import { SETTINGS_ID } from '../../../shared/incident/settings';
import { trustStandings, type TrustStanding } from '../../../shared/incident/trust';
import { QUIET, computeRebuild, inSteps, positionConflict, readForRebuild, storedHistories, writeRebuilt, type RebuildReport, type Rebuilt } from './rebuild';

// Merging checked history into the record (a restore, an evidence bundle, the team's sync): decided
// by id in shared/incident/backup/merge.ts, the projections rebuilt here (rebuild.ts), all in one
// transaction. A restore previews the merge first, as a dry run that writes nothing.

/** What an import added, changed and left as it was, per kind of record. */
export type ImportSummary = Record<Exclude<TableName, 'heads' | 'installations'> | 'incidents' | 'notifications' | 'settings', MergeCount>;

function emptySummary(): ImportSummary {
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
 * What a dry run worked out from the histories (the rows rebuilt and what they change), kept for the
 * merge that follows it: replaying every history again is most of the merge's own work and holds the
 * window meanwhile (a transaction cannot pause for the page). It is taken up only while the record
 * holds exactly the events it was worked out from: events are never changed or deleted, so the same
 * number of them is the same events.
 */
interface Worked {
  eventCount: number;
  histories: readonly string[];
  rebuilt: Rebuilt;
  /** What the rebuild counted and listed. */
  report: RebuildReport;
}

/** The last preview's work per file read, for its merge (see Worked). */
const previewed = new WeakMap<Tables, Worked>();

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * Merges validated history into the database in one transaction: new events, people and files are
 * added, people the history erased are erased here, and every incident and the settings whose
 * history gained events are rebuilt from it. A chain fork (same position, other event) is a conflict.
 * With `dryRun`, the same reading and reckoning is done and nothing is written: the report says
 * what a merge would add and change (the checks a write would make, such as the unique chain
 * position, are made beforehand in memory, so a preview refuses what the merge would refuse).
 */
export async function mergeHistory(
  db: AvvikDb,
  incoming: Tables,
  options: {
    dryRun?: boolean;
    /** The incidents the check of the file replayed from its histories, by id: not replayed again. */
    replayed?: ReadonlyMap<string, IncidentRecord>;
  } = {},
): Promise<ImportResult<ImportReport>> {
  try {
    const done = await db.transaction('rw', [db.settings, db.incidents, db.events, db.subjects, db.notifications, db.attachmentFiles, db.installations], async () => {
      const [subjects, localIds, erasures, fileIds, installations] = await Promise.all([
        db.subjects.bulkGet(incoming.subjects.map((r) => r.id)),
        db.events.toCollection().primaryKeys(),
        db.events.where('kind').equals('subjects-erased').toArray(),
        db.attachmentFiles.toCollection().primaryKeys(),
        db.installations.toArray(),
      ]);
      // Most incoming events are new: look up only those whose id is already here.
      const known = new Set(localIds.map(String));
      const knownEvents = await db.events.bulkGet(incoming.events.filter((e) => known.has(e.id)).map((e) => e.id));
      const localSubjects = new Map(subjects.filter((s) => s !== undefined).map((s) => [s.id, s]));
      const plan = planMerge(incoming, {
        eventHashes: new Map(knownEvents.filter((e) => e !== undefined).map((e) => [e.id, e.hash])),
        subjects: localSubjects,
        erasedSubjectIds: erasedIn(erasures),
        attachmentFileIds: new Set(fileIds.map(String)),
        installations: new Map(installations.map((record) => [record.id, record.publicKey])),
      });
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

      const eventCount = localIds.length;
      const earlier = options.dryRun ? undefined : previewed.get(incoming);
      if (earlier && earlier.eventCount === eventCount && sameList(earlier.histories, value.histories)) {
        // Nothing was recorded since the preview: its rows and its reckoning of them stand.
        addRebuildReport(summary, earlier.report);
        await writeMerge(db, value, earlier.rebuilt);
        return { ok: true as const, value: { kind: 'merged' as const, summary } };
      }
      const stored = await storedHistories(db, value.histories);
      const conflict = positionConflict(stored, value.events);
      if (conflict) return { ok: false as const, error: conflict };
      const input = await readForRebuild(db, stored, value.events);
      // A preview stops here: it has read everything the merge would and writes nothing; it works
      // the rest out once the transaction is over (below).
      if (options.dryRun) return { ok: true as const, value: { kind: 'previewed' as const, summary, input, eventCount, histories: value.histories } };
      const rebuilt = await computeRebuild(input, summary, undefined, options.replayed);
      await writeMerge(db, value, rebuilt);
      return { ok: true as const, value: { kind: 'merged' as const, summary } };
    });
    if (!done.ok) return done;
    previewed.delete(incoming);
    const { summary } = done.value;
    if (done.value.kind === 'merged') return { ok: true, value: summary };
    // The preview replays every history that gains events outside the transaction, giving the
    // window its turn now and then; the merge after it takes this work up (see Worked).
    const { input, eventCount, histories } = done.value;
    const report = rebuildReport();
    const rebuilt = await computeRebuild(input, report, givePageItsTurn, options.replayed);
    addRebuildReport(summary, report);
    previewed.set(incoming, { eventCount, histories, rebuilt, report });
    return { ok: true, value: summary };
  } catch (error) {
    // The unique chain-position index refused an event: two histories claim the same link.
    if (error instanceof Dexie.BulkError || (error instanceof Error && error.name === 'ConstraintError')) {
      return { ok: false, error: importFailure('conflict', error.message) };
    }
    throw error;
  }
}

const rebuildReport = (): RebuildReport => ({ incidents: zeroCount(), notifications: zeroCount(), settings: zeroCount(), details: { incidents: [], settings: [] } });

/** A rebuild's counts and lists added to a report. */
function addRebuildReport(summary: ImportReport, report: RebuildReport): void {
  for (const name of ['incidents', 'notifications', 'settings'] as const) {
    for (const key of ['added', 'updated', 'unchanged', 'skipped'] as const) summary[name][key] += report[name][key];
  }
  summary.details.incidents.push(...structuredClone(report.details.incidents));
  if (report.details.settings.length > 0) summary.details.settings = [...report.details.settings];
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
