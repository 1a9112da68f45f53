import { memo, type Ref } from 'react';
import { formatInstant } from '../../../../shared/deadline';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { RouteLink } from '../../ui/RouteLink';
import { Countdown, useCountdownState } from '../../ui/Countdown';
import { RiskBadge } from '../../ui/RiskBadge';
import { TodoList } from '../../ui/TodoList';
import type { DashboardRow } from '../../queries/useDashboardRows';

/**
 * One open incident: reference, title (a link to it), risk, deadline, time left and what is left.
 * Memoised: the clock re-renders its countdown, and the row itself only when its state changes.
 */
export const IncidentRow = memo(function IncidentRow({
  row,
  rowIndex,
  measure,
}: {
  row: DashboardRow;
  /** Its place in the whole table (the header is 1), for screen readers. */
  rowIndex: number;
  measure?: Ref<HTMLTableRowElement> | undefined;
}) {
  const t = useT();
  const { timeZone } = useServices();
  const lang = useUi((s) => s.lang);
  const { incident, duty, todo } = row;
  const route = { name: 'incident', id: incident.id } as const;
  const state = useCountdownState({ deadline: duty.due, doneAt: duty.doneAt, required: duty.required });
  return (
    <tr
      ref={measure}
      data-index={rowIndex - 2}
      aria-rowindex={rowIndex}
      data-testid="incident-row"
      data-state={state}
      className={`incident-row incident-row--${state}`}
    >
      <td className="ref">{incident.ref}</td>
      <td>
        <RouteLink to={route}>{incident.title}</RouteLink>
      </td>
      <td>
        <RiskBadge incident={incident} />
      </td>
      <td>
        <span className="nowrap">{formatInstant(duty.due, lang, timeZone)}</span>
        <span className="deadline-to">
          {t(
            duty.kind === 'authority' ? 'dashboard.deadline.authority' : 'dashboard.deadline.controller',
          )}
        </span>
      </td>
      <td>
        <Countdown deadline={duty.due} doneAt={duty.doneAt} required={duty.required} />
      </td>
      <td>
        <TodoList items={todo} incident={incident} />
      </td>
    </tr>
  );
});
