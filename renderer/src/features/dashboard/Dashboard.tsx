import { useNow, useT } from '../../app/context';
import { useUi } from '../../state/ui';
import { countdownState } from './Countdown';
import { IncidentRow } from './IncidentRow';
import { useDashboardRows } from './useDashboardRows';
import './dashboard.css';

/** Open incidents, the least time left first, each with its countdown, risk and what is left to do. */
export function Dashboard() {
  const t = useT();
  const navigate = useUi((s) => s.navigate);
  const now = useNow(1000);
  const rows = useDashboardRows();
  const overdue =
    rows?.filter(
      (row) => countdownState(row.duty.due, now, row.duty.doneAt, row.duty.required).state === 'overdue',
    ).length ?? 0;

  return (
    <section aria-labelledby="dashboard-title">
      <div className="section-head">
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        <button type="button" className="primary" onClick={() => navigate({ name: 'new-incident' })}>
          {t('nav.newIncident')}
        </button>
      </div>
      {rows === undefined ? (
        <p>{t('dashboard.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty">{t('dashboard.empty')}</p>
      ) : (
        <>
          {overdue > 0 && (
            <p className="overdue-summary">
              {overdue === 1 ? t('dashboard.overdueOne') : t('dashboard.overdueCount', { count: overdue })}
            </p>
          )}
          <table className="incidents">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.col.ref')}</th>
                <th scope="col">{t('dashboard.col.title')}</th>
                <th scope="col">{t('dashboard.col.risk')}</th>
                <th scope="col">{t('dashboard.col.dutyDeadline')}</th>
                <th scope="col">{t('dashboard.col.status')}</th>
                <th scope="col">{t('dashboard.col.todo')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <IncidentRow key={row.incident.id} row={row} now={now} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
