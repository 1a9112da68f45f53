import { canonicalJson } from '../../canonical';
import { SETTINGS_HISTORY_ID, type TimelineEvent } from '../events';
import { migrateRecordV2, type MigrationDeps } from '../migrations';
import type { InstallationRecord } from '../installations';
import type { Subject } from '../subjects';
import { importFailure, type ImportResult } from './errors';
import { emptyTables, headsOf, type AttachmentFileRecord, type LegacyTables, type Tables } from './format';

// Merging a validated file into the database, by id, decided purely from what is stored locally.
// Events are immutable: new ones are added, a known id must carry the same hash (else conflict).
// The incidents, notices and settings are then rebuilt from the merged histories (the caller
// replays every history that gained an event), so nothing newer is overwritten and nothing outside
// the history can come in. People: the newer `updatedAt` wins, and a person erased on either side
// stays erased — and is erased here too if the file's history says so (Art. 17).

export interface LocalState {
  /** Hashes of the stored events that share an id with an incoming one. */
  eventHashes: ReadonlyMap<string, string>;
  /** Local people with the same ids as the incoming ones. */
  subjects: ReadonlyMap<string, Subject>;
  /** Ids of people erased here (from 'subjects-erased' events). */
  erasedSubjectIds: ReadonlySet<string>;
  /** Ids of the attached files stored here. */
  attachmentFileIds: ReadonlySet<string>;
  /** The public keys of the installations known here. */
  installations: ReadonlyMap<string, string>;
}

export interface MergeCount {
  added: number;
  updated: number;
  unchanged: number;
  /** Left out on purpose: erased people, or records kept as they are here. */
  skipped: number;
}

export const zeroCount = (): MergeCount => ({ added: 0, updated: 0, unchanged: 0, skipped: 0 });

export interface MergePlan {
  events: TimelineEvent[];
  /** Installations introduced by the file that are new here. */
  installations: InstallationRecord[];
  subjects: Subject[];
  attachmentFiles: AttachmentFileRecord[];
  /** Local people the file's history erased. */
  eraseSubjectIds: string[];
  /** The histories (incident ids, or the settings history) that gain events and must be rebuilt. */
  histories: string[];
  counts: { events: MergeCount; subjects: MergeCount; attachmentFiles: MergeCount };
}

/** Ids of people the events say were erased. */
/**
 * Art. 16: whether `a` is a later version of a person than `b`. The later correction wins; two made at
 * the same instant on two laptops are ordered by their content, so every laptop keeps the same one.
 */
export function isNewerVersion(a: Subject, b: Subject): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return canonicalJson(a) > canonicalJson(b);
}

export function erasedIn(events: readonly TimelineEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) if (event.kind === 'subjects-erased') event.payload.subjectIds.forEach((id) => ids.add(id));
  return ids;
}

export function planMerge(
  incoming: Tables,
  local: LocalState,
  /** The people the whole file's history erased, when `incoming` is a part of it. */
  erasedThere: ReadonlySet<string> = erasedIn(incoming.events),
): ImportResult<MergePlan> {
  const plan: MergePlan = {
    events: [],
    installations: [],
    subjects: [],
    attachmentFiles: [],
    eraseSubjectIds: [],
    histories: [],
    counts: { events: zeroCount(), subjects: zeroCount(), attachmentFiles: zeroCount() },
  };
  for (const record of incoming.installations) {
    const ours = local.installations.get(record.id);
    // One installation, one key: another key under a known id is someone posing as it.
    if (ours !== undefined && ours !== record.publicKey) return { ok: false, error: importFailure('conflict', `installation ${record.id}`) };
    if (ours === undefined) plan.installations.push(record);
  }
  const histories = new Set<string>();
  for (const event of incoming.events) {
    const ours = local.eventHashes.get(event.id);
    if (ours === undefined) {
      plan.events.push(event);
      histories.add(event.incidentId);
      plan.counts.events.added++;
    } else if (ours !== event.hash) {
      return { ok: false, error: importFailure('conflict', `event ${event.id}`) };
    } else plan.counts.events.unchanged++;
  }
  plan.histories = [...histories];

  const erased = new Set([...local.erasedSubjectIds, ...erasedThere]);
  // A person may come in several versions (each correction is one, team sync sends them all): the
  // newest is the person, whatever order they came in.
  const newest = new Map<string, Subject>();
  for (const theirs of incoming.subjects) {
    const other = newest.get(theirs.id);
    if (!other || isNewerVersion(theirs, other)) newest.set(theirs.id, theirs);
  }
  plan.counts.subjects.unchanged += incoming.subjects.length - newest.size;
  for (const theirs of newest.values()) {
    const ours = local.subjects.get(theirs.id);
    if (erased.has(theirs.id)) plan.counts.subjects.skipped++;
    else if (!ours) {
      plan.subjects.push(theirs);
      plan.counts.subjects.added++;
    } else if (isNewerVersion(theirs, ours)) {
      plan.subjects.push(theirs);
      plan.counts.subjects.updated++;
    } else plan.counts.subjects.unchanged++;
  }
  plan.eraseSubjectIds = [...erasedThere].filter((id) => !local.erasedSubjectIds.has(id));

  for (const file of incoming.attachmentFiles) {
    if (local.attachmentFileIds.has(file.id)) plan.counts.attachmentFiles.unchanged++;
    else {
      plan.attachmentFiles.push(file);
      plan.counts.attachmentFiles.added++;
    }
  }
  return { ok: true, value: plan };
}

/**
 * A backup of version 2 (or 1) as history. Incidents this installation does not hold get their old
 * events and a checkpoint of what their rows said (as the database migration does); incidents it
 * already holds are left as they are here, since an old file's rows cannot be placed in a history
 * that went on without them. The settings come along only onto an installation whose settings
 * have no history yet (a fresh one): the organisation and its DPO are restored, never overwritten.
 */
export async function legacyAsHistory(
  legacy: LegacyTables,
  local: { incidentIds: ReadonlySet<string>; settingsHistoryEmpty: boolean },
  deps: MigrationDeps,
): Promise<{ tables: Tables; keptLocal: number }> {
  const incidents = legacy.incidents.filter((incident) => !local.incidentIds.has(incident.id));
  const taken = new Set(incidents.map((incident) => incident.id));
  const settings = local.settingsHistoryEmpty ? (legacy.settings[0] ?? null) : null;
  const migrated = await migrateRecordV2(
    { incidents, notifications: legacy.notifications.filter((n) => taken.has(n.incidentId)), settings },
    deps,
  );
  const tables = emptyTables();
  tables.events = [...legacy.events.filter((event) => taken.has(event.incidentId) && event.incidentId !== SETTINGS_HISTORY_ID), ...migrated.events];
  // The legacy chains were checked against the rows' heads when the file was read.
  tables.heads = headsOf(tables.events);
  tables.subjects = [...legacy.subjects];
  return { tables, keptLocal: legacy.incidents.length - incidents.length };
}
