import { useLiveQuery } from 'dexie-react-hooks';
import { authorityDeadline, formatInstant } from '../../../../shared/deadline';
import { listOpenIncidents } from '../../db/incidents';
import { useNow, useServices, useT } from '../../app/context';
import { useUi } from '../../state/ui';
import { Countdown } from './Countdown';

export function Dashboard() {
  const t = useT();
  const { db, timeZone } = useServices();
  const lang = useUi((s) => s.lang);
  const navigate = useUi((s) => s.navigate);
  const now = useNow(1000);
  const incidents = useLiveQuery(() => listOpenIncidents(db), [db]);

  return (
    <section aria-labelledby="dashboard-title">
      <div className="section-head">
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        <button type="button" className="primary" onClick={() => navigate({ name: 'new-incident' })}>
          {t('nav.newIncident')}
        </button>
      </div>
      {incidents === undefined ? (
        <p>{t('dashboard.loading')}</p>
      ) : incidents.length === 0 ? (
        <p className="empty">{t('dashboard.empty')}</p>
      ) : (
        <table className="incidents">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.col.ref')}</th>
              <th scope="col">{t('dashboard.col.title')}</th>
              <th scope="col">{t('dashboard.col.aware')}</th>
              <th scope="col">{t('dashboard.col.deadline')}</th>
              <th scope="col">{t('dashboard.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((incident) => (
              <tr key={incident.id} data-testid="incident-row">
                <td className="ref">{incident.ref}</td>
                <td>{incident.title}</td>
                <td>{formatInstant(new Date(incident.awareAt), lang, timeZone)}</td>
                <td>{formatInstant(authorityDeadline(new Date(incident.awareAt)), lang, timeZone)}</td>
                <td>
                  <Countdown awareAt={incident.awareAt} now={now} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
