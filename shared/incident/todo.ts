import { currentObligations, decisionIsStale, incidentDuties, type Duty, type DutyOptions } from '../duty';
import { assessmentIsStale, type DutyBasis } from './summary';
import type { Notification } from './notifications';

// What is still to do for an open incident, derived from the record and its duties (shared/duty):
// the dashboard lists it, the incident screen walks through it. Pure: the same incident and
// notifications, the same list.

export type TodoKind =
  | 'assess'
  | 'decide'
  | 'notify-authority'
  | 'complete-authority-notification'
  | 'explain-delay'
  | 'notify-subjects'
  | 'notify-public'
  | 'notify-controller'
  | 'close';

export interface TodoItem {
  kind: TodoKind;
  /** When it must be done by; null where the law sets no hour ("without undue delay", closing). */
  due: Date | null;
}

const NOTIFY: Record<Duty['kind'], TodoKind> = {
  authority: 'notify-authority',
  controller: 'notify-controller',
  subjects: 'notify-subjects',
  public: 'notify-public',
};

/** What is still to do, in the order it is usually done. Empty for a closed incident. */
export function incidentTodo(incident: DutyBasis, notifications: readonly Notification[], options: DutyOptions = {}): TodoItem[] {
  if (incident.status === 'closed') return [];
  const todo: TodoItem[] = [];
  if (!incident.assessment || assessmentIsStale(incident)) todo.push({ kind: 'assess', due: null });
  if (!incident.decision || decisionIsStale(incident)) todo.push({ kind: 'decide', due: null });
  for (const duty of incidentDuties(incident, notifications, options)) {
    if (duty.required && duty.doneAt === null) todo.push({ kind: NOTIFY[duty.kind], due: duty.due });
    // Art. 33(4): a phased notice is finished by a final one.
    if (duty.kind === 'authority' && duty.phase === 'awaiting-follow-up') todo.push({ kind: 'complete-authority-notification', due: null });
    // Art. 33(1): a late notice is accompanied by the reasons for the delay.
    if (duty.delayReasonMissing) todo.push({ kind: 'explain-delay', due: null });
  }
  todo.push({ kind: 'close', due: null });
  return todo;
}

/**
 * Dashboard order: incidents whose deadline still binds and is not met come first, the least time
 * left (most overdue) first; then the rest, oldest awareness first.
 */
export function compareByTimeLeft(a: { duty: Duty; awareAt: string }, b: { duty: Duty; awareAt: string }): number {
  const pending = (d: Duty) => (d.required && d.doneAt === null ? 0 : 1);
  const dueAt = (d: Duty) => d.due?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return (
    pending(a.duty) - pending(b.duty) ||
    (pending(a.duty) === 0 ? dueAt(a.duty) - dueAt(b.duty) : 0) ||
    // ISO instants in one format order as text: a plain comparison, not the slower collation.
    (a.awareAt < b.awareAt ? -1 : a.awareAt > b.awareAt ? 1 : 0)
  );
}

export { currentObligations, decisionIsStale };
