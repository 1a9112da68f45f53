import { formatInstant } from '../../../../shared/deadline';
import type { Notification } from '../../../../shared/incident/notifications';
import { useT } from '../../app/context';
import { useUi } from '../../state/ui';

/** What has been recorded as sent for this incident, to anyone, oldest first. */
export function SentList({
  notifications,
  timeZone,
}: {
  notifications: readonly Notification[];
  timeZone: string;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  return (
    <section aria-labelledby="sent-title" className="panel">
      <h2 id="sent-title">{t('notification.sent.title')}</h2>
      {notifications.length === 0 ? (
        <p className="empty">{t('notification.sent.none')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('notification.sent.col.sentAt')}</th>
              <th scope="col">{t('notification.sent.col.to')}</th>
              <th scope="col">{t('notification.sent.col.phase')}</th>
              <th scope="col">{t('notification.sent.col.channel')}</th>
              <th scope="col">{t('notification.sent.col.reference')}</th>
            </tr>
          </thead>
          <tbody>
            {notifications.map((n) => (
              <tr key={n.id} data-testid="sent-row">
                <td>{formatInstant(new Date(n.sentAt), lang, timeZone)}</td>
                <td>
                  {n.recipient === 'subjects'
                    ? t('notification.sent.subjects', { count: n.subjectCount ?? '?' })
                    : (n.recipientName ?? '')}
                </td>
                <td>{t(`notification.record.phase.${n.phase}`)}</td>
                <td>{t(`notification.record.channel.${n.channel}`)}</td>
                <td className="ref">{n.reference ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
