import type { AvvikDb } from './database';
import { incidentSchema, nextIncidentRef, type Incident } from '../../../shared/incident/model';
import type { TimelineEvent } from '../../../shared/incident/events';
import type { Intake } from '../../../shared/incident/intake';

export interface WriteContext {
  now: Date;
  actor: string;
  newId: () => string;
}

/**
 * Records a new incident and its first timeline event in one transaction: both are saved, or
 * neither is.
 */
export async function createIncident(db: AvvikDb, intake: Intake, ctx: WriteContext): Promise<Incident> {
  return db.transaction('rw', db.incidents, db.events, async () => {
    const nowIso = ctx.now.toISOString();
    const year = new Date(intake.awareAt).getUTCFullYear();
    // Collection.keys() on the ref index yields the refs themselves: no rows are read.
    const refs = (await db.incidents.where('ref').startsWith(`AVV-${year}-`).keys()).map(String);
    const incident = incidentSchema.parse({
      id: ctx.newId(),
      ref: nextIncidentRef(year, refs),
      title: intake.title,
      status: 'investigating',
      role: intake.role,
      occurredFrom: null,
      occurredTo: null,
      discoveredAt: null,
      awareAt: intake.awareAt,
      createdAt: nowIso,
      updatedAt: nowIso,
    } satisfies Incident);
    const event: TimelineEvent = {
      id: ctx.newId(),
      incidentId: incident.id,
      at: nowIso,
      actor: ctx.actor,
      kind: 'incident-created',
      payload: { title: incident.title, awareAt: incident.awareAt, role: incident.role },
    };
    await db.incidents.add(incident);
    await db.events.add(event);
    return incident;
  });
}

/** Incidents not yet closed, the one with the nearest deadline first. */
export async function listOpenIncidents(db: AvvikDb): Promise<Incident[]> {
  const rows = await db.incidents.orderBy('awareAt').toArray();
  return rows.filter((incident) => incident.status !== 'closed');
}
