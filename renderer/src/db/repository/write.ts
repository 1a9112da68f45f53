import type { AvvikDb } from '../database';
import { canonicalJson } from '../../../../shared/canonical';
import type { Digest, Sign } from '../../../../shared/chain';
import { ensureInstallationKey, webSign } from '../keys';
import { createIncidentChange } from '../../../../shared/incident/actions';
import type { ChangeMeta } from '../../../../shared/incident/changes';
import { RecordError } from '../../../../shared/incident/errors';
import { SETTINGS_HISTORY_ID, type EventDraft, type TimelineEvent } from '../../../../shared/incident/events';
import type { Intake } from '../../../../shared/incident/intake';
import { incidentSchema, nextIncidentRef, type Incident } from '../../../../shared/incident/model';
import type { Notification } from '../../../../shared/incident/notifications';
import { applyIncidentEvent, applySettingsEvent, type IncidentRecord } from '../../../../shared/incident/project';
import { sealEvent } from '../../../../shared/incident/seal';
import { ownProfile, settingsSchema, type Settings } from '../../../../shared/incident/settings';
import { ensureSettings } from './settings';

// The one place that writes the record. A change is an event; what the incident, its notices and
// the settings become is the projection of that event (shared/incident/project.ts), so the rows can
// always be rebuilt from the history. Every write is ONE transaction that appends the events and
// stores the projection, or does neither (Art. 33(5): the record must not lose or half-save).
// Hashing uses WebCrypto, which IndexedDB cannot wait for inside a transaction, so a write reads,
// prepares and seals first, then commits only if the rows are still exactly as they were read
// (compare-and-swap); if another write came first it starts again.

export interface WriteContext {
  now: Date;
  /** The user's name; when empty, the name in this installation's profile. */
  actor: string;
  newId: () => string;
  /** SHA-256; the database's (WebCrypto) when not given. */
  digest?: Digest;
}

/** Rows written in the same transaction as the events (people, attachment files). */
export interface Extras {
  write(db: AvvikDb): Promise<unknown>;
}

/** What a step returns: the events to append, none when nothing changes. */
export type Drafts = EventDraft | readonly EventDraft[] | null;

const MAX_ATTEMPTS = 5;

class StaleRead extends Error {
  override name = 'StaleRead';
}

function notFound(incidentId: string): never {
  throw new RecordError('incident-missing', {}, incidentId);
}

function busy(): never {
  throw new RecordError('busy');
}

interface Prepared {
  settings: Settings;
  installationId: string;
  meta: ChangeMeta;
  digest: Digest;
  /** Every event this installation writes is signed with its key. */
  sign: Sign;
}

async function prepare(db: AvvikDb, ctx: WriteContext): Promise<Prepared> {
  const settings = await ensureSettings(db, ctx);
  const digest = ctx.digest ?? db.deps.digest;
  const key = await ensureInstallationKey(db, settings.installationId, ctx.now, digest);
  return {
    settings,
    installationId: settings.installationId,
    meta: { at: ctx.now.toISOString(), actor: ctx.actor || ownProfile(settings).name },
    digest,
    sign: webSign(key.privateKey),
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

const asList = (drafts: Drafts): readonly EventDraft[] => (drafts === null ? [] : Array.isArray(drafts) ? drafts : [drafts as EventDraft]);

/** Seals the drafts one after the other on this installation's chain, applying each to the record. */
async function sealAll(
  record: IncidentRecord | null,
  drafts: readonly EventDraft[],
  historyId: string,
  prepared: Prepared,
  newId: () => string,
): Promise<{ record: IncidentRecord; events: TimelineEvent[] }> {
  const events: TimelineEvent[] = [];
  let current = record;
  for (const draft of drafts) {
    const head = current?.incident.heads[prepared.installationId] ?? null;
    const event = await sealEvent(draft, { eventId: newId(), historyId, installationId: prepared.installationId, meta: prepared.meta, head }, prepared.digest, prepared.sign);
    current = applyIncidentEvent(current, event);
    events.push(event);
  }
  return { record: { ...current!, incident: incidentSchema.parse(current!.incident) }, events };
}

async function readRecord(db: AvvikDb, incidentId: string): Promise<IncidentRecord | null> {
  const incident = await db.incidents.get(incidentId);
  if (!incident) return null;
  const notifications = await db.notifications.where('incidentId').equals(incidentId).toArray();
  return { incident, notifications: notifications.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)) };
}

