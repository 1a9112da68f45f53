import { authorityDeadline } from '../deadline';
import { instantFromWallTime, parseLocalInput } from '../time/zoned';
import { requiredText, assertOpen, type ChangeMeta } from './changes';
import { RecordError } from './errors';
import { NOTIFIED_KIND, type EventDraft } from './events';
import type { Incident } from './model';
import type { Notification, NotificationChannel, NotificationPhase, NotificationRecipient } from './notifications';
import type { Bilingual } from './text';

// "We told someone": one flow and one set of rules for Datatilsynet, the controller, the people
// affected and the public, used by every form that records a notice and by the repository, which
// refuses what the forms refuse. The time recorded is when the notice was really sent; a wrong
// entry is corrected or retracted by a further event, never edited.

export interface NoticeInput {
  recipient: NotificationRecipient;
  phase: NotificationPhase;
  /** On an initial notice: it says more will follow (Art. 33(4), «trinnvis melding»). */
  phased: boolean;
  /** UTC ISO instant the notice was sent. */
  sentAt: string;
  channel: NotificationChannel;
  /** Altinn's reference, the controller's case number, or where a public notice was published. */
  reference: string | null;
  recipientName: string | null;
  /** How many people were told (people and public notices). */
  subjectCount: number | null;
  documentName: string | null;
  pdfSha256: string | null;
  note: string | null;
}

export type NoticeField = 'sentAt' | 'reference' | 'phase' | 'delayReason' | 'subjectCount' | 'recipientName' | 'note';

export type NoticeErrorCode =
  | 'sent-required'
  | 'sent-invalid'
  | 'sent-in-future'
  | 'sent-before-aware'
  | 'sent-before-initial'
  | 'reference-required'
  | 'reference-format'
  | 'reference-too-long'
  | 'where-required'
  | 'phase-needs-initial'
  | 'initial-exists'
  | 'final-needs-phased'
  | 'after-withdrawal'
  | 'delay-reason-required'
  | 'count-invalid'
  | 'text-too-long';

export type NoticeErrors = Partial<Record<NoticeField, NoticeErrorCode>>;

/** A minute of slack: "now" typed a few seconds ago is not in the future. */
const FUTURE_TOLERANCE_MS = 60_000;
const REFERENCE_MAX = 200;

