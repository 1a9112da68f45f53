import type { AvvikDb } from './database';
import { canonicalJson, jsonEqual } from '../../../shared/canonical';
import { headsOf } from '../../../shared/incident/backup/format';
import { importFailure, type ImportFailure } from '../../../shared/incident/backup/errors';
import type { MergeCount } from '../../../shared/incident/backup/merge';
import { SETTINGS_HISTORY_ID, type TimelineEvent } from '../../../shared/incident/events';
import type { Incident } from '../../../shared/incident/model';
import { byIncident } from '../../../shared/incident/byIncident';
import type { Notification } from '../../../shared/incident/notifications';
import { differingFields, replayIncident, replaySettings, type IncidentRecord } from '../../../shared/incident/project';
import { SETTINGS_ID, defaultSettings, type Settings } from '../../../shared/incident/settings';

// The projections a merge rebuilds (incidents, their notices, the settings), worked out in memory
// from the histories as they will stand: the events stored here plus the events coming in. All the
// reading is done in a few bulk queries and nothing is written here, so a preview (dry run) and the
// merge itself run the very same code, and only the merge writes what it returns. A restore of
// 10,000 incidents would otherwise read each incident's events back one incident at a time, and a
// preview would write the whole file only to roll it back.

/** What a rebuild counts and lists; the caller's report holds these fields. */
export interface RebuildReport {
  incidents: MergeCount;
  notifications: MergeCount;
  settings: MergeCount;
  details: {
    incidents: { id: string; ref: string; title: string; change: 'added' | 'updated'; fields: string[] }[];
    settings: string[];
  };
}

/** The rows to write for the rebuilt histories. */
export interface Rebuilt {
  incidents: Incident[];
  notifications: Notification[];
  removedNotificationIds: string[];
  settings: Settings | null;
}

/** Bookkeeping fields: they change with every event and say nothing a reader needs to check. */
export const QUIET = new Set(['heads', 'updatedAt', 'risk', 'openAwareAt']);

const position = (event: Pick<TimelineEvent, 'incidentId' | 'installationId' | 'seq'>) => `${event.incidentId}\u0000${event.installationId}\u0000${event.seq}`;

/** The stored events of `histories`, by history, each in the order the events index returns them (by id). */
export async function storedHistories(db: AvvikDb, histories: readonly string[]): Promise<Map<string, TimelineEvent[]>> {
  const byHistory = new Map<string, TimelineEvent[]>(histories.map((id) => [id, []]));
  if (histories.length === 0) return byHistory;
  for (const event of await db.events.where('incidentId').anyOf([...histories]).toArray()) byHistory.get(event.incidentId)?.push(event);
  return byHistory;
}

/**
 * Two events at one chain position (same history, installation and number) with different ids: the
 * unique chain-position index would refuse the second. Checked here so a preview, which writes
 * nothing, refuses what the merge would refuse.
 */
export function positionConflict(stored: ReadonlyMap<string, readonly TimelineEvent[]>, added: readonly TimelineEvent[]): ImportFailure | null {
  const taken = new Map<string, string>();
  for (const events of stored.values()) for (const event of events) taken.set(position(event), event.id);
  for (const event of added) {
    const holder = taken.get(position(event));
    if (holder !== undefined && holder !== event.id) return importFailure('conflict', `event ${event.id}: its chain position is held by ${holder}`);
    taken.set(position(event), event.id);
  }
  return null;
}

/** Every history's events after the merge, sorted by id as the events index would return them. */
function mergedHistories(stored: ReadonlyMap<string, TimelineEvent[]>, added: readonly TimelineEvent[]): Map<string, TimelineEvent[]> {
  const merged = new Map<string, TimelineEvent[]>();
  for (const [id, events] of stored) merged.set(id, [...events]);
  for (const event of added) merged.get(event.incidentId)?.push(event);
  for (const events of merged.values()) events.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return merged;
}

/** What a rebuild reads from the record: the rows of the histories it rebuilds, as they stand. */
export interface RebuildRows {
  incidentIds: string[];
  before: (Incident | undefined)[];
  noticesOf: Map<string, Notification[]>;
  /** The settings as stored (or as a fresh installation's would be), when the settings history is rebuilt. */
  settings: Settings | null;
}

/** What a rebuild works from: the rows read and every history with the events added. */
export interface RebuildInput extends RebuildRows {
  merged: Map<string, TimelineEvent[]>;
}

/** Reads the rows of the histories in `stored` (storedHistories), in a few bulk queries. */
export async function readRebuildRows(db: AvvikDb, stored: ReadonlyMap<string, TimelineEvent[]>): Promise<RebuildRows> {
  const incidentIds = [...stored.keys()].filter((id) => id !== SETTINGS_HISTORY_ID);
  const rebuildsSettings = stored.has(SETTINGS_HISTORY_ID);
  const [before, storedNotices, settings] = await Promise.all([
    db.incidents.bulkGet(incidentIds),
    incidentIds.length > 0 ? db.notifications.where('incidentId').anyOf(incidentIds).toArray() : Promise.resolve([]),
    rebuildsSettings ? db.settings.get(SETTINGS_ID) : Promise.resolve(null),
  ]);
  const current = rebuildsSettings ? (settings ?? defaultSettings(db.deps.newId(), db.deps.now().toISOString())) : null;
  return { incidentIds, before, noticesOf: byIncident(storedNotices), settings: current };
}

