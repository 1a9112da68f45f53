import { verifyTimeline, type Digest, type TimelineVerdict } from '../chain';
import { canonicalJson } from '../canonical';
import { SETTINGS_HISTORY_ID, type TimelineEvent } from './events';
import { incidentSchema } from './model';
import { notificationSchema, type Notification } from './notifications';
import { differingFields, replayIncident, replaySettings, type IncidentRecord } from './project';
import { defaultSettings, settingsSchema, type Settings } from './settings';

// Verifying a history checks every link of its chains and then replays it: the incident row, its
// notices and the settings must be exactly what the events say. A record changed behind the
// history's back (a decision, a DPO's e-mail, a notice's time edited in the database or a backup)
// is found here, and named.

function problem(
  kind: 'inconsistent' | 'record-differs',
  historyId: string,
  events: readonly TimelineEvent[],
  chains: number,
  fields?: string[],
): TimelineVerdict {
  const broken = { problem: kind, incidentId: historyId, installationId: '', seq: 0, eventId: null, at: null, ...(fields && { fields }) };
  return { ok: false, broken, allBroken: [broken], events: events.length, chains };
}

const byId = (notices: readonly Notification[]) => new Map(notices.map((n) => [n.id, canonicalJson(notificationSchema.parse(n))]));

/** The fields where the stored incident and notices differ from the replayed history. */
export function recordDifferences(stored: IncidentRecord, replayed: IncidentRecord): string[] {
  const fields = differingFields(incidentSchema.parse(stored.incident), replayed.incident);
  const ours = byId(stored.notifications);
  const theirs = byId(replayed.notifications);
  const notices = new Set([...ours.keys(), ...theirs.keys()]);
  for (const id of notices) if (ours.get(id) !== theirs.get(id)) fields.push(`notifications.${id}`);
  return fields;
}

/** An incident's history: every link, then the replay compared with the stored record. */
export async function verifyIncidentHistory(events: readonly TimelineEvent[], stored: IncidentRecord, digest: Digest): Promise<TimelineVerdict> {
  const chain = await verifyTimeline(events, digest, { heads: { [stored.incident.id]: stored.incident.heads } });
  if (!chain.ok) return chain;
  let replayed: IncidentRecord | null;
  try {
    replayed = replayIncident(events);
  } catch {
    return problem('inconsistent', stored.incident.id, events, chain.chains);
  }
  if (!replayed) return problem('inconsistent', stored.incident.id, events, chain.chains);
  const fields = recordDifferences(stored, replayed);
  return fields.length > 0 ? problem('record-differs', stored.incident.id, events, chain.chains, fields) : chain;
}

/** The settings history: every link, then the replay compared with the stored settings. */
export async function verifySettingsHistory(events: readonly TimelineEvent[], stored: Settings, digest: Digest): Promise<TimelineVerdict> {
  const chain = await verifyTimeline(events, digest, { heads: { [SETTINGS_HISTORY_ID]: stored.heads } });
  if (!chain.ok) return chain;
  let replayed: Settings;
  try {
    replayed = replaySettings(events, defaultSettings(stored.installationId, stored.updatedAt));
  } catch {
    return problem('inconsistent', SETTINGS_HISTORY_ID, events, chain.chains);
  }
  // The time of the defaults is not history; everything else is.
  const fields = differingFields({ ...settingsSchema.parse(stored), updatedAt: null }, { ...replayed, updatedAt: null });
  return fields.length > 0 ? problem('record-differs', SETTINGS_HISTORY_ID, events, chain.chains, fields) : chain;
}
