import { delayReasonRequired } from '../../../../shared/deadline';
import type { NotificationPhase, Notification } from '../../../../shared/incident/notifications';
import { instantFromWallTime, parseLocalInput } from '../../../../shared/time/zoned';

// Recording a notice as sent: the form as typed, and its check. Pure, so the screen and the tests
// agree on what is refused.

export interface RecordForm {
  sentAt: string;
  reference: string;
  phase: NotificationPhase;
  phased: boolean;
  channel: Notification['channel'];
  delayReason: string;
}

export type RecordErrors = Partial<Record<'sentAt' | 'delayReason', 'sentAt' | 'future' | 'delay'>>;

export interface RecordContext {
  now: Date;
  timeZone: string;
  awareAt: Date;
  /** Art. 33(1) applies: a notice to Datatilsynet (not the controller), none recorded yet. */
  authorityFirstNotice: boolean;
  /** The incident already records reasons for the delay. */
  delayExplained: boolean;
}

export type RecordCheck =
  { ok: true; sentAt: string; delayReason: string | null } | { ok: false; errors: RecordErrors };

/** Whether sending at the typed time needs the reasons for the delay (Art. 33(1)). */
export function needsDelayReason(form: RecordForm, ctx: RecordContext): boolean {
  const wall = parseLocalInput(form.sentAt);
  if (!wall || !ctx.authorityFirstNotice || ctx.delayExplained || form.phase !== 'initial') return false;
  return delayReasonRequired(ctx.awareAt, instantFromWallTime(wall, ctx.timeZone));
}

export function checkRecordForm(form: RecordForm, ctx: RecordContext): RecordCheck {
  const errors: RecordErrors = {};
  const wall = parseLocalInput(form.sentAt);
  const sentAt = wall ? instantFromWallTime(wall, ctx.timeZone) : null;
  // A minute's grace: the form's default is "now", rounded down to the minute.
  if (!sentAt) errors.sentAt = 'sentAt';
  else if (sentAt.getTime() > ctx.now.getTime() + 60_000) errors.sentAt = 'future';
  const needDelay = needsDelayReason(form, ctx);
  if (needDelay && form.delayReason.trim() === '') errors.delayReason = 'delay';
  if (Object.keys(errors).length > 0 || !sentAt) return { ok: false, errors };
  return { ok: true, sentAt: sentAt.toISOString(), delayReason: needDelay ? form.delayReason.trim() : null };
}
