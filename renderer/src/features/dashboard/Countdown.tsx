import { deadlineStatus, formatDuration, type DeadlineStatus } from '../../../../shared/deadline';
import { useT } from '../../app/context';
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

/**
 * Time left to a deadline, in words, with its state for colour and screen readers: the words say
 * what the colour says, so nobody depends on seeing it.
 */
export function Countdown({
  deadline,
  now,
  doneAt = null,
  required = true,
}: {
  deadline: Date;
  now: Date;
  doneAt?: Date | null;
  required?: boolean;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const status = countdownState(deadline, now, doneAt, required);
  const duration = formatDuration(status.msLeft, lang);
  const text = {
    open: () => t('deadline.left', { duration }),
    'due-soon': () => t('deadline.dueSoon', { duration }),
    overdue: () => t('deadline.overdue', { duration }),
    met: () => t('deadline.met'),
    'met-late': () => t('deadline.metLate'),
    'not-required': () => t('dashboard.deadline.notRequired'),
  }[status.state]();
  return (
    <span className={`countdown countdown--${status.state}`} data-state={status.state}>
      {text}
    </span>
  );
}
