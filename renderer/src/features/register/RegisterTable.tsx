import { formatInstant } from '../../../../shared/deadline';
import type { RegisterRow } from '../../../../shared/register';
import { riskLabels, statusLabels } from '../../../../shared/register';
import { hashForRoute } from '../../state/routes';
import { useT } from '../../app/context';
import { capitalise } from '../../documents/text';
import { useUi } from '../../state/ui';
import { RegisterDetails } from './RegisterDetails';

/** One line per incident: what happened, the risk, who was told when, and whether its history verifies. */
export function RegisterTable({
  rows,
  timeZone,
  checking,
}: {
  rows: readonly RegisterRow[];
  timeZone: string;
  checking: boolean;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const navigate = useUi((s) => s.navigate);
  const when = (iso: string) => formatInstant(new Date(iso), lang, timeZone);

  const authority = (row: RegisterRow) => {
    if (row.role === 'processor') {
      return row.controller.firstSentAt
        ? t('register.controller.sent', { date: when(row.controller.firstSentAt) })
        : t('register.authority.notDuty');
    }
    if (row.authority.firstSentAt)
      return t(row.authority.late ? 'register.authority.late' : 'register.authority.sent', {
        date: when(row.authority.firstSentAt),
      });
    return t(
      row.authority.decided === false ? 'register.authority.decidedNot' : 'register.authority.notSent',
    );
  };
  const subjects = (row: RegisterRow) => {
    if (row.subjects.firstSentAt)
      return t('register.subjects.sent', { date: when(row.subjects.firstSentAt) });
    return t(row.subjects.decided === false ? 'register.subjects.decidedNot' : 'register.subjects.notSent');
  };
  const history = (row: RegisterRow) => {
    if (row.historyVerified === true) return <span className="tag tag--ok">{t('register.history.ok')}</span>;
    if (row.historyVerified === false)
      return <span className="tag tag--bad">{t('register.history.broken')}</span>;
    return (
      <span className="tag tag--muted">
        {t(checking ? 'register.history.checking' : 'register.history.unchecked')}
      </span>
    );
  };

  return (
    <div className="table-scroll">
      <table className="data-table register-table">
        <thead>
          <tr>
            <th scope="col">{t('register.col.ref')}</th>
            <th scope="col">{t('register.col.title')}</th>
            <th scope="col">{t('register.col.aware')}</th>
            <th scope="col">{t('register.col.status')}</th>
            <th scope="col">{t('register.col.risk')}</th>
            <th scope="col">{t('register.col.authority')}</th>
            <th scope="col">{t('register.col.subjects')}</th>
            <th scope="col">{t('register.col.history')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const route = { name: 'incident', id: row.incidentId } as const;
            return (
              <tr key={row.incidentId} data-testid="register-row">
                <td className="ref">
                  <a
                    href={hashForRoute(route)}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(route);
                    }}
                  >
                    {row.ref}
                  </a>
                </td>
                <td>
                  <RegisterDetails row={row} />
                </td>
                <td>{when(row.awareAt)}</td>
                <td>{capitalise(statusLabels[row.status][lang])}</td>
                <td>{capitalise(riskLabels[row.risk][lang])}</td>
                <td>{authority(row)}</td>
                <td>{subjects(row)}</td>
                <td>{history(row)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
