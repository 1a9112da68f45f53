import { deadlineStatus, formatDuration, type DeadlineStatus } from '../../../../shared/deadline';
import { translate, type Lang } from '../../../../shared/i18n';
import { useClock } from '../../app/clock';
import { useUi } from '../../state/ui';

export type CountdownState = DeadlineStatus['state'] | 'not-required';

/** Where a deadline stands: 'not-required' when no notice is due, else the shared deadline rules. */
export function countdownState(
  deadline: Date,
  now: Date,
  doneAt: Date | null,
  required: boolean,
): { state: CountdownState; msLeft: number } {
  const status = deadlineStatus(deadline, now, doneAt);
  if (!required && doneAt === null) return { state: 'not-required', msLeft: status.msLeft };
  return status;
}

/** The countdown in words: what the colour says, so nobody depends on seeing it. */
export function countdownText(status: { state: CountdownState; msLeft: number }, lang: Lang): string {
  const duration = formatDuration(status.msLeft, lang);
  switch (status.state) {
    case 'open':
      return translate(lang, 'deadline.left', { duration });
    case 'due-soon':
      return translate(lang, 'deadline.dueSoon', { duration });
    case 'overdue':
      return translate(lang, 'deadline.overdue', { duration });
    case 'met':
      return translate(lang, 'deadline.met');
    case 'met-late':
      return translate(lang, 'deadline.metLate');
    case 'not-required':
      return translate(lang, 'dashboard.deadline.notRequired');
  }
}

export interface CountdownProps {
  deadline: Date;
  doneAt?: Date | null;
  required?: boolean;
}

/** A deadline's state as the clock runs; the caller re-renders only when the state changes. */
export function useCountdownState({ deadline, doneAt = null, required = true }: CountdownProps): CountdownState {
  return useClock((now) => countdownState(deadline, now, doneAt, required).state);
}

/**
 * Time left to a deadline, in words, with its state for colour and screen readers, live: it
 * re-renders only when the words change (once a minute), not on every tick of the clock.
 */
export function Countdown({ deadline, doneAt = null, required = true }: CountdownProps) {
  const lang = useUi((s) => s.lang);
  const state = useCountdownState({ deadline, doneAt, required });
  const text = useClock((now) => countdownText(countdownState(deadline, now, doneAt, required), lang));
  return (
    <span className={`countdown countdown--${state}`} data-state={state}>
      {text}
    </span>
  );
}
