import type { AvvikDb } from '../database';
import type { TimelineEvent } from '../../../../shared/incident/events';
import type { InstallationRecord } from '../../../../shared/incident/installations';
import type { Incident } from '../../../../shared/incident/model';
import type { IncidentSummary } from '../../../../shared/incident/summary';
import { byIncident } from '../../../../shared/incident/byIncident';
import type { Notification } from '../../../../shared/incident/notifications';
import type { Subject } from '../../../../shared/incident/subjects';

// What the screens read. Reads need no transaction of their own and never write. The checks of a
// history (verification.ts) and the register's rows (register.ts) are read apart: this module is
// on the way of the dashboard's first rows, and brings nothing it does not need.

/** Incidents not yet closed, the one with the nearest deadline first (the openAwareAt index holds only open ones). */
export async function listOpenIncidents(db: AvvikDb): Promise<Incident[]> {
  return db.incidents.orderBy('openAwareAt').toArray();
}

/**
 * The summaries of the incidents not yet closed, the earliest awareness first: what the dashboard
 * shows and decides duties from, a fraction of the whole incidents to read (db/summaries.ts).
 */
export async function listOpenSummaries(db: AvvikDb): Promise<IncidentSummary[]> {
  return db.incidentSummaries.orderBy('openAwareAt').toArray();
}

/** The open incidents and every incident aware since `since` (closed or not), each once. */
export async function incidentsOpenOrAwareSince(db: AvvikDb, since: Date): Promise<Incident[]> {
  const [open, recent] = await Promise.all([listOpenIncidents(db), db.incidents.where('awareAt').aboveOrEqual(since.toISOString()).toArray()]);
  const byId = new Map([...open, ...recent].map((incident) => [incident.id, incident]));
  return [...byId.values()];
}

export async function getIncident(db: AvvikDb, incidentId: string): Promise<Incident | undefined> {
  return db.incidents.get(incidentId);
}

/** Several incidents by id, in the order asked (undefined where there is none). */
export async function getIncidents(db: AvvikDb, incidentIds: readonly string[]): Promise<(Incident | undefined)[]> {
  return db.incidents.bulkGet([...incidentIds]);
}

/** How many incidents the register holds, counted on the primary key (no row is read). */
export function countIncidents(db: AvvikDb): Promise<number> {
  return db.incidents.count();
}

/** A slice of all incidents, the most recent awareness first: the register reads itself in slices. */
export function incidentsNewestFirst(db: AvvikDb, after: NewestFirstPosition | null, limit: number): Promise<Incident[]> {
  if (!after) return db.incidents.orderBy('awareAt').reverse().limit(limit).toArray();
  return db.incidents.where('awareAt').belowOrEqual(after.awareAt).reverse().offset(after.sameInstant).limit(limit).toArray();
}

/**
 * Where a reading newest first stopped: the last awareness read, and how many incidents of that
 * instant were read (the index orders those by id, so they are the first ones there). The next
 * slice starts there instead of skipping every row read before: IndexedDB steps over each skipped
 * row, and a register of 10,000 read by offset took three seconds.
 */
export interface NewestFirstPosition {
  awareAt: string;
  sameInstant: number;
}

/** The position after `incidents`, read newest first from `before` (null at the start). */
export function positionAfter(before: NewestFirstPosition | null, incidents: readonly Pick<Incident, 'awareAt'>[]): NewestFirstPosition | null {
  const last = incidents.at(-1);
  if (!last) return before;
  let sameInstant = 0;
  for (let i = incidents.length - 1; i >= 0 && incidents[i]!.awareAt === last.awareAt; i--) sameInstant++;
  // The whole slice at one instant: the ones of it read before count too.
  if (sameInstant === incidents.length && before?.awareAt === last.awareAt) sameInstant += before.sameInstant;
  return { awareAt: last.awareAt, sameInstant };
}

/** One incident's notices in the order they were sent. */
export function incidentNotifications(db: AvvikDb, incidentId: string): Promise<Notification[]> {
  return db.notifications.where('[incidentId+sentAt]').between([incidentId, ''], [incidentId, '\uffff']).toArray();
}

/** The notices of some incidents (all of them when no ids are given). */
export function notificationsOf(db: AvvikDb, incidentIds?: readonly string[]): Promise<Notification[]> {
  if (incidentIds === undefined) return db.notifications.toArray();
  return incidentIds.length === 0 ? Promise.resolve([]) : db.notifications.where('incidentId').anyOf([...incidentIds]).toArray();
}

/** The people affected by one incident, in the order they were imported. */
export async function incidentSubjects(db: AvvikDb, incidentId: string): Promise<Subject[]> {
  const subjects = await db.subjects.where('incidentId').equals(incidentId).toArray();
  // A live query's results are shared and frozen (database.ts): sorted as a copy.
  return [...subjects].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name, 'nb'));
}

/** The installations that have signed this record, with their public keys. */
export function listInstallations(db: AvvikDb): Promise<InstallationRecord[]> {
  return db.installations.toArray();
}

/** Who made an incident's latest change, from which installation, and when (undefined: no history). */
export type LastChange = Pick<TimelineEvent, 'actor' | 'installationId' | 'at'>;

export async function lastChange(db: AvvikDb, incidentId: string): Promise<LastChange | undefined> {
  const event = await db.events.where('[incidentId+at]').between([incidentId, ''], [incidentId, '\uffff']).last();
  return event && { actor: event.actor, installationId: event.installationId, at: event.at };
}

/** The latest change of each of these incidents (those a screen shows), read together. */
export async function lastChanges(db: AvvikDb, incidentIds: readonly string[]): Promise<Map<string, LastChange>> {
  const changes = await Promise.all(incidentIds.map((id) => lastChange(db, id)));
  return new Map(incidentIds.flatMap((id, i) => (changes[i] ? [[id, changes[i]] as const] : [])));
}

/** One incident's timeline in time order (chain order within the same instant). */
export async function incidentTimeline(db: AvvikDb, incidentId: string): Promise<TimelineEvent[]> {
  return inTimelineOrder(await db.events.where('[incidentId+at]').between([incidentId, ''], [incidentId, '\uffff']).toArray());
}

/**
 * Events of one incident in time order, chain order within the same instant: the index orders by
 * time alone. Sorted as a copy: a live query's results are shared and frozen (database.ts).
 */
export function inTimelineOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => a.at.localeCompare(b.at) || a.installationId.localeCompare(b.installationId) || a.seq - b.seq);
}

/**
 * The timelines of incidents whose ids run from `first` to `last` (in key order), read as one range
 * of the index rather than an incident at a time: a check of every incident reads them all.
 */
export async function timelinesBetween(db: AvvikDb, first: string, last: string): Promise<Map<string, TimelineEvent[]>> {
  const timelines = byIncident(await db.events.where('[incidentId+at]').between([first, ''], [last, '\uffff']).toArray());
  for (const [id, events] of timelines) timelines.set(id, inTimelineOrder(events));
  return timelines;
}
