// Art. 33(4): "where it is not possible to provide the information at the same time, the information
// may be provided in phases without undue further delay". Datatilsynet calls it «trinnvis melding»:
// the first notice must say that it is phased, later information goes to the same submission.

/**
 * initial: the first notice. follow-up: more information. final: the notice that completes a phased
 * one. withdrawal: the incident turned out not to be a breach (EDPB Guidelines 9/2022 §60).
 */
export type NotificationPhase = 'initial' | 'follow-up' | 'final' | 'withdrawal';

/** One notification sent about one incident to one recipient (the authority, or the controller). */
export interface NotificationRecord {
  phase: NotificationPhase;
  sentAt: Date;
  /** On the initial notice: it says that more will follow. */
  phased?: boolean;
}

/** not-notified, awaiting-follow-up (phased, not complete yet), complete, or withdrawn. */
export type PhaseState = 'not-notified' | 'awaiting-follow-up' | 'complete' | 'withdrawn';

/**
 * - no-initial: something was sent before any initial notice.
 * - several-initials: a second initial notice, where a follow-up was meant.
 * - initial-not-marked-phased: a final notice completes an initial one that never said it was phased.
 * - sent-after-withdrawal: a notice after the incident was withdrawn.
 */
export type PhaseProblem =
  'no-initial' | 'several-initials' | 'initial-not-marked-phased' | 'sent-after-withdrawal';

export interface PhasedNotificationStatus {
  state: PhaseState;
  initialSentAt: Date | null;
  /** Whether the initial notice went out by the deadline; null until it is sent. */
  initialMetDeadline: boolean | null;
  /** Art. 33(1): the initial notice was late, so it must give reasons for the delay. */
  delayReasonRequired: boolean;
  phased: boolean;
  followUps: number;
  completedAt: Date | null;
  lastSentAt: Date | null;
  problems: PhaseProblem[];
}

/**
 * Where a (possibly phased) notification stands, from the records sent for one incident to one
 * recipient, against the deadline that applies to it. Order of the records does not matter.
 */
export function phasedNotificationStatus(
  records: readonly NotificationRecord[],
  deadline: Date,
): PhasedNotificationStatus {
  const sorted = records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => a.record.sentAt.getTime() - b.record.sentAt.getTime() || a.index - b.index)
    .map(({ record }) => record);
  const problems = new Set<PhaseProblem>();
  const firstInitial = sorted.findIndex((record) => record.phase === 'initial');
  const status: PhasedNotificationStatus = {
    state: 'not-notified',
    initialSentAt: null,
    initialMetDeadline: null,
    delayReasonRequired: false,
    phased: false,
    followUps: 0,
    completedAt: null,
    lastSentAt: sorted.at(-1)?.sentAt ?? null,
    problems: [],
  };
  if (firstInitial !== 0 && sorted.length > 0) problems.add('no-initial');
  const initial = sorted[firstInitial];
  if (!initial) return { ...status, problems: [...problems] };

  const phased = initial.phased === true;
  const metDeadline = initial.sentAt.getTime() <= deadline.getTime();
  status.initialSentAt = initial.sentAt;
  status.initialMetDeadline = metDeadline;
  status.delayReasonRequired = !metDeadline;
  status.phased = phased;
  status.state = phased ? 'awaiting-follow-up' : 'complete';
  status.completedAt = phased ? null : initial.sentAt;

  for (const record of sorted.slice(firstInitial + 1)) {
    if (status.state === 'withdrawn') {
      problems.add('sent-after-withdrawal');
      continue;
    }
    if (record.phase === 'initial') problems.add('several-initials');
    if (record.phase === 'initial' || record.phase === 'follow-up') status.followUps += 1;
    if (record.phase === 'final') {
      if (!phased) problems.add('initial-not-marked-phased');
      status.completedAt ??= record.sentAt;
      status.state = 'complete';
    }
    if (record.phase === 'withdrawal') status.state = 'withdrawn';
  }
  return { ...status, problems: [...problems] };
}