/** Altinn's archive reference on the receipt: "AR" and digits, e.g. AR123456789 (spaces and case ignored). */
export function normaliseAltinnReference(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

function checkReference(input: NoticeInput): NoticeErrorCode | null {
  const reference = input.reference?.trim() ?? '';
  if (reference.length > REFERENCE_MAX) return 'reference-too-long';
  // Datatilsynet through Altinn: the receipt's reference proves the notice; it has a fixed form.
  if (input.recipient === 'authority' && input.channel === 'altinn') {
    if (reference === '') return 'reference-required';
    if (!/^AR\d{4,}$/.test(normaliseAltinnReference(reference))) return 'reference-format';
  }
  // Art. 34(3)(c): a public communication is defined by where it was published.
  if (input.recipient === 'public' && reference === '') return 'where-required';
  return null;
}

/** The phases a new notice to this recipient may take, given what was sent before. */
function checkPhase(input: NoticeInput, earlier: readonly Notification[]): NoticeErrorCode | null {
  const initial = earlier.find((n) => n.phase === 'initial');
  if (earlier.some((n) => n.phase === 'withdrawal')) return 'after-withdrawal';
  if (input.phase === 'initial') return initial ? 'initial-exists' : null;
  if (!initial) return 'phase-needs-initial';
  if (input.phase === 'final' && !initial.phased) return 'final-needs-phased';
  if (Date.parse(input.sentAt) < Date.parse(initial.sentAt)) return 'sent-before-initial';
  return null;
}

export interface NoticeContext {
  incident: Incident;
  /** The incident's notices; the one being corrected is left out of the checks. */
  notifications: readonly Notification[];
  /** Now, as a UTC ISO instant. */
  now: string;
  /** Reasons for the delay given with this notice, if any. */
  delayReason?: Bilingual | null;
  /** When correcting: the notice being corrected. */
  replacing?: string;
}

/** Art. 33(1): a first notice to Datatilsynet after the 72 hours needs the reasons for the delay. */
export function noticeNeedsDelayReason(input: Pick<NoticeInput, 'recipient' | 'phase' | 'sentAt'>, incident: Incident): boolean {
  return input.recipient === 'authority' && input.phase === 'initial' && Date.parse(input.sentAt) > authorityDeadline(new Date(incident.awareAt)).getTime();
}

/** Every rule a recorded notice must meet. Empty when it may be recorded. */
export function checkNotice(input: NoticeInput, ctx: NoticeContext): NoticeErrors {
  const errors: NoticeErrors = {};
  const sent = Date.parse(input.sentAt);
  if (Number.isNaN(sent)) errors.sentAt = 'sent-invalid';
  else if (sent > Date.parse(ctx.now) + FUTURE_TOLERANCE_MS) errors.sentAt = 'sent-in-future';
  // Minutes are what a form can say: compare with the minute of awareness.
  else if (sent < Math.floor(Date.parse(ctx.incident.awareAt) / 60_000) * 60_000) errors.sentAt = 'sent-before-aware';
  const reference = checkReference(input);
  if (reference) errors.reference = reference;
  const earlier = ctx.notifications.filter((n) => n.incidentId === ctx.incident.id && n.recipient === input.recipient && n.id !== ctx.replacing);
  const phase = errors.sentAt ? null : checkPhase(input, earlier);
  if (phase === 'sent-before-initial') errors.sentAt = phase;
  else if (phase) errors.phase = phase;
  if (input.subjectCount !== null && (!Number.isInteger(input.subjectCount) || input.subjectCount < 0 || input.subjectCount > 1e9)) errors.subjectCount = 'count-invalid';
  if ((input.note?.length ?? 0) > 5000) errors.note = 'text-too-long';
  if ((input.recipientName?.length ?? 0) > 300) errors.recipientName = 'text-too-long';
  const delayGiven = ctx.delayReason && (ctx.delayReason.nb.trim() !== '' || ctx.delayReason.en.trim() !== '');
  if (!errors.sentAt && noticeNeedsDelayReason(input, ctx.incident) && !ctx.incident.delayReason && !delayGiven) errors.delayReason = 'delay-reason-required';
  return errors;
}

/** A datetime-local value typed in `timeZone` as a UTC instant; null when empty or not a time. */
export function sentAtFromForm(value: string, timeZone: string): string | null {
  const wall = parseLocalInput(value);
  return wall ? instantFromWallTime(wall, timeZone).toISOString() : null;
}

function refused(errors: NoticeErrors): never {
  const [field, code] = Object.entries(errors)[0]!;
  throw new RecordError('invalid-notice', {}, `${field}: ${code}`);
}

/** The input as recorded: references trimmed (Altinn's normalised), texts trimmed. */
function normalised(input: NoticeInput): NoticeInput {
  const reference = input.reference?.trim() || null;
  return {
    ...input,
    phased: input.phase === 'initial' ? input.phased : false,
    reference: reference && input.recipient === 'authority' && input.channel === 'altinn' ? normaliseAltinnReference(reference) : reference,
    recipientName: input.recipientName?.trim() || null,
    note: input.note?.trim() || null,
  };
}

/**
 * Art. 33(1), 33(2), 34(1), 34(3)(c): a notice recorded as sent. With reasons for a delay given in
 * the same step, both are recorded together (the reasons first).
 */
export function recordNoticeChange(input: NoticeInput, ctx: NoticeContext & { notificationId: string }): EventDraft[] {
  assertOpen(ctx.incident);
  const errors = checkNotice(input, ctx);
  if (Object.keys(errors).length > 0) refused(errors);
  const notice = normalised(input);
  const drafts: EventDraft[] = [];
  if (noticeNeedsDelayReason(notice, ctx.incident) && !ctx.incident.delayReason && ctx.delayReason) {
    drafts.push({ kind: 'delay-explained', payload: { reason: requiredText(ctx.delayReason, 'missing-delay-reasons') } });
  }
  const { recipient, ...fields } = notice;
  drafts.push({ kind: NOTIFIED_KIND[recipient], payload: { notificationId: ctx.notificationId, ...fields } });
  return drafts;
}

export type NoticeCorrection = Partial<Omit<NoticeInput, 'recipient' | 'documentName' | 'pdfSha256'>>;

function findNotice(ctx: NoticeContext, notificationId: string): Notification {
  const notice = ctx.notifications.find((n) => n.id === notificationId && n.incidentId === ctx.incident.id);
  if (!notice) throw new RecordError('notice-missing', {}, notificationId);
  return notice;
}

/** A wrong time, reference or phase corrected, with the reason; the original stays in the history. Null when nothing changes. */
export function correctNoticeChange(notificationId: string, correction: NoticeCorrection, reason: string, ctx: NoticeContext, _meta: ChangeMeta): EventDraft | null {
  assertOpen(ctx.incident);
  const notice = findNotice(ctx, notificationId);
  const why = requiredText(reason, 'missing-correction-reason');
  const corrected = normalised({ ...notice, ...correction, recipient: notice.recipient });
  const errors = checkNotice(corrected, { ...ctx, replacing: notificationId });
  if (Object.keys(errors).length > 0) refused(errors);
  const changes: Record<string, unknown> = {};
  for (const key of ['sentAt', 'reference', 'phase', 'phased', 'channel', 'recipientName', 'subjectCount', 'note'] as const) {
    if (corrected[key] !== notice[key]) changes[key] = corrected[key];
  }
  if (Object.keys(changes).length === 0) return null;
  return { kind: 'notice-corrected', payload: { notificationId, changes, reason: why.nb || why.en } };
}

/** A notice recorded by mistake: it no longer counts as sent; the history keeps it and the reason. */
export function retractNoticeChange(notificationId: string, reason: string, ctx: NoticeContext, _meta: ChangeMeta): EventDraft {
  assertOpen(ctx.incident);
  findNotice(ctx, notificationId);
  const why = requiredText(reason, 'missing-retraction-reason');
  return { kind: 'notice-retracted', payload: { notificationId, reason: why.nb || why.en } };
}
