// A large, realistic record for the benchmarks: incidents over five years, each with its chained
// timeline. Every event is made by the app's own pure steps (shared/incident/changes, actions and
// notices), sealed and signed by sealEvent and projected by applyIncidentEvent, exactly as the
// repository does; only the storing differs: rows go in with bulk writes, a hundred incidents a
// transaction, instead of one transaction per event.
// No node and no DOM imports: the node benchmark and the Chromium benchmark's seed page share it.
import { unknownFacts, type BreachFacts, type DataCategory } from '../shared/assessment';
import type { Digest, Sign } from '../shared/chain';
import { createIncidentChange } from '../shared/incident/actions';
import * as changes from '../shared/incident/changes';
import type { EventDraft, TimelineEvent } from '../shared/incident/events';
import { formatIncidentRef, type Incident } from '../shared/incident/model';
import { recordNoticeChange } from '../shared/incident/notices';
import type { Notification } from '../shared/incident/notifications';
import { applyIncidentEvent, type IncidentRecord } from '../shared/incident/project';
import { sealEvent } from '../shared/incident/seal';
import type { AvvikDb } from '../renderer/src/db/database';
import { ensureInstallationKey, webSign } from '../renderer/src/db/keys';
import { ensureSettings, saveSettings } from '../renderer/src/db/repository';
import { authorityNotice } from '../test/support/notices';

const ACTOR = 'Kari Nordmann';
const CATEGORIES: DataCategory[] = ['identity', 'contact', 'national-id', 'financial', 'health', 'credentials', 'employment'];
const DESCRIPTIONS = [
  'E-post med vedlegg sendt til feil mottaker; mottaker har bekreftet sletting skriftlig.',
  'Bærbar PC stjålet fra bil. Disken var kryptert med BitLocker, nøkkelen var ikke lagret på maskinen.',
  'Phishing: én ansatt oppga passord; angriperen leste innboksen i to timer før kontoen ble sperret.',
  'Løsepengevirus krypterte filserveren; gjenopprettet fra sikkerhetskopi etter 30 timer.',
];
const TITLES = ['E-post til feil mottaker', 'Stjålet bærbar PC', 'Phishing mot lønningskontoret', 'Løsepengevirus på filserver'];

/** A small deterministic random generator, so every run measures the same data. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Facts with every answer given, mixed so the register holds each risk: about a third each. */
export function factsFor(rnd: () => number): BreachFacts {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  return {
    ...unknownFacts('controller'),
    personalData: 'yes',
    confidentiality: pick(['yes', 'yes', 'no'] as const),
    integrity: 'no',
    availability: pick(['yes', 'no'] as const),
    cause: pick(['human-error', 'external-attack', 'lost-or-stolen'] as const),
    malicious: pick(['no', 'no', 'no', 'yes'] as const),
    dataCategories: CATEGORIES.filter(() => rnd() < 0.2),
    subjectCount: Math.floor(rnd() * 2000),
    recordCount: null,
    vulnerableSubjects: pick(['no', 'no', 'no', 'yes'] as const),
    protection: pick(['none', 'encrypted'] as const),
    recipient: pick(['none', 'trusted', 'untrusted'] as const),
    dataRecovered: pick(['yes', 'no'] as const),
    outageHours: 2,
    misuseObserved: 'no',
    highRiskNeutralised: 'no',
    disproportionateEffort: 'no',
  };
}

export interface SeedOptions {
  digest: Digest;
  onProgress?: (done: number) => void;
  /** The number of the first incident (its id): records seeded apart that are then merged must not share ids. */
  firstIncident?: number;
}

export interface SeededIncident {
  incident: Incident;
  events: TimelineEvent[];
  notifications: Notification[];
}

/** Who seals: the installation whose key signs, as in the app. */
export interface Sealer {
  installationId: string;
  digest: Digest;
  sign: Sign;
}

/**
 * One incident and its whole history: created, facts, assessed, measures and edits up to `eventCount`
 * events, then (when `closed`) the decision, Datatilsynet told and the incident closed.
 */
