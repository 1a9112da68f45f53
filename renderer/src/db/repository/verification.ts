import type { AvvikDb } from '../database';
import { verifyTimeline, type Digest, type TimelineVerdict } from '../../../../shared/chain';
import { SETTINGS_HISTORY_ID } from '../../../../shared/incident/events';
import type { IncidentRecord } from '../../../../shared/incident/project';
import { verifyIncidentHistory, verifySettingsHistory, type Signatures } from '../../../../shared/incident/verify';
import { keyRing, type TrustStanding } from '../../../../shared/incident/trust';
import { webVerify } from '../keys';
import { getIncident, incidentTimeline } from './queries';
import { getSettings } from './settings';

// Whether what is stored is what the histories say, with the keys that signed them.

async function storedRecord(db: AvvikDb, incidentId: string): Promise<IncidentRecord | null> {
  const incident = await getIncident(db, incidentId);
  if (!incident) return null;
  return { incident, notifications: await db.notifications.where('incidentId').equals(incidentId).toArray() };
}

/** The keys every installation introduced, whether this installation trusts them, and whose decisions say so. */
export async function installationKeys(
  db: AvvikDb,
  digest: Digest = db.deps.digest,
): Promise<(Signatures & { keys: ReadonlyMap<string, { publicKey: string } & TrustStanding> }) | undefined> {
  const [settings, records] = await Promise.all([getSettings(db), db.installations.toArray()]);
  if (!settings) return undefined;
  return { keys: await keyRing(records, settings, digest, webVerify), verify: webVerify };
}

/**
 * Whether an incident's history verifies: every link, the last one the incident recorded, the
 * replay of the events compared with the stored incident and notices, and every signature, by a
 * key this installation trusts.
 */
export async function verifyIncidentTimeline(
  db: AvvikDb,
  incidentId: string,
  digest: Digest = db.deps.digest,
  signatures?: Signatures,
): Promise<TimelineVerdict> {
  const [record, events] = await Promise.all([storedRecord(db, incidentId), incidentTimeline(db, incidentId)]);
  if (!record) return verifyTimeline(events, digest);
  return verifyIncidentHistory(events, record, digest, signatures ?? (await installationKeys(db, digest)));
}

/** Whether the settings history verifies and the stored settings are what it says. */
export async function verifySettings(db: AvvikDb, digest: Digest = db.deps.digest): Promise<TimelineVerdict> {
  const [settings, events] = await Promise.all([getSettings(db), db.events.where('incidentId').equals(SETTINGS_HISTORY_ID).toArray()]);
  if (!settings) return verifyTimeline(events, digest);
  return verifySettingsHistory(events, settings, digest, await installationKeys(db, digest));
}
