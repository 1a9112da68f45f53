import type { AvvikDb } from '../database';
import { sha256OfText, verifyTimeline, type VerifySignature } from '../../../../shared/chain';
import type { TimelineEvent } from '../../../../shared/incident/events';
import type { Incident } from '../../../../shared/incident/model';
import { byIncident } from '../../../../shared/incident/byIncident';
import type { Notification } from '../../../../shared/incident/notifications';
import { signatureChecks } from '../../../../shared/incident/trust';
import { verifyIncidentHistory } from '../../../../shared/incident/verify';
import { timelinesBetween } from './queries';
import { installationKeys } from './verification';
import { getSettings } from './settings';

// Checking every incident's history for the register: each chain link, each signature, and the
// replay compared with the stored incident and notices. That reads every event of every incident,
// so it is done in slices with progress, in a worker where there is one (checkInBackground.ts),
// and an incident whose stored history is byte for byte what last verified is not replayed again.

export type Verdicts = Map<string, boolean>;

/**
 * What verified, by incident: a digest over everything the check read (the incident, its notices,
 * its events) and over the keys and trust it checked against. Any change to any of it, an edit or
 * tampering, gives another digest, and the incident is checked in full again.
 */
export type Remembered = ReadonlyMap<string, string>;

export interface HistoryCheckHandlers {
  onProgress?(done: number, total: number): void;
  /** Verdicts as they are reached, a slice at a time. */
  onVerdicts?(slice: [string, boolean][]): void;
}

export interface HistoryCheck {
  verdicts: Verdicts;
  /** The histories that verified, to pass to the next check. */
  remember: Map<string, string>;
}

/** Incidents read and checked together: three reads of the database for each slice. */
const SLICE = 100;

const fingerprint = (db: AvvikDb, text: string): Promise<string> => sha256OfText(text, db.deps.digest);

type Slice = { id: string; incident: Incident | undefined; notifications: Notification[]; events: TimelineEvent[] }[];

/** A slice's incidents, notices and events, read as three ranges of ids (in key order). */
async function readSlice(db: AvvikDb, ids: readonly string[]): Promise<Slice> {
  const first = ids[0]!;
  const last = ids[ids.length - 1]!;
  const [incidents, notifications, timelines] = await Promise.all([
    db.incidents.bulkGet([...ids]),
    db.notifications.where('incidentId').between(first, last, true, true).toArray(),
    timelinesBetween(db, first, last),
  ]);
  const noticesOf = byIncident(notifications);
  return ids.map((id, i) => ({ id, incident: incidents[i], notifications: noticesOf.get(id) ?? [], events: timelines.get(id) ?? [] }));
}

/**
 * `verify`: how signatures are verified, when not one by one on this thread: in the worker, other
 * workers verify them (db/parallelVerify.ts sharedVerifier) while this thread reads, fingerprints,
 * hashes the chains and replays the histories.
 */
export async function checkHistories(
  db: AvvikDb,
  handlers: HistoryCheckHandlers = {},
  remembered: Remembered = new Map(),
  verify?: VerifySignature,
): Promise<HistoryCheck> {
  // In key order: a slice of consecutive ids is a range of each table's incident index.
  const ids = (await db.incidents.toCollection().primaryKeys()).map(String);
  const [keys, settings, installations] = await Promise.all([installationKeys(db), getSettings(db), db.installations.toArray()]);
  const signatures = keys && verify ? { ...keys, verify } : keys;
  // Trusting or distrusting a key changes every verdict: it is part of every incident's digest.
  const trust = await fingerprint(db, JSON.stringify([settings ?? null, installations]));
  const verdicts: Verdicts = new Map();
  const remember = new Map<string, string>();
  // Every signature of what is to be checked is asked for as soon as its slice is read, before the
  // chains are hashed and the histories replayed: verified on another thread, they are ready when
  // the check gets to them. An incident never verified before is checked whatever its fingerprint;
  // one that changed since, once that is known.
  const ask = (entries: Slice) => (signatures ? signatureChecks(entries.flatMap((entry) => entry.events), signatures.keys, signatures.verify) : new Map<string, Promise<boolean>>());
  const sliceAt = (from: number) =>
    from < ids.length ? readSlice(db, ids.slice(from, from + SLICE)).then((read) => ({ read, asked: ask(read.filter(({ id }) => !remembered.has(id))) })) : null;
  const check = async ({ incident, notifications, events }: Slice[number], asked: ReadonlyMap<string, Promise<boolean>>): Promise<boolean> => {
    if (!incident) return (await verifyTimeline(events, db.deps.digest)).ok;
    return (await verifyIncidentHistory(events, { incident, notifications }, db.deps.digest, signatures && { ...signatures, asked })).ok;
  };
  handlers.onProgress?.(0, ids.length);
  let next = sliceAt(0);
  for (let from = 0; next; from += SLICE) {
    const { read, asked } = await next;
    // The next slice is read (and its signatures asked for) while this one is checked.
    next = sliceAt(from + SLICE);
    const digests = await Promise.all(read.map(({ incident, notifications, events }) => fingerprint(db, JSON.stringify([trust, incident ?? null, notifications, events]))));
    const unchanged = read.map(({ id }, i) => remembered.get(id) === digests[i]);
    for (const [eventId, verdict] of ask(read.filter(({ id }, i) => remembered.has(id) && !unchanged[i]))) asked.set(eventId, verdict);
    const oks = await Promise.all(read.map((entry, i) => unchanged[i] || check(entry, asked)));
    const slice: [string, boolean][] = [];
    read.forEach(({ id }, i) => {
      if (oks[i]) remember.set(id, digests[i]!);
      verdicts.set(id, oks[i]!);
      slice.push([id, oks[i]!]);
    });
    handlers.onVerdicts?.(slice);
    handlers.onProgress?.(Math.min(from + SLICE, ids.length), ids.length);
  }
  return { verdicts, remember };
}
