import { formatInstant } from '../../../../shared/deadline';
import { useServices, useT } from '../../app/context';
import { hashForRoute, useUi } from '../../state/ui';
import { Countdown, countdownState } from './Countdown';
import { RiskBadge } from './RiskBadge';
import { TodoList } from './TodoList';
import type { DashboardRow } from './useDashboardRows';

/** One open incident: reference, title (a link to it), risk, deadline, time left and what is left. */
export function IncidentRow({ row, now }: { row: DashboardRow; now: Date }) {
  const t = useT();
  const { timeZone } = useServices();
  const lang = useUi((s) => s.lang);
  const navigate = useUi((s) => s.navigate);
  const { incident, duty, todo } = row;
  const route = { name: 'incident', id: incident.id } as const;
  const state = countdownState(duty.due, now, duty.doneAt, duty.required).state;
  return (
    <tr data-testid="incident-row" data-state={state} className={`incident-row incident-row--${state}`}>
      <td className="ref">{incident.ref}</td>
      <td>
        <a
          href={hashForRoute(route)}
          onClick={(e) => {
            e.preventDefault();
            navigate(route);
          }}
        >
          {incident.title}
        </a>
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
        <Countdown deadline={duty.due} now={now} doneAt={duty.doneAt} required={duty.required} />
      </td>
      <td>
        <TodoList items={todo} incident={incident} />
      </td>
    </tr>
  );
}
