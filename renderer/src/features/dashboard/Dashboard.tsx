import { useClockUntil } from '../../services/clock';
import { useT } from '../../services/context';
import { RouteLink } from '../../ui/RouteLink';
import { countdownState } from '../../ui/Countdown';
import { IncidentTable } from './IncidentTable';
import { useDashboardRows, type DashboardRow } from '../../queries/useDashboardRows';
import './dashboard.css';

/** How many rows are overdue now, and the instant the next one will be. */
function overdueCount(rows: readonly DashboardRow[], now: Date): { value: number; until: number } {
  let value = 0;
  let until = Number.POSITIVE_INFINITY;
  for (const { duty } of rows) {
    if (countdownState(duty.due, now, duty.doneAt, duty.required).state === 'overdue') value++;
    else if (duty.required && duty.doneAt === null) until = Math.min(until, duty.due.getTime() + 1);
  }
  return { value, until };
}

/** Open incidents, the least time left first, each with its countdown, risk and what is left to do. */
export function Dashboard() {
  const t = useT();
  const rows = useDashboardRows();
  // A number from the clock: the list re-renders when it changes, and it changes only when a
  // deadline passes, so between those instants a tick costs one comparison.
  const overdue = useClockUntil(rows, (now) => overdueCount(rows ?? [], now));

  return (
    <section aria-labelledby="dashboard-title">
      <div className="section-head">
        <h1 id="dashboard-title" className="ds-heading" data-size="md">
          {t('dashboard.title')}
        </h1>
        <RouteLink to={{ name: 'new-incident' }} look="button">
          {t('nav.newIncident')}
        </RouteLink>
      </div>
      {rows === undefined ? (
        <p className="ds-paragraph">{t('dashboard.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="ds-paragraph surface empty">{t('dashboard.empty')}</p>
      ) : (
        <>
          {overdue > 0 && (
            <p className="ds-alert overdue-summary" data-color="danger">
              {overdue === 1 ? t('dashboard.overdueOne') : t('dashboard.overdueCount', { count: overdue })}
            </p>
          )}
          <IncidentTable rows={rows} />
        </>
      )}
    </section>
  );
}
