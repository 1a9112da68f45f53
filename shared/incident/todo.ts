import { assessBreach } from '../assessment';
import { DEFAULT_CONTROLLER_NOTICE_HOURS, dutyDeadline, phasedNotificationStatus } from '../deadline';
import { assessmentIsStale } from './changes';
import type { Incident } from './model';
import type { Notification } from './notifications';

// What is still to do for an open incident, derived from the record alone: the dashboard lists it,
// the incident screen walks through it. Pure: the same incident and notifications, the same list.

export type TodoKind =
  | 'assess'
  | 'decide'
  | 'notify-authority'
  | 'complete-authority-notification'
  | 'notify-subjects'
  | 'notify-controller'
  | 'close';

export interface TodoItem {
  kind: TodoKind;
  /** When it must be done by; null where the law sets no hour ("without undue delay", closing). */
  due: Date | null;
}

/** The obligations the record currently stands on. */
export interface Obligations {
  notifyAuthority: boolean;
  notifySubjects: boolean;
  notifyController: boolean;
  /** 'decision' when a decision on the current facts is recorded; else the engine's cautious reading. */
  source: 'decision' | 'assessment';
}

/** The duty the deadline counts for: Datatilsynet (controller, Art. 33(1)) or the controller (processor, Art. 33(2)). */
export interface Duty {
  recipient: 'authority' | 'controller';
  deadline: Date;
  /** When the first notice went out; null while not yet. */
  doneAt: Date | null;
  /** False when the obligations say no notice is needed. */
  required: boolean;
}

/**
 * A decision was recorded, but the facts changed after it: the assessment it rested on is no longer
 * the current one, so a new decision is needed (Art. 33(5): the reasoning must match the facts).
 */
export function decisionIsStale(incident: Incident): boolean {
  const { decision, assessment } = incident;
  if (!decision) return false;
  if (!assessment) return true;
  return assessmentIsStale(incident) || assessment.at > decision.at;
}

/** The decision when it still fits the facts; otherwise what the engine concludes from them now. */
export function currentObligations(incident: Incident): Obligations {
  if (incident.decision && !decisionIsStale(incident)) {
    const { notifyAuthority, notifySubjects, notifyController } = incident.decision;
    return { notifyAuthority, notifySubjects, notifyController, source: 'decision' };
  }
  // Unknown facts are read cautiously by the engine, so an unassessed incident counts as notifiable.
  const result = assessBreach(incident.facts);
  return {
    notifyAuthority: result.notifyAuthority,
    notifySubjects: result.notifySubjects,
    notifyController: result.notifyController,
    source: 'assessment',
  };
}

function sentTo(
  notifications: readonly Notification[],
  incidentId: string,
  recipient: Notification['recipient'],
): Notification[] {
  return notifications.filter((n) => n.incidentId === incidentId && n.recipient === recipient);
}

function phaseStatus(sent: readonly Notification[], deadline: Date) {
  return phasedNotificationStatus(
    sent.map((n) => ({ phase: n.phase, sentAt: new Date(n.sentAt), phased: n.phased })),
    deadline,
  );
}

/** The deadline that applies to our role, whether it still binds, and when it was met. */
export function incidentDuty(
  incident: Incident,
  notifications: readonly Notification[],
  processorDeadlineHours: number = DEFAULT_CONTROLLER_NOTICE_HOURS,
): Duty {
  const recipient = incident.role === 'controller' ? 'authority' : 'controller';
  const deadline = dutyDeadline(incident.role, new Date(incident.awareAt), processorDeadlineHours);
  const sent = sentTo(notifications, incident.id, recipient);
  const status = phaseStatus(sent, deadline);
  const first = sent.map((n) => n.sentAt).sort()[0];
  const doneAt = status.initialSentAt ?? (first ? new Date(first) : null);
  const obligations = currentObligations(incident);
  const required = recipient === 'authority' ? obligations.notifyAuthority : obligations.notifyController;
  return { recipient, deadline, doneAt, required };
}

/** What is still to do, in the order it is usually done. Empty for a closed incident. */
export function incidentTodo(
  incident: Incident,
  notifications: readonly Notification[],
  processorDeadlineHours: number = DEFAULT_CONTROLLER_NOTICE_HOURS,
): TodoItem[] {
  if (incident.status === 'closed') return [];
  const todo: TodoItem[] = [];
  const duty = incidentDuty(incident, notifications, processorDeadlineHours);
  if (!incident.assessment || assessmentIsStale(incident)) todo.push({ kind: 'assess', due: null });
  if (!incident.decision || decisionIsStale(incident)) todo.push({ kind: 'decide', due: null });

  const obligations = currentObligations(incident);
  if (incident.role === 'controller') {
    const authority = phaseStatus(sentTo(notifications, incident.id, 'authority'), duty.deadline);
    if (obligations.notifyAuthority && authority.state === 'not-notified')
      todo.push({ kind: 'notify-authority', due: duty.deadline });
    // Art. 33(4): a phased notice is finished by a final one.
    if (authority.state === 'awaiting-follow-up')
      todo.push({ kind: 'complete-authority-notification', due: null });
    // Art. 34(1): "without undue delay"; no hour is set.
    if (obligations.notifySubjects && sentTo(notifications, incident.id, 'subjects').length === 0) {
      todo.push({ kind: 'notify-subjects', due: null });
    }
  } else if (obligations.notifyController && duty.doneAt === null) {
    todo.push({ kind: 'notify-controller', due: duty.deadline });
  }
  todo.push({ kind: 'close', due: null });
  return todo;
}

/**
 * Dashboard order: incidents whose deadline still binds and is not met come first, the least time
 * left (most overdue) first; then the rest, oldest awareness first.
 */
export function compareByTimeLeft(
  a: { duty: Duty; awareAt: string },
  b: { duty: Duty; awareAt: string },
): number {
  const pending = (d: Duty) => (d.required && d.doneAt === null ? 0 : 1);
  return (
    pending(a.duty) - pending(b.duty) ||
    (pending(a.duty) === 0 ? a.duty.deadline.getTime() - b.duty.deadline.getTime() : 0) ||
    a.awareAt.localeCompare(b.awareAt)
  );
}
