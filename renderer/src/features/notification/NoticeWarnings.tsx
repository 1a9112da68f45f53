import { deadlineStatus, dutyDeadline, formatDuration, formatInstant } from '../../../../shared/deadline';
import type { Incident } from '../../../../shared/incident/model';
import type { Notification } from '../../../../shared/incident/notifications';
import type { Settings } from '../../../../shared/incident/settings';
import { useT } from '../../services/context';
import { useUi } from '../../state/ui';
import type { NoticeKind } from './documentModel';

/** The deadline that applies to this notice, and what is missing before it can go. */
export function NoticeWarnings({
  incident,
  settings,
  notifications,
  kind,
  now,
  timeZone,
}: {
  incident: Incident;
  settings: Settings | undefined;
  notifications: readonly Notification[];
  kind: NoticeKind;
  now: Date;
  timeZone: string;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const role = kind === 'authority' ? 'controller' : 'processor';
  const deadline = dutyDeadline(role, new Date(incident.awareAt), settings?.processorDeadlineHours);
  const done = notifications.find((n) => n.recipient === kind);
  const status = deadlineStatus(deadline, now, done ? new Date(done.sentAt) : null);
  const standing = t(`timeline.standing.${status.state}`, { duration: formatDuration(status.msLeft, lang) });
  const late = kind === 'authority' && !done && status.state === 'overdue' && incident.delayReason === null;

  return (
    <>
      <p
        className={`countdown countdown--${status.state}`}
        data-state={status.state}
        data-testid="notice-deadline"
      >
        {t(kind === 'authority' ? 'notification.deadline' : 'notification.deadlineController', {
          deadline: formatInstant(deadline, lang, timeZone),
          standing,
        })}
      </p>
      {incident.status === 'closed' && <p className="ds-alert notice" data-color="warning">{t('notification.warn.closed')}</p>}
      {!settings?.organisationName || !settings.orgNr ? (
        <p className="ds-alert notice" data-color="warning">{t('notification.warn.noOrganisation')}</p>
      ) : null}
      {incident.assessment === null && (
        <p className="ds-alert notice" data-color="warning">{t('notification.warn.unassessed')}</p>
      )}
      {late && <p className="ds-alert notice" data-color="danger">{t('notification.warn.late')}</p>}
    </>
  );
}
