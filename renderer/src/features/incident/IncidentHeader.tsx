import type { Incident } from '../../../../shared/incident/model';
import { useT } from '../../services/context';
import type { Route } from '../../state/ui';
import { RouteLink } from '../../ui/RouteLink';

/** Reference, title, status and role, and the way to this incident's documents. */
export function IncidentHeader({ incident }: { incident: Incident }) {
  const t = useT();
  const links: {
    route: Route;
    label: 'incident.links.notification' | 'incident.links.letters' | 'incident.links.timeline';
  }[] = [
    { route: { name: 'notification', id: incident.id }, label: 'incident.links.notification' },
    { route: { name: 'letters', id: incident.id }, label: 'incident.links.letters' },
    { route: { name: 'incident-timeline', id: incident.id }, label: 'incident.links.timeline' },
  ];
  return (
    <header className="incident-header">
      <h1 id="incident-title">
        <span className="ref">{incident.ref}</span> {incident.title}
      </h1>
      <p className="incident-meta">
        <span className={`status status--${incident.status}`}>
          {t('incident.status.label', { status: t(`incident.status.${incident.status}`) })}
        </span>
        <span>{t(`incident.role.${incident.role}`)}</span>
      </p>
      <nav aria-label={t('incident.links.label')} className="incident-links">
        {links.map(({ route, label }) => (
          <RouteLink key={route.name} to={route}>
            {t(label)}
          </RouteLink>
        ))}
      </nav>
    </header>
  );
}
