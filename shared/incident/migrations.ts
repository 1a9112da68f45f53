import { z } from 'zod';
import { unknownFacts } from '../assessment';
import { linkEvent, type Digest } from '../chain';
import type { TimelineEvent } from './events';
import { incidentStatuses, newIncident, roles, withIndexKeys, type Incident } from './model';

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
