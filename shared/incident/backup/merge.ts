import { canonicalJson } from '../../canonical';
import type { ChainHead } from '../../chain';
import { withIndexKeys, type Incident } from '../model';
import type { Notification } from '../notifications';
import type { Settings } from '../settings';
import type { Subject } from '../subjects';
import type { TimelineEvent } from '../events';
import { importFailure, type ImportResult } from './errors';
import { emptyTables, tableNames, type TableName, type Tables } from './format';

// Merging a validated file into the database, by id, decided purely from what is stored locally.
// Nothing is duplicated and nothing newer is overwritten:
// - events are immutable: new ones are added; a known id must carry the same hash (else conflict);
// - incidents: the newer `updatedAt` wins (a tie keeps ours); chain heads are combined;
// - subjects: the newer `updatedAt` wins, and a person erased on either side stays erased (Art. 17);
// - notifications are records of what was sent: ours are kept, new ones added;
// - settings: ours are kept when newer; this installation keeps its own installationId.

export interface LocalState {
  settings: Settings | null;
  /** Local records with the same ids as the incoming ones. */
  incidents: ReadonlyMap<string, Incident>;
  eventHashes: ReadonlyMap<string, string>;
  subjects: ReadonlyMap<string, Subject>;
  notifications: ReadonlyMap<string, Notification>;
  /** Ids of people erased here (from 'subjects-erased' events). */
  erasedSubjectIds: ReadonlySet<string>;
}

export interface MergeCount {
  added: number;
  updated: number;
  unchanged: number;
  /** Left out on purpose: erased people. */
  skipped: number;
}

export interface MergePlan {
  /** Records to write (add or replace). */
  put: Tables;
  counts: Record<TableName, MergeCount>;
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

export function mergeHeads(a: Readonly<Record<string, ChainHead>>, b: Readonly<Record<string, ChainHead>>): Record<string, ChainHead> {
  const heads = { ...a };
  for (const [installationId, head] of Object.entries(b)) {
    const ours = heads[installationId];
    if (!ours || head.seq > ours.seq) heads[installationId] = head;
  }
  return heads;
}

/** Ids of people the events say were erased. */
export function erasedIn(events: readonly TimelineEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) if (event.kind === 'subjects-erased') event.payload.subjectIds.forEach((id) => ids.add(id));
  return ids;
}

export function planMerge(incoming: Tables, local: LocalState): ImportResult<MergePlan> {
  const put = emptyTables();
  const counts = Object.fromEntries(tableNames.map((t) => [t, { added: 0, updated: 0, unchanged: 0, skipped: 0 }])) as Record<TableName, MergeCount>;

  for (const event of incoming.events) {
    const ours = local.eventHashes.get(event.id);
    if (ours === undefined) {
      put.events.push(event);
      counts.events.added++;
    } else if (ours !== event.hash) {
      return { ok: false, error: importFailure('conflict', `event ${event.id}`) };
    } else counts.events.unchanged++;
  }

  for (const theirs of incoming.incidents) {
    const ours = local.incidents.get(theirs.id);
    if (!ours) {
      put.incidents.push(theirs);
      counts.incidents.added++;
      continue;
    }
    const newer = theirs.updatedAt > ours.updatedAt ? theirs : ours;
    const merged = withIndexKeys({ ...newer, heads: mergeHeads(ours.heads, theirs.heads) });
    if (same(merged, ours)) counts.incidents.unchanged++;
    else {
      put.incidents.push(merged);
      counts.incidents.updated++;
    }
  }

  const erased = new Set([...local.erasedSubjectIds, ...erasedIn(incoming.events)]);
  for (const theirs of incoming.subjects) {
    const ours = local.subjects.get(theirs.id);
    if (erased.has(theirs.id)) counts.subjects.skipped++;
    else if (!ours) {
      put.subjects.push(theirs);
      counts.subjects.added++;
    } else if (theirs.updatedAt > ours.updatedAt && !same(theirs, ours)) {
      put.subjects.push(theirs);
      counts.subjects.updated++;
    } else counts.subjects.unchanged++;
  }

  for (const theirs of incoming.notifications) {
    if (local.notifications.has(theirs.id)) counts.notifications.unchanged++;
    else {
      put.notifications.push(theirs);
      counts.notifications.added++;
    }
  }

  const theirSettings = incoming.settings[0];
  if (theirSettings) {
    if (!local.settings) {
      put.settings.push(theirSettings);
      counts.settings.added++;
    } else if (theirSettings.updatedAt > local.settings.updatedAt) {
      put.settings.push({ ...theirSettings, installationId: local.settings.installationId });
      counts.settings.updated++;
    } else counts.settings.unchanged++;
  }
  return { ok: true, value: { put, counts } };
}
