import { deadlineStatus, formatDuration, type DeadlineStatus } from '../../../shared/deadline';
import { translate, type Lang } from '../../../shared/i18n';
import { useClockUntil } from '../services/clock';
import { useUi } from '../state/ui';
import './status.css';

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

/**
 * The instant (ms) from which a countdown's words or state may change: the next whole minute of
 * time left or overdue (formatDuration shows minutes; the states turn at 24 h and at 0, both whole
 * minutes before the deadline). Never, once met or when no notice is due.
 */
export function countdownChangesAt(
  deadline: Date,
  now: Date,
  doneAt: Date | null,
  required: boolean,
): number {
  if (doneAt !== null || !required) return Number.POSITIVE_INFINITY;
  const msLeft = deadline.getTime() - now.getTime();
  if (msLeft >= 0) return deadline.getTime() - Math.floor(msLeft / 60_000) * 60_000 + 1;
  return deadline.getTime() + (Math.floor(-msLeft / 60_000) + 1) * 60_000;
}

/** Calm while there is time, warning under 24 hours, danger when overdue; the words say it too. */
export const COUNTDOWN_COLOUR: Record<CountdownState, string> = {
  open: 'info',
  'due-soon': 'warning',
  overdue: 'danger',
  met: 'success',
  'met-late': 'neutral',
  'not-required': 'neutral',
};

export interface CountdownProps {
  deadline: Date;
  doneAt?: Date | null;
  required?: boolean;
}

const keyOf = ({ deadline, doneAt = null, required = true }: CountdownProps) =>
  `${deadline.getTime()}|${doneAt?.getTime() ?? ''}|${required}`;

/** A deadline's state as the clock runs; the caller re-renders only when the state changes. */
export function useCountdownState(props: CountdownProps): CountdownState {
  const { deadline, doneAt = null, required = true } = props;
  return useClockUntil(keyOf(props), (now) => ({
    value: countdownState(deadline, now, doneAt, required).state,
    until: countdownChangesAt(deadline, now, doneAt, required),
  }));
}

/**
 * Time left to a deadline, in words, with its state for colour and screen readers, live: it
 * re-renders only when the words change (once a minute), and between changes a tick of the clock
 * costs it one comparison.
 */
export function Countdown(props: CountdownProps) {
  const { deadline, doneAt = null, required = true } = props;
  const lang = useUi((s) => s.lang);
  const { state, text } = useClockUntil(`${keyOf(props)}|${lang}`, (now) => {
    const status = countdownState(deadline, now, doneAt, required);
    return {
      value: { state: status.state, text: countdownText(status, lang) },
      until: countdownChangesAt(deadline, now, doneAt, required),
    };
  });
  return (
    <span
      className={`ds-tag countdown countdown--${state}`}
      data-state={state}
      data-color={COUNTDOWN_COLOUR[state]}
    >
      {text}
    </span>
  );
}
