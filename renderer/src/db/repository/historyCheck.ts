import type { AvvikDb } from '../database';
import { sha256OfText, verifyTimeline, type VerifySignature } from '../../../../shared/chain';
import { verifyIncidentHistory } from '../../../../shared/incident/verify';
import { installationKeys, incidentTimeline } from './queries';
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

const SLICE = 50;

const fingerprint = (db: AvvikDb, text: string): Promise<string> => sha256OfText(text, db.deps.digest);

export async function checkHistories(
  db: AvvikDb,
  handlers: HistoryCheckHandlers = {},
  remembered: Remembered = new Map(),
  /** How signatures are verified, when not one by one on this thread (db/parallelVerify.ts). */
  verify?: VerifySignature,
): Promise<HistoryCheck> {
  const ids = (await db.incidents.toCollection().primaryKeys()).map(String);
  const [keys, settings, installations] = await Promise.all([installationKeys(db), getSettings(db), db.installations.toArray()]);
  const signatures = keys && verify ? { ...keys, verify } : keys;
  // Trusting or distrusting a key changes every verdict: it is part of every incident's digest.
  const trust = await fingerprint(db, JSON.stringify([settings ?? null, installations]));
  const verdicts: Verdicts = new Map();
  const remember = new Map<string, string>();
  const checkOne = async (id: string): Promise<[string, boolean, string]> => {
    const [incident, notifications, events] = await Promise.all([
      db.incidents.get(id),
      db.notifications.where('incidentId').equals(id).toArray(),
      incidentTimeline(db, id),
    ]);
    const digest = await fingerprint(db, JSON.stringify([trust, incident ?? null, notifications, events]));
    if (remembered.get(id) === digest) return [id, true, digest];
    if (!incident) return [id, (await verifyTimeline(events, db.deps.digest)).ok, digest];
    return [id, (await verifyIncidentHistory(events, { incident, notifications }, db.deps.digest, signatures)).ok, digest];
  };
  handlers.onProgress?.(0, ids.length);
  for (let from = 0; from < ids.length; from += SLICE) {
    // A slice's incidents together: their reads and signature checks overlap.
    const checked = await Promise.all(ids.slice(from, from + SLICE).map(checkOne));
    const slice: [string, boolean][] = [];
    for (const [id, ok, digest] of checked) {
      if (ok) remember.set(id, digest);
      verdicts.set(id, ok);
      slice.push([id, ok]);
    }
    handlers.onVerdicts?.(slice);
    handlers.onProgress?.(Math.min(from + SLICE, ids.length), ids.length);
  }
  return { verdicts, remember };
}
