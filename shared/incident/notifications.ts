import { z } from 'zod';
import { SHA256_HEX } from '../chain/digest';
import type { NotificationPhase as DeadlinePhase } from '../deadline';
import { actorName, isoInstant, recordId } from './primitives';

// What was sent to whom, when and in which phase, with the exact PDF's hash: the evidence of
// Art. 33(1) (Datatilsynet), Art. 33(2) (a processor telling its controller) and Art. 34 (the people).

/**
 * authority: Datatilsynet (Art. 33(1)); controller: a processor's controller (Art. 33(2)); subjects:
 * the people affected (Art. 34(1)); public: a public communication instead of individual letters
 * when those would take disproportionate effort (Art. 34(3)(c)).
 */
export const notificationRecipients = ['authority', 'controller', 'subjects', 'public'] as const;
export type NotificationRecipient = (typeof notificationRecipients)[number];

/**
 * Art. 33(4): information may be given in phases — an initial notice, follow-ups, a final one; a
 * withdrawal when it turned out not to be a breach (EDPB Guidelines 9/2022 §60). As shared/deadline.
 */
export const notificationPhases = ['initial', 'follow-up', 'final', 'withdrawal'] as const;
export type NotificationPhase = (typeof notificationPhases)[number];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const phasesMatchDeadlineRules: Same<NotificationPhase, DeadlinePhase> = true;
void phasesMatchDeadlineRules;

export const notificationChannels = ['altinn', 'email', 'letter', 'phone', 'other', 'website', 'press', 'social-media'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

/** The latest correction of a notice record: history is never edited, a correcting event is added. */
export const noticeCorrectionSchema = z.strictObject({ at: isoInstant, actor: actorName, reason: z.string().max(2000) });

export const notificationSchema = z.strictObject({
  id: recordId,
  incidentId: recordId,
  recipient: z.enum(notificationRecipients),
  /** "Datatilsynet", the controller's name; null for the people affected. */
  recipientName: z.string().max(300).nullable(),
  phase: z.enum(notificationPhases),
  /** On an initial notice: it says more will follow (Datatilsynet's «trinnvis melding»). */
  phased: z.boolean(),
  sentAt: isoInstant,
  channel: z.enum(notificationChannels),
  /** The Altinn reference, the controller's case number, or where a public notice was published. */
  reference: z.string().max(200).nullable(),
  /** How many people were told (subjects only). */
  subjectCount: z.number().int().nonnegative().nullable(),
  documentName: z.string().max(255).nullable(),
  /** SHA-256 of the exact PDF that was sent. */
  pdfSha256: z.string().regex(SHA256_HEX).nullable(),
  note: z.string().max(5000).nullable(),
  recordedAt: isoInstant,
  actor: actorName,
  correction: noticeCorrectionSchema.nullable().optional().transform((value) => value ?? null),
});

export type Notification = z.output<typeof notificationSchema>;
