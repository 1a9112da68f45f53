import type { ReactNode } from 'react';
import type { Notification } from '../../../../../shared/incident/notifications';
import { useServices, useT } from '../../../app/context';
import { TextField } from '../../intake/fields';

// What the three "we told someone" panels (Datatilsynet, the controller, the people affected) share:
// the heading, the list of what was already sent, and the moment it was sent.

export function NoticePanel({
  name,
  title,
  empty,
  sent,
  describe,
  children,
}: {
  /** Used for the heading's id and the panel's test id: `${name}-title`, `${name}-notice`. */
  name: string;
  title: string;
  empty: string;
  sent: readonly Notification[];
  describe: (notification: Notification) => string;
  children?: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${name}-title`}
      className="inc-panel inc-notice"
      data-testid={`${name}-notice`}
    >
      <h2 id={`${name}-title`}>{title}</h2>
      {sent.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="sent-list">
          {sent.map((n) => (
            <li key={n.id}>{describe(n)}</li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}

/** When it was sent, typed as wall-clock time in the display zone. */
export function SentAtField({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: string;
  onChange(value: string): void;
}) {
  const t = useT();
  const { timeZone } = useServices();
  return (
    <TextField
      label={t('incident.action.sentAt')}
      help={t('incident.action.sentAt.help', { zone: timeZone })}
      type="datetime-local"
      required
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}
