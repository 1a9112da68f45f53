import { Button } from '@digdir/designsystemet-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getIncident, listOpenIncidents } from '../../db/repository';
import { useNow, useServices, useT } from '../../services/context';
import { useDocumentSettings } from '../../documents/useSettings';
import type { Route } from '../../state/routes';
import { RouteLink } from '../../ui/RouteLink';
import { TimelineCard } from './TimelineCard';
import '../../documents/screens.css';
import '../../documents/timeline.css';

/** Management's view: all open incidents (#/timeline) or one (#/incident/ID/timeline). Printable. */
export function TimelineScreen({ route }: { route: Route }) {
  const t = useT();
  const { db } = useServices();
  const { settings, timeZone } = useDocumentSettings();
  const now = useNow(60_000);
  const id = route.name === 'incident-timeline' ? route.id : null;
  const incidents = useLiveQuery(
    async () => (id ? [await getIncident(db, id)].filter((i) => i !== undefined) : listOpenIncidents(db)),
    [db, id],
  );
  const single = id !== null;
  const title =
    single && incidents?.[0] ? t('timeline.titleOne', { ref: incidents[0].ref }) : t('timeline.title');

  return (
    <section aria-labelledby="timeline-title" className="screen">
      <div className="section-head">
        <h1 id="timeline-title">{title}</h1>
        <Button variant="secondary" className="no-print" onClick={() => window.print()}>
          {t('timeline.print')}
        </Button>
      </div>
      {single ? (
        <p className="no-print">
          <RouteLink to={{ name: 'timeline' }}>
            {t('timeline.backToAll')}
          </RouteLink>
        </p>
      ) : (
        <p>{t('timeline.intro')}</p>
      )}
      <p className="help">{t('timeline.zone', { zone: timeZone })}</p>
      {incidents === undefined ? (
        <p>{t('timeline.loading')}</p>
      ) : incidents.length === 0 ? (
        <p className="empty">{t(single ? 'timeline.notFound' : 'timeline.empty')}</p>
      ) : (
        incidents.map((incident) => (
          <TimelineCard
            key={incident.id}
            incident={incident}
            settings={settings}
            timeZone={timeZone}
            now={now}
            single={single}
          />
        ))
      )}
    </section>
  );
}
