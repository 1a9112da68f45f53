// The notices alone (assessment/notices.ts): the assessment's index brings the reasons' texts.
import { judgeObligations } from '../assessment/notices';
import {
  DEFAULT_CONTROLLER_NOTICE_HOURS,
  authorityDeadline,
  controllerNoticeDeadline,
  deadlineStatus,
  deadlineUrgency,
  phasedNotificationStatus,
  type PhaseState,
  type Urgency,
} from '../deadline';
import { assessmentIsStale, type DutyBasis } from '../incident/summary';
import type { Incident } from '../incident/model';
import type { Notification, NotificationRecipient } from '../incident/notifications';
import type { Bilingual } from '../incident/text';

// One answer, everywhere, to "is this duty required, by when, done when, late?". The dashboard, the
// reminders, the incident screen, the notification warnings, the timeline, the register and the
// documents all read these functions and nothing else. A duty is done when the first notice was
// actually sent (its sent time, not when it was typed in; a retracted notice never counts).

/**
 * authority: Datatilsynet, Art. 33(1), 72 hours from awareness.
 * controller: a processor tells its controller, Art. 33(2), by its own limit (settings).
 * subjects: the people affected, Art. 34(1), "without undue delay" (no hour set).
 * public: a public communication instead, when letters would take disproportionate effort, Art. 34(3)(c).
 */
export type DutyKind = NotificationRecipient;

/** What the record currently says the organisation must do. */
export interface Obligations {
  notifyAuthority: boolean;
  notifySubjects: boolean;
  notifyController: boolean;
  /** Art. 34(3)(c): tell the public instead of each person. */
  notifyPublic: boolean;
  /** 'decision' when a decision on the current facts is recorded; else the engine's cautious reading. */
  source: 'decision' | 'assessment';
}

export interface Duty {
  kind: DutyKind;
  required: boolean;
  source: Obligations['source'];
  /** The deadline; null where the law sets no hour ("without undue delay"). */
  due: Date | null;
  /** When the first notice went out (the initial one where phases are used); null while not yet. */
  doneAt: Date | null;
  /** Done after the deadline; null while not done or where there is no deadline. */
  late: boolean | null;
  /** Art. 33(1): the reasons for a late notice, as recorded. */
  delayReason: Bilingual | null;
  /** Art. 33(1): late (or overdue) and no reasons recorded yet. */
  delayReasonMissing: boolean;
  /** Art. 33(4): where a phased notice stands. */
  phase: PhaseState;
  /** The notices sent for this duty, earliest first. */
  notices: Notification[];
}

export interface DutyOptions {
  /** The processor's own limit for telling its controller (settings). */
  processorDeadlineHours?: number;
}

/**
 * A decision was recorded, but the facts changed after it: the assessment it rested on is no longer
 * the current one, so a new decision is needed (Art. 33(5): the reasoning must match the facts).
 */
export function decisionIsStale(incident: Pick<DutyBasis, 'decision' | 'assessment' | 'facts'>): boolean {
  const { decision, assessment } = incident;
  if (!decision) return false;
  if (!assessment) return true;
  return assessmentIsStale(incident) || assessment.at > decision.at;
}

// A projection is never changed in place (every change makes a new incident object), so what is
// concluded from one object holds for as long as it lives. The dashboard, the reminders and the
// to-do list ask several times per incident and per tick; the engine then runs once per version.
const concluded = new WeakMap<DutyBasis, Obligations>();

/** The decision when it still fits the facts; otherwise what the engine concludes from them now. */
export function currentObligations(incident: DutyBasis): Obligations {
  let obligations = concluded.get(incident);
  if (!obligations) concluded.set(incident, (obligations = obligationsOf(incident)));
  return obligations;
}

function obligationsOf(incident: DutyBasis): Obligations {
  if (incident.decision && !decisionIsStale(incident)) {
    const { notifyAuthority, notifySubjects, notifyController, subjectException } = incident.decision;
    return { notifyAuthority, notifySubjects, notifyController, notifyPublic: !notifySubjects && subjectException === 'disproportionate-effort', source: 'decision' };
  }
  // Unknown facts are read cautiously by the engine, so an unassessed incident counts as notifiable.
  const result = judgeObligations(incident.facts);
  return {
    notifyAuthority: result.notifyAuthority,
    notifySubjects: result.notifySubjects,
    notifyController: result.notifyController,
    notifyPublic: result.subjectException === 'disproportionate-effort',
    source: 'assessment',
  };
}

/** The duties that apply to the incident's role: a controller's three, or a processor's one. */
export function dutyKindsFor(role: Incident['role']): DutyKind[] {
  return role === 'controller' ? ['authority', 'subjects', 'public'] : ['controller'];
}

function dueFor(kind: DutyKind, incident: DutyBasis, options: DutyOptions): Date | null {
  const awareAt = new Date(incident.awareAt);
  if (kind === 'authority') return authorityDeadline(awareAt);
  if (kind === 'controller') return controllerNoticeDeadline(awareAt, options.processorDeadlineHours ?? DEFAULT_CONTROLLER_NOTICE_HOURS);
  return null;
}

