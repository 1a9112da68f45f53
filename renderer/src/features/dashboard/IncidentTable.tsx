import { useLayoutEffect, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import { useInstallationName } from '../../ui/installationName';
import { rowMeasurer, rowsToRender, SpacerRow, useOverscan, usePrinting, viewHeight } from '../../ui/virtual';
import { IncidentRow } from './IncidentRow';
import { useLastChanges } from '../../queries/useLastChange';
import type { DashboardRow } from '../../queries/useDashboardRows';

// An organisation can have thousands of open incidents: the table scrolls with the page and only
// the rows in view are in the DOM (ui/virtual), so neither the start nor the clock's once-a-minute
// change of each countdown has to lay out thousands of rows.

/** A first guess at a row's height (the to-do list makes rows tall); each row is then measured. */
const ROW_ESTIMATE_PX = 110;
const COLUMNS = 6;
const measureRow = rowMeasurer(ROW_ESTIMATE_PX);

export function IncidentTable({ rows }: { rows: readonly DashboardRow[] }) {
  const t = useT();
  const { db } = useServices();
  const printing = usePrinting();
  const overscan = useOverscan();
  // The laptops are named by their people's profiles (the settings history), one read for every row.
  const nameOf = useInstallationName(useLiveQuery(() => getSettings(db), [db]));
  const body = useRef<HTMLTableSectionElement>(null);
  // Where the rows start on the page: the virtualiser counts the window's scroll from there. What
  // stands above (a reminder, the overdue line) can move it, so it is checked after every render
  // (scrolling renders too); it is set only when it moved, so this settles at once.
  const [margin, setMargin] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- on purpose after every render, see above
  useLayoutEffect(() => {
    const top = (body.current?.getBoundingClientRect().top ?? 0) + scrollY;
    if (Math.abs(top - margin) >= 1) setMargin(top);
  });
  const virtualizer = useWindowVirtualizer<HTMLTableRowElement>({
    count: rows.length,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan,
    scrollMargin: margin,
    getItemKey: (index) => rows[index]!.incident.id,
    initialRect: { width: 0, height: viewHeight() },
    measureElement: measureRow,
  });
  const { indexes, top, bottom } = rowsToRender(virtualizer, rows.length, printing);
  const changes = useLastChanges(indexes.map((index) => rows[index]!.incident.id));
  return (
    <table className="ds-table incidents" data-border="true" aria-labelledby="dashboard-title" aria-rowcount={rows.length + 1}>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">{t('dashboard.col.ref')}</th>
          <th scope="col">{t('dashboard.col.title')}</th>
          <th scope="col">{t('dashboard.col.risk')}</th>
          <th scope="col">{t('dashboard.col.dutyDeadline')}</th>
          <th scope="col">{t('dashboard.col.status')}</th>
          <th scope="col">{t('dashboard.col.todo')}</th>
        </tr>
      </thead>
      <tbody ref={body}>
        <SpacerRow height={top} columns={COLUMNS} />
        {indexes.map((index) => (
          <IncidentRow
            key={rows[index]!.incident.id}
            row={rows[index]!}
            rowIndex={index + 2}
            measure={printing ? undefined : virtualizer.measureElement}
            nameOf={nameOf}
            change={changes.get(rows[index]!.incident.id)}
          />
        ))}
        <SpacerRow height={bottom} columns={COLUMNS} />
      </tbody>
    </table>
  );
}
