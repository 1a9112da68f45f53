import { memo, type Ref } from 'react';
import { formatInstant } from '../../../../shared/deadline';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { RouteLink } from '../../ui/RouteLink';
import { Countdown, useCountdownState } from '../../ui/Countdown';
import { RiskBadge } from '../../ui/RiskBadge';
import { TodoList } from '../../ui/TodoList';
import { todoOf, type DashboardRow } from '../../queries/useDashboardRows';
import type { LastChange as Change } from '../../db/repository';

/**
 * One open incident: reference, title (a link to it) with who changed it last from which laptop,
 * risk, deadline, time left and what is left. Memoised: the clock re-renders its countdown, and the
 * row itself only when its state changes.
 */
export const IncidentRow = memo(function IncidentRow({
  row,
  rowIndex,
  measure,
  nameOf,
  change,
}: {
  row: DashboardRow;
  /** Its place in the whole table (the header is 1), for screen readers. */
  rowIndex: number;
  measure?: Ref<HTMLTableRowElement> | undefined;
  /** Names the laptop a change came from (ui/installationName.ts). */
  nameOf: (installationId: string) => string;
  /** The incident's latest change (read for the visible rows together); undefined while it is read. */
  change: Change | undefined;
}) {
  const t = useT();
  const { timeZone } = useServices();
  const lang = useUi((s) => s.lang);
  const { incident, duty } = row;
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
        <LastChange change={change} nameOf={nameOf} />
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
        <TodoList items={todoOf(row)} incident={incident} />
      </td>
    </tr>
  );
});

/** "Last changed by Kari Nordmann from the laptop of …, 2 March 10:00": with team sync, who and where. */
function LastChange({ change, nameOf }: { change: Change | undefined; nameOf: (installationId: string) => string }) {
  const t = useT();
  const { timeZone } = useServices();
  const lang = useUi((s) => s.lang);
  if (!change) return null;
  return (
    <span className="last-change" data-testid="last-change" data-installation={change.installationId}>
      {t('sync.who.lastChange', {
        actor: change.actor || t('incident.unknownActor'),
        installation: t('sync.who.installation', { installation: nameOf(change.installationId) }),
        at: formatInstant(new Date(change.at), lang, timeZone),
      })}
    </span>
  );
}
