// A large, realistic record for the benchmarks: incidents over five years, each with its chained
// timeline, built with the same pure steps the app uses (shared/incident) and stored in batches.
import { createHash } from 'node:crypto';
import { assessBreach, unknownFacts, type BreachFacts, type DataCategory } from '../shared/assessment';
import type { Digest } from '../shared/chain';
import type { EventDraft, TimelineEvent } from '../shared/incident/events';
import { formatIncidentRef, newIncident, withIndexKeys, type Incident } from '../shared/incident/model';
import type { Notification } from '../shared/incident/notifications';
import { sealChange } from '../shared/incident/seal';
import { defaultSettings } from '../shared/incident/settings';
import type { AvvikDb } from '../renderer/src/db/database';

/** Node's synchronous SHA-256 for seeding only (the measured paths use WebCrypto, as the app). */
export const seedDigest: Digest = async (data) => createHash('sha256').update(data).digest();

const INSTALLATION = 'bench-installation-0001';
const CATEGORIES: DataCategory[] = [
  'identity',
  'contact',
  'national-id',
  'financial',
  'health',
  'credentials',
  'employment',
];
const DESCRIPTIONS = [
  'E-post med vedlegg sendt til feil mottaker; mottaker har bekreftet sletting skriftlig.',
  'Bærbar PC stjålet fra bil. Disken var kryptert med BitLocker, nøkkelen var ikke lagret på maskinen.',
  'Phishing: én ansatt oppga passord; angriperen leste innboksen i to timer før kontoen ble sperret.',
  'Løsepengevirus krypterte filserveren; gjenopprettet fra sikkerhetskopi etter 30 timer.',
];

/** A small deterministic random generator, so every run measures the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function factsFor(rnd: () => number): BreachFacts {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  return {
    ...unknownFacts('controller'),
    personalData: 'yes',
    confidentiality: pick(['yes', 'no', 'unknown'] as const),
    integrity: pick(['no', 'unknown'] as const),
    availability: pick(['yes', 'no'] as const),
    cause: pick(['human-error', 'external-attack', 'lost-or-stolen'] as const),
    dataCategories: CATEGORIES.filter(() => rnd() < 0.3),
    subjectCount: Math.floor(rnd() * 5000),
    recipient: pick(['trusted', 'untrusted', 'unknown'] as const),
  };
}

function draftFor(n: number, incident: Incident, rnd: () => number, at: string): EventDraft {
  switch (n % 5) {
    case 0:
      return {
        kind: 'details-changed',
        payload: {
          changes: {
            description: { from: incident.description, to: DESCRIPTIONS[n % DESCRIPTIONS.length]! },
          },
        },
      };
    case 1:
      return {
        kind: 'measure-recorded',
        payload: {
          measureId: `m-${incident.id}-${n}`,
          kind: 'containment',
          text: 'Tilgang sperret og passord byttet.',
          doneAt: at,
        },
      };
    case 2:
      return { kind: 'status-changed', payload: { from: 'investigating', to: 'contained' } };
    case 3:
      return {
        kind: 'facts-changed',
        payload: { changes: { subjectCount: { from: null, to: Math.floor(rnd() * 5000) } } },
      };
    default:
      return {
        kind: 'document-exported',
        payload: {
          documentKind: 'timeline',
          name: `${incident.ref}-tidslinje.pdf`,
          sha256: 'ab'.repeat(32),
          size: 48213,
        },
      };
  }
}

/** Seeds `incidents` incidents with `events` events in all (evenly spread), and one notification per notified incident. */
export async function seedRecord(
  db: AvvikDb,
  incidents: number,
  events: number,
  onProgress?: (done: number) => void,
): Promise<void> {
  const rnd = random(42);
  const perIncident = Math.max(1, Math.round(events / incidents));
  const start = Date.parse('2021-01-01T00:00:00Z');
  const span = Date.parse('2026-01-01T00:00:00Z') - start;
  await db.settings.put({
    ...defaultSettings(INSTALLATION, '2021-01-01T00:00:00.000Z'),
    organisationName: 'Benk AS',
    userName: 'Kari Nordmann',
  });
  const perYear = new Map<number, number>();
  const BATCH = 100;
  for (let first = 0; first < incidents; first += BATCH) {
    const rows: Incident[] = [];
    const timeline: TimelineEvent[] = [];
    const notifications: Notification[] = [];
    for (let i = first; i < Math.min(incidents, first + BATCH); i++) {
      const aware = start + Math.floor((i / incidents) * span) + Math.floor(rnd() * 3_600_000);
      const year = new Date(aware).getUTCFullYear();
      perYear.set(year, (perYear.get(year) ?? 0) + 1);
      const facts = factsFor(rnd);
      let incident = newIncident({
        id: `inc-${String(i).padStart(6, '0')}`,
        ref: formatIncidentRef(year, perYear.get(year)!),
        title: `Hendelse ${i}`,
        role: 'controller',
        awareAt: new Date(aware).toISOString(),
        now: new Date(aware).toISOString(),
        facts: unknownFacts(),
      });
      const created: EventDraft = {
        kind: 'incident-created',
        payload: { ref: incident.ref, title: incident.title, role: 'controller', awareAt: incident.awareAt },
      };
      for (let n = 0; n < perIncident; n++) {
        const at = new Date(aware + (n + 1) * 600_000).toISOString();
        const draft = n === 0 ? created : draftFor(n, incident, rnd, at);
        const sealed = await sealChange(
          { incident, event: draft },
          {
            eventId: `${incident.id}-ev-${n}`,
            installationId: INSTALLATION,
            meta: { at, actor: 'Kari Nordmann' },
          },
          seedDigest,
        );
        incident = sealed.incident;
        timeline.push(sealed.event);
      }
      const assessed = rnd() < 0.6;
      const closed = rnd() < 0.8;
      const at = incident.updatedAt;
      incident = withIndexKeys({
        ...incident,
        facts,
        description: DESCRIPTIONS[i % DESCRIPTIONS.length]!,
        assessment: assessed ? { at, actor: 'Kari Nordmann', facts, result: assessBreach(facts) } : null,
        decision: closed
          ? {
              at,
              actor: 'Kari Nordmann',
              notifyAuthority: true,
              notifySubjects: false,
              notifyController: false,
              subjectException: null,
              rationale: 'Vurdert av personvernombudet.',
              dpoConsulted: true,
            }
          : null,
        status: closed ? 'closed' : 'investigating',
        closedAt: closed ? at : null,
        closingSummary: closed ? 'Lukket etter gjennomgang.' : null,
      });
      rows.push(incident);
      if (closed) {
        notifications.push({
          id: `n-${incident.id}`,
          incidentId: incident.id,
          recipient: 'authority',
          recipientName: 'Datatilsynet',
          phase: 'initial',
          phased: false,
          sentAt: new Date(aware + 48 * 3_600_000).toISOString(),
          channel: 'altinn',
          reference: `ALTINN-${i}`,
          subjectCount: null,
          documentName: null,
          pdfSha256: null,
          note: null,
          recordedAt: at,
          actor: 'Kari Nordmann',
        });
      }
    }
    await db.transaction('rw', db.incidents, db.events, db.notifications, async () => {
      await db.incidents.bulkAdd(rows);
      await db.events.bulkAdd(timeline);
      await db.notifications.bulkAdd(notifications);
    });
    onProgress?.(Math.min(incidents, first + BATCH));
  }
}
