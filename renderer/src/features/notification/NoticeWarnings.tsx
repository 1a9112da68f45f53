import { deadlineStatus, formatDuration, formatInstant } from '../../../../shared/deadline';
import { incidentDuty } from '../../../../shared/duty';
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
  // The duty as every screen reads it (shared/duty): due when, done at the first notice sent.
  const duty = incidentDuty(incident, notifications, kind, { processorDeadlineHours: settings?.processorDeadlineHours });
  const deadline = duty.due!;
  const status = deadlineStatus(deadline, now, duty.doneAt);
  const standing = t(`timeline.standing.${status.state}`, { duration: formatDuration(status.msLeft, lang) });
  const late = kind === 'authority' && !duty.doneAt && status.state === 'overdue' && duty.delayReason === null;

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
      {incident.status === 'closed' && <p className="notice notice--warn">{t('notification.warn.closed')}</p>}
      {!settings?.organisationName || !settings.orgNr ? (
        <p className="notice notice--warn">{t('notification.warn.noOrganisation')}</p>
      ) : null}
      {incident.assessment === null && (
        <p className="notice notice--warn">{t('notification.warn.unassessed')}</p>
      )}
      {late && <p className="notice notice--danger">{t('notification.warn.late')}</p>}
    </>
  );
}
