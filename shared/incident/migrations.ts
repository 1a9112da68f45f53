import { z } from 'zod';
import { unknownFacts } from '../assessment';
import { linkEvent, type Digest, type Sign } from '../chain';
import { SETTINGS_HISTORY_ID, type TimelineEvent } from './events';
import { incidentSchema, incidentStatuses, newIncident, roles, withIndexKeys, type Incident } from './model';
import type { Notification } from './notifications';
import { applyIncidentEvent, applySettingsEvent } from './project';
import { sealEvent } from './seal';
import { SETTINGS_ID, defaultOrganisation, defaultSettings, emptyProfile, settingsSchema, settingsSchemas, type Settings } from './settings';

// Schema migrations as pure functions of old rows, used by the Dexie upgrade and by the backup
// importer alike, so an old backup and an old database become the same new record.
// Art. 33(5): a migration may add what was not known, never drop what was recorded; the untouched
// old rows are kept as a pre-migration backup (renderer/src/db/migrations).

/** Version 1 (first slice): the intake fields only. */
export interface IncidentV1 {
  id: string;
  ref: string;
  title: string;
  status: Incident['status'];
  role: Incident['role'];
  occurredFrom: string | null;
  occurredTo: string | null;
  discoveredAt: string | null;
  awareAt: string;
  createdAt: string;
  updatedAt: string;
}

/** Version 1 events: no chain yet, and only 'incident-created'. */
export interface EventV1 {
  id: string;
  incidentId: string;
  at: string;
  actor: string;
  kind: 'incident-created';
  payload: { title: string; awareAt: string; role: Incident['role'] };
}

/** A v1 incident with every new fact 'unknown' and nothing assessed: nothing is guessed. */
export function migrateIncidentV1(row: IncidentV1): Incident {
  const incident = newIncident({
    id: row.id,
    ref: row.ref,
    title: row.title,
    role: row.role,
    awareAt: row.awareAt,
    now: row.createdAt,
    facts: unknownFacts(row.role),
  });
  return withIndexKeys({
    ...incident,
    status: row.status,
    occurredFrom: row.occurredFrom,
    occurredTo: row.occurredTo,
    discoveredAt: row.discoveredAt,
    updatedAt: row.updatedAt,
    // v1 could not close an incident; should a row say so anyway, its last change is the best date.
    closedAt: row.status === 'closed' ? row.updatedAt : null,
  });
}

/**
 * Chains v1 events (which had none) on this installation, oldest first, and records each
 * incident's chain head. Events of an incident that no longer exists are left out (they stay in
 * the pre-migration backup).
 */
export async function migrateEventsV1(
  incidents: Incident[],
  events: EventV1[],
  installationId: string,
  digest: Digest,
): Promise<{ incidents: Incident[]; events: TimelineEvent[]; orphans: number }> {
  const byId = new Map(incidents.map((incident) => [incident.id, { ...incident, heads: { ...incident.heads } }]));
  const ordered = [...events].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const migrated: TimelineEvent[] = [];
  let orphans = 0;
  for (const old of ordered) {
    const incident = byId.get(old.incidentId);
    if (!incident) {
      orphans++;
      continue;
    }
    const event = await linkEvent<TimelineEvent>(
      {
        id: old.id,
        incidentId: old.incidentId,
        installationId,
        at: old.at,
        actor: old.actor,
        kind: 'incident-created',
        payload: { ref: incident.ref, title: old.payload.title, role: old.payload.role, awareAt: old.payload.awareAt },
      },
      incident.heads[installationId] ?? null,
      digest,
    );
    incident.heads[installationId] = { seq: event.seq, hash: event.hash };
    migrated.push(event);
  }
  return { incidents: [...byId.values()], events: migrated, orphans };
}

const v1Instant = z.iso.datetime({ offset: false });

/** A v1 incident row as the first slice stored it (for pre-migration backups). */
export const incidentV1Schema = z.strictObject({
  id: z.string().min(1).max(64),
  ref: z.string().regex(/^AVV-\d{4}-\d{3,}$/),
  title: z.string().min(1).max(200),
  status: z.enum(incidentStatuses),
  role: z.enum(roles),
  occurredFrom: v1Instant.nullable(),
  occurredTo: v1Instant.nullable(),
  discoveredAt: v1Instant.nullable(),
  awareAt: v1Instant,
  createdAt: v1Instant,
  updatedAt: v1Instant,
}) satisfies z.ZodType<IncidentV1>;