/**
 * The rows read with every history and the events added to it. No database: a preview works this
 * out once its transaction is over (sorting every history takes a while for a large file).
 */
export function rebuildInput(rows: RebuildRows, stored: ReadonlyMap<string, TimelineEvent[]>, added: readonly TimelineEvent[]): RebuildInput {
  return { ...rows, merged: mergedHistories(stored, added) };
}

/**
 * A history's incident: the replay already made of the same history, or a replay now. The same
 * heads mean the same events: every chain in both is whole and hash-linked from its first event to
 * its head (the file's checked, the record's as written).
 */
function replayOf(events: readonly TimelineEvent[], known: IncidentRecord | undefined): IncidentRecord | null {
  if (known && jsonEqual(known.incident.heads, headsOf(events)[0]?.heads ?? {})) return known;
  return replayIncident(events);
}

/** How long the rebuild works between pauses, when it may pause (outside a transaction). */
const SLICE_MS = 30;

/**
 * Replays every history read, counts into `report` what changes, and returns the rows to write.
 * With `pause`, it gives the window its turn every few milliseconds: a preview replays ten
 * thousand histories in a second or more. Inside a transaction it must not pause (the transaction
 * would end), so a merge passes none.
 */
export async function computeRebuild(
  input: RebuildInput,
  report: RebuildReport,
  pause?: () => Promise<void>,
  /** Incidents already replayed from a checked file's histories, by id (see replayOf). */
  replayed?: ReadonlyMap<string, IncidentRecord>,
): Promise<Rebuilt> {
  const { merged, incidentIds, before, noticesOf } = input;
  const rebuilt: Rebuilt = { incidents: [], notifications: [], removedNotificationIds: [], settings: null };
  let sliceStart = performance.now();
  for (const [index, incidentId] of incidentIds.entries()) {
    if (pause && performance.now() - sliceStart > SLICE_MS) {
      await pause();
      sliceStart = performance.now();
    }
    const record = replayOf(merged.get(incidentId)!, replayed?.get(incidentId));
    if (!record) continue;
    const was = before[index];
    let detail: RebuildReport['details']['incidents'][number] | undefined;
    if (!was) {
      report.incidents.added++;
      detail = { id: incidentId, ref: record.incident.ref, title: record.incident.title, change: 'added', fields: [] };
    } else if (canonicalJson(was) !== canonicalJson(record.incident)) {
      report.incidents.updated++;
      const fields = differingFields(was, record.incident).filter((field) => !QUIET.has(field));
      detail = { id: incidentId, ref: record.incident.ref, title: record.incident.title, change: 'updated', fields };
    } else report.incidents.unchanged++;
    if (detail) report.details.incidents.push(detail);
    rebuilt.incidents.push(record.incident);
    const old = new Map((noticesOf.get(incidentId) ?? []).map((n) => [n.id, canonicalJson(n)]));
    const kept = new Set(record.notifications.map((n) => n.id));
    const removed = [...old.keys()].filter((id) => !kept.has(id));
    rebuilt.removedNotificationIds.push(...removed);
    const noticesChanged = removed.map((id) => `notifications.${id}`);
    for (const notice of record.notifications) {
      const previous = old.get(notice.id);
      const now = canonicalJson(notice);
      if (previous === undefined) report.notifications.added++;
      else if (previous !== now) report.notifications.updated++;
      else report.notifications.unchanged++;
      if (previous !== now) noticesChanged.push(`notifications.${notice.id}`);
    }
    // A notice added or corrected is a change of the incident a reader must see, like a field.
    if (detail) detail.fields.push(...noticesChanged);
    rebuilt.notifications.push(...record.notifications);
  }
  const settingsEvents = merged.get(SETTINGS_HISTORY_ID);
  const current = input.settings;
  if (settingsEvents && current) {
    const next = replaySettings(settingsEvents, defaultSettings(current.installationId, current.updatedAt));
    if (canonicalJson(next) === canonicalJson(current)) report.settings.unchanged++;
    else {
      report.settings.updated++;
      report.details.settings = differingFields(current, next).filter((field) => !QUIET.has(field));
      rebuilt.settings = next;
    }
  }
  return rebuilt;
}

/** Rows a merge writes in one call: one call of tens of thousands holds the window while it queues them. */
const WRITE_STEP = 2000;

/** Rows written a step at a time, each step's requests done before the next is queued (same transaction). */
export async function inSteps<T>(rows: readonly T[], write: (step: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_STEP) await write(rows.slice(start, start + WRITE_STEP));
}

/** Writes what `computeRebuild` returned (inside the merge's transaction). */
export async function writeRebuilt(db: AvvikDb, rebuilt: Rebuilt): Promise<void> {
  await inSteps(rebuilt.incidents, (rows) => db.incidents.bulkPut(rows));
  await db.notifications.bulkDelete(rebuilt.removedNotificationIds);
  await inSteps(rebuilt.notifications, (rows) => db.notifications.bulkPut(rows));
  if (rebuilt.settings) await db.settings.put(rebuilt.settings);
}