/** Stores a projected record: the incident, and the notices that changed (added, corrected or retracted). */
async function storeRecord(db: AvvikDb, before: readonly Notification[], after: IncidentRecord): Promise<void> {
  await db.incidents.put(after.incident);
  const kept = new Set(after.notifications.map((n) => n.id));
  const removed = before.filter((n) => !kept.has(n.id)).map((n) => n.id);
  const previous = new Map(before.map((n) => [n.id, canonicalJson(n)]));
  const changed = after.notifications.filter((n) => previous.get(n.id) !== canonicalJson(n));
  if (removed.length > 0) await db.notifications.bulkDelete(removed);
  if (changed.length > 0) await db.notifications.bulkPut(changed);
}

/**
 * Applies a pure step (shared/incident/changes, notices, actions) to a stored incident: its events,
 * the incident and notices they project to, and any extra rows are saved together or not at all.
 * Returns the incident as saved (unchanged when the step had nothing to record).
 */
export async function commitChange(
  db: AvvikDb,
  incidentId: string,
  ctx: WriteContext,
  step: (record: IncidentRecord, meta: ChangeMeta) => Drafts,
  extras?: (incident: Incident, meta: ChangeMeta) => Extras,
): Promise<Incident> {
  const prepared = await prepare(db, ctx);
  return retrying(async () => {
    const current = await readRecord(db, incidentId);
    if (!current) notFound(incidentId);
    const drafts = asList(step(current, prepared.meta));
    if (drafts.length === 0) return current.incident;
    const { record, events } = await sealAll(current, drafts, incidentId, prepared, ctx.newId);
    const more = extras?.(record.incident, prepared.meta);
    await db.transaction('rw', [db.incidents, db.events, db.subjects, db.notifications, db.attachmentFiles], async () => {
      const fresh = await db.incidents.get(incidentId);
      if (!fresh || canonicalJson(fresh) !== canonicalJson(current.incident)) throw new StaleRead();
      await db.events.bulkAdd(events);
      await storeRecord(db, current.notifications, record);
      await more?.write(db);
    });
    return record.incident;
  });
}

/**
 * Records a new incident and its first event in one transaction: both are saved, or neither is.
 * The reference is the next free number in the year of awareness.
 */
export async function createIncident(db: AvvikDb, intake: Intake, ctx: WriteContext): Promise<Incident> {
  const prepared = await prepare(db, ctx);
  const year = new Date(intake.awareAt).getUTCFullYear();
  const incidentId = ctx.newId();
  return retrying(async () => {
    // Collection.keys() on the ref index yields the refs themselves: no rows are read.
    const refs = (await db.incidents.where('ref').startsWith(`AVV-${year}-`).keys()).map(String);
    const draft = createIncidentChange(intake, nextIncidentRef(year, refs));
    const { record, events } = await sealAll(null, [draft], incidentId, prepared, ctx.newId);
    await db.transaction('rw', db.incidents, db.events, async () => {
      if ((await db.incidents.where('ref').equals(record.incident.ref).count()) > 0) throw new StaleRead();
      await db.incidents.add(record.incident);
      await db.events.bulkAdd(events);
    });
    return record.incident;
  });
}

/** Applies a change to the settings: its event on the settings history and the settings it projects to. */
export async function commitSettings(db: AvvikDb, ctx: WriteContext, step: (settings: Settings) => EventDraft | null): Promise<Settings> {
  const prepared = await prepare(db, ctx);
  return retrying(async () => {
    const current = await ensureSettings(db, ctx);
    const draft = step(current);
    if (!draft) return current;
    const head = current.heads[prepared.installationId] ?? null;
    const event = await sealEvent(
      draft,
      { eventId: ctx.newId(), historyId: SETTINGS_HISTORY_ID, installationId: prepared.installationId, meta: prepared.meta, head },
      prepared.digest,
      prepared.sign,
    );
    const next = settingsSchema.parse(applySettingsEvent(current, event));
    await db.transaction('rw', db.settings, db.events, async () => {
      const fresh = await db.settings.get(current.id);
      if (!fresh || canonicalJson(fresh) !== canonicalJson(current)) throw new StaleRead();
      await db.events.add(event);
      await db.settings.put(next);
    });
    return next;
  });
}
