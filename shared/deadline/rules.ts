// Art. 33(1): notify "not later than 72 hours after having become aware". Elapsed hours on the UTC
// instant: a daylight-saving change moves the wall clock, never the deadline.
export const AUTHORITY_DEADLINE_HOURS = 72;
/** Under this much time left, a deadline is "due soon". */
export const DUE_SOON_HOURS = 24;
/** Under this much time left, a deadline is pressing: shown as danger, like a deadline passed. */
export const PRESSING_HOURS = 6;
/**
 * Art. 33(2) says "without undue delay" and sets no hours; data processing agreements usually say
 * 24 or 48. The organisation sets its own limit in settings; this is the default.
 */
export const DEFAULT_CONTROLLER_NOTICE_HOURS = 24;
/** The processor's limit can be no longer than the controller's own 72 hours it feeds into. */
export const MAX_CONTROLLER_NOTICE_HOURS = AUTHORITY_DEADLINE_HOURS;

const HOUR_MS = 3_600_000;

/**
 * The hours a processor may allow itself to tell its controller: more than 0, at most the
 * controller's 72. A plain check, not a schema: the dashboard's duties run it and need no zod
 * (settings.ts checks the stored value with a schema of the same limits).
 */
export function isControllerNoticeHours(hours: number): boolean {
  return Number.isFinite(hours) && hours > 0 && hours <= MAX_CONTROLLER_NOTICE_HOURS;
}

export function authorityDeadline(awareAt: Date): Date {
  return new Date(awareAt.getTime() + AUTHORITY_DEADLINE_HOURS * HOUR_MS);
}

/**
 * Art. 33(2): when a processor must have told its controller, counted in elapsed hours from its own
 * awareness. Throws RangeError for hours outside (0, 72]: settings must be validated before use.
 */
export function controllerNoticeDeadline(
  awareAt: Date,
  hours: number = DEFAULT_CONTROLLER_NOTICE_HOURS,
): Date {
  if (!isControllerNoticeHours(hours)) {
    throw new RangeError(
      `The processor's notice limit must be more than 0 and at most ${MAX_CONTROLLER_NOTICE_HOURS} hours, not ${hours}.`,
    );
  }
  return new Date(awareAt.getTime() + hours * HOUR_MS);
}

/** The deadline that applies to our role: the authority's for a controller, the controller's for a processor. */
export function dutyDeadline(
  role: 'controller' | 'processor',
  awareAt: Date,
  controllerNoticeHours: number = DEFAULT_CONTROLLER_NOTICE_HOURS,
): Date {
  return role === 'controller'
    ? authorityDeadline(awareAt)
    : controllerNoticeDeadline(awareAt, controllerNoticeHours);
}

/** Art. 33(1): a notification made after the 72 hours "shall be accompanied by reasons for the delay". */
export function delayReasonRequired(awareAt: Date, notifiedAt: Date): boolean {
  return notifiedAt.getTime() > authorityDeadline(awareAt).getTime();
}

export type DeadlineState = 'open' | 'due-soon' | 'overdue' | 'met' | 'met-late';

export interface DeadlineStatus {
  state: DeadlineState;
  /** Milliseconds from `now` to the deadline; negative once it has passed. */
  msLeft: number;
}

/**
 * Where a deadline stands at `now`. Once the duty is done (`doneAt`), the deadline is met or met
 * late, whatever the clock says afterwards. "Not later than" includes the deadline instant itself.
 */
export function deadlineStatus(deadline: Date, now: Date, doneAt: Date | null = null): DeadlineStatus {
  const msLeft = deadline.getTime() - now.getTime();
  if (doneAt) return { state: doneAt.getTime() <= deadline.getTime() ? 'met' : 'met-late', msLeft };
  if (msLeft < 0) return { state: 'overdue', msLeft };
  if (msLeft < DUE_SOON_HOURS * HOUR_MS) return { state: 'due-soon', msLeft };
  return { state: 'open', msLeft };
}

/**
 * How a deadline should look and read at `now`: calm with more than 24 hours left, warning under 24,
 * danger under 6 and once it has passed. A deadline met (in time or late) no longer presses: calm.
 */
export type Urgency = 'calm' | 'warning' | 'danger';

export function deadlineUrgency(deadline: Date, now: Date, doneAt: Date | null = null): Urgency {
  const { state, msLeft } = deadlineStatus(deadline, now, doneAt);
  if (state === 'met' || state === 'met-late') return 'calm';
  if (state === 'overdue' || msLeft < PRESSING_HOURS * HOUR_MS) return 'danger';
  return state === 'due-soon' ? 'warning' : 'calm';
}
