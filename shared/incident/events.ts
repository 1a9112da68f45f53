import { z } from 'zod';
import { breachFactsSchema, type BreachFacts } from '../assessment';
import { SHA256_HEX } from '../chain/digest';
import { actorName, incidentStatuses, isoInstant, measureKinds, recordId, roles, subjectExceptions } from './model';
import { notificationPhases } from './notifications';

// The append-only timeline: every change and every action is an event, never updated, chained by
// hash (shared/chain). Art. 33(5): together with the incident it documents the breach.
// Payloads refer to affected people by id only, so erasing a person never means rewriting history.

const sha256 = z.string().regex(SHA256_HEX);
const change = z.strictObject({ from: z.unknown(), to: z.unknown() });

export const detailFields = [
  'title',
  'description',
  'consequences',
  'systems',
  'dataLocation',
  'occurredFrom',
  'occurredTo',
  'discoveredAt',
  'awareAt',
] as const;
export type DetailField = (typeof detailFields)[number];

const factFields = Object.keys(breachFactsSchema.shape) as [keyof BreachFacts, ...(keyof BreachFacts)[]];

const notified = z.strictObject({
  notificationId: recordId,
  phase: z.enum(notificationPhases),
  phased: z.boolean(),
  sentAt: isoInstant,
  reference: z.string().max(200).nullable(),
  pdfSha256: sha256.nullable(),
});

const payloads = {
  'incident-created': z.strictObject({
    ref: z.string(),
    title: z.string(),
    role: z.enum(roles),
    awareAt: isoInstant,
    // What else the intake was given; absent when not known yet.
    occurredFrom: isoInstant.optional(),
    occurredTo: isoInstant.optional(),
    discoveredAt: isoInstant.optional(),
    description: z.string().optional(),
  }),
  'details-changed': z.strictObject({ changes: z.partialRecord(z.enum(detailFields), change) }),
  'facts-changed': z.strictObject({ changes: z.partialRecord(z.enum(factFields), change) }),
  /** What the engine concluded, in short; the full reasons sit in the incident's snapshot. */
  assessed: z.strictObject({
    risk: z.enum(['none', 'risk', 'high']),
    notifyAuthority: z.boolean(),
    notifySubjects: z.boolean(),
    notifyController: z.boolean(),
    subjectException: z.enum(subjectExceptions).nullable(),
    severityScore: z.number().finite(),
    reasonCodes: z.array(z.string()),
    unknownFacts: z.array(z.string()),
  }),
  'decision-recorded': z.strictObject({
    notifyAuthority: z.boolean(),
    notifySubjects: z.boolean(),
    notifyController: z.boolean(),
    subjectException: z.enum(subjectExceptions).nullable(),
    rationale: z.string(),
    dpoConsulted: z.boolean(),
  }),
  /** Art. 33(1): reasons for notifying after 72 hours. */
  'delay-explained': z.strictObject({ reason: z.string() }),
  'measure-recorded': z.strictObject({ measureId: recordId, kind: z.enum(measureKinds), text: z.string(), doneAt: isoInstant.nullable() }),
  'authority-notified': notified,
  'controller-notified': notified,
  'subjects-notified': notified.extend({ subjectCount: z.number().int().nonnegative().nullable() }),
  'status-changed': z.strictObject({ from: z.enum(incidentStatuses), to: z.enum(incidentStatuses) }),
  closed: z.strictObject({ from: z.enum(incidentStatuses), summary: z.string() }),
  reopened: z.strictObject({ reason: z.string() }),
  /** Ids and a count only: the people's names and addresses stay in the subjects table. */
  'subjects-imported': z.strictObject({ count: z.number().int().nonnegative(), subjectIds: z.array(recordId) }),
  'subjects-erased': z.strictObject({ subjectIds: z.array(recordId) }),
  'document-exported': z.strictObject({ documentKind: z.string().max(64), name: z.string().max(255), sha256, size: z.number().int().nonnegative() }),
} as const;

type Payloads = typeof payloads;
export type EventKind = keyof Payloads;
export const eventKinds = Object.keys(payloads) as EventKind[];

const base = {
  id: recordId,
  incidentId: recordId,
  /** The machine that wrote it: one chain per incident and installation. */
  installationId: recordId,
  /** 1, 2, 3 … within the chain. */
  seq: z.number().int().positive(),
  at: isoInstant,
  actor: actorName,
  prevHash: sha256.nullable(),
  hash: sha256,
};

function variant<K extends EventKind>(kind: K) {
  return z.strictObject({ ...base, kind: z.literal(kind), payload: payloads[kind] as Payloads[K] });
}

export const timelineEventSchema = z.discriminatedUnion('kind', [
  variant('incident-created'),
  variant('details-changed'),
  variant('facts-changed'),
  variant('assessed'),
  variant('decision-recorded'),
  variant('delay-explained'),
  variant('measure-recorded'),
  variant('authority-notified'),
  variant('controller-notified'),
  variant('subjects-notified'),
  variant('status-changed'),
  variant('closed'),
  variant('reopened'),
  variant('subjects-imported'),
  variant('subjects-erased'),
  variant('document-exported'),
]);

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type EventPayload<K extends EventKind> = z.infer<Payloads[K]>;
/** What a change asks to append; the repository adds id, chain position, time, actor and hashes. */
export type EventDraft = { [K in EventKind]: { kind: K; payload: EventPayload<K> } }[EventKind];

// Every kind has its variant in the union, and no other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyKindHasAVariant: Same<TimelineEvent['kind'], EventKind> = true;
void everyKindHasAVariant;
