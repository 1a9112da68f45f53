import { z } from 'zod';
import { breachFactsSchema, type BreachFacts } from '../assessment';
import { SHA256_HEX } from '../chain/digest';
import { PUBLIC_KEY_B64, SIGNATURE_B64 } from '../chain/sign';
import { assessmentResultSchema } from './assessment';
import { detailFields, detailSchemas, type DetailField } from './details';
import { ATTACHMENT_TEXT_MAX, incidentStatuses, measureKinds, roles, subjectExceptions } from './model';
import { notificationChannels, notificationPhases } from './notifications';
import { actorName, isoInstant, recordId } from './primitives';
import { profileFields, profileSchemas, settingsFields, settingsSchemas } from './settings';
import { erasureReasons, personDetailFields } from './subjects';
import { bilingualInput } from './text';

// The append-only history: every change to the record is an event, never updated, chained by hash
// (shared/chain). The incident row, its notices and the settings are projections of these events
// (shared/incident/project.ts). Art. 33(5): the events are the documentation of the breach.
// Payloads refer to affected people by id only, so erasing a person never means rewriting history.
// Event schemas never transform what they read: an event is hashed exactly as it was written, so
// a value written in an older shape (a plain string where a text is now bilingual) stays as it is
// and the projection reads it.

const sha256 = z.string().regex(SHA256_HEX);

/** `{ field: { from, to } }` where every `to` must be a valid value of its field. */
function changesOf<F extends string>(fields: readonly F[], schemas: Record<F, z.ZodType>) {
  const change = z.strictObject({ from: z.unknown(), to: z.unknown() });
  return z.partialRecord(z.enum(fields as [F, ...F[]]), change).superRefine((changes, ctx) => {
    for (const [field, value] of Object.entries(changes) as [F, { to: unknown } | undefined][]) {
      if (!value) continue;
      const checked = schemas[field].safeParse(value.to);
      if (!checked.success) ctx.addIssue({ code: 'custom', path: [field, 'to'], message: checked.error.issues[0]?.message ?? 'invalid value' });
    }
  });
}

const factFields = Object.keys(breachFactsSchema.shape) as (keyof BreachFacts)[];
const factSchemas = breachFactsSchema.shape as unknown as Record<keyof BreachFacts, z.ZodType>;

/** A notice recorded as sent. Fields added after the first version are optional, so old events still read. */
const notified = z.strictObject({
  notificationId: recordId,
  phase: z.enum(notificationPhases),
  phased: z.boolean(),
  sentAt: isoInstant,
  reference: z.string().max(200).nullable(),
  pdfSha256: sha256.nullable(),
  recipientName: z.string().max(300).nullable().optional(),
  channel: z.enum(notificationChannels).optional(),
  subjectCount: z.number().int().nonnegative().nullable().optional(),
  documentName: z.string().max(255).nullable().optional(),
  note: z.string().max(5000).nullable().optional(),
});

