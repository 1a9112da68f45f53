import type { Assessment } from '../../../../shared/assessment';
import type { Incident } from '../../../../shared/incident/model';
import {
  checkNotice,
  noticeNeedsDelayReason,
  sentAtFromForm,
  type NoticeErrorCode,
  type NoticeField,
  type NoticeInput,
} from '../../../../shared/incident/notices';
import type { Notification, NotificationChannel, NotificationPhase, NotificationRecipient } from '../../../../shared/incident/notifications';

// The notice form as typed, and how it becomes a notice the record accepts. The rules themselves
// are shared/incident/notices: the form shows next to each field exactly what the repository would
// refuse.

export interface NoticeForm {
  sentAt: string;
  channel: NotificationChannel;
  reference: string;
  phase: NotificationPhase;
  phased: boolean;
  recipientName: string;
  subjectCount: string;
  delayReason: string;
}

/** How each kind of notice can go out. */
export const CHANNELS: Record<NotificationRecipient, readonly NotificationChannel[]> = {
  authority: ['altinn', 'email', 'letter', 'phone'],
  controller: ['email', 'letter', 'phone', 'other'],
  subjects: ['letter', 'email', 'phone', 'other'],
  public: ['website', 'press', 'social-media', 'other'],
};

/** The phases a new notice may take, given what was sent: a first notice first, nothing after a withdrawal. */
export function allowedPhases(recipient: NotificationRecipient, earlier: readonly Notification[]): NotificationPhase[] {
  const sent = earlier.filter((n) => n.recipient === recipient);
  if (sent.some((n) => n.phase === 'withdrawal')) return [];
  const initial = sent.find((n) => n.phase === 'initial');
  if (!initial) return ['initial'];
  if (recipient === 'subjects' || recipient === 'public') return ['follow-up'];
  return initial.phased ? ['follow-up', 'final', 'withdrawal'] : ['follow-up', 'withdrawal'];
}

/**
 * Art. 33(4): while facts that could change the conclusion are not known, a first notice is
 * phased by default («trinnvis»): it says more will follow.
 */
export function phasedByDefault(assessment: Assessment): boolean {
  return assessment.unknowns.length > 0;
}

export function emptyForm(
  recipient: NotificationRecipient,
  earlier: readonly Notification[],
  defaults: { sentAt: string; phased: boolean; recipientName?: string; subjectCount?: number | null },
): NoticeForm {
  return {
    sentAt: defaults.sentAt,
    channel: CHANNELS[recipient][0]!,
    reference: '',
    phase: allowedPhases(recipient, earlier)[0] ?? 'follow-up',
    phased: defaults.phased,
    recipientName: defaults.recipientName ?? '',
    subjectCount: defaults.subjectCount === null || defaults.subjectCount === undefined ? '' : String(defaults.subjectCount),
    delayReason: '',
  };
}

export type FormCheck =
  | { ok: true; input: NoticeInput; delayReason: string | null }
  | { ok: false; errors: Partial<Record<NoticeField, NoticeErrorCode | 'recipient-required'>> };

/** The form as the record's notice, checked by the shared rules. */
export function checkNoticeForm(
  form: NoticeForm,
  ctx: { recipient: NotificationRecipient; incident: Incident; notifications: readonly Notification[]; now: Date; timeZone: string; documentName?: string | null; pdfSha256?: string | null },
): FormCheck {
  const sentAt = form.sentAt.trim() === '' ? null : sentAtFromForm(form.sentAt, ctx.timeZone);
  const count = form.subjectCount.trim();
  const subjectCount = count === '' ? null : /^\d{1,9}$/.test(count) ? Number(count) : NaN;
  const input: NoticeInput = {
    recipient: ctx.recipient,
    phase: form.phase,
    phased: form.phase === 'initial' && form.phased,
    sentAt: sentAt ?? '',
    channel: form.channel,
    reference: form.reference.trim() || null,
    recipientName: ctx.recipient === 'authority' ? 'Datatilsynet' : form.recipientName.trim() || null,
    subjectCount: Number.isNaN(subjectCount) ? null : subjectCount,
    documentName: ctx.documentName ?? null,
    pdfSha256: ctx.pdfSha256 ?? null,
    note: null,
  };
  const delayReason = form.delayReason.trim() === '' ? null : { nb: form.delayReason, en: '' };
  const errors: FormCheck & { ok: false } = { ok: false, errors: {} };
  if (form.sentAt.trim() === '') errors.errors.sentAt = 'sent-required';
  else if (!sentAt) errors.errors.sentAt = 'sent-invalid';
  const rules = sentAt ? checkNotice(input, { incident: ctx.incident, notifications: ctx.notifications, now: ctx.now.toISOString(), delayReason }) : {};
  Object.assign(errors.errors, rules);
  if (Number.isNaN(subjectCount)) errors.errors.subjectCount = 'count-invalid';
  if (ctx.recipient === 'controller' && input.recipientName === null) errors.errors.recipientName = 'recipient-required';
  if (Object.keys(errors.errors).length > 0) return errors;
  return { ok: true, input, delayReason: form.delayReason.trim() || null };
}

/** Whether the form must ask for the reasons for the delay (Art. 33(1)): a late first notice, none recorded yet. */
export function asksForDelayReason(form: NoticeForm, recipient: NotificationRecipient, incident: Incident, timeZone: string): boolean {
  const sentAt = sentAtFromForm(form.sentAt, timeZone);
  return sentAt !== null && incident.delayReason === null && noticeNeedsDelayReason({ recipient, phase: form.phase, sentAt }, incident);
}