function isRequired(kind: DutyKind, obligations: Obligations): boolean {
  switch (kind) {
    case 'authority':
      return obligations.notifyAuthority;
    case 'controller':
      return obligations.notifyController;
    case 'subjects':
      return obligations.notifySubjects;
    case 'public':
      return obligations.notifyPublic;
  }
}

/** One duty of the incident, from the record and the notices recorded for it. */
export function incidentDuty(
  incident: DutyBasis,
  notifications: readonly Notification[],
  kind: DutyKind,
  options: DutyOptions = {},
  obligations: Obligations = currentObligations(incident),
): Duty {
  const notices = notifications
    .filter((n) => n.incidentId === incident.id && n.recipient === kind)
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.recordedAt.localeCompare(b.recordedAt));
  const due = dueFor(kind, incident, options);
  // Phases are counted against the deadline where there is one; otherwise against the far future.
  const status = phasedNotificationStatus(
    notices.map((n) => ({ phase: n.phase, sentAt: new Date(n.sentAt), phased: n.phased })),
    due ?? new Date(8.64e15),
  );
  const first = notices[0];
  const doneAt = status.initialSentAt ?? (first ? new Date(first.sentAt) : null);
  const late = due && doneAt ? doneAt.getTime() > due.getTime() : null;
  const delayReason = kind === 'authority' ? incident.delayReason : null;
  return {
    kind,
    required: isRequired(kind, obligations),
    source: obligations.source,
    due,
    doneAt,
    late,
    delayReason,
    delayReasonMissing: kind === 'authority' && late === true && delayReason === null,
    phase: status.state,
    notices,
  };
}

/** Every duty that applies to the incident's role. */
export function incidentDuties(incident: DutyBasis, notifications: readonly Notification[], options: DutyOptions = {}): Duty[] {
  const obligations = currentObligations(incident);
  return dutyKindsFor(incident.role).map((kind) => incidentDuty(incident, notifications, kind, options, obligations));
}

/** A duty with an hour set by law or contract: Datatilsynet's 72 hours, or the processor's limit. */
export interface DeadlineDuty extends Duty {
  kind: 'authority' | 'controller';
  due: Date;
}

/** The duty with a deadline for the role: Datatilsynet for a controller, the controller for a processor. */
export function deadlineDuty(incident: DutyBasis, notifications: readonly Notification[], options: DutyOptions = {}): DeadlineDuty {
  return incidentDuty(incident, notifications, incident.role === 'controller' ? 'authority' : 'controller', options) as DeadlineDuty;
}

/**
 * not-required · done · done-late · open (time left) · due-soon (under 24 h) · overdue · pending (no
 * deadline, not done yet). "Not later than" includes the deadline instant itself.
 */
export type DutyState = 'not-required' | 'done' | 'done-late' | 'open' | 'due-soon' | 'overdue' | 'pending';

export function dutyState(duty: Duty, now: Date): DutyState {
  if (!duty.doneAt && !duty.required) return 'not-required';
  // Without a deadline (the people, the public: "without undue delay") a sent notice is simply done.
  if (!duty.due) return duty.doneAt ? 'done' : 'pending';
  // The hour rules themselves (due soon, "not later than" the instant) live in shared/deadline.
  const { state } = deadlineStatus(duty.due, now, duty.doneAt);
  return state === 'met' ? 'done' : state === 'met-late' ? 'done-late' : state;
}

/** Still to be done: required and no notice sent yet. */
export function dutyOutstanding(duty: Duty): boolean {
  return duty.required && duty.doneAt === null;
}

/** Late at `now`: sent after the deadline, or not sent and the deadline has passed. */
export function dutyLate(duty: Duty, now: Date): boolean {
  const state = dutyState(duty, now);
  return state === 'done-late' || state === 'overdue';
}

/**
 * The duty to act on next: required and not yet done, the earliest deadline first; a duty the law
 * gives no hour ("without undue delay") comes after those with one. Null when nothing is outstanding.
 */
export function nextDuty(duties: readonly Duty[]): Duty | null {
  const outstanding = duties.filter(dutyOutstanding);
  const dueAt = (duty: Duty) => duty.due?.getTime() ?? Number.POSITIVE_INFINITY;
  return outstanding.reduce<Duty | null>((first, duty) => (first === null || dueAt(duty) < dueAt(first) ? duty : first), null);
}

/**
 * How pressing an outstanding duty is at `now` (null once done or when not required). A deadline
 * presses by the hours left (shared/deadline); a duty without one, Art. 34(1)'s "without undue
 * delay", is due now and so never calm.
 */
export function dutyUrgency(duty: Duty, now: Date): Urgency | null {
  if (!dutyOutstanding(duty)) return null;
  return duty.due ? deadlineUrgency(duty.due, now) : 'warning';
}