/** What a correction may change in a notice record. */
export const noticeCorrectionFields = z.strictObject({
  sentAt: isoInstant.optional(),
  reference: z.string().max(200).nullable().optional(),
  phase: z.enum(notificationPhases).optional(),
  phased: z.boolean().optional(),
  channel: z.enum(notificationChannels).optional(),
  recipientName: z.string().max(300).nullable().optional(),
  subjectCount: z.number().int().nonnegative().nullable().optional(),
  note: z.string().max(5000).nullable().optional(),
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
    description: bilingualInput.optional(),
  }),
  'details-changed': z.strictObject({ changes: changesOf<DetailField>(detailFields, detailSchemas) }),
  'facts-changed': z.strictObject({ changes: changesOf<keyof BreachFacts>(factFields, factSchemas) }),
  /** What the engine concluded: in short, and (since the record became its history) in full. */
  assessed: z.strictObject({
    risk: z.enum(['none', 'risk', 'high']),
    notifyAuthority: z.boolean(),
    notifySubjects: z.boolean(),
    notifyController: z.boolean(),
    subjectException: z.enum(subjectExceptions).nullable(),
    severityScore: z.number().finite(),
    reasonCodes: z.array(z.string()),
    unknownFacts: z.array(z.string()),
    /** The conclusion as shown, reasons and all, so the record keeps it whatever the engine says later. */
    result: assessmentResultSchema.optional(),
  }),
  'decision-recorded': z.strictObject({
    notifyAuthority: z.boolean(),
    notifySubjects: z.boolean(),
    notifyController: z.boolean(),
    subjectException: z.enum(subjectExceptions).nullable(),
    rationale: bilingualInput,
    dpoConsulted: z.boolean(),
  }),
  /** Art. 33(1): reasons for notifying after 72 hours. */
  'delay-explained': z.strictObject({ reason: bilingualInput }),
  'measure-recorded': z.strictObject({ measureId: recordId, kind: z.enum(measureKinds), text: bilingualInput, doneAt: isoInstant.nullable() }),
  /** A measure marked done, or its words corrected. */
  'measure-changed': z.strictObject({
    measureId: recordId,
    kind: z.enum(measureKinds).optional(),
    text: bilingualInput.optional(),
    doneAt: isoInstant.nullable().optional(),
  }),
  'authority-notified': notified,
  'controller-notified': notified,
  'subjects-notified': notified,
  /** Art. 34(3)(c): a public communication instead of individual letters. */
  'public-notified': notified,
  /** A notice record corrected: the wrong time or reference typed. The record before stays in the history. */
  'notice-corrected': z.strictObject({ notificationId: recordId, changes: noticeCorrectionFields, reason: z.string().min(1).max(2000) }),
  /** A notice recorded by mistake (it was never sent): it no longer counts, and the history says why. */
  'notice-retracted': z.strictObject({ notificationId: recordId, reason: z.string().min(1).max(2000) }),
  'status-changed': z.strictObject({ from: z.enum(incidentStatuses), to: z.enum(incidentStatuses) }),
  closed: z.strictObject({ from: z.enum(incidentStatuses), summary: bilingualInput }),
  reopened: z.strictObject({ reason: z.string() }),
  /** Ids and a count only: the people's names and addresses stay in the subjects table. */
  'subjects-imported': z.strictObject({ count: z.number().int().nonnegative(), subjectIds: z.array(recordId) }),
  /** Art. 17: ids only; the reason (added later, so optional) is a choice, never free text. */
  'subjects-erased': z.strictObject({ subjectIds: z.array(recordId), reason: z.enum(erasureReasons).optional() }),
  /** Art. 16: a person's details corrected. Which details, never their values. */
  'subject-corrected': z.strictObject({ subjectId: recordId, fields: z.array(z.enum(personDetailFields)).min(1) }),
  'document-exported': z.strictObject({ documentKind: z.string().max(64), name: z.string().max(255), sha256, size: z.number().int().nonnegative() }),
  'attachment-added': z.strictObject({
    attachmentId: recordId,
    name: z.string().min(1).max(255),
    mediaType: z.string().max(100),
    size: z.number().int().nonnegative(),
    sha256,
    note: z.string().max(ATTACHMENT_TEXT_MAX),
  }),
  'attachment-removed': z.strictObject({ attachmentId: recordId, reason: z.string().max(ATTACHMENT_TEXT_MAX) }),
  /** The organisation's settings (on the settings history, incidentId SETTINGS_HISTORY_ID). */
  'settings-changed': z.strictObject({ changes: changesOf(settingsFields, settingsSchemas) }),
  /** The profile of the person using the installation that wrote the event (the reporter). */
  'profile-changed': z.strictObject({ changes: changesOf(profileFields, profileSchemas) }),
  /**
   * The organisation trusts another installation's key: a person compared its fingerprint. Events
   * signed by an installation nobody trusted are never shown as verified.
   */
  'installation-trusted': z.strictObject({ installationId: recordId, publicKey: z.string().regex(PUBLIC_KEY_B64), fingerprint: z.string().max(64) }),
  'installation-distrusted': z.strictObject({ installationId: recordId, reason: z.string().max(2000) }),
  /**
   * A checkpoint written when a record made before its history covered everything was upgraded: the
   * state as it stood, which later events build on. The events before it are kept, unchanged.
   */
  'record-migrated': z.strictObject({
    fromVersion: z.number().int().positive(),
    /** The incident row, notices or settings as they stood (validated by the projection). */
    state: z.record(z.string(), z.unknown()),
  }),
} as const;

type Payloads = typeof payloads;
export type EventKind = keyof Payloads;
export const eventKinds = Object.keys(payloads) as EventKind[];

/** The history of the organisation's settings sits beside the incidents' under this id. */
export const SETTINGS_HISTORY_ID = 'settings';

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
  /**
   * The writing installation's Ed25519 signature over `hash` (shared/chain/sign.ts). Absent on
   * events written before histories were signed; a later signed event of the same chain covers them.
   */
  sig: z.string().regex(SIGNATURE_B64).optional(),
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
  variant('measure-changed'),
  variant('authority-notified'),
  variant('controller-notified'),
  variant('subjects-notified'),
  variant('public-notified'),
  variant('notice-corrected'),
  variant('notice-retracted'),
  variant('status-changed'),
  variant('closed'),
  variant('reopened'),
  variant('subjects-imported'),
  variant('subjects-erased'),
  variant('subject-corrected'),
  variant('document-exported'),
  variant('attachment-added'),
  variant('attachment-removed'),
  variant('settings-changed'),
  variant('profile-changed'),
  variant('installation-trusted'),
  variant('installation-distrusted'),
  variant('record-migrated'),
]);

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type EventPayload<K extends EventKind> = z.infer<Payloads[K]>;
/** What a change asks to append; the repository adds id, chain position, time, actor and hashes. */
export type EventDraft = { [K in EventKind]: { kind: K; payload: EventPayload<K> } }[EventKind];
export type EventOf<K extends EventKind> = Extract<TimelineEvent, { kind: K }>;

/** The notice kinds, by recipient. */
export const NOTIFIED_KIND = {
  authority: 'authority-notified',
  controller: 'controller-notified',
  subjects: 'subjects-notified',
  public: 'public-notified',
} as const;

// Every kind has its variant in the union, and no other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyKindHasAVariant: Same<TimelineEvent['kind'], EventKind> = true;
void everyKindHasAVariant;

export type { DetailField };
