import { useT } from '../services/context';
import type { Route } from '../state/routes';
import { RouteLink } from '../ui/RouteLink';

/** Links between one incident's pages: the incident, its notification, its letters, its timeline. */
export function IncidentNav({
  incidentId,
  incidentRef,
  current,
}: {
  incidentId: string;
  incidentRef: string;
  current: Route['name'];
}) {
  const t = useT();
  const pages = [
    [{ name: 'incident', id: incidentId }, t('notification.nav.overview')],
    [{ name: 'notification', id: incidentId }, t('notification.nav.notification')],
    [{ name: 'letters', id: incidentId }, t('notification.nav.letters')],
    [{ name: 'incident-timeline', id: incidentId }, t('notification.nav.timeline')],
  ] as const;
  return (
    <nav className="tabs no-print" aria-label={t('notification.nav.label', { ref: incidentRef })}>
      {pages.map(([route, label]) => (
        <RouteLink key={route.name} to={route} aria-current={route.name === current ? 'page' : undefined}>
          {label}
        </RouteLink>
      ))}
    </nav>
  );
}
