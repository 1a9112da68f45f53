import { deadlineStatus, formatDuration, formatInstant } from '../../../../shared/deadline';
import type { Urgency } from '../../../../shared/deadline';
import { dutyUrgency, type Duty } from '../../../../shared/duty';
import { translate } from '../../../../shared/i18n';
import { useClockUntil } from '../../services/clock';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { countdownChangesAt } from '../Countdown';

/** Designsystemet's tag colour for each urgency: the word says it too, colour is never alone. */
const TAG_COLOUR: Record<Urgency, string> = { calm: 'success', warning: 'warning', danger: 'danger' };

/**
 * The next duty, how long is left and how pressing that is, in words and colour (calm, warning,
 * danger), with its deadline in the display zone. Live: it changes once a minute, no more.
 */
export function NextDuty({ duty, closed }: { duty: Duty | null; closed: boolean }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { timeZone } = useServices();
  const key = `${duty?.kind}|${duty?.due?.getTime() ?? ''}|${duty?.doneAt?.getTime() ?? ''}|${duty?.required}|${lang}`;
  const live = useClockUntil<{ urgency: Urgency; word: string; left: string | null } | null>(key, (now) => {
    if (!duty) return { value: null, until: Number.POSITIVE_INFINITY };
    const urgency = dutyUrgency(duty, now) ?? 'calm';
    if (!duty.due)
      return {
        value: { urgency, word: translate(lang, 'urgency.noHour'), left: null },
        until: Number.POSITIVE_INFINITY,
      };
    const { state, msLeft } = deadlineStatus(duty.due, now);
    const duration = formatDuration(msLeft, lang);
    return {
      value: {
        urgency,
        word: translate(lang, state === 'overdue' ? 'urgency.overdue' : `urgency.${urgency}`),
        left: translate(lang, state === 'overdue' ? 'header.past' : 'header.left', { duration }),
      },
      until: countdownChangesAt(duty.due, now, null, true),
    };
  });

  if (!duty || !live) {
    return (
      <p className="next-duty urgency--calm" data-testid="next-duty" data-urgency="calm">
        {t(closed ? 'header.closed' : 'header.noDuty')}
      </p>
    );
  }
  return (
    <p className={`next-duty urgency--${live.urgency}`} data-testid="next-duty" data-urgency={live.urgency}>
      <span className="ds-tag urgency-word" data-color={TAG_COLOUR[live.urgency]}>
        {live.word}
      </span>
      <span>{t('header.next', { duty: t(`dashboard.todo.notify-${duty.kind}`) })}</span>
      {live.left && <span className="next-duty-left">{live.left}</span>}
      {duty.due && <span>{t('header.deadline', { deadline: formatInstant(duty.due, lang, timeZone) })}</span>}
    </p>
  );
}
