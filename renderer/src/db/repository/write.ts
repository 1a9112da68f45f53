import type { AvvikDb } from '../database';
import { canonicalJson } from '../../../../shared/canonical';
import type { Digest } from '../../../../shared/chain';
import { createIncidentChange } from '../../../../shared/incident/actions';
import type { Change, ChangeMeta } from '../../../../shared/incident/changes';
import { RecordError } from '../../../../shared/incident/errors';
import type { Intake } from '../../../../shared/incident/intake';
import { nextIncidentRef, type Incident } from '../../../../shared/incident/model';
import { sealChange } from '../../../../shared/incident/seal';
import { ensureSettings } from './settings';

// The one place that writes an incident. Every write is ONE transaction that stores the incident
// and appends its chained event, or does neither (Art. 33(5): the record must not lose or half-save).
// Hashing uses WebCrypto, which IndexedDB cannot wait for inside a transaction, so a write reads,
// prepares and hashes first, then commits only if the incident is still exactly as it was read
// (compare-and-swap); if another write came first it starts again.

export interface WriteContext {
  now: Date;
  /** The user's name; when empty, the name in settings. */
  actor: string;
  newId: () => string;
  /** SHA-256; the database's (WebCrypto) when not given. */
  digest?: Digest;
}

/** Rows written in the same transaction as the incident and its event. */
export interface Extras {
  write(db: AvvikDb): Promise<unknown>;
}

const MAX_ATTEMPTS = 5;

class StaleRead extends Error {
  override name = 'StaleRead';
}

function notFound(incidentId: string): never {
  throw new RecordError('not-found', { nb: 'Fant ikke hendelsen.', en: 'The incident was not found.' }, incidentId);
}

function busy(): never {
  throw new RecordError('busy', {
    nb: 'Hendelsen ble endret samtidig flere ganger. Ingenting er lagret; prøv igjen.',
    en: 'The incident was changed at the same time several times. Nothing was saved; try again.',
  });
}

async function prepare(db: AvvikDb, ctx: WriteContext): Promise<{ installationId: string; meta: ChangeMeta; digest: Digest }> {
  const settings = await ensureSettings(db, ctx);
  return {
    installationId: settings.installationId,
    meta: { at: ctx.now.toISOString(), actor: ctx.actor || settings.userName },
    digest: ctx.digest ?? db.deps.digest,
  };
}

async function retrying<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StaleRead)) throw error;
    }
  }
  return busy();
}

/**
 * Applies a pure change (shared/incident/changes) to a stored incident: the new incident, its event
 * and any extra rows are saved together or not at all. Returns the incident as saved (unchanged when
 * the step had nothing to record).
 */
export async function commitChange(
  db: AvvikDb,
  incidentId: string,
  ctx: WriteContext,
  step: (incident: Incident, meta: ChangeMeta) => Change | null,
  extras?: (incident: Incident, meta: ChangeMeta) => Extras,
): Promise<Incident> {
  const { installationId, meta, digest } = await prepare(db, ctx);
  return retrying(async () => {
    const current = await db.incidents.get(incidentId);
    if (!current) notFound(incidentId);
    const change = step(current, meta);
    if (!change) return current;
    const { incident, event } = await sealChange(change, { eventId: ctx.newId(), installationId, meta }, digest);
    const more = extras?.(incident, meta);
    await db.transaction('rw', [db.incidents, db.events, db.subjects, db.notifications], async () => {
      const fresh = await db.incidents.get(incidentId);
      if (!fresh || canonicalJson(fresh) !== canonicalJson(current)) throw new StaleRead();
      await db.incidents.put(incident);
      await db.events.add(event);
      await more?.write(db);
    });
    return incident;
  });
}

/**
 * Records a new incident and its first timeline event in one transaction: both are saved, or
 * neither is. The reference is the next free number in the year of awareness.
 */
export async function createIncident(db: AvvikDb, intake: Intake, ctx: WriteContext): Promise<Incident> {
  const { installationId, meta, digest } = await prepare(db, ctx);
  const year = new Date(intake.awareAt).getUTCFullYear();
  return retrying(async () => {
    // Collection.keys() on the ref index yields the refs themselves: no rows are read.
    const refs = (await db.incidents.where('ref').startsWith(`AVV-${year}-`).keys()).map(String);
    const change = createIncidentChange(intake, { id: ctx.newId(), ref: nextIncidentRef(year, refs) }, meta);
    const { incident, event } = await sealChange(change, { eventId: ctx.newId(), installationId, meta }, digest);
    await db.transaction('rw', db.incidents, db.events, async () => {
      if ((await db.incidents.where('ref').equals(incident.ref).count()) > 0) throw new StaleRead();
      await db.incidents.add(incident);
      await db.events.add(event);
    });
    return incident;
  });
}
