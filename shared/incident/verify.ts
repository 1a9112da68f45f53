import { verifyTimeline, type Digest, type TimelineVerdict, type VerifySignature } from '../chain';
import { canonicalJson } from '../canonical';
import { SETTINGS_HISTORY_ID, type TimelineEvent } from './events';
import { incidentSchema } from './model';
import { notificationSchema, type Notification } from './notifications';
import { differingFields, replayIncident, replaySettings, type IncidentRecord } from './project';
import { defaultSettings, settingsSchema, type Settings } from './settings';
import type { KeyRing } from './installations';
import { signatureProblem } from './trust';

/** The keys to check signatures with, and how; without them only chains and replay are checked. */
export interface Signatures {
  keys: KeyRing;
  verify: VerifySignature;
  /** Verdicts asked for ahead, by event id (trust.ts signatureChecks): a check of many histories asks for them all first. */
  asked?: ReadonlyMap<string, Promise<boolean>>;
}

async function signed(verdict: TimelineVerdict & { ok: true }, historyId: string, events: readonly TimelineEvent[], signatures?: Signatures): Promise<TimelineVerdict> {
  if (!signatures) return verdict;
  const problem = await signatureProblem(events, signatures.keys, signatures.verify, signatures.asked);
  if (!problem) return verdict;
  const event = events.find((e) => e.id === problem.eventId);
  const broken = { problem: problem.kind, incidentId: historyId, installationId: problem.installationId, seq: event?.seq ?? 0, eventId: problem.eventId, at: event?.at ?? null };
  return { ok: false, broken, allBroken: [broken], events: verdict.events, chains: verdict.chains };
}

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

/** An incident's history: every link, the replay compared with the stored record, then every signature. */
export async function verifyIncidentHistory(events: readonly TimelineEvent[], stored: IncidentRecord, digest: Digest, signatures?: Signatures): Promise<TimelineVerdict> {
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
  if (fields.length > 0) return problem('record-differs', stored.incident.id, events, chain.chains, fields);
  return signed(chain, stored.incident.id, events, signatures);
}

/** The settings history: every link, the replay compared with the stored settings, then every signature. */
export async function verifySettingsHistory(events: readonly TimelineEvent[], stored: Settings, digest: Digest, signatures?: Signatures): Promise<TimelineVerdict> {
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
  if (fields.length > 0) return problem('record-differs', SETTINGS_HISTORY_ID, events, chain.chains, fields);
  // An empty settings history (nothing changed from the defaults) has nothing to sign.
  return events.length === 0 ? chain : signed(chain, SETTINGS_HISTORY_ID, events, signatures);
}