export const eventV1Schema = z.strictObject({
  id: z.string().min(1).max(64),
  incidentId: z.string().min(1).max(64),
  at: v1Instant,
  actor: z.string().max(200),
  kind: z.literal('incident-created'),
  payload: z.strictObject({ title: z.string(), awareAt: v1Instant, role: z.enum(roles) }),
}) satisfies z.ZodType<EventV1>;

// ---------------------------------------------------------------------------------------------
// Version 2 → 3: the record becomes its history. Version 2 kept the incident row, the notices and
// the settings beside the events, and not everything in them was covered by an event. Each history
// gets one checkpoint event ('record-migrated') holding the state as it stood, so from then on the
// rows are exactly what the events say. The events before it are kept as they were.

/** The settings row as version 2 stored it: one user name and the UI language on the organisation. */
export const settingsV2Schema = z.strictObject({
  id: z.literal(SETTINGS_ID),
  installationId: z.string().min(1).max(64),
  organisationName: settingsSchemas.organisationName,
  orgNr: settingsSchemas.orgNr,
  address: settingsSchemas.address,
  contact: settingsSchemas.contact,
  dpo: settingsSchemas.dpo,
  userName: z.string().max(200),
  timeZone: settingsSchemas.timeZone,
  language: z.enum(['nb', 'en']),
  processorDeadlineHours: settingsSchemas.processorDeadlineHours,
  updatedAt: v1Instant,
});
export type SettingsV2 = z.infer<typeof settingsV2Schema>;

/** The settings row version 2 started with (kept so the v1 → v2 upgrade writes what v2 wrote). */
export function defaultSettingsV2(installationId: string, now: string): SettingsV2 {
  const { timeZone, processorDeadlineHours } = defaultOrganisation();
  return {
    id: SETTINGS_ID,
    installationId,
    organisationName: '',
    orgNr: '',
    address: '',
    contact: { name: '', email: '', phone: '' },
    dpo: null,
    userName: '',
    timeZone,
    language: 'nb',
    processorDeadlineHours,
    updatedAt: now,
  };
}

export interface RecordV2 {
  incidents: readonly Incident[];
  notifications: readonly Notification[];
  settings: SettingsV2 | null;
}

export interface MigrationDeps {
  /** The installation writing the checkpoints. */
  installationId: string;
  newId: () => string;
  digest: Digest;
  /** When the migration runs: the checkpoints' time. */
  now: string;
  /** The installation's signing: the checkpoints are signed like every event it writes. */
  sign?: Sign;
}

export interface MigratedRecord {
  /** The checkpoint events to append. */
  events: TimelineEvent[];
  incidents: Incident[];
  notifications: Notification[];
  /** The settings rebuilt on this installation; null when the record had none. */
  settings: Settings | null;
}

const MIGRATION_ACTOR = 'Avvik';

/** Appends a checkpoint to every incident's history and to the settings history, and projects them. */
export async function migrateRecordV2(record: RecordV2, deps: MigrationDeps): Promise<MigratedRecord> {
  const meta = { at: deps.now, actor: MIGRATION_ACTOR };
  const out: MigratedRecord = { events: [], incidents: [], notifications: [], settings: null };
  for (const incident of record.incidents) {
    const notifications = record.notifications.filter((n) => n.incidentId === incident.id);
    const state = { incident: { ...incident, heads: {} }, notifications };
    const event = await sealEvent(
      { kind: 'record-migrated', payload: { fromVersion: 2, state } },
      { eventId: deps.newId(), historyId: incident.id, installationId: deps.installationId, meta, head: incident.heads[deps.installationId] ?? null },
      deps.digest,
      deps.sign,
    );
    const projected = applyIncidentEvent({ incident, notifications }, event);
    out.events.push(event);
    out.incidents.push(incidentSchema.parse(projected.incident));
    out.notifications.push(...projected.notifications);
  }
  if (record.settings) {
    const { id: _id, installationId, userName, language, updatedAt: _at, ...organisation } = record.settings;
    const state = { ...organisation, profiles: { [installationId]: { ...emptyProfile(), name: userName, language } } };
    const event = await sealEvent(
      { kind: 'record-migrated', payload: { fromVersion: 2, state } },
      { eventId: deps.newId(), historyId: SETTINGS_HISTORY_ID, installationId: deps.installationId, meta, head: null },
      deps.digest,
      deps.sign,
    );
    out.events.push(event);
    out.settings = settingsSchema.parse(applySettingsEvent(defaultSettings(deps.installationId, deps.now), event));
  }
  return out;
}
