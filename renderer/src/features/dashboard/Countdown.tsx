import { authorityDeadline, deadlineStatus, formatDuration } from '../../../../shared/deadline';
import { useT } from '../../app/context';
import { useUi } from '../../state/ui';

/** Time left to the Art. 33(1) deadline, in words, with its state for colour and screen readers. */
export function Countdown({ awareAt, now }: { awareAt: string; now: Date }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const status = deadlineStatus(authorityDeadline(new Date(awareAt)), now);
  const duration = formatDuration(status.msLeft, lang);
  const text =
    status.state === 'overdue'
      ? t('deadline.overdue', { duration })
      : status.state === 'due-soon'
        ? t('deadline.dueSoon', { duration })
        : t('deadline.left', { duration });
  return (
    <span className={`countdown countdown--${status.state}`} data-state={status.state}>
      {text}
    </span>
  );
}
