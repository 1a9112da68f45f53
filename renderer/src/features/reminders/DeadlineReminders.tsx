import { useEffect } from 'react';
import { useDashboardRows } from '../../queries/useDashboardRows';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { checkReminders, reminderText, useReminderBanner } from './reminders';

/** How often the schedule is checked; reminders are at most this late. */
export const REMINDER_CHECK_MS = 30_000;

/** Runs the reminder schedule while the app runs and shows due reminders as banners. */
export function DeadlineReminders() {
  const t = useT();
  const { now, timeZone } = useServices();
  const lang = useUi((s) => s.lang);
  const rows = useDashboardRows();
  const { active, dismiss } = useReminderBanner();

  useEffect(() => {
    if (!rows) return;
    const check = () => void checkReminders(rows, now(), lang, timeZone);
    check();
    const timer = setInterval(check, REMINDER_CHECK_MS);
    return () => clearInterval(timer);
  }, [rows, now, lang, timeZone]);

  if (active.length === 0) return null;
  return (
    <section aria-label={t('reminders.label')} className="reminders">
      {active.map((reminder) => {
        const text = reminderText(reminder, lang, timeZone);
        return (
          <div
            key={reminder.key}
            role="alert"
            className={`ds-alert banner reminder reminder--${reminder.kind}`}
            data-color={reminder.kind === 'passed' || reminder.kind === '1h' ? 'danger' : 'warning'}
          >
            <div>
              <strong>{text.title}</strong>
              <div>{text.body}</div>
            </div>
            <button
              type="button"
              className="ds-button"
              data-variant="tertiary"
              data-icon="true"
              onClick={() => dismiss(reminder.key)}
              aria-label={t('reminder.dismiss')}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        );
      })}
    </section>
  );
}