export async function seededIncident(
  i: number,
  ref: string,
  awareMs: number,
  eventCount: number,
  closed: boolean,
  rnd: () => number,
  sealer: Sealer,
): Promise<SeededIncident> {
  const events: TimelineEvent[] = [];
  const incidentId = `inc-${String(i).padStart(6, '0')}`;
  let record: IncidentRecord | null = null;
  let step = 0;
  const meta = (): changes.ChangeMeta => ({ at: new Date(awareMs + ++step * 600_000).toISOString(), actor: ACTOR });
  const apply = async (drafts: EventDraft | EventDraft[] | null, m: changes.ChangeMeta) => {
    for (const draft of drafts === null ? [] : Array.isArray(drafts) ? drafts : [drafts]) {
      const head = record?.incident.heads[sealer.installationId] ?? null;
      const where = { eventId: `${incidentId}-ev-${events.length}`, historyId: incidentId, installationId: sealer.installationId, meta: m, head };
      const event = await sealEvent(draft, where, sealer.digest, sealer.sign);
      record = applyIncidentEvent(record, event);
      events.push(event);
    }
  };
  const seal = async (make: (current: IncidentRecord, m: changes.ChangeMeta) => EventDraft | EventDraft[] | null) => {
    const m = meta();
    await apply(make(record!, m), m);
  };
  const awareAt = new Date(awareMs).toISOString();
  const intake = { title: `${TITLES[i % TITLES.length]!} ${i}`, awareAt, role: 'controller' as const, details: { description: DESCRIPTIONS[i % DESCRIPTIONS.length]! } };
  await apply(createIncidentChange(intake, ref), meta());
  const facts = factsFor(rnd);
  await seal(({ incident }, m) => changes.changeFacts(incident, facts, m));
  const assessed = closed || rnd() < 0.6;
  if (assessed) await seal(({ incident }, m) => changes.recordAssessment(incident, m));
  const closing = closed ? 3 : 0;
  for (let n = events.length; n < eventCount - closing; n++) {
    if (n % 3 === 0) await seal(({ incident }, m) => changes.changeStatus(incident, incident.status === 'investigating' ? 'contained' : 'investigating', m));
    else if (n % 3 === 1) await seal(({ incident }, m) => changes.recordMeasure(incident, { id: `m-${i}-${n}`, kind: 'containment', text: 'Tilgang sperret og passord byttet.', doneAt: m.at }, m));
    else await seal(({ incident }, m) => changes.changeDetails(incident, { description: `${DESCRIPTIONS[n % DESCRIPTIONS.length]!} (${n})` }, m));
  }
  if (closed) {
    const notifyAuthority = record!.incident.assessment?.result.notifyAuthority ?? true;
    await seal(({ incident }, m) =>
      changes.recordDecision(
        incident,
        { notifyAuthority, notifySubjects: false, notifyController: false, subjectException: null, rationale: 'Vurdert av personvernombudet.', dpoConsulted: true },
        m,
      ),
    );
    if (notifyAuthority) {
      const sentAt = new Date(awareMs + 48 * 3_600_000).toISOString();
      // A notice is recorded after it was sent.
      step = Math.max(step, Math.ceil((48 * 3_600_000) / 600_000));
      await seal(({ incident, notifications }, m) =>
        recordNoticeChange(
          authorityNotice(sentAt, `AR${String(i).padStart(6, '0')}`),
          { incident, notifications, now: m.at, notificationId: `n-${i}`, delayReason: null },
        ),
      );
    }
    await seal(({ incident }, m) => changes.closeIncident(incident, 'Lukket etter gjennomgang.', m));
  }
  const { incident, notifications } = record!;
  return { incident, events, notifications };
}

/**
 * Seeds `incidents` incidents over 2021–2025 with `events` events in all (evenly spread); 80 % are
 * closed after a decision (and a notification where the assessment asked for one). The events are
 * signed with the database's own installation key, so the history check verifies them as the app's.
 */
export async function seedRecord(db: AvvikDb, incidents: number, events: number, options: SeedOptions): Promise<void> {
  const rnd = random(42);
  const perIncident = Math.max(6, Math.round(events / incidents));
  const start = Date.parse('2021-01-01T00:00:00Z');
  const span = Date.parse('2026-01-01T00:00:00Z') - start;
  const ctx = { now: new Date(start), actor: ACTOR, newId: () => crypto.randomUUID(), digest: options.digest };
  const settings = await ensureSettings(db, { now: ctx.now, newId: ctx.newId });
  await saveSettings(db, { organisationName: 'Benk AS' }, ctx);
  const key = await ensureInstallationKey(db, settings.installationId, ctx.now, options.digest);
  const sealer: Sealer = { installationId: settings.installationId, digest: options.digest, sign: webSign(key.privateKey) };
  const perYear = new Map<number, number>();
  const BATCH = 100;
  for (let first = 0; first < incidents; first += BATCH) {
    const batch: SeededIncident[] = [];
    for (let i = first; i < Math.min(incidents, first + BATCH); i++) {
      const aware = start + Math.floor((i / incidents) * span) + Math.floor(rnd() * 3_600_000);
      const year = new Date(aware).getUTCFullYear();
      perYear.set(year, (perYear.get(year) ?? 0) + 1);
      batch.push(await seededIncident(i + (options.firstIncident ?? 0), formatIncidentRef(year, perYear.get(year)!), aware, perIncident, rnd() < 0.8, rnd, sealer));
    }
    await db.transaction('rw', db.incidents, db.events, db.notifications, async () => {
      await db.incidents.bulkAdd(batch.map((b) => b.incident));
      await db.events.bulkAdd(batch.flatMap((b) => b.events));
      await db.notifications.bulkAdd(batch.flatMap((b) => b.notifications));
    });
    options.onProgress?.(Math.min(incidents, first + BATCH));
  }
}
