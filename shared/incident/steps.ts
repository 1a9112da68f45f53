import { assessBreach } from '../assessment';
import { DUE_SOON_HOURS } from '../deadline';
import { decisionIsStale, dutyOutstanding, dutyUrgency, incidentDuties, type Duty, type DutyOptions } from '../duty';
import type { Incident } from './model';
import type { Notification } from './notifications';
import { STEPS, type StepId } from './stepIds';

// The incident as the steps a DPO moves through, and which one is next, read from the record and its
// duties (shared/duty) alone: the same record, the same steps, on every screen.

export { STEPS, type StepId } from './stepIds';

/**
 * done: the record has what the step asks for (its page shows a summary).
 * todo: work the step still asks for now.
 * later: work remains, but it waits for something (a fact not known yet, the final phased notice).
 * not-needed: the law does not ask it of this incident, as the record now reads.
 */
export type StepStatus = 'done' | 'todo' | 'later' | 'not-needed';

export interface StepState {
  id: StepId;
  status: StepStatus;
  /**
   * Who the step speaks to, where it depends on the record: Datatilsynet or, for a processor, the
   * controller (Art. 33(1)/(2)); the people one by one or, Art. 34(3)(c), the public instead.
   */
  audience: 'authority' | 'controller' | 'subjects' | 'public' | null;
}

export interface Workflow {
  steps: StepState[];
  /** The step to work on next; null once the incident is closed. */
  next: StepId | null;
  /** From when the same record may read otherwise (the deadline comes under 24 hours); null: not by time alone. */
  changesAt: Date | null;
}

const HOUR_MS = 3_600_000;

function duty(duties: readonly Duty[], kind: Duty['kind']): Duty | undefined {
  return duties.find((d) => d.kind === kind);
}

/** Datatilsynet (or the controller): done once the notice is sent, later while a phased one awaits its final. */
function reportStatus(deadline: Duty): StepStatus {
  // Art. 33(1): a late notice is not finished until the reasons for the delay are given.
  if (deadline.delayReasonMissing) return 'todo';
  if (deadline.doneAt === null) return deadline.required ? 'todo' : 'not-needed';
  // Art. 33(4): the initial notice is sent; the final one follows when the facts are known.
  return deadline.phase === 'awaiting-follow-up' ? 'later' : 'done';
}

/** The people affected, or the public instead (Art. 34(1), 34(3)(c)); a processor tells neither. */
function peopleStatus(people: readonly Duty[]): StepStatus {
  if (people.length === 0) return 'not-needed';
  if (people.some((d) => d.required && d.doneAt === null)) return 'todo';
  return people.some((d) => d.doneAt !== null) ? 'done' : 'not-needed';
}

/**
 * Every step with its status, and the next one. The next is the first step with work to do now, in
 * order; then the first whose work waited; closing comes last. The facts wait, rather than hold up
 * the rest, once a decision on them stands or the deadline is under 24 hours away: the lack of
 * precise information must not block a timely notification (Art. 33(4); EDPB 9/2022 paras 51–55).
 */
export function incidentWorkflow(
  incident: Incident,
  notifications: readonly Notification[],
  now: Date,
  options: DutyOptions = {},
): Workflow {
  const duties = incidentDuties(incident, notifications, options);
  const controller = incident.role === 'controller';
  const deadline = duty(duties, controller ? 'authority' : 'controller')!;
  const people = controller ? [duty(duties, 'subjects')!, duty(duties, 'public')!] : [];
  const decided = incident.decision !== null && !decisionIsStale(incident);
  const pressed = (dutyUrgency(deadline, now) ?? 'calm') !== 'calm';
  const unknowns = assessBreach(incident.facts).unknowns.length > 0;
  const publicDuty = people[1];
  const publicInstead = publicDuty !== undefined && (publicDuty.required || publicDuty.doneAt !== null);

  const steps: StepState[] = [
    { id: 'facts', status: !unknowns ? 'done' : decided || pressed ? 'later' : 'todo', audience: null },
    { id: 'decision', status: decided ? 'done' : 'todo', audience: null },
    { id: 'report', status: reportStatus(deadline), audience: controller ? 'authority' : 'controller' },
    { id: 'people', status: peopleStatus(people), audience: controller ? (publicInstead ? 'public' : 'subjects') : null },
    {
      id: 'measures',
      // Art. 33(3)(d): the measures taken, and the breach brought under control.
      status: incident.measures.length > 0 && (incident.status === 'contained' || incident.status === 'closed') ? 'done' : 'todo',
      audience: null,
    },
    { id: 'close', status: incident.status === 'closed' ? 'done' : 'todo', audience: null },
  ];
  const calmUntil = !pressed && dutyOutstanding(deadline) && deadline.due ? new Date(deadline.due.getTime() - DUE_SOON_HOURS * HOUR_MS) : null;
  return { steps, next: incident.status === 'closed' ? null : nextOf(steps), changesAt: calmUntil };
}

function nextOf(steps: readonly StepState[]): StepId {
  const before = steps.filter((s) => s.id !== 'close');
  return (before.find((s) => s.status === 'todo') ?? before.find((s) => s.status === 'later'))?.id ?? 'close';
}

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}
